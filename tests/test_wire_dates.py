"""Wire and market-report dates (issue 19): zones, the trading day, runs of days, periods
counted from another time, day ranges, names that are not dates, and the past tense."""

from datetime import date

import pytest

from factx.normalize.periods import news_timex
from factx.normalize.timex import timex
from factx.normalize.timezones import offset_of

ANCHOR = date(2009, 6, 3)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "tense", "value", "timex_type", "mod"),
    [
        # Zones go into the value as ISO 8601 offsets; the day resolves as without a zone.
        ("16:08 UTC", None, "2009-06-03T16:08Z", "TIME", None),
        ("0800 UTC", None, "2009-06-03T08:00Z", "TIME", None),
        ("12:00 UTC Monday", "past", "2009-06-01T12:00Z", "TIME", None),
        ("5 p.m. EST, June 9", None, "2009-06-09T17:00-05:00", "TIME", None),
        ("6:40 p.m. (GMT+8)", None, "2009-06-03T18:40+08:00", "TIME", None),
        ("9 a.m. BST", None, "2009-06-03T09:00+01:00", "TIME", None),
        # The trading day of a market report is the article's day.
        ("on the day", "past", "2009-06-03", "DATE", None),
        ("late in the day", "past", "2009-06-03", "DATE", "END"),
        ("later in the day", "past", "2009-06-03", "DATE", None),
        ("the start of the day", None, "2009-06-03", "DATE", "START"),
        ("the close of the trading day", None, "2009-06-03", "DATE", "END"),
        # Runs of periods are durations; "a second consecutive day" makes a run of two.
        ("six straight days", "past", "P6D", "DURATION", None),
        ("two consecutive quarters", "past", "P2Q", "DURATION", None),
        ("the past five trading days", "past", "P5D", "DURATION", None),
        ("a second consecutive day", "past", "P2D", "DURATION", None),
        ("a third straight week", "past", "P3W", "DURATION", None),
        # Counted from another time: the year before, the quarter of last year.
        ("the previous year", "past", "2008", "DATE", None),
        ("the year previous", "past", "2008", "DATE", None),
        ("the prior month", "past", "2009-05", "DATE", None),
        ("the previous quarter", "past", "2009-Q1", "DATE", None),
        ("the first quarter of last year", "past", "2008-Q1", "DATE", None),
        ("the third quarter of this year", "future", "2009-Q3", "DATE", None),
        # "the year" is the article's year, as it is alone; past tense does not make it last year's.
        ("the second half of the year", "past", "2009-H2", "DATE", None),
        ("the first quarter of the current year", "future", "2009-Q1", "DATE", None),
        ("the same period last year", "past", "2008-Q1", "DATE", None),
        ("the same month a year ago", "past", "2008-06", "DATE", None),
        # Ranges of days: the month as the value (the interval says which days).
        ("9-10 July", None, "2009-07", "DATE", None),
        ("19/20 February", "past", "2009-02", "DATE", None),
        ("July 9-10, 2004", None, "2004-07", "DATE", None),
        # Seasons and decades.
        ("spring", None, "2009-SP", "DATE", None),
        ("next spring", None, "2010-SP", "DATE", None),
        ("the 70s", None, "197", "DATE", None),
        # The end or start of "the decade" is of this one: a date, not ten years.
        ("the end of the decade", "future", "200", "DATE", "END"),
        ("the start of the century", None, "20", "DATE", "START"),
    ],
)
def test_news_timex(text, tense, value, timex_type, mod):
    found = news_timex(text, anchor=ANCHOR, tense=tense)
    assert found is not None
    assert (found.value, found.type, found.mod) == (value, timex_type, mod)


def test_a_day_range_is_an_interval_of_days():
    found = news_timex("9-10 July", anchor=ANCHOR)
    assert found is not None and found.interval == ("2009-07-09", "2009-07-11")
    assert news_timex("10-9 July", anchor=ANCHOR) is None


