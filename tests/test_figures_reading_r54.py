"""Round r54-figures: figures read wrong in BBC news (dates, money, quantities), found by reading
40 articles. Sentences are our own; each rule's test also shows what it leaves alone."""

from datetime import date

import pytest

from factx.records import DateFact, MoneyFact, QuantityFact

ANCHOR = date(2005, 1, 15)


def facts(extractor, text, kind):
    record = extractor.extract_text(text, reference_date=ANCHOR)
    return [f for f in record.facts if isinstance(f, kind)]


def money_facts(extractor, text):
    return [
        (f.text, f.amount, f.amount_low, f.amount_high) for f in facts(extractor, text, MoneyFact)
    ]


def date_facts(extractor, text):
    return [(f.text, f.value) for f in facts(extractor, text, DateFact)]


def quantity_facts(extractor, text):
    return [(f.text, f.value, f.unit) for f in facts(extractor, text, QuantityFact)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # change_then_level: a step and the level it reached are two amounts, not a range.
        (
            "Shares in the miner fell $2.40 to $31.10 in late trading.",
            [("$2.40", 2.4, None, None), ("$31.10", 31.1, None, None)],
        ),
        (
            "Brent crude closed up $1.20 to $44.50.",
            [("$1.20", 1.2, None, None), ("$44.50", 44.5, None, None)],
        ),
        (
            "Its shares fell $28.60 to $38.70 after the trial was halted.",
            [("$28.60", 28.6, None, None), ("$38.70", 38.7, None, None)],
        ),
        (
            "The health budget will rise by £3bn to £80bn.",
            [("£3bn", 3e9, None, None), ("£80bn", 8e10, None, None)],
        ),
        # ... a range stays one, after a word of change too when its ends are close.
        (
            "The firm expects sales of $4bn to $5bn.",
            [("$4bn to $5bn", 4e9, 4e9, 5e9)],
        ),
        (
            "The move will cut its profits by $3m to $4.5m.",
            [("$3m to $4.5m", 3e6, 3e6, 4.5e6)],
        ),
        (
            "Costs rose by $1m to $1.5m this year.",
            [("$1m to $1.5m", 1e6, 1e6, 1.5e6)],
        ),
        (
            "Costs rose by between $1m and $5m.",
            [("$1m and $5m", 1e6, 1e6, 5e6)],
        ),
    ],
)
def test_change_then_level(extractor, text, expected):
    assert money_facts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # focus_before_ago: "only" and "just" leave the count as it is, outside the span
        # (TimeML: "just [a decade ago]").
        ("The club signed him only three months ago.", [("three months ago", "2004-10")]),
        ("She won the title just two years ago.", [("two years ago", "2003")]),
        ("He left just a few weeks ago.", [("a few weeks ago", "PAST_REF")]),
        # ... "only a year ago" was read so already, "ago" without the focus word is as
        # before, and "just" before other times is left as it was.
        ("The plant opened only a year ago.", [("a year ago", "2004")]),
        ("The deal was struck three months ago.", [("three months ago", "2004-10")]),
        ("It was only last year that he won.", [("last year", "2004")]),
    ],
)
def test_focus_before_ago(extractor, text, expected):
    assert date_facts(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # age_groups: people named by their age are no stretch of time.
        "The scheme pays 16 to 17-year-olds a lower rate.",
        "Free places for three and four-year-olds will grow.",
        "Some 21-year-olds were elected to the council.",
        "The rate for 18 to 21 year olds stays the same.",
    ],
)
def test_age_groups_are_no_duration(extractor, text):
    assert date_facts(extractor, text) == []


def test_age_groups_are_ages(extractor):
    found = quantity_facts(extractor, "The scheme pays 16 to 17-year-olds a lower rate.")
    assert found == [("16 to 17", 16, "years old")]
    found = quantity_facts(extractor, "Some 21-year-olds were elected to the council.")
    assert found == [("21", 21, "years old")]


def test_age_groups_leave_durations(extractor):
    # ... a span of years before another noun is still one.
    assert date_facts(extractor, "He signed a four-year contract.") == [("four-year", "P4Y")]
    assert quantity_facts(extractor, "The 27-year-old was hurt.") == [("27", 27, "years old")]


@pytest.mark.parametrize(
    "text",
    [
        # slashed_names: a day's name and "all the time", not a share.
        "The 9/11 attacks changed the city.",
        "The 7/7 bombings shook London.",
    ],
)
def test_slashed_names_are_no_share(extractor, text):
    assert [q for q in quantity_facts(extractor, text) if q[2] == "fraction" or "/" in q[0]] == []


def test_slashed_names_leave_shares(extractor):
    # ... a share in digits stays one.
    found = quantity_facts(extractor, "About 2/3 of voters agreed.")
    assert [(text, round(value, 3)) for text, value, _ in found] == [("2/3", 0.667)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stray_group_space: a thousands group set off by a stray space.
        ("The film took £507, 596 in its first week.", [("£507, 596", 507596)]),
        ("The prize was $30, 000 (£15,000).", [("$30, 000", 30000), ("£15,000", 15000)]),
        # ... a list of sums, and a count after a comma, are left alone.
        ("Tickets cost £5, £10 and £20.", [("£5", 5), ("£10", 10), ("£20", 20)]),
        ("He paid £20, 300 fans came.", [("£20", 20)]),
        ("The bill was £2.50, 125 more were sent.", [("£2.50", 2.5)]),
    ],
)
def test_stray_group_space(extractor, text, expected):
    assert [(text, amount) for text, amount, _, _ in money_facts(extractor, text)] == expected
