"""Round r30-seeds: general rules from the shapes of seeds 55 and 56's errors. A title cut
before "musical" grows back to its "the"; an author's surname before "novels" stays a person;
a drug before its kind is a product; a strait and a sea before "coast" are water; people given
a male or female prize are people; a person's name taken as a type keeps its person.

Every sentence here is made up for the test; none is from the evaluation data.
"""

import importlib

import pytest
from builders import cue_at

entities = importlib.import_module("factx.extract.entities")


def _labels(extractor, text):
    record = extractor.extract_text("Story\n\n" + text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The producers behind the Lord of the Flies musical have abandoned plans.",
         "Lord of the Flies"),
        ("Tickets for the Lady of the Lake musical sold out in a day.",
         "Lady of the Lake"),
    ],
)  # fmt: skip
def test_a_title_before_musical_is_the_work_whole(extractor, text, title):
    labels = _labels(extractor, text)
    assert labels.get(title) == "WORK_OF_ART"
    assert title.split()[-1] not in labels


def test_an_authors_surname_before_novels_is_the_author(extractor):
    text = "Schools still teach the Austen novels, and Austen fans are many."
    assert _labels(extractor, text).get("Austen") == "PERSON"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Officials said the Zentrax drug will be considered for approval.", "Zentrax", "PERSON"),
        ("Now, Rowe Pharma's Zentrax mouth spray could be on sale soon.", "Zentrax", "PERSON"),
        ("The firm hoped to sell its Lumora pill in Canada.", "Lumora", "GPE"),
    ],
)
def test_a_name_before_drug_or_spray_is_a_product(text, name, label):
    assert cue_at(text, name, label) == ("product before its kind", "PRODUCT")


@pytest.mark.parametrize(
    "text",
    [
        "The Kate Moss drug scandal went on all week.",  # a person's, no drug's name
        "She sold the US drug abroad.",  # a country's
    ],
)
def test_a_person_or_place_before_drug_is_no_product(text):
    name = "Kate Moss" if "Moss" in text else "US"
    label = "PERSON" if name == "Kate Moss" else "GPE"
    found = cue_at(text, name, label)
    assert found is None or found[0] != "product before its kind"


@pytest.mark.parametrize(
    ("text", "name", "label", "cue"),
    [
        ("Pirates still raid ships near the Lombok and Sunda Straits.", "Sunda Straits",
         "PERSON", "strait by its kind"),
        ("Ships pass through the Bering Strait each summer.", "Bering Strait", "ORG",
         "strait by its kind"),
        ("The storm hit hotels on the Ionian coast overnight.", "Ionian", "NORP",
         "sea before its coast"),
    ],
)  # fmt: skip
def test_a_strait_and_a_sea_before_coast_are_water(text, name, label, cue):
    assert cue_at(text, name, label) == (cue, "LOC")


def test_a_nationality_before_coast_stays_a_people(extractor):
    assert _labels(extractor, "Boats were seen off the French coast.").get("French") == "NORP"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The male and female prizes went to Sting and Shakira this year.", "Sting", "ORG"),
        ("The male and female prizes went to Sting and Shakira this year.", "Shakira", "ORG"),
        ("The best male prize went to Prince and the best female prize to Kylie.", "Kylie",
         "PRODUCT"),
    ],
)  # fmt: skip
def test_people_given_a_male_or_female_prize_are_people(text, name, label):
    assert cue_at(text, name, label) == ("people given a male or female prize", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fans call her the Delia Smith or Jamie Oliver of podcasting.", "the Delia Smith"),
        ("She met the Jamie Oliver and the Delia Smith of the web.", "the Jamie Oliver"),
        ('"To be the Jamie Oliver, or Delia Smith of anything is a joy."', "the Jamie Oliver"),
        ("He is the Delia Smith of blogging.", "the Delia Smith"),
    ],
)
def test_a_persons_name_taken_as_a_type_loses_its_the(text, name):
    from factx.extract.entity_types import people_as_types

    start = text.index(name)
    m = entities.RawMention(name, start, start + len(name), "PERSON", 0, 1, False)
    assert [(k.text, k.start) for k in people_as_types(text, [m])] == [(name[4:], start + 4)]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("She drank the Earl Grey of the house.", "the Earl Grey", "PRODUCT"),  # no person's
        ("He works at the Bank of England.", "the Bank", "PERSON"),  # no field after "of"
    ],
)
def test_other_names_with_the_keep_it(text, name, label):
    from factx.extract.entity_types import people_as_types

    start = text.index(name)
    m = entities.RawMention(name, start, start + len(name), label, 0, 1, False)
    assert people_as_types(text, [m]) == [m]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He met the Jeremy Paxman and the Terry Wogan of the web.", "Jeremy Paxman"),
        ("He has become the Terry Wogan or David Jason of blogging.", "Terry Wogan"),
    ],
)
def test_a_persons_name_taken_as_a_type_stays_a_person(extractor, text, name):
    assert _labels(extractor, text).get(name) == "PERSON"
