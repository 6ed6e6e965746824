"""Round r50b-sport: cricket's grounds and Tests by their town or day (sentences of my own,
from the shapes of the Lee sheets K-M's sections)."""

from entity_reading import label_by_name

# "cricket ground by its name" (factx/data/entities.json): a ground's initials or name, FAC.


def test_cricket_grounds_initials_after_at_the_are_buildings(extractor):
    found = label_by_name(
        extractor, "Warne took five wickets at the SCG on Friday as Australia won by an innings."
    )
    assert found.get("SCG") == "FAC"
    assert found.get("Australia") == "GPE"
    found = label_by_name(
        extractor, "Hayden scored a century at the WACA before rain ended play on the third day."
    )
    assert found.get("WACA") == "FAC"


def test_a_cricket_club_by_its_own_name_stays_a_body(extractor):
    found = label_by_name(
        extractor, "The Melbourne Cricket Club said on Monday that its members would vote in May."
    )
    assert found.get("Melbourne Cricket Club") == "ORG"


# "cricket Test by its town or day" (factx/data/entities.json): the match, EVENT.


def test_a_test_by_its_town_or_day_is_the_match(extractor):
    found = label_by_name(
        extractor, "McGrath bowled 20 overs in the Adelaide Test and took four wickets."
    )
    assert found.get("Adelaide Test") == "EVENT"
    found = label_by_name(
        extractor,
        "The batsmen struggled at the MCG, where the Boxing Day Test drew a crowd of 60,000.",
    )
    assert found.get("Boxing Day Test") == "EVENT"
    assert found.get("MCG") == "FAC"


def test_a_test_side_and_a_named_test_of_no_town_are_left_alone(extractor):
    found = label_by_name(
        extractor,
        "The selectors named the Test squad on Monday, and the Test side will fly to Perth.",
    )
    assert "Test" not in found and not any(k.endswith(" Test") for k in found)
    assert found.get("Perth") == "GPE"
    found = label_by_name(
        extractor, "The program passed the Turing Test in a trial run by Cambridge researchers."
    )
    assert found.get("Turing Test") != "EVENT"
