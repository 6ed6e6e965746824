from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from factx.evaluation import recognizers
from factx.evaluation.recognizers import SPECS, iso_currency, parse_spec
from factx.evaluation.report import SetReport
from factx.evaluation.scoring import Counts, Ratio

from .fakes import FakeExtractor, date_fact, find, money_fact, percent_fact, quantity_fact

DATETIME_CASES = [
    {
        "Input": "I'll go back 04th Jan 2019.",
        "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
        "Results": [
            {
                "Text": "04th jan 2019",
                "Start": 13,
                "End": 25,  # inclusive
                "TypeName": "datetimeV2.date",
                "Resolution": {"values": [{"timex": "2019-01-04", "type": "date"}]},
            }
        ],
    },
    {
        "Input": "I'll go back Oct/2",
        "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
        "NotSupported": "javascript, python",
        "Results": [
            {
                "Text": "oct/2",
                "Start": 13,
                "End": 17,
                "Typename": "datetimeV2.date",
                "Resolution": {
                    "values": [
                        {"timex": "XXXX-10-02", "type": "date", "value": "2016-10-02"},
                        {"timex": "XXXX-10-02", "type": "date", "value": "2017-10-02"},
                    ]
                },
            }
        ],
    },
    {"Input": "Nothing here", "Results": []},
]

CURRENCY_CASES = [
    {
        "Input": "it cost $ 75 million",
        "Results": [
            {
                "Text": "$ 75 million",
                "Start": 8,
                "End": 19,
                "TypeName": "currency",
                "Resolution": {"value": "75000000", "unit": "Dollar"},
            }
        ],
    },
    {
        "Input": "about c $ 16.4 million and 3 francs",
        "Results": [
            {
                "Text": "c $ 16.4 million",
                "Start": 6,
                "End": 21,
                "TypeName": "currency",
                "Resolution": {
                    "value": "16400000",
                    "unit": "Canadian dollar",
                    "isoCurrency": "CAD",
                },
            },
            {
                "Text": "3 francs",
                "Start": 27,
                "End": 34,
                "TypeName": "currency",
                "Resolution": {"value": "3", "unit": "Franc"},
            },
        ],
    },
]

PERCENT_CASES = [
    {
        "Input": "up 100% today",
        "Results": [{"Text": "100%", "Start": 3, "End": 6, "Resolution": {"value": "100%"}}],
    },
    {
        "Input": "a small percent",
        "Results": [{"Text": "percent", "Start": 8, "End": 14, "Resolution": {"value": "null"}}],
    },
]

NUMBER_CASES = [
    {
        "Input": "two thirds",
        "Results": [
            {
                "Text": "two thirds",
                "Start": 0,
                "End": 9,
                "Resolution": {"value": "0.666666666666667"},
            }
        ],
    },
    {
        "Input": "sold 192 units",
        "Results": [{"Text": "192", "Start": 5, "End": 7, "Resolution": {"value": "192"}}],
    },
]


def write_specs(root: Path) -> None:
    for key, cases in (
        ("datetime", DATETIME_CASES),
        ("currency", CURRENCY_CASES),
        ("percent", PERCENT_CASES),
        ("number", NUMBER_CASES),
    ):
        path = root / SPECS[key]
        path.parent.mkdir(parents=True, exist_ok=True)
        # The real files start with a byte order mark.
        path.write_text("\ufeff" + json.dumps(cases), encoding="utf-8")


def test_parse_spec_bom_inclusive_end_and_python_flag() -> None:
    problems: list[str] = []
    cases = parse_spec("\ufeff" + json.dumps(DATETIME_CASES), "DateTimeModel", problems.append)
    assert problems == []
    first = cases[0]
    assert first.reference == date(2016, 11, 7)
    assert first.input[first.results[0].start : first.results[0].end] == "04th Jan 2019"
    assert first.python_supported
    assert not cases[1].python_supported
    assert cases[1].results[0].type_name == "datetimeV2.date"
    assert cases[2].reference is None and cases[2].results == ()


def test_parse_spec_skips_malformed_cases() -> None:
    problems: list[str] = []
    raw = json.dumps([{"Input": "x", "Results": [{"Start": 0, "End": 5}]}, {"Results": []}])
    assert parse_spec(raw, "S", problems.append) == []
    assert len(problems) == 2
    assert parse_spec("not json", "S", problems.append) == []


def test_iso_currency() -> None:
    assert iso_currency({"unit": "Dollar"}) == "USD"
    assert iso_currency({"unit": "Dollar", "isoCurrency": "AUD"}) == "AUD"
    assert iso_currency({"unit": "Franc"}) is None


