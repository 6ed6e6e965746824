"""The lead's entity rules of round 37 (docs/entity-handcheck.md, "The lead's entity rules of
round 37"), from a read as a user of an unseen rugby article."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: (f.label, len(f.mentions)) for f in record.facts if f.type == "entity"}


TEXT = (
    "Charvis set to lose fitness bid\n\n"
    'Flanker Colin Charvis is out of Wales\' final games. "He will not figure," said Wales '
    "physio Mark Davies. Sonny Parker is struggling with a neck injury. Centre Parker has only "
    'a slim chance. Said Wales assistant coach Scott Johnson: "We are positive about Hal."'
)


def test_inverted_said_opens_no_name(extractor):
    # "Said X:" is speech put first: the verb is no part of the name after it.
    found = _entities(extractor, TEXT)
    assert "Said Wales" not in found
    assert found["Wales"][0] == "GPE"
    assert found["Scott Johnson"] == ("PERSON", 1)


def test_a_physio_is_no_part_of_a_name(extractor):
    found = _entities(extractor, TEXT)
    assert found.get("Mark Davies") == ("PERSON", 1)
    assert "Wales physio Mark Davies" not in found


def test_a_person_named_said_inside_a_sentence_keeps_the_name(extractor):
    found = _entities(extractor, "The critic Edward Said wrote the book. Said argued for it.")
    assert found.get("Edward Said", ("PERSON", 0))[0] == "PERSON"
