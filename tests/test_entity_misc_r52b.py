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


# The cue rows `maker of its name that speaks`, `maker of its name behind a statement` and
# `firm after lab` (factx/data/entities.json).


def test_a_firm_named_as_its_product_speaks_as_the_firm(extractor):
    found = label_by_name(
        extractor,
        "A statement by Symbian played down the risk. Symbian said the virus was rare.",
    )
    assert found.get("Symbian") == "ORG"


def test_a_firm_after_lab_is_a_firm(extractor):
    found = label_by_name(
        extractor, "Finnish anti-virus lab F-Secure said it had reports of the worm."
    )
    assert found.get("F-Secure") == "ORG"


def test_the_product_alone_and_a_person_after_lab_keep_their_labels(extractor):
    found = label_by_name(
        extractor,
        "The phones run Symbian, which is popular. She works in the lab Dr Smith runs.",
    )
    assert found.get("Symbian") == "PRODUCT"
    assert found.get("Smith") == "PERSON"


# `era_beside_a_year` (factx/extract/entity_eras.py).


def test_an_era_after_a_year_is_no_name(extractor):
    found = label_by_name(
        extractor,
        "The vase dates from 190 A.D. and was found in a field. The tomb dates from 1200 BC "
        "and was opened in 1922.",
    )
    assert "A.D." not in found
    assert "BC" not in found


def test_letters_of_an_era_with_no_year_are_left_alone(extractor):
    found = label_by_name(extractor, "The BC government raised taxes on the province's timber.")
    assert found.get("BC") is not None


# The cue row `farm in apposition` (factx/data/entities.json).


def test_a_ranch_or_plantation_in_apposition_is_a_facility(extractor):
    found = label_by_name(
        extractor,
        "Prosecutors have seized Las Palmeras, a cattle ranch owned by a British firm. Police "
        "raided Finca Rosario, a coffee plantation in the hills.",
    )
    assert found.get("Las Palmeras") == "FAC"
    assert found.get("Finca Rosario") == "FAC"


def test_a_farm_worker_and_a_farming_village_are_no_facility(extractor):
    found = label_by_name(
        extractor,
        "John Hartley, a farm worker, was hurt. They moved to Ashby, a farming village.",
    )
    assert found.get("John Hartley") == "PERSON"
    assert found.get("Ashby") == "GPE"


# Two rows of `common_words.before_nouns` (factx/data/entities.json), read by
# `common_word_before_noun` (factx/extract/entity_non_names.py).


def test_a_trade_word_before_a_calling_is_no_body(extractor):
    found = label_by_name(
        extractor,
        "Theatre impresario Sir Cameron Mackintosh said the show would close. Fan website "
        "Trek United is hoping to raise money.",
    )
    assert "Theatre" not in found
    assert "Fan" not in found
    assert found.get("Cameron Mackintosh") == "PERSON"


def test_a_school_subject_before_its_teachers_is_no_body(extractor):
    found = label_by_name(
        extractor,
        "Pupils get two hours' PE a week, and training for PE teachers will rise.",
    )
    assert "PE" not in found


def test_a_body_before_a_calling_stays_a_body(extractor):
    found = label_by_name(extractor, "BBC director Greg Dyke said the show would close.")
    assert found.get("BBC") == "ORG"


# `without_listed_activities` (factx/extract/entity_listed_activities.py).


def test_an_activity_listed_beside_lower_case_ones_is_no_name(extractor):
    found = label_by_name(
        extractor,
        "She took up karate, Tai Chi and swimming. He trained in Kung Fu and kickboxing.",
    )
    assert "Tai Chi" not in found
    assert "Kung Fu" not in found


def test_a_person_beside_an_activity_stays_a_person(extractor):
    found = label_by_name(extractor, "Coach Tai Chen and his team won the title.")
    assert found.get("Tai Chen") == "PERSON"
