"""Round r28-seed51: named operations, papers "on Sunday", hunts, toll motorways, the Midlands,
and a place before its office after "spokesman for the".

Every sentence here is made up for the test; none is from the evaluation data.
"""

import pytest
from builders import cue_at


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        # A police or military operation is something done, not a body that does it.
        (
            "Forty homes were searched as part of Operation Tidewater last week.",
            "Operation Tidewater",
            "operation by what it is part of",
        ),
        (
            "The arrests came under the umbrella of Operation Silver Lantern in May.",
            "Operation Silver Lantern",
            "operation by what it is part of",
        ),
        (
            "Operation Tidewater, led by the coastguard, began in March.",
            "Operation Tidewater",
            "operation by what it did",
        ),
    ],
)
def test_a_named_operation_is_an_event(text, name, cue):
    assert cue_at(text, name, "ORG") == (cue, "EVENT")


@pytest.mark.parametrize(
    "text",
    [
        # A campaign group named "Operation ..." stays a body.
        "Tom Reyes of Operation Fair Count said the rolls were short.",
        "An Operation Fair Count spokesman said so.",
        "He spoke in Operation Fair Count, a campaign group, last year.",
        # Another word than Operation.
        "Forty homes were searched as part of Tidewater Holdings last week.",
    ],
)
def test_an_operation_cue_needs_its_words_and_no_body_after(text):
    name = next(n for n in ("Operation Fair Count", "Operation", "Tidewater Holdings") if n in text)
    found = cue_at(text, name, "ORG")
    assert found is None or found[1] != "EVENT"


def test_a_paper_on_sunday_is_whole(extractor):
    found = _entities(extractor, "The story first ran in the Mail on Sunday last year.")
    assert found.get("Mail on Sunday") == "ORG" and "Mail" not in found
    found = _entities(extractor, "A poll for the Independent on Sunday found support unchanged.")
    assert found.get("Independent on Sunday") == "ORG" and "Independent" not in found


def test_a_place_before_an_office_is_no_firm_of_a_spokesman(extractor):
    text = "Hans Weber, spokesman for the Munich prosecutor, said so. The fight was in Munich."
    assert _entities(extractor, text).get("Munich") == "GPE"
    assert cue_at(text, "Munich", "GPE") != ("role at a company", "ORG")
    # A firm before a plural noun was already left alone; a firm alone still is one.
    assert cue_at("Jan Holt, spokesman for the Vextora group, said so.", "Vextora", "GPE") == (
        "role at a company",
        "ORG",
    )


@pytest.mark.parametrize(
    ("text", "name", "label", "expected"),
    [
        # A hunt is a club of riders and hounds, not a building or a region.
        (
            "Sarah Long, who watched the Quorn Vale Hunt in Rutland, said so.",
            "Quorn Vale Hunt",
            "LOC",
            "ORG",
        ),
        ("The Wyre Hunt met at noon.", "The Wyre Hunt", "FAC", "ORG"),
        # A toll motorway by its number is a road.
        ("Drivers may buy a pass for the M4 Toll next year.", "the M4 Toll", "PRODUCT", "FAC"),
        ("Drivers may buy a pass for the M4 Toll next year.", "the M4 Toll", "ORG", "FAC"),
        # The Midlands is a region, no state or city.
        ("Firms in the Midlands are keen.", "the Midlands", "GPE", "LOC"),
        ("Firms in the East Midlands are keen.", "the East Midlands", "ORG", "LOC"),
    ],
)
def test_hunts_toll_roads_and_the_midlands(text, name, label, expected):
    found = cue_at(text, name, label)
    assert found is not None and found[1] == expected


def test_a_person_named_hunt_is_no_club():
    assert cue_at("The deal was signed by Peter Hunt.", "Peter Hunt", "FAC") != (
        "hunt by its name",
        "ORG",
    )
