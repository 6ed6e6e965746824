"""Round r47c-orgpp: ORG names that are people or places (sentences of my own)."""

from entity_reading import label_by_name

# `entity_hometowns.hometowns`


def test_a_town_after_a_persons_from_is_a_place(extractor):
    found = label_by_name(extractor, "Cycle maker, Dean Hollis, from Derby built his own frame.")
    assert found.get("Derby") == "GPE"
    assert found.get("Dean Hollis") == "PERSON"


def test_a_lone_first_name_before_from_and_a_town_is_a_person(extractor):
    found = label_by_name(
        extractor, "In answer to Carly from Grantham regarding the tax rise, nobody gains."
    )
    assert found.get("Grantham") == "GPE"
    assert found.get("Carly") == "PERSON"


def test_a_town_after_a_persons_comma_and_of_is_a_place(extractor):
    found = label_by_name(extractor, "To Gareth, of Swindon: prices rose faster than your pay did.")
    assert found.get("Swindon") == "GPE"
    found = label_by_name(
        extractor, "Police named Martin Alcorn, 37, of Auckland, New Zealand, as the driver."
    )
    assert found.get("Auckland") == "GPE"


def test_a_title_a_move_and_a_surname_are_left_alone(extractor):
    found = label_by_name(extractor, "The Queen and Duke of Edinburgh said the news was good.")
    assert found.get("Edinburgh") != "GPE"
    found = label_by_name(extractor, "Malcolm Shipley, of Shipley, said it was a fine speech.")
    assert found.get("Malcolm Shipley") == "PERSON"
    found = label_by_name(extractor, "The deal took Iestyn Harris from Leeds United to Cardiff.")
    assert found.get("Leeds United") == "ORG"


def test_a_club_that_is_a_first_name_before_from_is_no_person(extractor):
    found = label_by_name(extractor, "Rossi, 27, joined Milan from Torino in a big deal.")
    assert found.get("Torino") != "GPE"
    assert found.get("Milan") != "PERSON"


# `entity_place_first_names.place_named_people`


def test_a_place_first_name_beside_a_person_opens_a_persons_name(extractor):
    found = label_by_name(
        extractor, "Jessica Ennis will race against Carolina Marsh in the heptathlon on Sunday."
    )
    assert found.get("Carolina Marsh") == "PERSON"


def test_a_place_first_name_after_an_age_opens_a_persons_name(extractor):
    found = label_by_name(
        extractor, "Ten-year-old Dakota Blume will play the girl in the new film."
    )
    assert found.get("Dakota Blume") == "PERSON"


def test_a_body_or_a_hotel_named_by_a_place_is_left_alone(extractor):
    found = label_by_name(
        extractor, "Chelsea Clinton and Georgia Tech were both mentioned by Bill Clinton."
    )
    assert found.get("Georgia Tech") == "ORG"
    found = label_by_name(extractor, "They stayed at the Paris Hilton, said Tom Jones.")
    assert found.get("Paris Hilton") != "PERSON"


def test_a_club_after_a_players_from_in_a_games_sentence_stays_the_club(extractor):
    found = label_by_name(
        extractor, "Wayne Bridge, 24, of Chelsea, said the side would win the match on Sunday."
    )
    assert found.get("Chelsea") != "GPE"
