from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from factx.evaluation import __main__ as cli
from factx.evaluation.report import Row, SetReport
from factx.evaluation.scoring import AttributeScore, Counts, Ratio

from .fakes import FakeExtractor


def test_parse_args_groups() -> None:
    args = cli.parse_args(["--only", "dates,claims", "--limit", "3"])
    assert args.only == ("dates", "claims")
    assert args.limit == 3
    with pytest.raises(SystemExit):
        cli.parse_args(["--only", "nonsense"])


def test_format_report_shows_every_metric_kind() -> None:
    report = SetReport("demo", seconds=1.25)
    report.add("spans", Counts(3, 1, 2))
    report.add("acc", Ratio(1, 4), "a note")
    report.add("type", AttributeScore(3, 4, 0.8))
    report.add("missing", None, "unavailable: x")
    report.problem("oops")
    text = cli.format_report(report)
    assert "== demo  (1.2 s)" in text or "== demo  (1.3 s)" in text
    assert "tp=3 fp=1 fn=2" in text
    assert "0.250  1/4  (a note)" in text
    assert "0.600   0.750" in text
    assert "n/a" in text and "oops" in text


def test_row_to_dict_marks_unavailable() -> None:
    report = SetReport("x", rows=[Row("m", None, "why")])
    assert report.to_dict()["rows"] == [{"metric": "m", "unavailable": True, "note": "why"}]


def test_run_survives_a_crashing_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*args: object, **kwargs: object) -> SetReport:
        raise RuntimeError("kaput")

    monkeypatch.setattr(cli.polnear, "evaluate", crash)
    args = argparse.Namespace(only=("claims",), data=tmp_path, limit=None, batch_size=8)
    reports = cli.run(args, FakeExtractor(lambda a, t, r: []), lambda: None)
    assert [r.name for r in reports] == ["polnear", "claimbuster"]
    assert "kaput" in reports[0].problems[0]
    assert reports[1].problem_count == 1  # dev.csv is missing in tmp_path


def test_main_without_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data", str(tmp_path / "nope")]) == 2
    assert "not found" in capsys.readouterr().err
