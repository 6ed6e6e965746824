"""Round r34-audit2: works the model reads as people, found by an audit of the PERSON entities
with no person evidence in the even-numbered entertainment, tech and business BBC articles: a
record after its kind and a comma ("the 1975 Bob Dylan cover, X"), and a work right after an
owner's "debut", a "compilation" or "the bestselling"."""

import pytest


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The band's set ended with the 1975 Bob Dylan cover, Silver Morning, which they "
            "played twice.",
            "Silver Morning",
        ),
        (
            "The band closed the night with a cover, Silver Morning, and a new song.",
            "Silver Morning",
        ),
        ("The band played their biggest hit, Silver Morning, to close the show.", "Silver Morning"),
    ],
)
def test_a_record_after_its_kind_and_a_comma_is_a_work(extractor, text, name):
    # The model reads each as a person; the kind's words open with a year, an act or nothing.
    assert (name, "WORK_OF_ART") in _mentions(extractor, text)


def test_a_person_after_a_record_and_a_comma_stays_a_person(extractor):
    # A common first name keeps the person; so does a verb of saying after the name.
    found = _mentions(extractor, "The song was their biggest hit, Tom Carver said on Monday.")
    assert ("Tom Carver", "PERSON") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Their debut Cadillac Dreams went gold in America within a year.", "Cadillac Dreams"),
        ("The songs are out on the live compilation Paper Rooms next week.", "Paper Rooms"),
        ("In 1998 she wrote the bestselling Quiet Rivers, now a set text.", "Quiet Rivers"),
    ],
)
def test_a_work_right_after_a_debut_a_compilation_or_bestselling(extractor, text, name):
    # The model reads each as a person.
    assert (name, "WORK_OF_ART") in _mentions(extractor, text)


def test_a_person_after_a_debut_stays_a_person(extractor):
    # "the bestselling" and "debut" before a full name with a common first name: the person.
    found = _mentions(extractor, "The award went to the bestselling Jane Marlow last year.")
    assert ("Jane Marlow", "PERSON") in found