def test_no_anchor_keeps_the_day_unknown():
    found = news_timex("on the day")
    assert found is not None and found.value == "XXXX-XX-XX"
    # Without an anchor there is no year to count back from, but it is still a year, a date
    # (as "last year" is): not the duration P1Y a filter on DURATION would wrongly find.
    found = news_timex("the previous year")
    assert found is not None and (found.value, found.type) == ("XXXX", "DATE")


def test_a_zoned_time_keeps_its_zone_in_the_interval():
    found = news_timex("16:08 UTC", anchor=ANCHOR)
    assert found is not None
    assert found.interval == ("2009-06-03T16:08Z", "2009-06-03T16:09Z")


def test_zone_offsets():
    assert offset_of("GMT", "+8") == "+08:00"
    assert offset_of("GMT", "-5") == "-05:00"
    assert offset_of("EST", "+2") is None  # no way to write a zone
    assert offset_of("est", None) is None  # zones are written in capitals
    assert news_timex("0800 est", anchor=ANCHOR) is None


@pytest.mark.parametrize("text", ["Feb 20/21", "Feb. 19/20"])
def test_fallback_year_agrees_with_the_article(text):
    # dateparser reads "20/21" as a day and the year 2021; in a 2004 article that is no reading.
    assert timex(text, anchor=date(2004, 6, 1)) is None
    found = timex("oct/2", anchor=date(2004, 6, 1))
    assert found is not None and found.value == "2004-10-02"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("26th of June of 2020", "2020-06-26"),
        ("sep-23-2020", "2020-09-23"),
        ("jan/3", "2004-01-03"),
    ],
)
def test_fallback_reads_explicit_dates(text, value):
    # Forms the grammar lacks, read by dateparser.
    found = timex(text, anchor=date(2004, 6, 1))
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "text", ["the quarter ended sept. 30", "may last month", "the december quarter"]
)
def test_fallback_not_asked_for_words_it_cannot_read(text, monkeypatch):
    # A core with words besides the month, the day and the year never reaches dateparser: asking
    # would cost its import and first parse (about 0.8 s a run) for no reading.
    import factx.normalize.timex as timex_module

    def refuse(*args):
        raise AssertionError(f"dateparser asked for {text!r}")

    monkeypatch.setattr(timex_module, "_date_data_parser", refuse)
    timex(text, anchor=date(2004, 6, 1))


