"""A league's name before a club's is no part of it: "Premiership Everton" is Everton."""

import pytest

from factx.extract.entity_leagues import club_after_league


def cut(span, label):
    start, new = club_after_league(span, 0, len(span), label)
    return span[start:], new


@pytest.mark.parametrize(
    ("span", "label", "expected"),
    [
        # The model's person or place: a league's name opens no one's name.
        ("Premiership Everton", "PERSON", ("Everton", "ORG")),
        ("League Two Boston", "GPE", ("Boston", "ORG")),
        # Its organisation: cut where the rest is a club by its shape.
        ("Championship Hull City", "ORG", ("Hull City", "ORG")),
        # The league's own things and bodies stay whole.
        ("Championship Manager", "PERSON", ("Championship Manager", "PERSON")),
        ("Conference North", "ORG", ("Conference North", "ORG")),
        ("Premiership Rugby", "ORG", ("Premiership Rugby", "ORG")),
        ("Conference Hall", "FAC", ("Conference Hall", "FAC")),
        # An organisation's name that goes on with no club: left to the model.
        ("Championship Sponsors", "ORG", ("Championship Sponsors", "ORG")),
    ],
)
def test_a_league_before_a_club_is_cut_off(span, label, expected):
    assert cut(span, label) == expected


def test_the_club_after_its_league_is_an_organisation(extractor):
    record = extractor.extract_text("They knocked out Premiership Everton in the fourth round.")
    names = {(f.name, f.label) for f in record.facts if f.type == "entity"}
    assert ("Everton", "ORG") in names
    assert not any("Premiership" in name for name, _ in names)
