"""Round r52b-misc: a relative in apposition after a capitalised "His|Her|Their" or a name's
possessive, and a character right before its actor's bracketed full name, are people (sentences
of my own, from BBC sheets 52A's "Wilma's (Erin Gray)" ORG and 52B's "His mother, Giselle," ORG)."""

from entity_reading import label_by_name

# The cue row `kin in apposition after a capital` (factx/data/entities.json).


def test_a_relative_after_a_capitalised_his_is_a_person(extractor):
    found = label_by_name(extractor, "His mother, Giselle, said the family was heartbroken.")
    assert found.get("Giselle") == "PERSON"


def test_a_relative_after_her_or_their_is_a_person(extractor):
    found = label_by_name(
        extractor,
        "Her husband, Tarquin, told reporters he was shocked. Their daughter, Florence, was at "
        "home when the fire started.",
    )
    assert found.get("Tarquin") == "PERSON"
    assert found.get("Florence") == "PERSON"


def test_a_firm_or_a_town_in_apposition_keeps_its_label(extractor):
    found = label_by_name(
        extractor,
        "His company, Tarquin, said profits rose. Her home town, Leicester, was flooded.",
    )
    assert found.get("Tarquin") == "ORG"
    assert found.get("Leicester") == "GPE"


# `parts_before_their_actor` (factx/extract/entity_cast_parts.py).


def test_a_character_before_its_actor_is_a_person(extractor):
    found = label_by_name(
        extractor,
        "The film follows the first season of Rook (Dan Marlowe) and Tamsin's (Kate Pelham) "
        "madcap adventures.",
    )
    assert found.get("Tamsin") == "PERSON"


def test_a_character_in_a_series_before_its_actor_is_a_person(extractor):
    found = label_by_name(
        extractor,
        "In the new series Ursula battles the villain, and Marcus (Tom Pettigrew) helps her.",
    )
    assert found.get("Marcus") == "PERSON"


def test_a_country_or_a_band_before_a_bracket_keeps_its_label(extractor):
    found = label_by_name(
        extractor,
        "Wales (Gareth Thomas) beat England in the opening match. The band Queen (Freddie "
        "Mercury and Brian May) played the hit.",
    )
    assert found.get("Wales") == "GPE"
    assert found.get("Queen") == "ORG"
