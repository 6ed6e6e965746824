from datetime import date

import pytest

from factx.normalize.timex import Timex, interval, rebase, resolve_anaphor, timex

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
        ("fiscal 1989", "1989", "DATE"),
        ("45 days", "P45D", "DURATION"),
        ("three years", "P3Y", "DURATION"),
        ("the past three years", "P3Y", "DURATION"),
        ("two hours", "PT2H", "DURATION"),
        ("a decade", "P10Y", "DURATION"),
        ("several years", "PXY", "DURATION"),
        ("every Monday", "XXXX-WXX-1", "SET"),
        ("each July", "XXXX-07", "SET"),
        ("every summer", "XXXX-SU", "SET"),
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
        # A quarter by its number is the calendar's, as TimeBank reads "the fiscal first quarter";
        # only "the first week", "the first year" count from some other time.
        ("the first quarter", "past", "2013-Q1"),
        ("3 p.m.", None, "2013-03-22T15:00"),
        ("May", "past", "2012-05"),
    ],
)
def test_relative_to_anchor(text, tense, value):
    result = timex(text, anchor=ANCHOR, tense=tense)
    assert result is not None and result.value == value
    assert result.relative


@pytest.mark.parametrize(
    ("text", "value", "relative"),
    [
        ("June 17", "XXXX-06-17", False),
        ("May", "XXXX-05", False),
        # Words that count from the article's date say so even when there is none.
        ("Friday", "XXXX-WXX-5", True),
        ("last week", "XXXX-WXX", True),
        ("next weekend", "XXXX-WXX-WE", True),
        ("last month", "XXXX-XX", True),
        ("the past year", "XXXX", True),
        ("next decade", "XXX", True),
        ("December of last year", "XXXX-12", True),
        ("this year", "PRESENT_REF", True),
        ("a few years ago", "PAST_REF", True),
        # A time counted back is a date (TimeML) of unknown value, never the length counted.
        ("two years ago", "XXXX", True),
        ("three months earlier", "XXXX-XX", True),
        ("a week before", "XXXX-WXX", True),
        ("two days ago", "XXXX-XX-XX", True),
        ("a decade ago", "XXX", True),
        ("the weekend", "XXXX-WXX-WE", True),
    ],
)
def test_without_anchor_stays_underspecified(text, value, relative):
    result = timex(text)
    assert result is not None and result.value == value and result.relative is relative


@pytest.mark.parametrize("text", ["last week", "two years ago"])
def test_without_anchor_never_uses_today(text):
    result = timex(text)
    assert result is None or not result.value[:1].isdigit() or result.type == "DURATION"


@pytest.mark.parametrize("anchor", [None, ANCHOR])
def test_the_night_is_no_duration(anchor):
    # "scored twice on the night": one night, not P1D; "a night" is one.
    assert timex("the night", anchor=anchor) is None
    assert timex("a night", anchor=anchor).value == "P1D"
    assert timex("three days later", anchor=anchor).value == "P3D"
    assert timex("five hours ago") is None  # no day to count back from


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


ANCHOR_OCT = date(1989, 10, 26)  # a Thursday, in the fourth quarter


