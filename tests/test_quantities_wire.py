"""Quantities in wire news (issue 19): shares and ratios, feet and inches, qualifiers that are
a verb's preposition, and the units of trade and energy stories."""

import pytest

from factx.normalize.fractions import FRACTION_RE, share_from_match
from factx.normalize.quantities import parse_quantity


def _quantities(extractor, text):
    record = extractor.extract_text(text)
    return [(f.text, f.value, f.unit, f.qualifier) for f in record.facts if f.type == "quantity"]


@pytest.mark.parametrize(
    ("text", "value", "ratio"),
    [
        ("two-thirds", 0.667, False),
        ("three quarters", 0.75, False),
        ("One in 10", 0.1, True),
        ("1 in 5", 0.2, True),
        ("one out of four", 0.25, True),
    ],
)
def test_shares(text, value, ratio):
    match = FRACTION_RE.fullmatch(text)
    assert match is not None
    share = share_from_match(match)
    assert share is not None and (share.value, share.ratio) == (value, ratio)


@pytest.mark.parametrize("text", ["a third term", "one in 2005", "the second one in 1999"])
def test_not_shares(text):
    assert FRACTION_RE.search(text) is None


def test_a_share_is_never_more_than_the_whole():
    match = FRACTION_RE.fullmatch("nine in five")
    assert match is not None and share_from_match(match) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One in 10 adult Americans smoke.", [("One in 10", 0.1, "fraction", None)]),
        (
            "More than two-thirds of voters agreed.",
            [("two-thirds", 0.667, "fraction", "more than")],
        ),
        ("A third of the vote went to him.", [("A third", 0.333, "fraction", None)]),
        ("She is 5 ft 2 in tall.", [("5 ft 2 in", 62, "in", None)]),
        # "over" is the verb's preposition, not "more than".
        ("He presided over three nuclear tests.", [("three", 3, "tests", None)]),
        ("Over 500 people came.", [("500", 500, "people", "over")]),
        # "a" is the count of "almost a million jobs", and the qualifier goes with it.
        (
            "It would see almost a million jobs axed.",
            [("a million", 1_000_000, "jobs", "almost")],
        ),
        # A fraction of a scale in words is one count, whatever the model took of it.
        (
            "More than half a million people were moved.",
            [("half a million", 500_000, "people", "more than")],
        ),
        (
            "A quarter of a million people marched in London.",
            [("A quarter of a million", 250_000, "people", None)],
        ),
        (
            "Two and a half million homes lost power.",
            [("Two and a half million", 2_500_000, "homes", None)],
        ),
        ("Half of 2,000 staff left.", [("2,000", 2_000, "staff", None)]),
        ("The database holds 300m blog entries.", [("300m", 300_000_000, "entries", None)]),
        ("Eight super-casinos are proposed.", [("Eight", 8, "super-casinos", None)]),
        ("Teams average 80 staff in size.", [("80", 80, "staff", None)]),
        # Not counts: scores, numbers glued to a word, the determiner "one", a singular noun.
        ("Nadal races into a 30-0 lead.", []),
        ("She won with a convincing 6-2 6-4 win.", []),
        ("He is the two-time world champion.", []),
        ("They propped up one another's share prices.", []),
        ("The plane flies to Sydney in one hit.", []),
        ("My first car ran on four star petrol.", []),
        ("Costs rise by a quarter of a percentage point.", []),
        ("Both lost their opening two Six Nations games.", [("two", 2, "games", None)]),
        ("Chelsea has a zero tolerance policy.", []),
        ("The tour will cover 13 US cities.", [("13", 13, "cities", None)]),
        ("Tottenham bid &#163;8m for the duo.", []),
        ("They will use wireless USB 2.0 connections.", []),
        ("All 18 of his chart-toppers are reissued.", [("18", 18, "chart-toppers", None)]),
        ("He lost the 100m and 200m events.", [("100m", 100, "m", None), ("200m", 200, "m", None)]),
    ],
)
def test_quantity_facts_of_wire_news(extractor, text, expected):
    assert _quantities(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("500 ml", 500, "ml"),
        ("300 sq km", 300, "km2"),
        ("40 km2", 40, "km2"),
        ("3 million TEU", 3_000_000, "TEU"),
        ("2 million tonnes", 2_000_000, "tonnes"),
        ("3m barrels", 3_000_000, "barrels"),
        ("500 MW", 500, "MW"),
        ("1.2 GW", 1.2, "GW"),
        ("400 hectares", 400, "ha"),
        ("1,000 acres", 1000, "acre"),
        ("20 bcm", 20, "bcm"),
    ],
)
def test_units_of_trade_and_energy(text, value, unit):
    quantity = parse_quantity(text)
    assert quantity is not None and (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("It is common to have two or three phones.", "two or three", 2, 3, "phones"),
        ("They hope to gain 25 to 30 seats.", "25 to 30", 25, 30, "seats"),
        ("The margin of error is between 2.5 and 4 points.", "2.5 and 4", 2.5, 4, "points"),
        ("Some 10-15 people were hurt.", "10-15", 10, 15, "people"),
    ],
)
def test_ranges_of_counts(extractor, text, span, low, high, unit):
    record = extractor.extract_text(text)
    (fact,) = [f for f in record.facts if f.type == "quantity"]
    assert (fact.text, fact.value_low, fact.value_high, fact.unit) == (span, low, high, unit)
    assert fact.value_low <= fact.value_high


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # A change that runs downwards is no range: both counts count the noun after them.
        (
            "The workforce was cut from 5,000 to 3,500 people.",
            [("5,000", 5000, "people"), ("3,500", 3500, "people")],
        ),
        # A noun that counts in the singular counts a change as well as a range.
        (
            "Its workforce will be trimmed from 155,000 to 110,000 staff.",
            [("155,000", 155_000, "staff"), ("110,000", 110_000, "staff")],
        ),
        # After a word of change, "from X to Y" upwards is a change too.
        (
            "Staff numbers rose from 300 to 400 workers.",
            [("300", 300, "workers"), ("400", 400, "workers")],
        ),
        # The noun after the count it changed to is the first count's too.
        (
            "Membership grew from 2 million to 3 million members.",
            [("2 million", 2_000_000, "members"), ("3 million", 3_000_000, "members")],
        ),
    ],
)
def test_a_change_of_counts_is_two_counts(extractor, text, counts):
    facts = [f for f in extractor.extract_text(text).facts if f.type == "quantity"]
    assert [(f.text, f.value, f.unit) for f in facts] == counts
    assert all(f.value_low is None and f.value_high is None for f in facts)


