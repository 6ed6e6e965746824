"""Round r46b-places: facilities, rivers and the town a game is played in (seed 147's "the
sister Xiluodu dam" PERSON, "<Name>, or river of gold", "a friendly against Hungary in
Cardiff"). The sentences are made up."""

from entity_reading import entities, labelled, labels, names, texts_of


def test_a_capitalised_power_station_refinery_or_pipeline_is_a_facility(extractor):
    text = (
        "Energy\n\n"
        "The firm also runs the Drax Power Station and the Milford Haven Refinery, and part "
        "of the Ardley Pipeline."
    )
    found = entities(extractor, text)
    assert labels(found, "Drax Power Station") == {"FAC"}
    assert labels(found, "Milford Haven Refinery") == {"FAC"}
    assert labels(found, "Ardley Pipeline") == {"FAC"}


def test_a_firm_or_person_named_like_a_plant_is_left(extractor):
    # A firm's legal tail after "Pipeline", a singer named Plant.
    text = (
        "Markets\n\n"
        "Robert Plant sang. Trans Gulf Pipeline Inc said its profit rose by a third. "
        "Power Plant Co said sales rose."
    )
    assert "Robert Plant" in labelled(extractor, text, "PERSON")
    assert "Trans Gulf Pipeline" not in labelled(extractor, text, "FAC")


def test_a_name_before_a_lower_case_dam_or_reservoir_is_a_facility(extractor):
    text = (
        "Water\n\n"
        "Engineers said the Kielder reservoir was full after the storms. "
        "Talks on the Baglihar dam in Kashmir were held again."
    )
    found = entities(extractor, text)
    assert labels(found, "Kielder") == {"FAC"}
    assert "Kashmir" not in labelled(extractor, text, "FAC")


def test_a_name_glossed_as_a_river_is_a_river(extractor):
    text = (
        "Dams\n\n"
        'The dam is built on the Jinshajiang - or "river of golden sand" as locals call it.\n\n'
        "The plant sits on the Mekong, or river of nine dragons, near the border."
    )
    found = entities(extractor, text)
    assert labels(found, "Jinshajiang") == {"LOC"}
    assert labels(found, "Mekong") == {"LOC"}


def test_a_town_gloss_without_river_is_left(extractor):
    text = "Travel\n\nShe flew to Paris, or rather to its airport, on Monday."
    assert "Paris" in labelled(extractor, text, "GPE")


def test_the_town_of_a_fixture_is_apart_from_the_club(extractor):
    text = (
        "Wales\n\n"
        "Swansea beat Bristol City on Saturday. Wales face a qualifier against Poland in "
        "Swansea in front of 20,000 fans."
    )
    found = entities(extractor, text)
    assert labels(found, "Swansea") == {"ORG", "GPE"}
    assert ["Swansea"] in texts_of(found, "Swansea")
    assert len(texts_of(found, "Swansea")) == 2


def test_the_club_signed_for_is_left_with_its_club(extractor):
    text = (
        "Transfers\n\n"
        "Swansea beat Bristol City on Saturday. The striker signed for Swansea in front of "
        "the press."
    )
    found = entities(extractor, text)
    assert labels(found, "Swansea") == {"ORG"}
    assert "Swansea" not in labelled(extractor, text, "GPE")


def test_an_untagged_town_of_a_fixture_is_a_place_apart_from_the_club(extractor):
    text = (
        "Wales\n\n"
        "Cardiff City beat Leeds 2-1. Wales will play a friendly against Hungary in Cardiff on "
        "9 February."
    )
    found = entities(extractor, text)
    assert labels(found, "Cardiff") == {"GPE"}
    assert labels(found, "Cardiff City") == {"ORG"}


def test_a_month_or_group_after_a_fixture_is_no_town(extractor):
    text = (
        "Draw\n\n"
        "Wales play a qualifier against Poland in March. Their tie against Austria in Group "
        "Six follows."
    )
    places = labelled(extractor, text, "GPE")
    assert "March" not in places
    assert "Group" not in places
    assert "Group Six" not in places


def test_a_campaign_named_with_its_initials_is_one_body(extractor):
    # The model tags the first whole as a work; it leaves the second out whole, tagging only
    # its initials.
    text = (
        "Tags\n\n"
        "At least one consumer group - Shoppers Against Retail Chip Tracking (Sarct) - has "
        "claimed that the tags could be read from afar.\n\n"
        "The report was written by Scientists for Global Responsibility (SGR), a peace group."
    )
    found = entities(extractor, text)
    assert labels(found, "Shoppers Against Retail Chip Tracking") == {"ORG"}
    assert labels(found, "Scientists for Global Responsibility") == {"ORG"}
    assert ["Scientists for Global Responsibility", "SGR"] in texts_of(
        found, "Scientists for Global Responsibility"
    )


def test_a_work_without_initials_or_a_bracket_that_spells_nothing_is_left(extractor):
    # A film's title with "Against" and no short form; a bracket that spells no initials.
    text = (
        "Films\n\n"
        "She starred in the film Women Against the Tide, which opens in May.\n\n"
        "Doctors for Change (Reuters) said the plan was poor."
    )
    found = entities(extractor, text)
    assert labels(found, "Women Against the Tide") == {"WORK_OF_ART"}
    assert "Doctors for Change" not in names(found)
