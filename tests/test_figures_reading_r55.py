"""Round r55-figures: figures read wrong in BBC news (dates, quantities), found by reading 40
articles. Sentences are our own; each rule's test also shows what it leaves alone."""

from datetime import date

import pytest

from factx.records import DateFact, QuantityFact

ANCHOR = date(2005, 1, 15)


def facts(extractor, text, kind):
    record = extractor.extract_text(text, reference_date=ANCHOR)
    return [f for f in record.facts if isinstance(f, kind)]


def date_facts(extractor, text):
    return [(f.text, f.value) for f in facts(extractor, text, DateFact)]


def quantity_facts(extractor, text):
    return [(f.text, f.value, f.unit) for f in facts(extractor, text, QuantityFact)]


@pytest.mark.parametrize(
    ("text", "dates", "quantities"),
    [
        # quarter_shares: a count of quarters before "of" and a whole is a share, no P1Q.
        (
            "A quarter of mobile users send photos every week.",
            [("every week", "P1W")],
            [("A quarter", 0.25, "fraction")],
        ),
        (
            "The chain now holds more than a quarter of the market.",
            [("now", "PRESENT_REF")],
            [("a quarter", 0.25, "fraction")],
        ),
        (
            "Three quarters of all Walkmans were bought in Japan.",
            [],
            [("Three quarters", 0.75, "fraction")],
        ),
        # ... quarters of a time, or of a thing that happens, stay times.
        ("The mill ran for a quarter of a century.", [("a quarter of a century", "P25Y")], []),
        (
            "The economy grew after the three quarters of contraction.",
            [("the three quarters", "P3Q")],
            [],
        ),
        ("The firm has had two quarters of losses.", [("two quarters", "P2Q")], []),
    ],
)
def test_quarter_shares(extractor, text, dates, quantities):
    assert date_facts(extractor, text) == dates
    assert quantity_facts(extractor, text) == quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # distance_runners: "800m runners" race 800 metres; they are not 800 million runners.
        ("She is one of the three fastest 800m runners in Europe.", [("800m", 800, "m")]),
        ("The 400m runners were held back by the wind.", [("400m", 400, "m")]),
        # ... a small million count of people stays one.
        ("Some 2m runners took part in charity races.", [("2m", 2_000_000, "runners")]),
        ("The 1.5m swimmers in the survey were adults.", [("1.5m", 1_500_000, "swimmers")]),
    ],
)
def test_distance_runners(extractor, text, expected):
    assert quantity_facts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # paired_days: the day told without its month is that month's day, read as its pair is.
        (
            "The vote could come on 16 or 17 March.",
            [("16", "2005-03-16"), ("17 March", "2005-03-17")],
        ),
        (
            "A hearing set for February 21 and 22 will decide the case.",
            [("February 21", "2005-02-21"), ("22", "2005-02-22")],
        ),
        (
            "The talks were held on 6 and 7 December.",
            [("6", "2004-12-06"), ("7 December", "2004-12-07")],
        ),
        (
            "Preview shows will be held on 12, 19 and 26 May.",
            [("12", "2005-05-12"), ("19", "2005-05-19"), ("26 May", "2005-05-26")],
        ),
        (
            "The band plays on 8 or 9 January 2006.",
            [("8", "2006-01-08"), ("9 January 2006", "2006-01-09")],
        ),
    ],
)
def test_paired_days(extractor, text, expected):
    assert date_facts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "dates", "quantities"),
    [
        # paired_days leaves a count after the day alone, and a larger number before a smaller.
        (
            "On March 5 and 20 people were hurt.",
            [("March 5", "2005-03-05")],
            [("20", 20, "people")],
        ),
        ("Votes were cast on 17 and 16 March.", [("16 March", "2005-03-16")], []),
    ],
)
def test_paired_days_left(extractor, text, dates, quantities):
    assert date_facts(extractor, text) == dates
    assert quantity_facts(extractor, text) == quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sheffield_wednesday: the club is no weekday.
        ("The Sheffield Wednesday manager said he would stay.", []),
        ("Leeds lost at home to Sheffield Wednesday.", []),
        # ... a day in Sheffield is still one.
        ("The council in Sheffield on Wednesday approved the plan.", [("Wednesday", "2005-01-12")]),
    ],
)
def test_sheffield_wednesday(extractor, text, expected):
    assert date_facts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # feet_and_ins: "5ft 9ins" is 69 inches, as "5ft 9in" is.
        ("Police said the man is 5ft 9ins tall.", [("5ft 9ins", 69, "in")]),
        ("The 6ft 2ins defender scored.", [("6ft 2ins", 74, "in")]),
        ("She is 5ft 4in tall.", [("5ft 4in", 64, "in")]),
    ],
)
def test_feet_and_ins(extractor, text, expected):
    assert quantity_facts(extractor, text) == expected
