"""Input formats: saved web pages, Markdown with front matter, JSON Lines archives, snippets,
other languages. Readers are tested alone (no model); extraction through the CLI."""

from __future__ import annotations

import builtins
import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factx.cli import app
from factx.errors import FactxError
from factx.formats import Source, format_of, sources
from factx.formats.html import read_html
from factx.formats.jsonl import read_jsonl
from factx.formats.markdown import read_markdown

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
PAGE = FIXTURES / "acme-deal.html"
PAGE_AS_TEXT = FIXTURES / "acme-deal.txt"
NOTE = FIXTURES / "council-budget.md"
ARCHIVE = FIXTURES / "archive.jsonl"
# What markup leaves behind when it is read as text: tags, entities, Markdown marks.
HTML_MARKS = ("<", ">", "&nbsp;", "&pound;", "&copy;")
MARKDOWN_MARKS = ("**", "*", "[", "]", "](", "`", "#", "![", "---", "```")

runner = CliRunner()


def extract(*args: str, input: str | None = None) -> tuple[int, dict, str]:
    result = runner.invoke(app, ["extract", *args, "--format", "json", "--with-text"], input=input)
    return result.exit_code, json.loads(result.stdout), result.stderr


def test_format_is_chosen_by_suffix_or_asked_for():
    assert format_of("a/b.html", "") == "html" and format_of("b.HTM", "") == "html"
    assert format_of("note.md", "") == "markdown" and format_of("x.jsonl", "") == "jsonl"
    assert format_of("story.txt", "<html>") == "text"  # a .txt stays text, whatever it holds
    assert format_of("-", "  <!DOCTYPE html><html>") == "html"
    assert format_of("-", "Plain words") == "text"
    assert format_of("story.txt", "", "html") == "html"


def test_plain_text_is_passed_through_unchanged():
    text = "Title\r\n\r\n  Body with <b>tags</b> and **stars**.\n"
    assert list(sources(text, "a.txt", "text")) == [Source(text)]


def test_plain_text_decodes_whole_character_references_only():
    # Web text saved as plain text keeps the page's references; the page showed characters.
    text = "EC President Jos&#233; Barroso &amp; co paid &#163;8m &#x2014; &pound;1 &lt;b&gt;\n"
    assert list(sources(text, "a.txt", "text")) == [
        Source("EC President José Barroso & co paid £8m — £1 <b>\n")
    ]
    # Not a whole reference (no ";", a name HTML lacks), or no character a page shows as text.
    kept = "AT&T, R&D, &c and &copy 2004; &nosuch; &#0; &#27; &#xD800; stay.\n"
    assert list(sources(kept, "a.txt", "text")) == [Source(kept)]


def test_jsonl_text_decodes_character_references():
    line = json.dumps({"title": "Caf&#233; deal", "text": "It cost &#163;5m."})
    (found,) = read_jsonl(line, "a.jsonl")
    assert isinstance(found, Source) and found.text == "Café deal\n\nIt cost £5m."


def test_character_references_in_a_text_file_give_names_and_money(tmp_path):
    story = tmp_path / "barroso.txt"
    story.write_text(
        "Commission drops patent plan\n\nIn a letter, EC President Jos&#233; Manuel Barroso "
        "told the Parliament that the plan, which cost &#163;8m, was dropped.\n",
        encoding="utf-8",
    )
    code, data, _ = extract(str(story))
    (article,) = data["articles"]
    assert code == 0 and "José Manuel Barroso" in article["text"]
    names = {f["name"]: f["label"] for f in article["facts"] if f["type"] == "entity"}
    assert names.get("José Manuel Barroso") == "PERSON"
    money = [f for f in article["facts"] if f["type"] == "money"]
    assert [(m["amount"], m["currency"]) for m in money] == [(8_000_000, "GBP")]
    # Offsets index the decoded text, which --with-text gives back.
    assert article["text"][money[0]["start"] : money[0]["end"]] == money[0]["text"] == "£8m"


# --- HTML ---


