"""Property tests: no text crashes the pipeline, and every offset is true to the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factx.articles import make_article

AMOUNTS = st.sampled_from(
    ["$5", "US$220 billion", "£1.2bn", "€3", "5-10%", "30 per cent", "¥", "$", "1,2,3", "2.5.6",
     "$5-", "between £1m and", "two million dollars", "Rs 5 crore", "10 km", "50p", "99 cents"]
)  # fmt: skip
DATES = st.sampled_from(
    ["June 17", "July 25. 2002", "May", "Friday", "last week", "45 days", "2020-13-45", "31/31/31",
     "February 30, 2020", "the 1990s", "3 p.m.", "Q5 2020", "mid-", "9999", "0000-00-00"]
)  # fmt: skip
WORDS = st.sampled_from(["Oracle", "said", "that", "the", "TikTok", "“", "”", '"', ",", ".", "\n"])
SENTENCE = st.lists(st.one_of(AMOUNTS, DATES, WORDS, st.text(max_size=8)), max_size=12).map(
    " ".join
)
ARTICLE = st.lists(SENTENCE, min_size=1, max_size=6).map(lambda ps: "\n\n".join(ps))
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(extractor, text):
    if not text.strip():
        return
    article = make_article(text, article_id="p", path="p")
    for result in extractor.run([article]):
        assert not hasattr(result, "error"), result
        for fact in result.facts:
            assert text[fact.start : fact.end] == fact.text
            for mention in getattr(fact, "mentions", []):
                assert text[mention.start : mention.end] == mention.text
            if fact.type == "claim":
                assert text[fact.content_start : fact.content_end] == fact.content


@SETTINGS
@given(text=st.text(max_size=300))
def test_random_unicode(extractor, text):
    check(extractor, text)


@SETTINGS
@given(text=ARTICLE)
def test_money_and_date_like_strings(extractor, text):
    check(extractor, text)


@SETTINGS
@given(
    text=st.lists(
        st.tuples(SENTENCE, st.sampled_from(["\n\n", "\r\n\r\n", "\r\r", "\n \n", "\n", " "])),
        min_size=1,
        max_size=8,
    ).map(lambda parts: "".join(s + sep for s, sep in parts))
)
def test_random_paragraph_structures(extractor, text):
    check(extractor, text)


HOSTILE = st.sampled_from(
    ["[/]", "[/b]", "[red]", "[link=http://x.example]", ":smile:", "\x1b[2J", "\x1b]0;T\x07",
     "\x9b31m", "\x00", "\x7f", "\u202e", "9" * 5000, "1" * 400 + "%", "$" + "7" * 4400,
     "December 31, 9999", "800000 days ago", "2020 years ago", "Москва", "北京", "مرحبا", "\ufeff"]
)  # fmt: skip
HOSTILE_ARTICLE = st.lists(
    st.one_of(HOSTILE, AMOUNTS, DATES, WORDS, st.text(max_size=6)), min_size=1, max_size=20
).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=HOSTILE_ARTICLE, anchor=st.sampled_from([None, "0001-01-01", "9999-12-31"]))
def test_hostile_text_through_every_renderer(extractor, text, anchor):
    """Control characters, Rich markup, huge digit strings and far dates never crash a renderer,
    and nothing that controls a terminal reaches the table or `show`."""
    import io
    from datetime import date

    from rich.console import Console

    from factx.render.csv import CsvWriter
    from factx.render.json import JsonLinesWriter, JsonWriter
    from factx.render.show import show
    from factx.render.table import TableWriter

    if not text.strip():
        return
    reference = date.fromisoformat(anchor) if anchor else None
    article = make_article("T\n\n" + text, article_id="h", path="h", reference_date=reference)
    (record,) = extractor.run([article])
    assert not hasattr(record, "error"), record
    for writer_class in (JsonWriter, JsonLinesWriter, CsvWriter):
        out = io.StringIO()
        writer = writer_class(out, extractor.model)
        writer.start()
        writer.article(record)
        writer.finish()
        out.getvalue().encode("utf-8")
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, color_system=None, width=120)
    table = TableWriter(console, extractor.model)
    table.start()
    table.article(record)
    table.finish()
    show(console, article.text, record)
    assert not any(c in screen.getvalue() for c in "\x00\x07\x7f\x9b"), repr(screen.getvalue())
    assert "\x1b]" not in screen.getvalue()  # no title, no hyperlink
