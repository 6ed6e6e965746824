"""Golden checks: the project's own seed goldens, through `factx check`, and the check itself.

The seed goldens (dates, money, percentages, quantities) were read fact by fact against the
articles; `make golden` rewrites them.
"""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factx.cli import app
from factx.golden import compare

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seeds"
VALUES = "date,money,percent,quantity"
runner = CliRunner()


@pytest.fixture
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def check(*args):
    return runner.invoke(app, ["check", *args])


def test_seed_values_match_golden(at_root):
    assert sorted(p.name for p in GOLDEN.glob("*.json")) == [
        "000_aea6d10489ff8031.json",
        "003_e57c875faf2c8ede.json",
    ]
    result = check("seeds/", "--golden", str(GOLDEN), "--type", VALUES)
    assert result.exit_code == 0, result.output
    assert "2 article(s) checked, 0 differ, 0 failed" in result.stdout


def test_a_changed_fact_is_explained(at_root, tmp_path):
    golden = tmp_path / "golden"
    shutil.copytree(GOLDEN, golden)
    path = golden / "003_e57c875faf2c8ede.json"
    data = json.loads(path.read_text())
    facts = data["articles"][0]["facts"]
    money = next(f for f in facts if f["type"] == "money")
    money["amount"] = 1
    removed = facts.pop(0)  # the June 17 date
    facts.append({**removed, "start": 9999, "end": 10006})
    path.write_text(json.dumps(data))
    result = check("seeds/", "--golden", str(golden), "--type", VALUES)
    assert result.exit_code == 1
    out = result.stdout
    assert '~ money "$277M" at 1863:' in out and "amount: 1 -> 277000000" in out
    assert '+ date "June 17" at 329 (value "XXXX-06-17")' in out
    assert '- date "June 17" at 9999' in out
    assert "2 article(s) checked, 1 differ, 0 failed" in out


def test_ignore_fields(at_root, tmp_path):
    golden = tmp_path / "golden"
    shutil.copytree(GOLDEN, golden)
    path = golden / "000_aea6d10489ff8031.json"
    data = json.loads(path.read_text())
    for fact in data["articles"][0]["facts"]:
        fact["id"] = "x"
        fact["sentence"] = -1
    path.write_text(json.dumps(data))
    assert check("seeds/", "--golden", str(golden), "--type", VALUES).exit_code == 1
    ignoring = check(
        "seeds/",
        "--golden",
        str(golden),
        "--type",
        VALUES,
        "--ignore",
        "id",
        "--ignore",
        "sentence",
    )
    assert ignoring.exit_code == 0, ignoring.output


def test_missing_and_orphan_goldens(at_root, tmp_path):
    golden = tmp_path / "golden"
    golden.mkdir()
    (golden / "gone.json").write_text("{}")
    result = check("seeds/003_e57c875faf2c8ede.txt", "--golden", str(golden))
    assert result.exit_code == 1
    assert "003_e57c875faf2c8ede: no golden file at" in result.stdout
    assert "gone.json: golden file of no article in this run" in result.stdout


def test_update_writes_the_contract(at_root, tmp_path):
    result = check("seeds/", "--golden", str(tmp_path), "--type", "money", "--update")
    assert result.exit_code == 0
    data = json.loads((tmp_path / "003_e57c875faf2c8ede.json").read_text())
    assert data["schema_version"] == 1 and data["model"]["version"] == "3.8.0"
    assert [f["text"] for f in data["articles"][0]["facts"]] == ["$277M"]
    assert check("seeds/", "--golden", str(tmp_path), "--type", "money").exit_code == 0


def test_compare_reports_article_fields():
    diff = compare(
        {"id": "a", "title": "Old", "facts": []},
        {"id": "a", "title": "New", "facts": []},
        Path("a.json"),
    )
    assert diff.article_fields == {"title": ("Old", "New")}
