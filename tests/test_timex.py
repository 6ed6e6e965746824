from datetime import date

import pytest

from factx.normalize.timex import interval, timex

ANCHOR = date(2013, 3, 22)  # a Friday


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("January 1, 2024", "2024-01-01", "DATE"),
        ("September 14, 2020", "2020-09-14", "DATE"),
        ("July 25. 2002", "2002-07-25", "DATE"),
        ("22 March 2013", "2013-03-22", "DATE"),
        ("2020-09-14", "2020-09-14", "DATE"),
        ("11/02/89", "1989-11-02", "DATE"),
        ("March 2013", "2013-03", "DATE"),
        ("2022", "2022", "DATE"),
        ("the 1990s", "199", "DATE"),
        ("the first quarter of 2013", "2013-Q1", "DATE"),
        ("summer 2012", "2012-SU", "DATE"),
        ("fiscal 1989", "FY1989", "DATE"),
        ("45 days", "P45D", "DURATION"),
        ("three years", "P3Y", "DURATION"),
        ("the past three years", "P3Y", "DURATION"),
        ("two hours", "PT2H", "DURATION"),
        ("a decade", "P10Y", "DURATION"),
        ("several years", "PXY", "DURATION"),
        ("every Monday", "XXXX-WXX-1", "SET"),
        ("weekly", "P1W", "SET"),
        ("now", "PRESENT_REF", "DATE"),
        ("recently", "PAST_REF", "DATE"),
    ],
)
def test_absolute_and_anchor_free(text, value, kind):
    result = timex(text)
    assert result is not None
    assert (result.value, result.type) == (value, kind)
    assert timex(text, anchor=ANCHOR) is not None


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("June 17", "past", "2012-06-17"),
        ("June 17", "future", "2013-06-17"),
        ("Friday", "past", "2013-03-22"),
        ("Monday", "past", "2013-03-18"),
        ("Monday", "future", "2013-03-25"),
        ("last Friday", None, "2013-03-15"),
        ("last week", None, "2013-W11"),
        ("next week", None, "2013-W13"),
        ("this year", None, "2013"),
        ("two years ago", None, "2011"),
        ("yesterday", None, "2013-03-21"),
        ("today", None, "2013-03-22"),
        ("last month", None, "2013-02"),
        ("the fourth quarter", "past", "2012-Q4"),
        ("3 p.m.", None, "2013-03-22T15:00"),
        ("May", "past", "2012-05"),
    ],
)
def test_relative_to_anchor(text, tense, value):
    result = timex(text, anchor=ANCHOR, tense=tense)
    assert result is not None and result.value == value
    assert result.relative


@pytest.mark.parametrize(
    ("text", "value"),
    [("June 17", "XXXX-06-17"), ("May", "XXXX-05"), ("Friday", "XXXX-WXX-5")],
)
def test_without_anchor_stays_underspecified(text, value):
    result = timex(text)
    assert result is not None and result.value == value and not result.relative


@pytest.mark.parametrize("text", ["last week", "two years ago"])
def test_without_anchor_never_uses_today(text):
    result = timex(text)
    assert result is None or not result.value[:1].isdigit() or result.type == "DURATION"


def test_mods():
    assert timex("mid-2020").mod == "MID"
    assert timex("more than 10 years").mod == "MORE_THAN"
    assert timex("early 2020").mod == "START"


def test_interval():
    assert interval("2020") == ("2020-01-01", "2021-01-01")
    assert interval("2020-12") == ("2020-12-01", "2021-01-01")
    assert interval("2020-09-14") == ("2020-09-14", "2020-09-15")
    assert interval("2013-W11") == ("2013-03-11", "2013-03-18")
    assert interval("2013-Q4") == ("2013-10-01", "2014-01-01")
    assert interval("XXXX-06-17") is None


@pytest.mark.parametrize("text", ["hello", "the company", "42"])
def test_not_dates(text):
    assert timex(text, anchor=ANCHOR) is None
