"""The seeds' dates, money, percentages and quantities against reviewed golden facts.

The golden file was read fact by fact against the articles; `make golden` rewrites it.
"""

import json
from pathlib import Path

from typer.testing import CliRunner

from factx.cli import app

GOLDEN = Path(__file__).parent / "golden" / "seeds-values.json"


def test_seed_values_match_golden(monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    assert GOLDEN.exists(), "missing golden file: run `make golden` and review it"
    result = CliRunner().invoke(
        app, ["extract", "seeds/", "--format", "json", "--type", "date,money,percent,quantity"]
    )
    assert result.exit_code == 0
    actual = json.loads(result.stdout)
    expected = json.loads(GOLDEN.read_text("utf-8"))
    for document in (actual, expected):
        document.pop("factx_version")
    assert actual == expected
