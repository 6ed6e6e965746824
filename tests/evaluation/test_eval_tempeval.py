from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factx.evaluation import tempeval
from factx.evaluation.scoring import AttributeScore, Counts
from factx.evaluation.tempeval import Timex, parse_timeml, tally_timexes

from .fakes import FakeExtractor, date_fact, find

TIMEML = """<?xml version="1.0" ?>
<TimeML><DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">08/07/98</TIMEX3></DCT>
<EXTRAINFO>AT&amp;T wire header <TIMEX3 tid="t9" type="DATE" value="1998">1998</TIMEX3></EXTRAINFO>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> it <EVENT eid="e2">expects</EVENT> a deal <SIGNAL sid="s1">within</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
</TEXT>
</TimeML>
"""  # noqa: E501


def test_parse_timeml_offsets_entities_and_dct() -> None:
    doc = parse_timeml(TIMEML, "d1")
    assert doc.dct == date(1998, 8, 7)
    assert doc.text.startswith("\nAT&T said Friday it expects")
    # Only TEXT is scored: the EXTRAINFO timex is not gold.
    assert [(doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes] == [
        ("Friday", "DATE", "1998-08-07"),
        ("two weeks", "DURATION", "P2W"),
    ]


def test_parse_timeml_rejects_bad_documents() -> None:
    with pytest.raises(ValueError, match="well-formed"):
        parse_timeml("<TimeML><TEXT>unclosed", "x")
    with pytest.raises(ValueError, match="TEXT"):
        parse_timeml("<TimeML><DOCID>x</DOCID></TimeML>", "x")


def test_tally_by_hand() -> None:
    gold = [Timex(0, 6, "DATE", "1998-08-07"), Timex(10, 19, "DURATION", "P2W")]
    pred = [
        Timex(0, 6, "DATE", "1998-08-07"),  # exact, right value
        Timex(14, 19, "DURATION", "P1W"),  # partial, right type, wrong value
        Timex(30, 35, "DATE", "1998"),  # spurious
    ]
    tally = tally_timexes(gold, pred)
    assert tally.strict == Counts(1, 2, 1)
    assert tally.relaxed == Counts(2, 1, 0)
    assert (tally.type_correct, tally.value_correct) == (2, 1)


def test_evaluate_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "TimeBank").mkdir()
    (tmp_path / "TimeBank" / "d1.tml").write_text(TIMEML, encoding="utf-8")
    (tmp_path / "TimeBank" / "broken.tml").write_text("<TimeML><TEXT>", encoding="utf-8")

    def facts(article_id: str, text: str, ref: date | None) -> list[object]:
        return [
            date_fact(text, *find(text, "Friday"), value="1998-08-07"),
            date_fact(text, *find(text, "weeks"), value="P2W", timex_type="DURATION"),
        ]

    extractor = FakeExtractor(facts)
    report = tempeval.evaluate(extractor, tmp_path)
    assert extractor.calls == [("d1", date(1998, 8, 7))]
    assert report.metric("strict extent") == Counts(1, 1, 1)
    assert report.metric("relaxed extent") == Counts(2, 0, 0)
    value = report.metric("value")
    assert isinstance(value, AttributeScore)
    assert value.f1 == pytest.approx(1.0)
    assert report.problem_count == 1
    assert "broken.tml" in report.problems[0]


def test_evaluate_writes_an_error_list(tmp_path: Path) -> None:
    (tmp_path / "TimeBank").mkdir()
    (tmp_path / "TimeBank" / "d1.tml").write_text(TIMEML, encoding="utf-8")

    def facts(article_id: str, text: str, ref: date | None) -> list[object]:
        return [
            date_fact(text, *find(text, "Friday"), value="1998-08-14"),  # wrong value
            date_fact(text, *find(text, "deal"), value="PRESENT_REF"),  # spurious
        ]  # "two weeks" is missed

    errors = tmp_path / "errors.tsv"
    tempeval.evaluate(FakeExtractor(facts), tmp_path, errors=errors)
    rows = [line.split("\t") for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows] == [
        ("d1@1998-08-07", "value", "Friday", "DATE:1998-08-07", "Friday", "DATE:1998-08-14"),
        ("d1@1998-08-07", "missed", "two weeks", "DURATION:P2W", "", ""),
        ("d1@1998-08-07", "spurious", "", "", "deal", "DATE:PRESENT_REF"),
    ]
    assert "[[Friday]]" in rows[0][6]