def test_html_main_text_and_metadata():
    found = read_html(PAGE.read_text("utf-8"), str(PAGE))
    assert found.text.splitlines()[0] == "Acme agrees to buy Beta Foods for $2.5 billion"
    assert found.published == date(2024, 3, 5)
    assert found.byline == "Jane Smith"
    assert found.url == "https://ledger.example/business/acme-beta"
    assert "Acme Corp said on Tuesday" in found.text and "$41.50" in found.text
    # Navigation, the caption, the advert, related links, comments and the footer are left out.
    for furniture in ("Subscribe", "Photo: Reuters", "Crunchy Oats", "Related stories",
                      "I paid $12", "All rights reserved", "dataLayer"):  # fmt: skip
        assert furniture not in found.text
    assert not any(mark in found.text for mark in HTML_MARKS)
    assert "$2.5 billion" in found.text  # &nbsp; is a space, not markup


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Empty</title></head><body><nav><a href='/'>Home</a></nav></body>",
        "<html><body><div><script>var x = 1;</script></div></body></html>",
        "<<<>>> \x0b <!-- --> </p></div>",
    ],
)
def test_html_without_main_text_is_one_error(page):
    with pytest.raises(FactxError) as error:
        read_html(page, "page.html")
    assert str(error.value) in (
        "page.html: no main text found in this HTML page",
        "page.html: cannot parse this HTML (ParserError)",
    )


def test_empty_files_of_every_format_say_so(tmp_path):
    for name in ("e.html", "e.md", "e.jsonl"):
        (tmp_path / name).write_text("")
    (tmp_path / "w.html").write_text(" \n\t\n")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "json"])
    problems = {Path(e["path"]).name: e["error"] for e in json.loads(result.stdout)["errors"]}
    assert problems == {
        "e.html": "empty file (no text)",
        "e.jsonl": "empty file (no text)",
        "e.md": "empty file (no text)",
        "w.html": "no text (whitespace only)",
    }
    assert result.exit_code == 1


