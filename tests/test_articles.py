import codecs
from datetime import date

import pytest

from factx.articles import (
    MAX_SEGMENT,
    ArticleIds,
    decode,
    find_inputs,
    make_article,
    read_article,
    split_paragraphs,
)
from factx.errors import FactxError
from factx.published import find_published


def test_paragraphs_and_title():
    text = "Title line\nfirst body line\n\n  Second para \r\n\r\nThird\n\n\n"
    paragraphs = split_paragraphs(text)
    texts = [text[p.start : p.end] for p in paragraphs]
    assert texts == ["Title line", "first body line", "Second para", "Third"]
    assert [p.index for p in paragraphs] == [0, 1, 2, 3]


def test_a_first_line_that_reads_as_a_paragraph_is_no_title():
    # A newswire story with no headline: its long opening sentence is body, and so is a
    # whole article on one line; a headline, even one ending with a period, stays a title.
    lead = (
        "Harwick Motor Works Ltd., hit by higher costs and weaker sales to its dealers in the "
        "north, posted a 40% drop in third-quarter profit on Tuesday, the company said."
    )
    untitled = make_article(lead + "\n\nHarwick said it would cut jobs.", article_id="a", path="a")
    assert untitled.title is None
    assert [p.index for p in untitled.paragraphs] == [0, 1]
    assert make_article(lead, article_id="b", path="b").title is None
    headline = "Justice Department pledges quick work on renewed email probe."
    titled = make_article(headline + "\n\n" + lead, article_id="c", path="c")
    assert titled.title == headline
    # A long first line that ends with no sentence's stop is a title too.
    long_title = " ".join(["Word"] * 30)
    assert make_article(long_title + "\n\nBody.", article_id="d", path="d").title == long_title


def test_a_text_of_one_line_is_body_not_a_headline():
    # A sentence saved alone has no body for its "headline" to stand over: read as a title, its
    # names (kept only where a body confirms them) gave no facts at all.
    one = make_article("Barack Obama visited Paris on Monday.\n", article_id="a", path="a")
    assert one.title is None
    assert [p.index for p in one.paragraphs] == [0]
    two = make_article("Obama in Paris\nBarack Obama visited Paris.", article_id="b", path="b")
    assert two.title == "Obama in Paris"


def test_one_paragraph_per_line_without_blank_lines():
    # A file with a paragraph on each line and no blank line between (copied from a page, most
    # datasets): each line that ends a sentence before one that opens a sentence is a
    # paragraph, and so is a list item; a hard-wrapped line or one after "Mr." is not.
    text = (
        "Title\n"
        "Clinton leads by 11 points.\n"
        "\u201cTrump is weaker,\u201d a pollster said.\n"
        "OBAMA FOCUSED \u201cON HIS GOLF GAME\u201d\n"
        "Editor\u2019s note: Donald Trump regularly\nincites\npolitical violence. He met Mr.\n"
        "Smith there.\n"
        "The winners:\n"
        " - Best actor - Richard Griffiths\n"
        " - Best actress - Clare Higgins\n"
    )
    assert [text[p.start : p.end] for p in split_paragraphs(text)] == [
        "Title",
        "Clinton leads by 11 points.",
        "\u201cTrump is weaker,\u201d a pollster said.",
        "OBAMA FOCUSED \u201cON HIS GOLF GAME\u201d",
        "Editor\u2019s note: Donald Trump regularly\nincites\npolitical violence. He met Mr.\n"
        "Smith there.",
        "The winners:",
        "- Best actor - Richard Griffiths",
        "- Best actress - Clare Higgins",
    ]


def test_cr_only_line_endings():
    text = "Title\r\rBody one\r\rBody two"
    assert [text[p.start : p.end] for p in split_paragraphs(text)] == [
        "Title",
        "Body one",
        "Body two",
    ]


def test_long_paragraph_is_cut_with_true_offsets():
    text = "Title\n\n" + ("word " * 50_000).strip()
    paragraphs = split_paragraphs(text)
    assert len(paragraphs) > 2
    assert all(p.end - p.start <= MAX_SEGMENT for p in paragraphs)
    assert "".join(text[p.start : p.end] for p in paragraphs[1:]).replace(" ", "") == (
        "word" * 50_000
    )
    assert {p.index for p in paragraphs[1:]} == {1}


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"caf\xc3\xa9", "café", "utf-8"),
        (codecs.BOM_UTF8 + b"hi", "hi", "utf-8-sig"),
        ("hi £".encode("utf-16"), "hi £", "utf-16"),
        (b"\xa3600m", "£600m", "cp1252"),
    ],
)
def test_decode(data, text, encoding):
    assert decode(data, "x.txt") == (text, encoding)


def test_binary_is_an_error():
    with pytest.raises(FactxError, match="binary"):
        decode(b"\x89PNG\x00\x00", "x.txt")


def test_empty_and_whitespace_files(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text(" \n\n ")
    with pytest.raises(FactxError, match="empty"):
        read_article(str(tmp_path / "empty.txt"), "empty")
    with pytest.raises(FactxError, match="whitespace"):
        read_article(str(tmp_path / "blank.txt"), "blank")


def test_find_inputs(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("x")
    (tmp_path / "one.txt").write_text("x")
    (tmp_path / "skip.json").write_text("x")
    (tmp_path / "empty").mkdir()
    found = list(find_inputs([str(tmp_path), str(tmp_path / "empty"), str(tmp_path / "nope")]))
    names = [f if isinstance(f, str) else f.message for f in found]
    assert names[0].endswith("b/two.md") and names[1].endswith("one.txt")
    assert "no files matching" in names[2] and "no such file" in names[3]


def test_unique_ids():
    ids = ArticleIds()
    assert [ids("a/x.txt"), ids("b/x.txt"), ids("-")] == ["x", "x-2", "stdin"]


def test_published_sources():
    assert find_published("Title\nPublished: March 22, 2013\n\nBody").source == "metadata"
    dateline = find_published("Title\n\nWASHINGTON, March 22, 2013 - The body.")
    assert dateline.date == date(2013, 3, 22) and dateline.source == "dateline"
    assert find_published("Title\n\nBody", "news_2016-10-22_x.txt").source == "filename"
    assert find_published("Title\n\nBody", "x.txt") is None
    # A date alone under the title, as a saved page or Markdown puts it; not the title itself,
    # nor a date heading a timeline's entry further down.
    bare = find_published("Rates held\n\n*March 6, 2024*\n\nThe bank kept rates on Thursday.")
    assert bare is not None and bare.date == date(2024, 3, 6) and bare.source == "metadata"
    assert find_published("May 4, 1970\n\nFour students were shot at Kent State.") is None
    timeline = "Timeline\n\nHow it unfolded.\n\nThe first move.\n\nJune 17, 2020\n\nTalks began."
    assert find_published(timeline) is None


def test_reference_date_wins():
    article = make_article(
        "Title\nDate: 2013-03-22\n\nBody", article_id="a", path="a", reference_date=date(2020, 1, 1)
    )
    assert article.reference_date == date(2020, 1, 1) and article.anchor_source == "reference-date"
    assert article.published == "2013-03-22"