@pytest.mark.parametrize(
    ("text", "tense", "value", "kind"),
    [
        # Quarters the way financial news names them.
        ("the 1988 third quarter", None, "1988-Q3", "DATE"),
        ("this year's third quarter", None, "1989-Q3", "DATE"),
        ("next year's first quarter", None, "1990-Q1", "DATE"),
        ("the fiscal first quarter", None, "1989-Q1", "DATE"),
        ("fiscal second-quarter", None, "1989-Q2", "DATE"),
        ("its fourth quarter", None, "1989-Q4", "DATE"),
        ("the latest quarter", None, "1989-Q3", "DATE"),
        ("the latest period", None, "1989-Q3", "DATE"),
        ("the year-ago quarter", None, "1988-Q3", "DATE"),
        ("the year-earlier third quarter", None, "1988-Q3", "DATE"),
        ("last year's quarter", None, "1988-Q3", "DATE"),
        ("the 1988 quarter", None, "1988-Q3", "DATE"),
        ("the quarter", "past", "1989-Q3", "DATE"),
        # Without a tense "the quarter" is the one reported on; looking ahead, the current one.
        ("the quarter", None, "1989-Q3", "DATE"),
        ("the quarter", "future", "1989-Q4", "DATE"),
        ("this quarter", None, "1989-Q4", "DATE"),
        # "earlier"/"later" within a named period.
        ("earlier this year", None, "1989", "DATE"),
        ("Later this month", None, "1989-10", "DATE"),
        ("earlier in the year", None, "1989", "DATE"),
        ("Earlier yesterday", None, "1989-10-25", "DATE"),
        # Parts of days, times on days, weekends.
        ("Friday night", "past", "1989-10-20TNI", "TIME"),
        ("Tuesday morning", "future", "1989-10-31TMO", "TIME"),
        ("10 p.m. Wednesday", "past", "1989-10-25T22:00", "TIME"),
        ("5 p.m. EST, Nov. 9", "future", "1989-11-09T17:00", "TIME"),
        ("noon Saturday", "future", "1989-10-28T12:00", "TIME"),
        ("Thursday, Jan. 6", "future", "1990-01-06", "DATE"),
        ("the weekend", "past", "1989-W42-WE", "DATE"),
        ("the weekend", "future", "1989-W43-WE", "DATE"),
        # Shifted dates: TimeML DATEs, not durations; "later" only orders events.
        ("a year earlier", None, "1988", "DATE"),
        ("two days before", None, "1989-10-24", "DATE"),
        ("year-earlier", None, "1988", "DATE"),
        ("three days later", None, "P3D", "DURATION"),
        # Vague plurals, fractions.
        ("years", None, "PXY", "DURATION"),
        ("recent months", None, "PXM", "DURATION"),
        ("the coming years", None, "PXY", "DURATION"),
        ("the weeks ahead", None, "PXW", "DURATION"),
        ("decades", None, "PXDE", "DURATION"),
        ("2 1/2 years", None, "P2Y6M", "DURATION"),
        ("5 1/2 hours", None, "PT5H30M", "DURATION"),
        ("a two day", None, "P2D", "DURATION"),
        # "A couple of" is two, not an unknown count.
        ("a couple of years", None, "P2Y", "DURATION"),
        ("the next couple of weeks", None, "P2W", "DURATION"),
        ("a couple of months ago", None, "1989-08", "DATE"),
        # Seasons: "last spring" is the latest one that is over.
        ("this past spring", None, "1989-SP", "DATE"),
        ("next spring", None, "1990-SP", "DATE"),
        # Decades, centuries, spoken years.
        ("the late 1970s", None, "197", "DATE"),
        ("the mid 1990's", None, "199", "DATE"),  # the apostrophe some put before the plural
        ("the nineties", None, "199", "DATE"),
        ("the 20th century", None, "19", "DATE"),
        ("nineteen ninety-six", None, "1996", "DATE"),
        ("January nineteen ninety-seven", None, "1997-01", "DATE"),
        ("the year two thousand", None, "2000", "DATE"),
        ("the near future", None, "FUTURE_REF", "DATE"),
        ("the short term", None, "FUTURE_REF", "DATE"),
        ("the past", None, "PAST_REF", "DATE"),
    ],
)
def test_news_forms(text, tense, value, kind):
    result = timex(text, anchor=ANCHOR_OCT, tense=tense)
    assert result is not None
    assert (result.value, result.type) == (value, kind)


def test_month_day_weeks_ahead_stays_in_the_anchor_year():
    # "extended the offer to Nov. 16" in late October: this November's, despite the past tense.
    assert timex("Nov. 16", anchor=ANCHOR_OCT, tense="past").value == "1989-11-16"
    assert timex("June 1", anchor=ANCHOR_OCT, tense="past").value == "1989-06-01"


def test_late_mod_after_the():
    assert timex("the late 1970s").mod == "END"


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("a year earlier", "1997", "1996"),
        ("a year earlier", "1989-Q3", "1988-Q3"),
        ("a year ago", "1989-Q3", "1988-Q3"),
        ("a year ago", "1995", "1988"),  # "ago" counts from the article's date
        ("two days before", "1989-10-05", "1989-10-03"),
        ("two days before", "1997", "1989-10-24"),  # no day in the reference to count from
        ("the year-ago quarter", "1989-Q2", "1988-Q2"),
    ],
)
def test_rebase_on_the_time_talked_about(text, reference, value):
    found = timex(text, anchor=ANCHOR_OCT)
    assert rebase(found, Timex(reference, "DATE")).value == value


@pytest.mark.parametrize(
    "text",
    ["the period", "year-earlier", "this year's third quarter x", "1678.5", "April 24 and 25"],
)
def test_no_value_without_grounds(text):
    # No anchor for "year-earlier"; the rest are not one date at all.
    assert timex(text) is None or timex(text).value.startswith("X")