def test_html_without_the_extra_names_it(monkeypatch):
    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name.startswith("trafilatura"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    with pytest.raises(FactxError, match=r'needs the "html" extra: pip install "factx\[html\]"'):
        read_html("<html><body><p>Text.</p></body></html>", "a.html")


# --- Markdown ---


def test_markdown_front_matter_and_plain_text():
    found = read_markdown(NOTE.read_text("utf-8"), str(NOTE))
    blocks = found.text.split("\n\n")
    assert blocks[0] == "Council approves $48 million budget for 2025"
    assert blocks[1].startswith("The city council voted 7-2 on Wednesday to approve a $48 million")
    assert blocks.count(blocks[0]) == 1  # the title is not repeated by the first heading
    assert found.published == date(2024, 11, 14)
    assert found.byline == "Sam Okafor" and found.url == "https://notes.example/council-budget"
    assert not any(mark in found.text for mark in MARKDOWN_MARKS)
    assert "not part of the story" not in found.text  # code blocks are left out
    assert "Council chamber" not in found.text  # and images
    assert "Road repairs get $5.5 million" in found.text  # list items are paragraphs


def test_markdown_without_front_matter_keeps_its_first_block_as_title():
    found = read_markdown("## Rates rise\n\nThe bank raised rates to *5%*.\n", "n.md")
    assert found.text == "Rates rise\n\nThe bank raised rates to 5%.\n"
    assert found.published is None and found.byline is None


def test_markdown_metadata_values_of_odd_shapes():
    note = (
        "---\nx: &loop [*loop]\ntitle: *loop\nauthor: [{name: Ann Lee}, Bo Chan, [Deep]]\n---\nB.\n"
    )
    found = read_markdown(note, "n.md")
    assert found.text == "B.\n" and found.byline == "Ann Lee, Bo Chan"


def test_markdown_table_rows_are_lines_of_cells():
    found = read_markdown("T\n\n| Year | Sales |\n|---|---|\n| 2023 | $4m |\n", "t.md")
    assert found.text == "T\n\nYear\tSales\n\n2023\t$4m\n"


@pytest.mark.parametrize(
    ("note", "problem"),
    [
        ("---\ntitle: [unclosed\n---\nBody.\n", "n.md: front matter is not valid YAML (line 2)"),
        ("---\n- a list\n---\nBody.\n", "n.md: front matter is not a mapping of fields"),
        ("---\ntitle: Only metadata\n---\n", None),
        ("---\nauthor: X\n---\n```\ncode only\n```\n", "n.md: no text in this Markdown file"),
        (
            "---\ndate: 2024-02-31\n---\nBody.\n",
            "n.md: front matter 'date' is not a date: '2024-02-31'",
        ),
        (
            "---\ntitle: T\nupdated: 2024-02-30T10:00:00Z\n---\nB.\n",
            "n.md: front matter 'updated' is not",
        ),
        ("---\ntitle: " + "[" * 3000 + "\n---\nBody.\n", "n.md: front matter cannot be read"),
    ],
)
def test_markdown_problems_are_one_line_errors(note, problem):
    if problem is None:
        assert read_markdown(note, "n.md").text == "Only metadata\n"
        return
    with pytest.raises(FactxError) as error:
        read_markdown(note, "n.md")
    assert str(error.value).startswith(problem) and "\n" not in str(error.value)


# --- JSON Lines ---


def test_jsonl_bad_lines_are_reported_and_the_others_read():
    found = list(read_jsonl(ARCHIVE.read_text("utf-8"), "archive.jsonl"))
    good = [f for f in found if isinstance(f, Source)]
    bad = [str(f) for f in found if isinstance(f, FactxError)]
    assert [s.source_id for s in good] == ["wire-001", "wire-002", "wire-005"]
    assert [s.line for s in good] == [1, 2, 6]
    assert bad == [
        "archive.jsonl:3: not JSON: Unterminated string starting at (column 52)",
        'archive.jsonl:4: no "text" string in this line',
    ]
    first = good[0]
    assert first.text.startswith("Oil prices jump 4% after pipeline outage\n\nBrent crude rose 4%")
    assert first.published == date(2023, 6, 12) and first.url == "https://wire.example/oil-0612"
    assert good[2].byline == "Lena Ho"
    assert good[1].text.startswith("Rates on hold\n\n")  # no title field: the text's first line


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("[1, 2]", 'a.jsonl:1: not a JSON object with a "text" field'),
        ('{"text": 5}', 'a.jsonl:1: no "text" string in this line'),
        ('{"text": "  "}', 'a.jsonl:1: "text" is empty'),
        (
            '{"text": "T\\n\\nB.", "published": "soon"}',
            "a.jsonl:1: \"published\" is not a date: 'soon'",
        ),
        ("[" * 100_000, "a.jsonl:1: not JSON: nested too deeply or too long to read"),
    ],
)
def test_jsonl_line_problems(line, problem):
    (error,) = read_jsonl(line + "\n", "a.jsonl")
    assert isinstance(error, FactxError) and str(error) == problem


def test_jsonl_lines_end_only_at_line_feeds_and_returns():
    """JSON allows U+2028, U+2029 and U+0085 raw inside a string (jq writes them so): they
    end no line, where LF, CRLF and a lone CR do."""
    raw = '{"text": "Sales rose\u2028 2% in\u2029 May\x85 2024."}'
    archive = f'{raw}\r\n{{"text": "Two."}}\r{{"text": "Three."}}\n'
    found = list(read_jsonl(archive, "a.jsonl"))
    assert [(s.line, s.text) for s in found] == [
        (1, "Sales rose\u2028 2% in\u2029 May\x85 2024."), (2, "Two."), (3, "Three."),
    ]  # fmt: skip


def test_jsonl_without_lines_is_an_error():
    with pytest.raises(FactxError, match="no articles in this JSON Lines file"):
        list(read_jsonl("\n  \n", "a.jsonl"))


# --- extraction ---


def _offsets_hold(article: dict) -> None:
    text = article["text"]
    for fact in article["facts"]:
        assert text[fact["start"] : fact["end"]] == fact["text"]
        for mention in fact.get("mentions", []):
            assert text[mention["start"] : mention["end"]] == mention["text"]


def test_html_page_extraction():
    code, data, _ = extract(str(PAGE))
    assert code == 0 and data["errors"] == []
    (article,) = data["articles"]
    assert article["title"] == "Acme agrees to buy Beta Foods for $2.5 billion"
    assert article["published"] == article["reference_date"] == "2024-03-05"
    assert article["byline"] == "Jane Smith" and article["language"] == "en"
    assert article["url"] == "https://ledger.example/business/acme-beta"
    _offsets_hold(article)
    for fact in article["facts"]:
        assert not any(mark in fact["text"] for mark in HTML_MARKS), fact
    money = [(f["amount"], f["currency"]) for f in article["facts"] if f["type"] == "money"]
    assert (2_500_000_000, "USD") in money and (800_000_000, "GBP") in money
    assert not [f for f in article["facts"] if f["type"] == "claim" and "<" in f["content"]]


