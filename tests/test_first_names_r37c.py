"""Round r37c-names: first names of African, Asian, Arabic, Turkic, Russian and other locales
(Faker 40.63.0, MIT) that the lists lacked, and the words they must leave alone. Sentences of
my own."""

import pytest

from factx.extract.first_names import first_names, person_by_first_name


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {(f.name, f.label) for f in record.facts if f.type == "entity"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A French first name (the model reads the player as a firm).
        (
            "Tennis star to play in Leeds\n\nArnaud Clement will meet the Australian in the "
            "second round on Tuesday.",
            "Arnaud Clement",
        ),
        # A Welsh first name.
        (
            "Novel adapted for stage\n\nMervyn Peake wrote the Gormenghast books while working "
            "as a war artist.",
            "Mervyn Peake",
        ),
        # A Yoruba first name.
        (
            "Singer to tour\n\nYetunde Adeyemi will play three dates in Manchester next month.",
            "Yetunde Adeyemi",
        ),
    ],
)
def test_a_name_opening_with_a_new_first_name_is_a_person(extractor, text, name):
    assert (name, "PERSON") in _labels(extractor, text)


@pytest.mark.parametrize(
    "name",
    [
        "Hind Dehiba",  # Arabic, as French and English news write it
        "Ivo Karlovic",  # Croatian
        "Kamal Nath",  # Indian
        "Saulius Mikoliunas",  # Lithuanian
        "Eidur Gudjohnsen",  # Icelandic
        "Bambang Yudhoyono",  # Indonesian
        "Aleksey Miller",  # Russian, transliterated from Faker's Cyrillic
    ],
)
def test_first_names_of_other_locales_open_a_person_name(name):
    assert person_by_first_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "Rio de Janeiro",  # a first name that opens a city's name far more often
        "Alfa Romeo",  # ... a firm's
        "Kaiser Chiefs",  # ... a band's
        "Wadi Rum",  # ... a valley's
        "Mar del Plata",
        "November Tests",  # a month, never taken
        "Kennedy Center",  # a surname Faker lists as a first name
        "Smith Barney",
    ],
)
def test_words_that_open_other_names_stay_off_the_list(name):
    assert not person_by_first_name(name)
    assert name.split()[0].casefold() not in first_names()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Car maker recovers\n\nAlfa Romeo sold more cars in Italy last year, the firm said.",
            ("Alfa Romeo", "ORG"),
        ),
        (
            "City to host games\n\nRio de Janeiro will host the event, officials said on Monday.",
            ("Rio de Janeiro", "GPE"),
        ),
        (
            "Band tops chart\n\nKaiser Chiefs went straight to number one in the album chart.",
            ("Kaiser Chiefs", "ORG"),
        ),
    ],
)
def test_places_and_firms_keep_their_labels(extractor, text, entity):
    assert entity in _labels(extractor, text)
