"""Round r49d-labels: a city after a place's preposition over a first name's look, disputed
regions places, and the Americas' peoples' words listed with a people (sentences of my own)."""

from entity_reading import label_by_name

# `evidence._a_city_where`: a city of the world after "in|at|near|outside|from" keeps the
# model's place over the one vote of its first word's look ("Ann").


def test_a_city_after_in_is_no_person_by_its_first_name(extractor):
    found = label_by_name(
        extractor, "The rally was held in Ann Arbor on Friday, and the senator spoke for an hour."
    )
    assert found.get("Ann Arbor") == "GPE"


def test_people_named_like_towns_stay_people(extractor):
    found = label_by_name(
        extractor, "Troy Davis was executed in 2011. Marion Jones won five medals in Sydney."
    )
    assert found.get("Troy Davis") == "PERSON"
    assert found.get("Marion Jones") == "PERSON"


# `entity_regions.regions`: a disputed or sub-national region alone is a place.


def test_a_disputed_region_tagged_a_body_is_a_place(extractor):
    found = label_by_name(
        extractor,
        "Russian troops moved into Crimea after the vote, and the annexation of Crimea was "
        "condemned by the West.",
    )
    assert found.get("Crimea") == "GPE"


def test_a_body_named_after_a_region_is_left_alone(extractor):
    found = label_by_name(
        extractor, "The Kashmir Media Service reported the clashes on Tuesday, officials said."
    )
    assert found.get("Kashmir Media Service") == "ORG"
    assert "Kashmir" not in found


# `entity_listed_peoples.american_peoples_listed`: "Latino" beside a NORP is a people's word.


def test_latino_listed_with_a_people_is_a_people(extractor):
    found = label_by_name(
        extractor, "The group reached out to Latino and Muslim communities before the election."
    )
    assert found.get("Latino") == "NORP"
    assert found.get("Muslim") == "NORP"


def test_a_body_opening_with_a_peoples_word_is_left_alone(extractor):
    found = label_by_name(
        extractor, "The Latino Victory Fund and Jewish groups met in Washington on Monday."
    )
    assert found.get("Latino Victory Fund") == "ORG"
