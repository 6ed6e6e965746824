"""A record's title after its kind word and its owner is a work, whole (entity_songs)."""


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


def test_a_title_after_its_kind_is_a_work_whole(extractor):
    found = _mentions(
        extractor,
        "Folk singer dies at 70\n\nThe folk singer Sean Malley, who wrote his song Irish Son in a"
        " Galway pub, has died. His first solo single Real To Me reached the top ten in 1971,"
        " and their 1988 hit Honey in a Jar went gold.",
    )
    assert ("Irish Son", "WORK_OF_ART") in found
    assert ("Real To Me", "WORK_OF_ART") in found
    assert ("Honey in a Jar", "WORK_OF_ART") in found
    assert ("Galway", "GPE") in found  # a known place after a small word ends the title
    assert ("Sean Malley", "PERSON") in found


def test_no_title_of_a_noun_s_qualifier_nor_after_a_verb(extractor):
    found = _mentions(
        extractor,
        "Storm news\n\nThe storm hit Boston on Friday. Critics loved the hit US show, and the"
        " hit Broadway musical ran for years.",
    )
    assert not any(label == "WORK_OF_ART" for _, label in found)
