"""Round r47-nonpersons: names the model tags PERSON whose own words no person's name holds.

A title holds a pronoun, a negation or a time's adverb ("Lost Without You"), a body or a firm
ends in a word no surname is ("Gamblers Anonymous", "Corvedale Maintenance") and a blog ends in
"Blog": none is a person, whatever the model reads from their capitals. Sentences of my own.
"""

from entity_reading import label_by_name


def test_a_title_holding_a_pronoun_is_a_work(extractor):
    found = label_by_name(
        extractor, "The charity record, Carry Our Hopes Home, slipped three places to number seven."
    )
    assert found.get("Carry Our Hopes Home") == "WORK_OF_ART"
    found = label_by_name(extractor, "Fans backed Lost Without You, which rose to number three.")
    assert found.get("Lost Without You") == "WORK_OF_ART"


def test_a_person_or_a_regnal_number_keeps_the_person(extractor):
    # "Love" and "I" are no title's words here: a surname, a regnal number, a middle initial.
    assert (
        label_by_name(extractor, "Courtney Love told the court she would attend.").get(
            "Courtney Love"
        )
        == "PERSON"
    )
    found = label_by_name(extractor, "Elizabeth I was queen for 45 years.")
    assert found.get("Elizabeth I") == "PERSON"


def test_a_body_by_a_last_word_no_surname_is_is_an_organisation(extractor):
    found = label_by_name(extractor, "She was ordered to attend Gamblers Anonymous and pay a fine.")
    assert found.get("Gamblers Anonymous") == "ORG"
    found = label_by_name(
        extractor, "The repairs were done by Corvedale Maintenance under a new contract."
    )
    assert found.get("Corvedale Maintenance") == "ORG"


def test_a_first_named_person_or_a_programme_on_air_is_left_alone(extractor):
    found = label_by_name(extractor, "Kenny Digital said he was pleased with the result.")
    assert found.get("Kenny Digital") == "PERSON"
    found = label_by_name(
        extractor,
        "I appear on Go Digital every week, and the programme Go Digital is streamed online.",
    )
    assert found.get("Go Digital") == "WORK_OF_ART"


def test_a_blog_by_its_last_word_is_a_work(extractor):
    found = label_by_name(
        extractor, "Voters also backed Island Relief Blog, which posts news hourly."
    )
    assert found.get("Island Relief Blog") == "WORK_OF_ART"
    found = label_by_name(extractor, "Among the nominees is Grandma Knits Blog, written in Leeds.")
    assert found.get("Grandma Knits Blog") == "WORK_OF_ART"