def fake_facts(article_id: str, text: str, ref: date | None) -> list[Any]:
    facts: list[Any] = []
    if "Jan 2019" in text:
        facts.append(date_fact(text, *find(text, "04th Jan 2019"), value="2019-01-04"))
    if "Oct/2" in text:
        facts.append(date_fact(text, *find(text, "Oct/2"), value="2016-10-02"))
    if "Nothing" in text:
        facts.append(date_fact(text, *find(text, "Nothing"), value="PRESENT_REF"))
    if "75 million" in text:
        facts.append(money_fact(text, *find(text, "75 million"), 75_000_000, "USD"))
    if "16.4" in text:
        facts.append(money_fact(text, *find(text, "$ 16.4 million"), 16_400_000, "USD"))
    if "francs" in text:
        facts.append(money_fact(text, *find(text, "3 francs"), 3, "CHF"))
    if "100%" in text:
        facts.append(percent_fact(text, *find(text, "100%"), 100))
    if "192" in text:
        facts.append(quantity_fact(text, *find(text, "192 units"), 192))
    return facts


def by_name(reports: list[SetReport]) -> dict[str, SetReport]:
    return {r.name.split()[-1]: r for r in reports}


def test_evaluate_all_specs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_specs(tmp_path)
    monkeypatch.setattr(recognizers, "load_number_parser", lambda: ({"two thirds": 2 / 3}.get, ""))
    reports = by_name(recognizers.evaluate(FakeExtractor(fake_facts), tmp_path))

    dt = reports["DateTimeModel"]
    assert dt.metric("span strict") == Counts(tp=2, fp=1, fn=0)
    assert dt.metric("timex accuracy") == Ratio(1, 2)  # XXXX-10-02 was resolved instead
    assert dt.metric("timex accuracy [py]") == Ratio(1, 1)
    assert dt.metric("timex-or-date accuracy") == Ratio(2, 2)
    assert dt.info["cases [py]"] == 2

    cur = reports["CurrencyModel"]
    assert cur.metric("span strict") == Counts(tp=1, fp=2, fn=2)
    assert cur.metric("span relaxed") == Counts(tp=3, fp=0, fn=0)
    assert cur.metric("amount+currency acc") == Ratio(1, 2)  # CAD was given as USD
    assert cur.metric("amount acc, unmapped unit") == Ratio(1, 1)

    pct = reports["PercentModel"]
    assert pct.metric("value acc") == Ratio(1, 1)  # the "null" case is not counted
    assert pct.metric("span relaxed") == Counts(tp=1, fp=0, fn=1)

    num = reports["NumberModel"]
    assert num.metric("fact value acc") == Ratio(1, 2)
    assert num.metric("parse_number acc") == Ratio(1, 2)


def test_number_parser_unavailable_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_specs(tmp_path)
    monkeypatch.setattr(recognizers, "load_number_parser", lambda: (None, "unavailable: nope"))
    (report,) = recognizers.evaluate(FakeExtractor(fake_facts), tmp_path, which=["number"])
    assert report.metric("parse_number acc") is None
    assert report.rows[1].note == "unavailable: nope"


def test_missing_spec_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (report,) = recognizers.evaluate(FakeExtractor(fake_facts), tmp_path, which=["percent"])
    assert report.problem_count == 1
    assert report.info["cases"] == 0


@pytest.mark.parametrize(
    ("found", "wanted"),
    [
        ("2019-02-28T15:00", "2019-02-28T15"),  # the hour of "3pm" written alone
        ("T07:00", "T07:00:00"),
        ("199", "(1990-01-01,2000-01-01,P10Y)"),  # a decade
        ("14", "(1400-01-01,1500-01-01,P100Y)"),  # a century
        ("2019-Q3", "(2019-07-01,2019-10-01,P3M)"),
        ("2020-H2", "(2020-07-01,2021-01-01,P6M)"),
        ("2019-W28", "(2019-07-08,2019-07-15,P1W)"),
        ("2019-12", "(2019-12-01,2020-01-01,P1M)"),
        ("PT1H30M", "PT1.5H"),
        ("P2W", "P14D"),
        ("P15M", "P1.25Y"),
        ("2019", "2019"),
    ],
)
def test_same_timex_in_two_notations(found: str, wanted: str) -> None:
    assert recognizers.same_timex(found, wanted)


@pytest.mark.parametrize(
    ("found", "wanted"),
    [
        ("2016-11-07T16:00", "T16"),  # a date added to a bare time is a reading, not a notation
        ("2016-10-02", "XXXX-10-02"),  # a resolved year likewise (the lenient metric's business)
        ("2019-Q3", "(2019-07-01,2019-09-30,P3M)"),
        ("199", "(1990-01-01,1999-12-31,P10Y)"),
        ("P1D", "PT24H"),  # a day is not always 24 hours
        ("PXY", "P1Y"),
        ("T15:30", "T15"),
    ],
)
def test_same_timex_keeps_apart_different_values(found: str, wanted: str) -> None:
    assert not recognizers.same_timex(found, wanted)
