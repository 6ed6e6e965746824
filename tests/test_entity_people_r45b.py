"""Round r45b-people: people cut, glued or labelled a place or a body (seeds 139-140's "Rules
these errors suggest"): a peer's title before a place's word is the person's name
(entities.peer_of_a_place), a first-named full name with a firm's cue is a person where the
article writes "Mrs <Surname>", a first name of two joined by a hyphen in the person shape
(entity_people.people_by_honorific), and a full name listed beside a first-named PERSON after a
people's calling (entity_people.people_in_calling_lists). The sentences are made up."""

from entity_reading import entities, labelled


def test_a_peer_named_for_a_place_stays_a_person(extractor):
    # Seed 140's politics/031: the model's `Baroness Scotland` PERSON cut to `Scotland` GPE.
    text = (
        "Crime figures\n\nAfter the report was published, Justice minister Baroness Ireland "
        'said: "Murder is the most serious of crimes."'
    )
    assert "Baroness Ireland" in labelled(extractor, text, "PERSON")
    assert "Ireland" not in labelled(extractor, text, "GPE")


def test_a_peer_known_by_a_surname_and_the_ground_are_left(extractor):
    text = (
        "Peers\n\nJustice minister Lord Falconer said the bill was flawed. England play "
        "Australia at Lord's in July, and Ireland will follow."
    )
    assert "Falconer" in labelled(extractor, text, "PERSON")
    assert "Ireland" in labelled(extractor, text, "GPE")


def test_a_full_name_after_a_firms_word_with_mrs_is_a_person(extractor):
    # Seed 139's tech/384: "founder of the CGA consultancy Jeanne-Marie Gescher" ORG, then
    # "Mrs Gescher concluded".
    text = (
        "Prices rise\n\nLeading analyst, and founder of the BQA consultancy Anne-Sophie "
        "Berthier, agreed that the time was ripe. Mrs Berthier concluded that prices would rise."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Anne-Sophie Berthier", ["Anne-Sophie Berthier", "Berthier"]) in found


def test_a_firm_named_for_no_one_with_mr_is_left(extractor):
    text = (
        "Shares\n\nShares in the tobacco firm Gallaher Group rose. Mr Gallaher, no relation, "
        "said he had sold his."
    )
    assert "Gallaher Group" in labelled(extractor, text, "ORG")


def test_names_listed_beside_a_person_after_stars_are_people(extractor):
    # Seed 139's entertainment/101: `Keanu Reeves` ORG beside `Benjamin Bratt` PERSON.
    text = (
        "Festival\n\nSeveral Hollywood stars feature in the festival's drama category, "
        "including Keanu Reeves and Benjamin Bratt."
    )
    assert "Keanu Reeves" in labelled(extractor, text, "PERSON")
    assert "Benjamin Bratt" in labelled(extractor, text, "PERSON")


def test_a_firm_of_someone_in_a_list_is_left(extractor):
    text = (
        "Awards\n\nThe judges, all former directors, named Tim Daly of Michael Foods and "
        "Kenneth Bowman as the winners."
    )
    assert "Michael Foods" in labelled(extractor, text, "ORG")
    assert "Kenneth Bowman" in labelled(extractor, text, "PERSON")
