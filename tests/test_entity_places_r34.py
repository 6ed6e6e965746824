"""Round r34-places: stations, airports, towns and stage schools the model reads as people or
firms: a station after a city's possessive, stations or airports listed after "such as", an
airport in parallel with "at X Airport and", an airport or a station after a journey's words,
London's airports and termini by name, a town after "hometown of" or "native", a stage school
by its founder's name, a town before "school child"."""

import pytest


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # `station after a city's possessive or a preposition` (the model's PERSON, ORG).
        ("The couple first met at Edinburgh's Waverley station in 1987.", "Waverley"),
        ("The couple said goodbye at London's Paddington station in 1987.", "Paddington"),
    ],
)
def test_a_name_before_station_after_a_citys_possessive_is_the_station(extractor, sentence, name):
    names = _entities(extractor, "Travel\n\n" + sentence)
    assert names[name][0] == "FAC"


def test_a_radio_station_before_its_name_is_no_railway_station(extractor):
    # "Manchester station Key 103": a name after "station" makes it a broadcaster's.
    names = _entities(extractor, "Radio\n\nShe moved to Manchester station Key 103 in 1999.")
    assert names.get("Manchester", ("",))[0] != "FAC"


def test_names_after_stations_such_as_are_stations(extractor):
    # `stations or airports such as`: every name of the list (the model's PERSON and GPE).
    names = _entities(
        extractor,
        "Travel\n\nThe office is near busy mainline stations such as Waterloo and Paddington.",
    )
    assert names["Waterloo"][0] == "FAC"
    assert names["Paddington"][0] == "FAC"


def test_a_name_after_at_in_parallel_with_an_airport_is_an_airport(extractor):
    # `airport in parallel with an airport`: the model's GPE of the town.
    names = _entities(
        extractor,
        "Health\n\nScreening was carried out on 30,000 travellers at Glasgow Airport and 6,000"
        " at Luton.",
    )
    assert names["Luton"][0] == "FAC"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # `airport or station after a journey` (the model's ORG), an airport off the list.
        ("Flights out of Ronaldsway were grounded by the fog on Tuesday.", "Ronaldsway"),
        # `London airport or terminus by its name` (the model's PERSON), with a journey's
        # words or without them.
        ("Trains into Euston were cancelled after the signal failure.", "Euston"),
        ("The new rail link will join Heathrow to the City by 2012.", "Heathrow"),
        ("He was stranded at Euston for six hours.", "Euston"),
    ],
)
def test_an_airport_or_a_terminus_is_a_facility(extractor, sentence, name):
    names = _entities(extractor, "Travel\n\n" + sentence)
    assert names[name][0] == "FAC"


def test_a_region_after_a_journey_keeps_its_label(extractor):
    # "rail services to the Borders": a name with its "the" is no station.
    names = _entities(
        extractor,
        "Rail\n\nThey have lobbied for years for the return of rail services to the Borders.",
    )
    assert all(label != "FAC" for label, _ in names.values())


def test_jets_from_a_maker_are_no_airport(extractor):
    names = _entities(
        extractor,
        "Defence\n\nThe air force is thinking of buying fighter jets from Lockheed next year.",
    )
    assert all(label != "FAC" for label, _ in names.values())


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # `town after hometown of or native` (the model's PERSON).
        ("The band still play small clubs in their native Dunedin.", "Dunedin"),
    ],
)
def test_a_name_after_native_or_hometown_is_a_town(extractor, sentence, name):
    names = _entities(extractor, "Music\n\n" + sentence)
    assert names[name][0] == "GPE"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # `school of the stage by its name` (the model's PERSON of the founder's name).
        ("She learned to act at the Marta Kowalski drama school in Warsaw.", "Marta Kowalski"),
        ("He trained at the Luca Bianchi theatre academy before moving to Milan.", "Luca Bianchi"),
    ],
)
def test_a_name_before_a_stage_school_is_the_school(extractor, sentence, name):
    names = _entities(extractor, "Film\n\n" + sentence)
    assert names[name][0] == "ORG"


def test_a_city_before_a_stage_school_stays_a_city(extractor):
    names = _entities(extractor, "Film\n\nShe trained at the London drama school for three years.")
    assert names["London"][0] == "GPE"


def test_a_town_before_school_child_is_a_place(extractor):
    # `town before its school child` (the model's PRODUCT).
    names = _entities(
        extractor,
        "Books\n\nThe novel follows Leeds school child Amy Hart through a year of change.",
    )
    assert names["Leeds"][0] == "GPE"
    assert names["Amy Hart"][0] == "PERSON"