@pytest.mark.parametrize(
    ("text", "tense", "value", "kind"),
    [
        # A fiscal year is its plain number; "the full/fiscal/current year" is the anchor's.
        ("fiscal 1988", None, "1988", "DATE"),
        ("the full year", None, "1989", "DATE"),
        ("the current fiscal year", None, "1989", "DATE"),
        ("last fiscal year", None, "1988", "DATE"),
        # "this September" is in the anchor's year, ahead or behind; "June last year" is one date.
        ("this September", None, "1989-09", "DATE"),
        ("this March", None, "1989-03", "DATE"),
        ("June last year", None, "1988-06", "DATE"),
        ("early February this year", None, "1989-02", "DATE"),
        ("April next year", None, "1990-04", "DATE"),
        # Next month stays in the anchor's year in a past-tense sentence, like a near day.
        ("mid-November", "past", "1989-11", "DATE"),
        ("December", "past", "1988-12", "DATE"),
        ("last November", None, "1988-11", "DATE"),
        # "the past year" is the calendar year before, as TimeBank reads it; counted, a stretch.
        ("the past year", None, "1988", "DATE"),
        ("the last decade", None, "197", "DATE"),
        ("the next month", None, "1989-11", "DATE"),
        ("the past two years", None, "P2Y", "DURATION"),
        ("the previous year", None, "P1Y", "DURATION"),
        ("the past century", None, "P100Y", "DURATION"),
        # "the last half" of a named year is its second half.
        ("the last half of 1989", None, "1989-H2", "DATE"),
        ("the last quarter of 2004", None, "2004-Q4", "DATE"),
        # Holidays: nearest in the direction of the tense, or of the year given.
        ("Independence Day", "past", "1989-07-04", "DATE"),
        ("Thanksgiving", "past", "1989-11-23", "DATE"),  # weeks ahead, like "Nov. 23"
        ("last Thanksgiving", "past", "1988-11-24", "DATE"),
        ("Thanksgiving Day", "future", "1989-11-23", "DATE"),
        ("last Christmas", None, "1988-12-25", "DATE"),
        ("Christmas 1990", None, "1990-12-25", "DATE"),
        ("Election Day", "future", "1989-11-07", "DATE"),
        ("Labor Day", "past", "1989-09-04", "DATE"),
        ("Memorial Day", "past", "1989-05-29", "DATE"),
        ("Easter", "past", "1989-03-26", "DATE"),
        ("Good Friday", "past", "1989-03-24", "DATE"),
        ("Easter week", "past", "1989-W12", "DATE"),
        ("New Year’s Eve", "future", "1989-12-31", "DATE"),
    ],
)
def test_more_news_forms(text, tense, value, kind):
    result = timex(text, anchor=ANCHOR_OCT, tense=tense)
    assert result is not None
    assert (result.value, result.type) == (value, kind)


def test_a_number_before_an_article_is_not_a_count():
    # "up from seven a year ago": seven facilities, not seven years.
    assert timex("seven a year ago", anchor=ANCHOR_OCT) is None
    assert timex("a year ago", anchor=ANCHOR_OCT).value == "1988"


def test_year_ago_quarter_after_a_day():
    # "the quarter ended Sept. 30 ... the year-ago quarter": the quarter of that day, a year back.
    found = timex("the year-ago quarter", anchor=ANCHOR_OCT)
    assert rebase(found, Timex("1989-09-30", "DATE")).value == "1988-Q3"


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("that year", "1995-05-22", "1995"),
        ("later that year", "1998-06", "1998"),
        ("the following year", "1995-05-22", "1996"),
        ("the following month", "1989-03", "1989-04"),
        ("earlier that day", "1998-10-23", "1998-10-23"),
        ("that same day", "1998-10-23", "1998-10-23"),
        ("that week", "1998-10-23", "1998-W43"),
        ("that quarter", "1988-Q2", "1988-Q2"),
        ("that year", "1988-Q2", "1988"),
        # A weekday before or after the day talked about, never that day itself.
        ("the previous Friday", "1989-10-27", "1989-10-20"),
        ("the preceding Monday", "1989-10-27", "1989-10-23"),
        ("the following Monday", "1987-06-05", "1987-06-08"),
        ("the following Friday", "1987-06-05", "1987-06-12"),
    ],
)
def test_anaphora_count_from_the_time_talked_about(text, reference, value):
    found = timex(text, anchor=ANCHOR_OCT)
    assert found is not None and found.anaphoric
    assert resolve_anaphor(found, Timex(reference, "DATE")).value == value


@pytest.mark.parametrize(
    ("text", "reference"),
    [("that year", None), ("that day", "1995"), ("the following Monday", "1995")],
)
def test_anaphora_without_a_fine_enough_time_have_no_value(text, reference):
    found = timex(text, anchor=ANCHOR_OCT)
    assert resolve_anaphor(found, Timex(reference, "DATE") if reference else None) is None


def test_a_range_of_months_is_no_one_date_and_needs_no_dateparser(monkeypatch):
    # "July-September" names two months; asking dateparser would cost its import and first
    # parse (seconds) for nothing.
    from factx.normalize import timex as module

    def asked(*args):
        raise AssertionError("dateparser asked")

    monkeypatch.setattr(module, "_date_data_parser", asked)
    assert timex("July-September 2004") is None
