"""Round r46c-people: people's names cut or taken for a firm, and the firms and outlets beside
them (seeds 146-147's shapes, on sentences of my own)."""

from builders import cue_at
from entity_reading import entities, labels, names


def test_a_firms_possessive_before_its_principal_consultant_is_the_firm(extractor):
    # Seed 146's shape: "<Person>, <Firm>'s principal consultant" gave the firm PERSON.
    found = entities(extractor, "Tom Harris, Capgemini's principal consultant, said costs fell.")
    assert labels(found, "Capgemini") == {"ORG"}
    found = entities(extractor, "Mary Jones, Accenture's senior analyst, said so.")
    assert labels(found, "Accenture") == {"ORG"}


def test_an_advisers_owner_that_is_a_person_or_a_country_is_left_alone():
    # A country has its chief economist; a person named in full is no firm.
    assert cue_at("Japan's chief economist said so.", "Japan", "GPE") is None
    found = cue_at("Tom Harris's senior analyst said so.", "Tom Harris", "PERSON")
    assert found is None or found[0] != "firm's consultant or analyst"


def test_a_genres_mc_before_a_name_is_the_performer(extractor):
    # Seed 147's shape: "UK garage MC Kano"; my "MC Skepta" came out ORG.
    found = entities(extractor, "The garage MC Skepta won the award.")
    assert labels(found, "MC Skepta") == {"PERSON"}
    assert cue_at("The grime MC Lodo won.", "MC Lodo", "ORG") == (
        "act by a genre's MC or DJ",
        "PERSON",
    )


def test_mc_or_dj_with_no_genre_before_is_left_to_the_model():
    for text, name in (
        ("The firm MC Holdings won.", "MC Holdings"),
        ("They said MC Lodo won.", "MC Lodo"),
    ):
        found = cue_at(text, name, "ORG")
        assert found is None or found[0] != "act by a genre's MC or DJ"


def test_a_first_name_with_an_inner_apostrophe_joins_the_surname(extractor):
    # Seed 147's shape: "Ma'a Nonu then found his way through" gave `Nonu`.
    found = entities(extractor, "Ma'a Nonu then found his way through the defence.")
    assert "Ma'a Nonu" in names(found)
    found = entities(extractor, "The centre Ma'a Nonu scored twice.")
    assert "Ma'a Nonu" in names(found)


def test_contractions_before_a_name_stay_out_of_it(extractor):
    for text in ("It's Tom Hale who scored.", "I'm Tom Hale, he said."):
        assert "Tom Hale" in names(entities(extractor, text))


def test_an_owner_beside_an_outlets_possessive_is_an_outlet(extractor):
    # Seed 147's shape: "Heat's Charles Gant and Empire's Angie Errigo", `Empire` GPE.
    found = entities(
        extractor,
        "The critics were split. Variety's Tom Hale and Empire's Anna Reed agreed.",
    )
    assert labels(found, "Empire") == {"ORG"}


def test_a_country_beside_an_outlets_possessive_stays_a_place(extractor):
    found = entities(
        extractor,
        "The Times' critic agreed. Heat's Charles Gant and Britain's Anna Reed agreed.",
    )
    assert "GPE" in {e[0] for e in found if e[1] in ("United Kingdom", "Britain")}