def _story_facts(article: dict) -> Counter:
    return Counter(
        (f["type"], f["text"], str(f.get("value", f.get("amount", f.get("name")))))
        for f in article["facts"]
        if f["zone"] in ("headline", "body")
    )


def test_the_same_story_as_text_and_as_html_gives_the_same_facts():
    _, as_text, _ = extract(str(PAGE_AS_TEXT))
    _, as_html, _ = extract(str(PAGE))
    text_facts = _story_facts(as_text["articles"][0])
    html_facts = _story_facts(as_html["articles"][0])
    # The text file carries its date on a "Date:" line, the page in its metadata: both are
    # metadata, not the story (the line is in the byline zone).
    assert text_facts == html_facts
    assert ("date", "2024-03-05", "2024-03-05") not in text_facts


def test_markdown_note_extraction():
    code, data, _ = extract(str(NOTE))
    (article,) = data["articles"]
    assert code == 0 and article["title"] == "Council approves $48 million budget for 2025"
    assert article["published"] == "2024-11-14" and article["byline"] == "Sam Okafor"
    _offsets_hold(article)
    for fact in article["facts"]:
        assert not any(mark in fact["text"] for mark in MARKDOWN_MARKS), fact
        assert not any(mark in fact.get("content", "") for mark in MARKDOWN_MARKS), fact
    days = {f["text"]: f["value"] for f in article["facts"] if f["type"] == "date"}
    assert days["Wednesday"] == "2024-11-13"  # resolved against the front matter's date


def test_jsonl_archive_extraction():
    code, data, stderr = extract(str(ARCHIVE))
    assert code == 1
    assert [a["id"] for a in data["articles"]] == ["wire-001", "wire-002", "wire-005"]
    assert [a["line"] for a in data["articles"]] == [1, 2, 6]
    assert data["articles"][0]["url"] == "https://wire.example/oil-0612"
    assert "url" not in data["articles"][1]  # left out where unknown, not null
    assert [e["path"] for e in data["errors"]] == [f"{ARCHIVE}:3", f"{ARCHIVE}:4"]
    assert f'factx: error: {ARCHIVE}:4: no "text" string in this line' in stderr
    for article in data["articles"]:
        _offsets_hold(article)


def test_jsonl_on_stdin_and_repeated_ids():
    lines = "\n".join(
        json.dumps({"id": "a/b", "text": f"Title {n}\n\nSales rose {n}% in 2023."}) for n in (1, 2)
    )
    code, data, _ = extract("-", "--input-format", "jsonl", input=lines)
    assert code == 0
    assert [a["id"] for a in data["articles"]] == ["a_b", "a_b-2"]  # safe as golden file names
    values = [f["value"] for a in data["articles"] for f in a["facts"] if f["type"] == "percent"]
    assert values == [1, 2]


def test_a_progress_bar_has_no_total_over_archives():
    from factx.run import count_inputs

    assert count_inputs([str(PAGE), str(NOTE)]) == 2
    assert count_inputs([str(PAGE), str(ARCHIVE)]) is None  # lines are counted by reading


def test_plain_text_is_read_byte_for_byte():
    path = Path("seeds/003_e57c875faf2c8ede.txt")
    _, data, _ = extract(str(path))
    (article,) = data["articles"]
    assert article["text"] == path.read_text("utf-8") and "line" not in article


def test_other_languages_are_reported():
    french = (
        "Le taux de chômage a baissé à 5,3 % au troisième trimestre, soit 1 200 emplois de "
        "plus, a annoncé l'Insee mardi."
    )
    code, data, stderr = extract("-", input=french)
    assert code == 0 and data["articles"][0]["language"] == "fr"
    assert "factx: warning: -: the text looks 'fr', not English" in stderr
    _, english, stderr = extract(str(PAGE_AS_TEXT))
    assert english["articles"][0]["language"] == "en" and "warning" not in stderr


