"""Round r50-places: Australia's states and Canada's provinces, towns after a compass word, a
capital's name, landforms and roads the model reads as people (sentences of my own)."""

from entity_reading import label_by_name

# `entity_states.states`: a state, territory or province alone is GPE.


def test_australian_states_and_territories_are_places(extractor):
    found = label_by_name(
        extractor,
        "Fires burned across New South Wales and Victoria on Sunday. The mine in Western "
        "Australia closed, and farmers in South Australia and the Northern Territory waited.",
    )
    assert found.get("New South Wales") == "GPE"
    assert found.get("Western Australia") == "GPE"
    assert found.get("South Australia") == "GPE"
    found = label_by_name(
        extractor, "The ACT and Tasmania reported the lowest rates in Australia, while NSW rose."
    )
    assert found.get("Tasmania") == "GPE"
    assert found.get("NSW") == "GPE"


def test_a_womans_name_a_body_and_a_lower_case_region_are_left_alone(extractor):
    assert label_by_name(extractor, "Victoria said she would stay at home.").get("Victoria") != (
        "GPE"
    )
    found = label_by_name(extractor, "NSW Police said the man was arrested in Sydney.")
    assert found.get("NSW Police") == "ORG"
    assert "NSW" not in found
    found = label_by_name(extractor, "David and Victoria Beckham arrived in London.")
    assert found.get("Victoria Beckham") == "PERSON"
    assert "Western Australia" not in label_by_name(
        extractor, "Rain is expected in western Australia later."
    )


# `town after a compass word's of`, `town after township or hamlet of` (entities.json).


def test_a_town_after_a_distance_or_a_township_is_a_place(extractor):
    found = label_by_name(
        extractor, "Rescuers reached the crash site 60 kilometres south of Bourke on Friday."
    )
    assert found.get("Bourke") == "GPE"
    found = label_by_name(extractor, "Troops entered the township of Beit Lahia at dawn.")
    assert found.get("Beit Lahia") == "GPE"


def test_an_owner_north_of_his_farm_is_left_alone(extractor):
    found = label_by_name(extractor, "Police searched land north of Smith's farm.")
    assert found.get("Smith") != "GPE"


# `capital after its country's name or a region's word`, `city before its capital's
# apposition`.


def test_a_capital_named_in_apposition_is_a_city(extractor):
    found = label_by_name(extractor, "Voters queued in Suva and in the Tongan capital, Nukualofa.")
    assert found.get("Nukualofa") == "GPE"
    found = label_by_name(extractor, "Gunmen attacked Sharana, the provincial capital of Paktika.")
    assert found.get("Sharana") == "GPE"


# `landform after its plural kind's of`, `landform before its kind after the`.


def test_a_landform_after_or_before_its_kind_is_a_place(extractor):
    assert label_by_name(extractor, "Rebels fled into the forests of Tora Bora.").get(
        "Tora Bora"
    ) == ("LOC")
    assert label_by_name(extractor, "US jets bombed the Tora Bora area again.").get(
        "Tora Bora"
    ) == ("LOC")


def test_a_person_before_a_kind_word_without_the_is_left_alone(extractor):
    found = label_by_name(extractor, "Lynn Street said she would run.")
    assert found.get("Lynn Street") == "PERSON"


# `road after the or another road, over a person's look`.


def test_a_road_after_the_is_a_road_over_its_first_name(extractor):
    found = label_by_name(
        extractor, "Police chased the stolen car along the Stuart Highway and Tanami Road."
    )
    assert found.get("Stuart Highway") == "FAC"
    assert found.get("Tanami Road") == "FAC"


def test_a_person_named_like_a_road_is_left_alone(extractor):
    found = label_by_name(extractor, "She lives next door to Helen Lane.")
    assert found.get("Helen Lane") == "PERSON"


# `entity_place_lists.place_lists`: a list after a place's word is a list of places.


def test_a_list_after_a_place_word_is_a_list_of_towns(extractor):
    found = label_by_name(
        extractor, "Storms left areas around Moree, Narrabri and Boggabri without power."
    )
    assert found.get("Moree") == "GPE"
    assert found.get("Boggabri") == "GPE"
    found = label_by_name(extractor, "Homes were lost in Campbeltown, Hornsby and Kurringai.")
    assert found.get("Kurringai") == "GPE"
    found = label_by_name(
        extractor,
        "Smoke drifted as far west as Narromine, Trangie and Nyngan, and the Macquarie Valley.",
    )
    assert found.get("Trangie") == "GPE"
    assert found.get("Macquarie Valley") == "LOC"


def test_firms_and_people_in_a_list_are_left_alone(extractor):
    found = label_by_name(extractor, "Investors bought shares in Qantas and Telstra.")
    assert found.get("Qantas") == "ORG"
    found = label_by_name(extractor, "Fans waited around John Smith and Mary Jones.")
    assert found.get("John Smith") == "PERSON"
    found = label_by_name(extractor, "Troops will help in Indonesia, Downing Street said.")
    assert found.get("Downing Street") != "GPE"


# `town before its compass from another`, `town on a coast after around or near`.


def test_a_town_before_its_compass_or_on_a_coast_is_a_place(extractor):
    found = label_by_name(extractor, "The car was found at Bacchus Marsh, west of Melbourne.")
    assert found.get("Bacchus Marsh") == "GPE"
    found = label_by_name(
        extractor, "Fires are also burning around Huskisson on the far south coast."
    )
    assert found.get("Huskisson") == "GPE"


def test_a_person_before_a_compass_word_is_left_alone(extractor):
    found = label_by_name(extractor, "He met Tom Hardy, west of the river.")
    assert found.get("Tom Hardy") == "PERSON"
