"""Round r51-clubs: clubs by their nickname or town, airlines by their name, fleet or collapse,
grounds by their kind word (sentences of my own, from the shapes of Lee sheets N and O's
sections and the brief's Welsh rugby history)."""

from entity_reading import entities, label_by_name, labels, names, texts_of

# `au_club_cues` and `nicknames_to_their_club` (factx/extract/entity_au_clubs.py).


def test_a_club_by_its_plural_nickname_is_the_club_and_one_entity(extractor):
    found = entities(
        extractor,
        "Brett Kirk spoke to the Sydney Swans about a new contract before the AFL draft. He "
        "later told the Swans he would stay.",
    )
    assert labels(found, "Sydney Swans") == {"ORG"}
    assert "Swans" not in names(found)  # one entity with the full name
    assert len(texts_of(found, "Sydney Swans")[0]) == 2


def test_a_nickname_in_the_possessive_or_after_its_town_is_no_person_nor_work(extractor):
    found = label_by_name(
        extractor, "The Bulldogs' coach Rodney Eade was pleased with the AFL win on Sunday."
    )
    assert found.get("Bulldogs") == "ORG"
    assert found.get("Rodney Eade") == "PERSON"
    found = label_by_name(
        extractor,
        "The Sydney Roosters beat the Parramatta Eels 30-12 in the NRL on Friday night.",
    )
    assert found.get("Sydney Roosters") == "ORG"
    found = label_by_name(
        extractor,
        "The Storm beat the Raiders 20-10 in the NRL on Sunday, but the storm flooded the ground.",
    )
    assert found.get("Raiders") == "ORG"


def test_a_former_members_singular_nickname_is_the_club(extractor):
    found = label_by_name(
        extractor,
        "The Melbourne Football Club has a new board. Ex-Demon's great Ron Barassi backed the "
        "new president.",
    )
    assert found.get("Demon") == "ORG"
    assert found.get("Ron Barassi") == "PERSON"


def test_a_town_as_the_subject_of_a_clubs_verb_is_the_club(extractor):
    found = label_by_name(
        extractor,
        "The ruckman wants to return to the AFL. Richmond says it is delighted and intends to "
        "sign him.",
    )
    assert found.get("Richmond") == "ORG"
    found = label_by_name(
        extractor,
        "The key forward is in the AFL national draft. St Kilda has decided to draft him, the "
        "club said.",
    )
    assert found.get("St Kilda") == "ORG"


def test_nicknames_and_towns_outside_a_club_story_are_left(extractor):
    found = label_by_name(extractor, "Swans glided on the lake in Sydney on Sunday.")
    assert found.get("Swans") != "ORG"
    assert found.get("Sydney") == "GPE"
    found = label_by_name(
        extractor, "Sydney says it will host the conference next year, the council said."
    )
    assert found.get("Sydney") != "ORG"
    found = label_by_name(
        extractor,
        "Brett Kirk spoke to the Sydney Swans before the AFL draft. Swans coach Paul Roos was "
        "happy.",
    )
    assert found.get("Paul Roos") == "PERSON"


# "airline by its name", "airline by its fleet, crews or administrators", "airline after its
# collapse" (factx/data/entities.json).


def test_airlines_by_their_name_are_firms(extractor):
    found = label_by_name(
        extractor,
        "Virgin Blue has begun selling cheap seats from Adelaide, and the revamped Ansett will "
        "answer.",
    )
    assert found.get("Virgin Blue") == "ORG"
    assert found.get("Ansett") == "ORG"


def test_an_airline_by_its_administrators_or_collapse_is_a_firm(extractor):
    found = label_by_name(
        extractor,
        "The Ansett administrators told staff to wait. Thousands lost their jobs in the "
        "collapse of Ansett.",
    )
    assert found.get("Ansett") == "ORG"


def test_the_founder_of_an_airline_keeps_his_name(extractor):
    found = label_by_name(
        extractor,
        "Sir Reginald Ansett founded the company in 1936. Ansett ran it for decades.",
    )
    assert found.get("Reginald Ansett") == "PERSON"
    assert "ORG" not in found.values()


# "ground by its kind word" (factx/data/entities.json).


def test_a_ground_by_its_kind_word_is_a_building(extractor):
    found = label_by_name(extractor, "The Newport side won 8-3 at Rodney Parade on Saturday.")
    assert found.get("Rodney Parade") == "FAC"


def test_a_person_named_like_a_ground_stays_a_person(extractor):
    found = label_by_name(extractor, "Bruce Arena named his squad. Arena said the team was ready.")
    assert found.get("Bruce Arena") == "PERSON"
    found = label_by_name(extractor, "Nick Park won an Oscar for his film.")
    assert found.get("Nick Park") == "PERSON"


# "club by its town's word" (factx/data/entities.json).


def test_a_club_by_its_towns_word_is_no_person(extractor):
    found = label_by_name(
        extractor,
        "Nelson Town met Nelson College in the first game of rugby in 1870, and the Town won "
        "by two goals.",
    )
    assert found.get("Nelson Town") == "ORG"


# `without_of_before_a_year` (factx/extract/entity_of_years.py).


def test_a_side_dated_by_of_and_a_year_loses_the_of(extractor):
    found = label_by_name(
        extractor, "The tourists were beaten by the Lions of 1971, who won the series 2-1."
    )
    assert "Lions of" not in found
    assert found.get("Lions") == "ORG"


def test_a_name_whose_of_goes_on_keeps_it(extractor):
    found = label_by_name(extractor, "The Bank of England raised rates in 1997.")
    assert found.get("Bank of England") == "ORG"


# `race_rival_cues` (factx/extract/entity_race_rivals.py).


def test_boats_by_their_place_in_the_race_or_a_list_of_the_fleet(extractor):
    text = (
        "Two yachts have retired from the ocean race. Simply Red, Broomstick, Cadibarra and "
        "Sting also sustained damage in the storm. The maxi Tyco leads the race ahead of Assa "
        "Abloy."
    )
    found = label_by_name(extractor, text)
    assert found.get("Assa Abloy") == "PRODUCT"
    assert found.get("Cadibarra") == "PRODUCT"
    assert found.get("Sting") == "PRODUCT"


def test_people_and_places_in_a_race_report_are_left(extractor):
    text = (
        "The yacht race fleet left Sydney on Boxing Day. Skipper Peter Jones said his crew "
        "finished ahead of Sydney's harbour traffic. Jones said they were tired."
    )
    found = label_by_name(extractor, text)
    assert found.get("Peter Jones") == "PERSON"
    assert found.get("Sydney") == "GPE"
    found = label_by_name(
        extractor, "The runner finished ahead of Assa Abloy in the Stockholm marathon."
    )
    assert found.get("Assa Abloy") != "PRODUCT"
