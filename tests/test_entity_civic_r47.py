"""Round r47-civic: places, politics and firms' short names (sentences of my own)."""

from entity_reading import entities, label_by_name, texts_of


def test_a_law_with_no_laws_word_takes_its_next_vote(extractor):
    # The model tags a TV drama's title LAW; no Act, Bill, Treaty ... says a law.
    found = label_by_name(
        extractor, "The drama has been the biggest hit on Sky One since Prisoner Cell Block H."
    )
    assert found.get("Prisoner Cell Block H.") == "WORK_OF_ART"


def test_a_law_named_by_its_kind_or_its_numbered_part_stays_a_law(extractor):
    found = label_by_name(extractor, "The firm filed for Chapter 11 bankruptcy protection.")
    assert found.get("Chapter 11") == "LAW"
    found = label_by_name(
        extractor, "MPs debated the Gambling Bill and the Freedom of Information Act."
    )
    assert found.get("Freedom of Information Act") == "LAW"


def test_a_politicians_followers_are_a_people(extractor):
    # The model reads "<Surname>ites" as a body.
    found = label_by_name(
        extractor,
        "The Kinnockites and the Bevanites argued in the bar. The Thatcherites were silent.",
    )
    assert found.get("Bevanites") == "NORP"
    assert found.get("Thatcherites") == "NORP"


def test_a_word_ending_like_followers_but_no_politicians_is_left_alone(extractor):
    assert label_by_name(extractor, "He spread Marmite on toast.").get("Marmite") != "NORP"


def test_a_city_by_its_nickname_is_the_city(extractor):
    found = label_by_name(extractor, "He won the race in the Big Apple on Sunday.")
    assert found.get("Big Apple") == "GPE"


def test_a_firm_holding_a_citys_nickname_is_left_alone(extractor):
    found = label_by_name(extractor, "The Big Apple Circus came to town.")
    assert found.get("Big Apple Circus") == "ORG"


def test_a_full_name_after_a_plurals_possessive_is_a_person(extractor):
    found = label_by_name(extractor, '"It was hard," said Virgin Systems\' Anna Marie Price.')
    assert found.get("Anna Marie Price") == "PERSON"
    assert found.get("Virgin Systems") == "ORG"


def test_a_callings_initials_in_a_list_of_callings_are_no_name(extractor):
    found = label_by_name(extractor, "Every teacher, GP and nurse in the county will get the rise.")
    assert "GP" not in found
    found = label_by_name(extractor, "Patients should ask their local GP or pharmacist for advice.")
    assert "GP" not in found


def test_a_capitalised_preposition_opening_a_quote_is_no_part_of_the_name(extractor):
    found = label_by_name(
        extractor, 'He said: "Under New Labour, every family pays more." New Labour denied it.'
    )
    assert "Under New Labour" not in found
    assert found.get("New Labour") == "ORG"


def test_a_towns_possessive_before_a_venue_is_two_names(extractor):
    found = label_by_name(extractor, "The band play Glasgow's Royal Concert Hall in May.")
    assert found.get("Glasgow") == "GPE"
    assert found.get("Royal Concert Hall") == "FAC"
    found = label_by_name(
        extractor, "The exhibition opens at Leeds's Royal Armouries Centre on Monday."
    )
    assert found.get("Leeds") == "GPE"


def test_a_saints_or_a_firms_possessive_is_left_alone(extractor):
    found = label_by_name(extractor, "She was treated at St Mary's Hospital. He ate at McDonald's.")
    assert found.get("St Mary's Hospital") == "FAC"
    assert found.get("McDonald's") == "ORG"


def test_a_firms_first_word_alone_after_its_full_name_is_the_firm(extractor):
    found = entities(
        extractor,
        "Silver Broadcasting said it would review the series. Silver pulled the show on Monday.",
    )
    assert texts_of(found, "Silver Broadcasting") == [["Silver Broadcasting", "Silver"]]


def test_a_common_word_or_a_persons_surname_is_left_alone(extractor):
    found = entities(extractor, "Gold prices rose on Monday. Gold Holdings said profits fell.")
    assert texts_of(found, "Gold Holdings") == [["Gold Holdings"]]
    found = entities(
        extractor, "Tom Amber of Amber Group said sales rose. Amber said it would grow."
    )
    assert texts_of(found, "Tom Amber") == [["Tom Amber", "Amber"]]