def test_from_and_to_with_no_word_of_change_is_a_range(extractor):
    (fact,) = [f for f in extractor.extract_text("Anywhere from 300 to 400 people came.").facts
               if f.type == "quantity"]  # fmt: skip
    assert (fact.text, fact.value_low, fact.value_high, fact.unit) == (
        "300 to 400",
        300,
        400,
        "people",
    )


def test_a_four_digit_model_number_named_elsewhere_is_no_count(extractor):
    text = "The Nokia 7610 is affected.\n\nThere were reports of 7610 owners being caught out."
    assert _quantities(extractor, text) == []


def test_a_number_with_a_possessive_is_a_name(extractor):
    text = "The virus locks many of the 7610's functions.\n\nSome 7610 owners were caught out."
    assert _quantities(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Digits before a singular noun that measures nothing else rank or rate: no count.
        ("The club named a 60 strong team for the tour.", []),
        ("The firm made the top 100 list again.", []),
        ("The film got a 15 rating from the board.", []),
        # A noun that counts in the singular is counted, and so is one that measures another.
        ("The firm has 600 staff.", [("600", 600, "staff", None)]),
        ("They built a 5,000 seat stadium.", [("5,000", 5000, "seat", None)]),
        ("They ordered a 290-seat plane.", [("290", 290, "seat", None)]),
        (
            "Boeing claims that the new 290 + seat wide-body, twin engine jetliner will fly.",
            [("290", 290, "seat", None)],
        ),
        ("The company hired 60 engineers.", [("60", 60, "engineers", None)]),
    ],
)
def test_digits_before_a_singular_noun(extractor, text, expected):
    assert _quantities(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The closures left 6,650 garment workers jobless.", "workers"),
        ("Some 6,000 job losses had been expected.", "losses"),
    ],
)
def test_a_plural_noun_is_counted_through_its_modifier(extractor, text, unit):
    assert [q[2] for q in _quantities(extractor, text)] == [unit]


def test_a_vague_count_of_a_scale_is_a_range(extractor):
    record = extractor.extract_text("The summit drew several hundred delegates.")
    (fact,) = [f for f in record.facts if f.type == "quantity"]
    assert (fact.value, fact.unit, fact.qualifier) == (200, "delegates", "several")
    assert (fact.value_low, fact.value_high) == (200, 900)


def test_capitalized_numbers_before_a_name_are_no_range(extractor):
    text = "Wales are on course for a first Five or Six Nations title."
    assert _quantities(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Just over 54 million people are online, up from 34 million a year ago.",
            [("54 million", "people"), ("34 million", "people")],
        ),
        (
            "Sales fell to 1.25 million vehicles from 1.27 million a year earlier.",
            [("1.25 million", "vehicles"), ("1.27 million", "vehicles")],
        ),
        # Set against a number that counts nothing ("two quarters ahead" is a time), it counts
        # nothing either.
        ("An index of growth two quarters ahead rose to 102.5, from 102.2 in October.", []),
    ],
)
def test_a_number_set_against_a_count_counts_the_same(extractor, text, counts):
    # Alone, "up from 34 million a year ago" counts nothing, and was lost.
    facts = [f for f in extractor.extract_text(text).facts if f.type == "quantity"]
    assert [(f.text, f.unit) for f in facts] == counts
