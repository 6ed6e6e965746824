"""Cue verbs whose object shows another sense than saying (real model: read off the parse)."""

import pytest
from claim_reading import attributed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A thing sold or paid is no claim of anyone's.
        ("The chipmaker offers a cheaper laptop for £299.", []),
        ("United offered the striker a new two-year contract on Friday.", []),
        # What is said or proposed is.
        (
            "The mayor offered his condolences to the families.",
            [("The mayor", "offer", "his condolences to the families")],
        ),
        (
            "The minister offered a compromise on the tax.",
            [("The minister", "offer", "a compromise on the tax")],
        ),
        (
            "The chairman offered to resign over the losses.",
            [("The chairman", "offer", "to resign over the losses")],
        ),
    ],
)
def test_offer_says_something_only_when_what_it_offers_is_said_or_proposed(
    extractor, body, expected
):
    assert attributed(extractor, body) == expected
