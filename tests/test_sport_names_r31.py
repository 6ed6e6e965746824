"""Names in sport reports: a surname the model tags a place beside its first name, events by
their plural short name, a person cut at a bracket (round r31-sport).

Every sentence here is made up for the test; none is from the evaluation data.
"""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: (f.label, len(f.mentions)) for f in record.facts if f.type == "entity"}


def test_a_surname_tagged_a_place_is_the_person_named_with_a_first_name(extractor):
    # The model misses "Vera Zvonareva" and tags the lone "Zvonareva" of the next sentence GPE;
    # the string match over "Vera Zvonareva" is widened to its first name and votes.
    text = "Germany's Weber routed Vera Zvonareva 6-2 6-1 in Moscow. Zvonareva has now lost twice."
    found = _entities(extractor, text)
    assert found["Vera Zvonareva"] == ("PERSON", 2)
    assert "Zvonareva" not in found
    assert found["Moscow"] == ("GPE", 1)


def test_a_known_place_after_a_first_name_stays_a_place(extractor):
    text = "She moved to Sydney in May and trained in Florence."
    found = _entities(extractor, text)
    assert found["Sydney"][0] == "GPE"
    assert found["Florence"][0] == "GPE"


def test_a_lone_word_the_model_tags_a_firm_or_place_after_a_first_name_is_the_person():
    from factx.extract.entities import RawMention
    from factx.extract.entity_people import with_first_names

    def lone(text, word, label):
        start = text.index(word)
        return RawMention(word, start, start + len(word), label, 0, 1, False)

    text = "Boss Walter Hartside felt Rovers were safe, and Elena Morvaya won in Lievin."
    named = [("Hartside", "ORG"), ("Morvaya", "GPE"), ("Lievin", "GPE")]
    found = with_first_names(text, [lone(text, w, label) for w, label in named])
    assert [(m.text, m.label) for m in found] == [
        ("Walter Hartside", "PERSON"),
        ("Elena Morvaya", "PERSON"),
        ("Lievin", "GPE"),
    ]
    # A known place or a city of the world after a first name stays the model's.
    text = "Fans of Tom Sydney and Anna Leipzig came."
    named = [("Sydney", "GPE"), ("Leipzig", "GPE")]
    found = with_first_names(text, [lone(text, w, label) for w, label in named])
    assert [(m.text, m.label) for m in found] == [("Sydney", "GPE"), ("Leipzig", "GPE")]


def test_a_championship_by_its_plural_short_name_is_the_event(extractor):
    # NORP and ORG to the model; the full name earlier in the article says which event.
    text = (
        "She won the European Indoor Championships in Madrid. "
        '"I won\'t race again until the Europeans," she said.'
    )
    assert _entities(extractor, text)["Europeans"] == ("EVENT", 1)
    text = "He was fourth at the World Championships. He wants a medal at the Worlds in August."
    assert _entities(extractor, text)["Worlds"] == ("EVENT", 1)


def test_a_plural_people_word_without_the_event_or_its_the_stays_a_people():
    from builders import raw_mentions

    from factx.extract.entity_short_events import events_by_plural_short_name

    text = "The Europeans won the Ryder Cup in Detroit."
    mentions = raw_mentions(text, [("The Europeans", "NORP"), ("Ryder Cup", "EVENT")])
    events_by_plural_short_name(text, mentions)  # no championship named: a side
    assert [m.cue for m in mentions] == ["", ""]
    text = "Europeans are happy about the European Championships."
    mentions = raw_mentions(text, [("Europeans", "NORP"), ("European Championships", "EVENT")])
    events_by_plural_short_name(text, mentions)  # no "the": the people
    assert [m.cue for m in mentions] == ["", ""]
