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


# `route_races` (factx/extract/entity_route_races.py): "the <Place> to <Place> <Race>", one EVENT.


def test_a_race_from_town_to_town_is_one_event(extractor):
    found = label_by_name(
        extractor,
        "Nine boats have pulled out of the Sydney to Hobart Yacht Race after a night of gales.",
    )
    assert found.get("Sydney to Hobart Yacht Race") == "EVENT"
    assert "Sydney" not in found and "Hobart Yacht Race" not in found
    found = label_by_name(
        extractor,
        "The skipper said the crew had never sailed in the Melbourne to Hobart yacht race before.",
    )
    assert found.get("Melbourne to Hobart") == "EVENT"


def test_a_race_by_its_ordinal_in_a_race_report_is_one_event(extractor):
    found = label_by_name(
        extractor,
        "Line honours in the 55th Sydney to Hobart went to a maxi from Auckland, the race "
        "committee said.",
    )
    assert found.get("Sydney to Hobart") == "EVENT"
    assert found.get("Hobart") is None


def test_a_route_from_town_to_town_stays_two_places(extractor):
    found = label_by_name(
        extractor, "The Sydney to Melbourne train was delayed by floods near Albury on Monday."
    )
    assert found.get("Sydney") == "GPE" and found.get("Melbourne") == "GPE"
    assert not any(label == "EVENT" for label in found.values())
    found = label_by_name(
        extractor, "Virgin Blue will run three flights a day from Melbourne to Perth in March."
    )
    assert found.get("Melbourne") == "GPE" and found.get("Perth") == "GPE"


# `race_boat_cues` (factx/extract/entity_race_boats.py): a boat in a sailing report, PRODUCT.


def test_a_boat_after_its_kind_word_in_a_sailing_report_is_a_product(extractor):
    found = label_by_name(
        extractor,
        "Swedish maxi Assa Abloy crossed the line at 2am in the yacht race. Assa Abloy had led "
        "since Tuesday.",
    )
    assert found.get("Assa Abloy") == "PRODUCT"
    assert found.get("Swedish") == "NORP"
    found = label_by_name(
        extractor,
        "Another Victorian boat, Wild Comet, has retired from the yacht race with a broken "
        "rudder. Wild Comet was skippered by Tom Baxter.",
    )
    assert found.get("Wild Comet") == "PRODUCT"
    assert found.get("Tom Baxter") == "PERSON"


def test_a_sides_skipper_and_a_skipper_who_speaks_stay_people(extractor):
    found = label_by_name(
        extractor, "England skipper Michael Vaughan said the batsmen had let the side down."
    )
    assert found.get("England") == "GPE"
    assert found.get("Michael Vaughan") == "PERSON"
    found = label_by_name(
        extractor,
        "Skipper Peter Barton crossed the line first in the yacht race, and Peter Barton said "
        "the crew had sailed well.",
    )
    assert found.get("Peter Barton") == "PERSON"


def test_a_boat_the_race_leaves_somewhere_is_a_product_but_a_titled_sailor_is_not(extractor):
    found = label_by_name(
        extractor,
        "Three yachts have retired from the race. Terra Nova arrived at Eden this morning, with "
        "Aqua Vita close by.",
    )
    assert found.get("Terra Nova") == "PRODUCT"
    assert found.get("Aqua Vita") == "PRODUCT"
    found = label_by_name(
        extractor,
        "Three yachts have retired from the race. Skipper Peter Barton hurt his arm, and Peter "
        "Barton arrived at Eden this morning.",
    )
    assert found.get("Peter Barton") == "PERSON"


# `untagged_sides` (factx/extract/entity_untagged_sides.py): a missed national side's nickname.


def test_a_national_sides_nickname_the_model_misses_is_the_side(extractor):
    found = label_by_name(extractor, "Socceroos coach Frank Farina named his squad on Tuesday.")
    assert found.get("Socceroos") == "ORG"
    assert found.get("Frank Farina") == "PERSON"


def test_an_animals_plural_is_no_side(extractor):
    found = label_by_name(extractor, "Farmers said pumas and wallabies were seen near the dam.")
    assert "Pumas" not in found and "Wallabies" not in found
    assert "pumas" not in found and "wallabies" not in found
