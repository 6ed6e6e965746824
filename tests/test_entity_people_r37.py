"""Round r37-people: people the model tagged a firm or a place, shown by an age in commas after
the name, a person's mood before it, or a list of athletes after their countries' possessives."""

from builders import raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_people import people_by_age_or_mood, people_in_country_lists


def cues(text, named):
    mentions = raw_mentions(text, named)
    people_by_age_or_mood(text, mentions, name_key, lambda key: key == "france")
    return [m.cue for m in mentions]


def test_an_age_in_commas_makes_a_full_name_a_person():
    text = "Morocco's Hind Bakri, 25, won the 1500m ahead of Hind Bakri's old rival."
    named = [("Morocco", "GPE"), ("Hind Bakri", "LOC"), ("Hind Bakri", "ORG")]
    assert cues(text, named) == ["", "PERSON", "PERSON"]


def test_an_age_in_commas_makes_a_lone_surname_a_person():
    text = "But Bellamy, 25, has not been put on the transfer list."
    assert cues(text, [("Bellamy", "ORG")]) == ["PERSON"]


def test_a_mood_before_a_surname_makes_a_person():
    text = '"I\'m so happy," a tearful Claxton told BBC Sport.'
    assert cues(text, [("Claxton", "ORG"), ("BBC Sport", "ORG")]) == ["PERSON", ""]


def test_an_emotional_full_name_is_a_person():
    text = "Wild celebrations followed, with an emotional Rinat Akhmetov hugged by his staff."
    assert cues(text, [("Rinat Akhmetov", "ORG")]) == ["PERSON"]


def test_a_place_a_country_or_a_score_stays():
    # A known place, a country, a count that is no age, and a number no age at all.
    text = (
        "Leeds, 25, and York, 30, were listed. France, 19, led. "
        "Acme Widgets, 12, sold more. Gandor Telecom, 150, sold most."
    )
    named = [
        ("Leeds", "GPE"),
        ("York", "GPE"),
        ("France", "GPE"),
        ("Acme Widgets", "ORG"),
        ("Gandor Telecom", "ORG"),
    ]
    assert cues(text, named) == ["", "", "", "", ""]


def test_a_proud_side_or_a_name_with_a_cue_stays():
    text = "A proud Chelsea said so. A tearful Northwind told the press."
    mentions = raw_mentions(text, [("Chelsea", "ORG"), ("Northwind", "ORG")])
    mentions[1].cue = "ORG"
    people_by_age_or_mood(text, mentions, name_key, lambda key: False)
    assert [m.cue for m in mentions] == ["", "ORG"]


def test_the_models_person_elsewhere_agrees():
    # "Claxton's time" PERSON, "a tearful Claxton" ORG: both mentions PERSON, not a tie.
    text = "A tearful Claxton told BBC Sport. Claxton's time was good enough."
    named = [("Claxton", "ORG"), ("BBC Sport", "ORG"), ("Claxton", "PERSON")]
    assert cues(text, named) == ["PERSON", "", "PERSON"]


def test_a_name_the_model_reads_as_a_work_elsewhere_is_left_to_it():
    # Another label at another mention: the rule does not decide between them.
    text = "Jon Tarrant, 31, said so. Jon Tarrant was a hit."
    named = [("Jon Tarrant", "ORG"), ("Jon Tarrant", "WORK_OF_ART")]
    assert cues(text, named) == ["", ""]


COUNTRIES = {"france", "russia", "morocco", "romania", "britain", "japan"}


def list_cues(text, named):
    mentions = raw_mentions(text, named)
    people_in_country_lists(text, mentions, name_key, COUNTRIES.__contains__)
    return [m.cue for m in mentions]


def test_a_name_in_a_list_of_athletes_by_country_is_a_person():
    text = "She finished clear of France's Hind Bakri and Russia's Olga Kotlyarova."
    named = [
        ("France", "GPE"),
        ("Hind Bakri", "ORG"),
        ("Russia", "GPE"),
        ("Olga Kotlyarova", "PERSON"),
    ]
    assert list_cues(text, named) == ["", "PERSON", "", ""]


def test_every_slip_of_a_longer_list_is_a_person():
    text = (
        "Rivals include Morocco's Hasna Benhassi, France's Rinat Zorin and Romania's Maria Cioncan."
    )
    named = [
        ("Morocco", "GPE"),
        ("Hasna Benhassi", "LOC"),
        ("France", "GPE"),
        ("Rinat Zorin", "ORG"),
        ("Romania", "GPE"),
        ("Maria Cioncan", "PERSON"),
    ]
    assert list_cues(text, named) == ["", "PERSON", "", "PERSON", "", ""]


def test_a_list_of_firms_by_country_stays():
    # No person in the list: firms are listed by their nations too.
    text = "Shares in France's Total Gaz and Japan's Sony Ericsson rose."
    named = [("France", "GPE"), ("Total Gaz", "ORG"), ("Japan", "GPE"), ("Sony Ericsson", "ORG")]
    assert list_cues(text, named) == ["", "", "", ""]


def test_a_lone_possessive_or_a_person_without_a_first_name_stays():
    # One item is no list; an anchor the model read as a person needs a common first name.
    text = (
        "Lleyton Hewitt will meet France's Arnaud Clement. "
        "Britain's Zorgon Vextra and Japan's Kiku Ando lead."
    )
    named = [
        ("Lleyton Hewitt", "PERSON"),
        ("France", "GPE"),
        ("Arnaud Clement", "ORG"),
        ("Britain", "GPE"),
        ("Zorgon Vextra", "ORG"),
        ("Japan", "GPE"),
        ("Kiku Ando", "PERSON"),
    ]
    assert list_cues(text, named) == ["", "", "", "", "", "", ""]


def test_the_whole_layer_reads_the_list():
    from factx.api import extract
    from factx.records import EntityFact

    text = (
        "Holmes ran a tactically perfect race to finish clear of France's Hind Dehiba and "
        "Russia's Svetlana Cherkasova."
    )
    record = extract(text, title="Holmes wins")
    labels = {f.name: f.label for f in record.facts if isinstance(f, EntityFact)}
    assert labels.get("Hind Dehiba") == "PERSON", labels
