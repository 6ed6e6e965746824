"""A film named after a person, beside the person: the lone name the words around call a work
stays apart from the full name it opens or ends (round r28-screen)."""

from dataclasses import replace

from builders import raw_mentions

from factx.extract.entities import cluster


def groups(text, named, cues):
    mentions = [replace(m, cue=cue) for m, cue in zip(raw_mentions(text, named), cues, strict=True)]
    found = cluster(mentions, text=text)
    return sorted(
        (c.label(set()), [m.text for m in c.mentions]) for c in found if c.label(set()) != "NORP"
    )


def test_a_film_named_after_its_hero_is_a_work_apart_from_him():
    text = (
        "Oscar-tipped biopic Walter has taken $40m. The film tells the life of jazz pianist "
        "Walter Crane. Walter opens in Britain on Friday."
    )
    named = [("Walter", "PERSON"), ("Walter Crane", "PERSON"), ("Walter", "PERSON")]
    assert groups(text, named, ["WORK_OF_ART", "", ""]) == [
        ("PERSON", ["Walter Crane"]),
        ("WORK_OF_ART", ["Walter", "Walter"]),
    ]


def test_a_lone_name_the_words_call_a_person_or_nothing_joins_the_full_name():
    text = "The film tells the life of Walter Crane. Walter said he loved jazz, said Walter."
    named = [("Walter Crane", "PERSON"), ("Walter", "PERSON"), ("Walter", "PERSON")]
    assert groups(text, named, ["", "PERSON", "WORK_OF_ART"]) == [
        ("PERSON", ["Walter Crane", "Walter", "Walter"])
    ]
    assert groups(text, named, ["", "", ""]) == [("PERSON", ["Walter Crane", "Walter", "Walter"])]


def test_a_lone_word_of_a_name_with_no_first_name_is_not_split_off():
    # "Grammy Awards" tagged PERSON once: its lone "Grammy" is the award's short name.
    text = "She won three Grammy Awards. It was her first Grammy and the film Grammy."
    named = [("Grammy Awards", "PERSON"), ("Grammy", "WORK_OF_ART"), ("Grammy", "PERSON")]
    found = groups(text, named, ["", "", "WORK_OF_ART"])
    assert len(found) == 1
