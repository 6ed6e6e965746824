"""The lead's round-50 fixes after the held-out Lee sheets were graded: kind words of military
units and a cricket ground's "Oval" end names that are never a person's."""

from entity_reading import entities


def test_a_units_kind_word_keeps_its_name_from_a_first_names_vote(extractor):
    # "Marine" is on the census's first names ("Marine Le Pen"): "a retired Marine Corps general"
    # gave `Marine Corps` PERSON over the model's ORG (held-out Lee sheet K).
    found = entities(extractor, "Jack Dunlow, a retired Marine Corps general, said it failed.")
    assert ("ORG", "Marine Corps", ["Marine Corps"]) in found
    found = entities(extractor, "Marine Le Pen said the vote was close.")
    assert ("PERSON", "Marine Le Pen", ["Marine Le Pen"]) in found


def test_a_grounds_oval_keeps_its_name_from_a_first_names_vote(extractor):
    # "Adelaide" is a first name too: the model's FAC `Adelaide Oval` became PERSON (Lee sheet M).
    for text in (
        "The second Test starts at Adelaide Oval on Friday.",
        "Crowds packed Adelaide Oval for the match.",
    ):
        found = entities(extractor, text)
        assert [(label, name) for label, name, _ in found] == [("FAC", "Adelaide Oval")], text


def test_a_person_credited_with_the_models_the_stays_a_person(extractor):
    # A held-out Lee film story's "the Ron Howard directed 'A Beautiful Mind'": the model's "the
    # Ron Howard" PERSON, with its "the", became a PRODUCT (a name with its own "the" is a thing).
    for text, name in (
        ("Critics praised the Steven Spielberg directed war film.", "Steven Spielberg"),
        ("She joined the Tony Blair led government in 1997.", "Tony Blair"),
    ):
        found = entities(extractor, text)
        assert [(label, n) for label, n, _ in found] == [("PERSON", name)], text


def test_a_thing_with_its_own_the_and_no_credit_is_left_as_it_was(extractor):
    found = entities(extractor, "The Titanic sank in 1912 and the Lusitania in 1915.")
    assert ("PERSON", "Titanic") not in [(label, n) for label, n, _ in found]


def test_a_condition_of_a_firm_is_no_state(extractor):
    # A held-out Lee article's "the true state of HIH's financial position" made the insurer GPE
    # at all its mentions: "state of" before a possessive is a condition, not a state.
    text = "Qorvex collapsed. Auditors hid the true state of Qorvex's finances. Qorvex owed more."
    assert "GPE" not in [label for label, name, _ in entities(extractor, text) if name == "Qorvex"]
    found = entities(extractor, "He was born in the state of Victoria in 1950.")
    assert ("GPE", "Victoria", ["Victoria"]) in found