def _dates(extractor, text, reference=ANCHOR):
    record = extractor.extract_text(text, reference_date=reference)
    return [(f.text, f.value) for f in record.facts if f.type == "date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The launch happened at 16:08 UTC.", [("16:08 UTC", "2009-06-03T16:08Z")]),
        ("Trading resumes at 0800 GMT.", [("0800 GMT", "2009-06-03T08:00Z")]),
        ("Shares fell 3% on the day.", [("the day", "2009-06-03")]),
        ("The day he was born was cold.", []),
        ("The index recovered late in the day.", [("late in the day", "2009-06-03")]),
        ("The Dow fell for six straight days.", [("six straight days", "P6D")]),
        ("The Nasdaq rose for a second consecutive day.", [("a second consecutive day", "P2D")]),
        (
            "Over the past five trading days the stock lost 8%.",
            [("the past five trading days", "P5D")],
        ),
        ("Sales rose 5% from the previous year.", [("the previous year", "2008")]),
        # "The previous year" counts from the year the text talks about.
        (
            "In 1997 sales fell, after rising the previous year.",
            [("1997", "1997"), ("the previous year", "1996")],
        ),
        # After a quarter it is the year before that quarter's year, not a quarter.
        (
            "Profit rose in the third quarter of 2008, after falling the previous year.",
            [("the third quarter of 2008", "2008-Q3"), ("the previous year", "2007")],
        ),
        (
            "Profit was down from the first quarter of last year.",
            [("the first quarter of last year", "2008-Q1")],
        ),
        # One expression, not a half with no year and "the year" beside it.
        (
            "Analysts have said a rise is likely in the second half of the year.",
            [("the second half of the year", "2009-H2")],
        ),
        ("The festival runs 9-10 July.", [("9-10 July", "2009-07")]),
        # A day named after it says which day: that one, not the article's.
        ("He left early in the day Monday.", [("Monday", "2009-06-01")]),
        # A name that starts with a time word is no time.
        ("He watched Monday Night Football with friends.", []),
        ("Fans watched Monday Night Football on ESPN.", []),
        ("Monday Night Football drew 10 million viewers.", []),
        ("Sunday Night Baseball moved to ESPN2.", []),
        # The part of the day in lower case: a time.
        ("The vote is on Monday night.", [("Monday night", "2009-06-01TNI")]),
        # A span of years read as a kind of period has no value itself; its years still do.
        (
            "The bank faces a bill for the 1996-1998 period.",
            [("1996", "1996"), ("1998", "1998")],
        ),
    ],
)
def test_wire_dates_in_context(extractor, text, expected):
    assert _dates(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The past event's own date is not ahead of the article ...
        ("The deal closed on June 17.", [("June 17", "2023-06-17")]),
        # ... a deadline given in the past may be.
        ("The company extended the offer to June 17.", [("June 17", "2024-06-17")]),
        ("The company will close the deal on June 17.", [("June 17", "2024-06-17")]),
        # Only a named month or day is read so; "next Monday" points ahead whatever the verb.
        ("They set the call for next Monday.", [("next Monday", "2024-05-06")]),
        # The verb right before the date governs it, not the clause after it.
        ("The company said on Friday it would sell the unit.", [("Friday", "2024-04-26")]),
        # A time something was put off until is still ahead, though the verb is past ...
        (
            "The agency extended its deadline until 9 a.m. EST Tuesday.",
            [("9 a.m. EST Tuesday", "2024-05-07T09:00-05:00")],
        ),
        (
            "Officials postponed until Tuesday morning any action.",
            [("Tuesday morning", "2024-05-07TMO")],
        ),
        # ... what lasted until a day is not.
        ("The strike lasted until Tuesday.", [("Tuesday", "2024-04-30")]),
        # What someone said would happen lies after the saying.
        (
            "The company said the talks would resume at 9 a.m. EST Tuesday.",
            [("9 a.m. EST Tuesday", "2024-05-07T09:00-05:00")],
        ),
        # The same time in another zone, in brackets, is no time of its own, and a four-digit
        # clock time is no year; the weekday after them is the time's day.
        (
            "The attack came at 1435 local time (1135 GMT) Friday.",
            [("Friday", "2024-04-26")],
        ),
        (
            "The quake struck at 3:15 p.m. local time (0715 GMT) Friday.",
            [("3:15 p.m.", "2024-04-26T15:15"), ("Friday", "2024-04-26")],
        ),
        (
            "The quake hit at 5:46 a.m. ( 2046 GMT ) Tuesday.",
            [("5:46 a.m.", "2024-04-30T05:46"), ("Tuesday", "2024-04-30")],
        ),
        ("The chapel was built in 1435 by monks.", [("1435", "1435")]),
        # What a time runs from is behind the telling, whatever the verb.
        (
            "Police have searched since shortly after the Oct. 23 slaying.",
            [("Oct. 23", "2023-10-23")],
        ),
        # Halves of a unit, and a unit capitalized mid-sentence is a title.
        ("She stayed 5 1/2 hours in Nairobi.", [("5 1/2 hours", "PT5H30M")]),
        ("But a minute and a half later, a pilot called.", [("a minute and a half", "PT1M30S")]),
        ('Baker, speaking on ABC News\' "This Week," said so.', []),
        ("This week the index fell.", [("This week", "2024-W18")]),
        # How much longer is a duration; "last Oct. 23" is the one behind; "year's end".
        ("Elian will stay for at least two more weeks.", [("two more weeks", "P2W")]),
        ("The loan may run for an additional year.", [("an additional year", "P1Y")]),
        ("He was shot to death last Oct. 23 at his home.", [("last Oct. 23", "2023-10-23")]),
        ("He made the late-November trip.", [("late-November", "2023-11")]),
        ("Rules should be in place by year's end.", [("year's end", "2024")]),
        # Names and ages that look like times.
        ("Kopp was in his 30s, she said.", []),
        ("Protesters at the annual March for Life sang.", []),
        ("He led the March of the Combatant Mothers.", []),
        ("Sales fell in March of 1998.", [("March of 1998", "1998-03")]),
        ('He said on CBS\'s "60 Minutes" that it was wrong.', []),
        # A number spelled out with a capital names a work or a match, not a span of time.
        # A weekday of a verb in the simple present is a day of the week ahead, whatever the
        # sentence around it (the article is a Wednesday's: the nearest Monday is past).
        (
            "Talks\n\nAn insider said nothing is decided when the executives hold talks on Monday.",
            [("Monday", "2024-05-06")],
        ),
        (
            "Races\n\nGreene, who races in Birmingham on Monday, said so.",
            [("Monday", "2024-05-06")],
        ),
        # Not a day that owns a thing, one that a relating verb compares, nor a headline's.
        ("Suit\n\nMonday's lawsuit argues that the offer is too low.", [("Monday", "2024-04-29")]),
        (
            "Euro\n\nThis compares with $1.35 in New York on Monday, which was then a record low.",
            [("Monday", "2024-04-29")],
        ),
        ("Blair meets Bush on Monday\n\nThe two men talked.", [("Monday", "2024-04-29")]),
        # A past whose form is its present, which the tagger may read as present.
        (
            "Index\n\nWeakness in big stocks hurt the index, which fell 1.4% on Monday.",
            [("Monday", "2024-04-29")],
        ),
        ("The singer's single One Night could become the chart's 1,000th number one.", []),
        ("England won the first One Day International against the hosts by six wickets.", []),
        ("The firm's sales have risen for two years in a row.", [("two years", "P2Y")]),
        ("Tankers will come at a rate of 15 a year.", []),
    ],
)
def test_the_governing_verb_decides(extractor, text, expected):
    assert _dates(extractor, text, date(2024, 5, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # With no date of its own, an article's times counted from the time its text talks
        # about are still known; those counted from the article's date are not.
        (
            "Exports rose 4% in 1998 on the previous year. The firm was set up in 1991; two "
            "years earlier its founder had left. He quit a year ago.",
            [
                ("1998", "1998"),
                ("the previous year", "1997"),
                ("1991", "1991"),
                ("two years earlier", "1989"),
                ("a year ago", "XXXX"),
            ],
        ),
        (
            "The law was passed in May 1996 and came into force the following month.",
            [("May 1996", "1996-05"), ("the following month", "1996-06")],
        ),
        ("Prices rose sharply last year.", [("last year", "XXXX")]),
    ],
)
def test_an_undated_article_counts_from_the_time_its_text_talks_about(extractor, text, expected):
    assert _dates(extractor, text, reference=None) == expected


def test_how_often_is_a_set_of_times(extractor):
    record = extractor.extract_text(
        "The ferry sails twice a day and the market opens once a week. It took a week.",
        reference_date=ANCHOR,
    )
    found = [(f.text, f.value, f.timex_type) for f in record.facts if f.type == "date"]
    assert found == [
        ("a day", "P1D", "SET"),
        ("a week", "P1W", "SET"),
        ("a week", "P1W", "DURATION"),
    ]


@pytest.mark.parametrize(
    "text", ["Screens show 2048 * 1080 pixels.", "The panel has 1280 x 1024 pixels."]
)
def test_a_side_of_a_size_is_no_year(extractor, text):
    assert _dates(extractor, text) == []
