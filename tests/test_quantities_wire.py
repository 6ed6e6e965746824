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
