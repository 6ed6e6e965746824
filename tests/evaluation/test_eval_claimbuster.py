from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from factx.evaluation import claimbuster
from factx.evaluation.claimbuster import parse_csv
from factx.evaluation.scoring import Counts, Ratio

from .fakes import FakeExtractor, claim_fact

CSV = (
    "sentence_id,label,text\r\n"
    "1,1,We're 9 million jobs short of that.\r\n"
    '2,1,"You know, we lost 700,000 jobs."\r\n'
    "3,0,Thank you very much.\r\n"
    "4,0,We lost 5 jobs today.\r\n"
    "5,x,bad label\r\n"
)


def test_parse_csv() -> None:
    problems: list[str] = []
    rows = parse_csv(CSV, problems.append)
    assert [(r.sentence_id, r.label) for r in rows] == [
        ("1", True),
        ("2", True),
        ("3", False),
        ("4", False),
    ]
    assert rows[1].text == "You know, we lost 700,000 jobs."
    assert len(problems) == 1 and "dev.csv:6" in problems[0]


def test_parse_csv_wrong_columns() -> None:
    problems: list[str] = []
    assert parse_csv("id,text\n1,hello\n", problems.append) == []
    assert "missing columns" in problems[0]


def facts(article_id: str, text: str, ref: date | None) -> list[Any]:
    # The sentence is the article's body, after the neutral headline.
    body = (text.index("\n\n") + 2, len(text))
    if "lost" in text:
        return [claim_fact(text, body, claim_type="factual")]
    if "Thank" in text:  # an attributed claim without a score is not check-worthy
        return [claim_fact(text, body, claim_type="attributed")]
    if "short" in text:  # one whose content is check-worthy is
        claim = claim_fact(text, body, claim_type="attributed")
        return [claim.model_copy(update={"score": 0.8})]
    return []


def test_evaluate(tmp_path: Path) -> None:
    (tmp_path / "dev.csv").write_text(CSV, encoding="utf-8", newline="")
    report = claimbuster.evaluate(FakeExtractor(facts), tmp_path)
    assert report.metric("check-worthy") == Counts(tp=2, fp=1, fn=0)
    assert report.metric("accuracy") == Ratio(3, 4)
    assert report.info["predicted positives"] == 3


def test_missing_file(tmp_path: Path) -> None:
    report = claimbuster.evaluate(FakeExtractor(facts), tmp_path)
    assert report.problem_count == 1
    assert report.info["sentences"] == 0
