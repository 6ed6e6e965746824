"""Round r44-civic: titles, departments and sport bodies in public life (seeds 130-131's "Rules
these errors suggest"): a portfolio of the arts and sport before a lower-case "minister" no body
(portfolio_titles of factx/data/entities.json), a department named for a list of fields whole
through its "and" with its short form (factx.extract.entity_served.listed_fields_whole) and a
body named by a place and a field an organisation (factx.extract.entity_civic.place_field_bodies).
The sentences are made up."""

from entity_reading import entities, labelled, names


def test_a_portfolio_before_a_lower_case_minister_is_no_body(extractor):
    # Seed 131's entertainment/194: `Sports` ORG, `Heritage` ORG; seed 130's `Arts` ORG.
    text = (
        'Ministers back grassroots plan\n\n"This is a great day for grassroots football," said '
        'Sports minister Richard Caborn of the findings. "I welcome this report," said Heritage '
        "minister Andrew McIntosh."
    )
    found = names(entities(extractor, text))
    assert "Sports" not in found
    assert "Heritage" not in found
    assert {"Richard Caborn", "Andrew McIntosh"} <= set(labelled(extractor, text, "PERSON"))


def test_a_body_after_a_portfolio_word_stays(extractor):
    text = (
        "Funding row\n\nArts minister Estelle Morris said the Arts Council would help the theatres."
    )
    found = entities(extractor, text)
    assert ("ORG", "Arts Council", ["the Arts Council"]) in found
    assert "Estelle Morris" in names(found)


def test_a_department_named_for_a_list_of_fields_is_whole(extractor):
    # Seed 130: "the Department for Culture, Media and Sport" cut at its comma.
    text = (
        "Funding rise\n\nThe Department for Culture, Media and Sport (DCMS) said funding would "
        "rise. A DCMS spokesman said the clubs would share it."
    )
    found = entities(extractor, text)
    whole = "Department for Culture, Media and Sport"
    assert [e for e in found if e[0] == "ORG" and e[1] == whole and "DCMS" in e[2]]
    assert "Department for Culture, Media" not in names(found)


def test_a_department_before_other_bodies_is_left(extractor):
    text = (
        "Rail talks\n\nThe Department for Transport, Network Rail and Virgin Trains agreed the "
        "timetable on Monday."
    )
    found = names(entities(extractor, text))
    assert not [n for n in found if "Department for Transport," in n]


def test_a_body_named_by_a_place_and_a_field_is_no_person(extractor):
    # Seed 130: `UK Sport` PERSON and `Sport England` LOC.
    text = (
        "Funding boost for elite athletes\n\nThe body, Sport Scotland, said it was pleased. UK "
        "Sport said the money would go to elite athletes, and Welsh Sport backed it."
    )
    orgs = labelled(extractor, text, "ORG")
    assert {"Sport Scotland", "Welsh Sport"} <= set(orgs)
    assert not labelled(extractor, text, "PERSON")


def test_a_person_and_a_place_are_left(extractor):
    text = (
        "Cup win\n\nEngland beat Scotland at Murrayfield, and coach Andy Robinson said the sport "
        "was healthy."
    )
    assert "Andy Robinson" in labelled(extractor, text, "PERSON")
    assert "England" not in labelled(extractor, text, "ORG")


def test_a_sports_body_by_its_capitals_is_found(extractor):
    # Seed 130's sport/079: `IAAF` left out three times.
    text = (
        'Greek sprinters cleared\n\nThe agency will appeal if the IAAF does not. "I am '
        'convinced the IAAF will appeal," he said.'
    )
    assert labelled(extractor, text, "ORG") == ["IAAF", "IAAF"]


def test_downing_street_after_former_is_found(extractor):
    # Seed 130's politics/013: "Former Downing Street communications chief Alastair Campbell".
    text = (
        "Spin row\n\nFormer Downing Street communications chief Alastair Campbell says the plan "
        "is flawed."
    )
    found = entities(extractor, text)
    assert "Downing Street" in names(found)
    assert "Alastair Campbell" in labelled(extractor, text, "PERSON")


def test_a_cup_named_by_a_body_is_left(extractor):
    text = "Cup draw\n\nCeltic were drawn against Porto in the Uefa Cup last 32 on Friday."
    assert "Uefa" not in names(entities(extractor, text))
