"""A first name's look does not outvote the model's place where the words around it show one
(`factx/extract/entity_place_looks.py`; BBC sheet 53G's `Belle Vue` PERSON, "greyhound tracks
at ..., Belle Vue in Manchester"; the corpus's "at the Beverly Hilton hotel" PERSON)."""

from entity_reading import label_by_name


def test_a_place_named_like_a_person_at_a_town_keeps_the_models_place(extractor):
    text = "Racing resumed at Belle Vue in Manchester last night after the floods."
    assert label_by_name(extractor, text).get("Belle Vue") not in (None, "PERSON")


def test_a_hotel_named_like_a_person_before_its_kind_word_is_a_building(extractor):
    text = "Guests stayed at the Beverly Hilton hotel during the awards week."
    assert label_by_name(extractor, text).get("Beverly Hilton") == "FAC"
    text = "The gala dinner was held at the Beverly Wilshire hotel in Los Angeles."
    assert label_by_name(extractor, text).get("Beverly Wilshire") == "FAC"


def test_a_person_with_a_persons_words_stays_a_person(extractor):
    labels = label_by_name(extractor, "Rio Ferdinand has said he will stay at the club.")
    assert labels.get("Rio Ferdinand") == "PERSON"


def test_a_player_after_from_stays_a_person(extractor):
    text = "Scotland held on despite a late effort from Luciano Orquera."
    assert label_by_name(extractor, text).get("Luciano Orquera") == "PERSON"


def test_a_titled_person_before_in_a_town_stays_a_person(extractor):
    text = "President Thabo Mbeki in Pretoria said the talks would resume."
    assert label_by_name(extractor, text).get("Thabo Mbeki") == "PERSON"
