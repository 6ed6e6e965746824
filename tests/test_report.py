"""`factx report`: the page's data, its escaping and the command (the browser test is apart)."""

import base64
import hashlib
import html
import json
import re

from builders import article, claim, entity, quantity
from typer.testing import CliRunner

from factx.cli import app
from factx.records import ModelInfo
from factx.render.report import esc, report, segments

MODEL = ModelInfo(name="m", version="1")
EVIL = 'Evil <script>window.pwned = 1</script> says <img src=x onerror="window.pwned = 2"> TikTok.'


def evil_article():
    return article("evil", [entity(EVIL, "TikTok", "T")], title="<b>Evil</b> & co")


def data_of(page):
    block = re.search(r'<script type="application/json" id="factx-data">(.*?)</script>', page, re.S)
    return json.loads(block.group(1))


def test_article_text_never_reaches_the_html_raw():
    page = report([evil_article()], {"evil": EVIL}, model=MODEL)
    assert "<script>window.pwned" not in page and "<img" not in page
    assert "<b>Evil</b>" not in page  # titles travel in the JSON block, drawn as text
    assert data_of(page)["articles"][0]["text"] == EVIL  # the JSON block gives the text back
    assert page.count("<script") == 2  # the data block and the page's own script


def test_only_the_pages_own_script_may_run():
    page = report([evil_article()], {"evil": EVIL}, model=MODEL)
    policy = html.unescape(re.search(r'Security-Policy" content="([^"]*)"', page).group(1))
    script = re.search(r"<script>(.*)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy.split("script-src")[1]


def test_esc_escapes_markup_and_quotes():
    assert esc('<a href="x">\'&') == "&lt;a href=&quot;x&quot;&gt;&#x27;&amp;"


def test_segments_cut_highlights_at_claim_edges():
    text = "Oracle said TikTok has 150 million users now."
    record = article("a", [entity(text, "Oracle", "O"), entity(text, "TikTok", "T"),
                           quantity(text, "150 million", 1.5e8, "users"),
                           claim(text, "TikTok has 150 million users", "Oracle", "O")])  # fmt: skip
    cuts = [(text[s:e], kind, claim_id != "") for s, e, kind, _, _, claim_id in segments(record)]
    assert cuts == [
        ("Oracle", "entity", False), ("TikTok", "entity", True), (" has ", "", True),
        ("150 million", "quantity", True), (" users", "", True),
    ]  # fmt: skip


def test_overview_counts_and_model():
    page = report([evil_article()], {"evil": None}, model=MODEL)
    assert "<b>1</b> article(s), <b>0</b> failed; model m 1" in page
    assert data_of(page)["articles"][0] == {
        "id": "evil", "path": "evil.txt", "title": "<b>Evil</b> & co", "published": None,
        "text": None, "segments": [],
        "counts": {"entity": 1, "date": 0, "money": 0, "percent": 0, "quantity": 0, "claim": 0},
    }  # fmt: skip


def test_report_command_from_files_and_from_json_gives_the_same_page(tmp_path):
    saved, first, second = tmp_path / "run.json", tmp_path / "a.html", tmp_path / "b.html"
    for args in (["extract", "seeds/", "-f", "json", "-o", str(saved)],
                 ["report", "seeds/", "-o", str(first)],
                 ["report", "--from-json", str(saved), "-o", str(second)]):  # fmt: skip
        assert CliRunner().invoke(app, args).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    data = data_of(first.read_text())
    assert [a["id"] for a in data["articles"]] == ["000_aea6d10489ff8031", "003_e57c875faf2c8ede"]
    assert all(a["text"] and a["segments"] for a in data["articles"])


def test_report_command_usage_errors(tmp_path):
    runner = CliRunner()
    both = runner.invoke(app, ["report", "seeds/", "--from-json", "x.json"])
    neither = runner.invoke(app, ["report"])
    assert both.exit_code == neither.exit_code == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"articles": 3}')
    result = runner.invoke(app, ["report", "--from-json", str(bad), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert "not a factx --format json output" in result.output
    assert not (tmp_path / "r.html").exists()


def test_a_report_of_claims_alone_names_speakers_from_the_claims(tmp_path):
    page = tmp_path / "claims.html"
    result = CliRunner().invoke(app, ["report", "seeds/", "--type", "claim", "-o", str(page)])
    assert result.exit_code == 0, result.output
    data = data_of(page.read_text())
    assert data["entities"] == [] and data["figures"] == []
    assert ("E838b702ba9", "Shou Zi Chew") in {
        (g["entity_id"], g["name"]) for g in data["speakers"]
    }
