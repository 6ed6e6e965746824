"""Round r30-seeds: general rules from the shapes of seeds 55 and 56's errors. A title cut
before "musical" grows back to its "the"; an author's surname before "novels" stays a person;
a drug before its kind is a product; a strait and a sea before "coast" are water; people given
a male or female prize are people; a person's name taken as a type keeps its person.

Every sentence here is made up for the test; none is from the evaluation data.
"""

import pytest
from builders import cue_at


def _labels(extractor, text):
    record = extractor.extract_text("Story\n\n" + text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The producers behind the Lord of the Dance musical have abandoned plans.",
         "Lord of the Dance"),
        ("The producers of the Wind in the Willows musical said the same.",
         "Wind in the Willows"),
    ],
)  # fmt: skip
def test_a_title_before_musical_is_the_work_whole(extractor, text, title):
    labels = _labels(extractor, text)
    assert labels.get(title) == "WORK_OF_ART"
    assert title.split()[-1] not in labels


def test_an_authors_surname_before_novels_is_the_author(extractor):
    text = "There were many disappointed Dickens fans. The Dickens novels are hugely popular."
    assert _labels(extractor, text).get("Dickens") == "PERSON"


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
        ("Tankers take routes around the Malacca and Sunda Straits.", "Sunda Straits",
         "PERSON", "strait by its kind"),
        ("Ships pass through the Bering Strait each summer.", "Bering Strait", "ORG",
         "strait by its kind"),
        ("He lives in the city of Patras on the Aegean coast.", "Aegean", "NORP",
         "sea before its coast"),
    ],
)  # fmt: skip
def test_a_strait_and_a_sea_before_coast_are_water(text, name, label, cue):
    assert cue_at(text, name, label) == (cue, "LOC")


def test_a_nationality_before_coast_stays_a_people(extractor):
    assert _labels(extractor, "Boats were seen off the French coast.").get("French") == "NORP"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The male and female prizes went to Seal and Dido respectively.", ["Seal", "Dido"]),
        ("The best male prize went to Prince and the best female prize to Dido.", ["Dido"]),
    ],
)
def test_people_given_a_male_or_female_prize_are_people(extractor, text, names):
    labels = _labels(extractor, text)
    assert [labels.get(name) for name in names] == ["PERSON"] * len(names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He has even been called the David Frost or Terry Wogan of blogging.",
         ["David Frost", "Terry Wogan"]),
        ("He met the David Frost and the Terry Wogan of the web.",
         ["David Frost", "Terry Wogan"]),
        ('"To be the Terry Wogan, or David Frost of anything is wonderful."',
         ["David Frost", "Terry Wogan"]),
    ],
)  # fmt: skip
def test_a_persons_name_taken_as_a_type_stays_a_person(extractor, text, names):
    labels = _labels(extractor, text)
    assert [labels.get(name) for name in names] == ["PERSON"] * len(names)