def test_a_snippet_is_all_body():
    sentence = "The unemployment rate fell to 3.9% in April, the lowest level since 2001."
    for args, text in ((("-",), sentence), (("-", "--no-title"), f"{sentence}\nMore.")):
        code, data, _ = extract(*args, input=text)
        (article,) = data["articles"]
        assert code == 0 and article["title"] is None
        claims = [f for f in article["facts"] if f["type"] == "claim"]
        assert claims and claims[0]["claim_type"] == "factual"
        assert {f["zone"] for f in article["facts"]} == {"body"}
    _, titled, _ = extract("-", input=f"A headline\n\n{sentence}")
    assert titled["articles"][0]["title"] == "A headline"


def test_relative_dates_without_a_reference_date_stay_underspecified():
    text = (
        "Title\n\nThe minister said last week that exports fell in December of last year "
        "and will recover next month, a few years after the crisis began a few years ago."
    )
    _, data, _ = extract("-", input=text)
    dates = {f["text"]: f for f in data["articles"][0]["facts"] if f["type"] == "date"}
    expected = {"last week": "XXXX-WXX", "December of last year": "XXXX-12",
                "next month": "XXXX-XX", "a few years ago": "PAST_REF"}  # fmt: skip
    for text_, value in expected.items():
        assert dates[text_]["value"] == value and dates[text_]["relative"] is True
        assert dates[text_]["anchor"] is None
    _, anchored, _ = extract("-", "--reference-date", "2024-03-05", input=text)
    values = {
        f["text"]: f["value"] for f in anchored["articles"][0]["facts"] if f["type"] == "date"
    }
    assert values["last week"] == "2024-W09" and values["December of last year"] == "2023-12"


# --- properties ---

_WORD = st.sampled_from(["Acme", "rose", "5%", "$2.5 billion", "on", "Friday", "said", "the"])
# (markdown, plain text): each word plain, emphasised, linked, as code, or an image (no text).
_MARKED = st.one_of(
    _WORD.map(lambda w: (w, w)),
    _WORD.map(lambda w: (f"**{w}**", w)),
    _WORD.map(lambda w: (f"*{w}*", w)),
    _WORD.map(lambda w: (f"[{w}](https://x.example/{len(w)})", w)),
    _WORD.map(lambda w: (f"`{w}`", w)),
    _WORD.map(lambda w: (f"![{w}](img/{len(w)}.png)", "")),
)
_BLOCK = st.tuples(
    st.sampled_from(["", "# ", "## ", "- ", "> ", "1. "]), st.lists(_MARKED, min_size=1, max_size=8)
).map(lambda b: (b[0] + " ".join(m for m, _ in b[1]), " ".join(p for _, p in b[1]).strip()))


@settings(max_examples=80, deadline=None)
@given(
    blocks=st.lists(_BLOCK, min_size=1, max_size=6),
    title=st.sampled_from([None, "Acme rose", "Q3: $5 billion"]),
)
def test_markdown_markup_never_reaches_the_text(blocks, title):
    front = f'---\ntitle: "{title}"\ndate: 2024-01-02\n---\n' if title else ""
    expected = [plain for _, plain in blocks if plain]
    if title and expected and expected[0] == title:
        expected = expected[1:]  # the title repeated as the first block
    expected = [title, *expected] if title else expected
    note = front + "\n\n".join(markdown for markdown, _ in blocks)
    if not expected:
        with pytest.raises(FactxError, match="no text in this Markdown file"):
            read_markdown(note, "n.md")
        return
    found = read_markdown(note, "n.md")
    assert found.text == "\n\n".join(expected) + "\n"
    assert found.published == (date(2024, 1, 2) if title else None)


@pytest.mark.parametrize(
    "data",
    [
        {
            "text": "Zoë’s café",
            "n": 1.5,
            "ok": True,
            "none": None,
            "list": [1, "é", {"a": "\u2028"}],
        },
        {"control": "a\tb\nc\x00", "emoji": "🙂", "nan": float("nan"), "big": 10**30},
        [],
        "plain",
    ],
)
def test_the_shared_encoder_writes_what_json_dumps_writes(data):
    from factx.render.json import _dumps

    assert _dumps(data) == json.dumps(data, ensure_ascii=False, sort_keys=False)
