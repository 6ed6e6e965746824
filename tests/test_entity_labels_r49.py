"""Round r49d-labels: a city after a place's preposition over a first name's look, disputed
regions places, and the Americas' peoples' words listed with a people (sentences of my own)."""

from entity_reading import entities, label_by_name, names, texts_of

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


# `web platform by its name, from a work` (factx/data/entities.json): a platform's word alone.


def test_a_platform_read_as_a_title_is_the_platform(extractor):
    found = label_by_name(
        extractor, 'The video of the speech, posted on "YouTube", was watched a million times.'
    )
    assert found.get("YouTube") == "ORG"
    found = label_by_name(
        extractor, "Fans shared the photos on Flickr, a web photo album, within hours."
    )
    assert found.get("Flickr") == "ORG"


def test_a_longer_title_holding_a_platform_is_left_alone(extractor):
    found = label_by_name(
        extractor, "The Facebook Effect, a book by David Kirkpatrick, was published in 2010."
    )
    assert found.get("Facebook") is None


# `entity_lone_kinds.lone_kinds_to_their_body`: "the Commission" joins the one commission.


def test_a_lone_kind_word_joins_the_one_body_of_its_kind(extractor):
    found = label_by_name(
        extractor,
        "The European Commission approved the merger on Monday. The Commission said prices "
        "would not rise, and a Commission spokesman agreed.",
    )
    assert "Commission" not in found
    assert found.get("European Commission") == "ORG"
    found = label_by_name(
        extractor,
        "The Department of Justice opened an inquiry. The Justice Department declined to "
        "comment, and a spokesman for the Department said no charges were filed.",
    )
    assert "Department" not in found
    assert "Justice Department" not in found or "Department of Justice" not in found


def test_a_short_form_of_the_second_spelling_of_a_department_goes_with_it(extractor):
    # "The Justice Department ... the Department of Justice (DOJ)": the second spelling joins
    # the first, and its bracketed short form with it, not left a body of its own (the second
    # PolNeAR regrade's note on r49d-labels).
    text = (
        "Officials promise speed\n\nThe Justice Department said on Monday it would move "
        "quickly. The Department of Justice (DOJ) has assigned extra staff.\n\nA DOJ spokesman "
        "declined to comment. The Department will keep working with the police."
    )
    found = entities(extractor, text)
    assert "DOJ" not in names(found)
    assert "DOJ" in texts_of(found, "Justice Department")[0]


def test_a_department_named_both_ways_is_one_body_without_its_lone_kind_word(extractor):
    # "the Defence Ministry" and "the Ministry of Defence" are one body whether or not the
    # article also writes "the Ministry" alone.
    text = (
        "Officials promise speed\n\nThe Justice Department said on Monday it would move "
        "quickly. The Department of Justice has assigned extra staff to the case."
    )
    found = entities(extractor, text)
    assert len([n for n in names(found) if "Justice" in n]) == 1


def test_a_lone_kind_word_between_two_bodies_of_its_kind_is_left_alone(extractor):
    found = label_by_name(
        extractor,
        "The European Commission and the Competition Commission disagreed over the deal. The "
        "Commission said it would appeal.",
    )
    assert found.get("European Commission") == "ORG"
    assert found.get("Competition Commission") == "ORG"
    assert found.get("Commission") == "ORG"
