"""A person's surname alone after the full name (factx.extract.entity_surnames)."""

from datetime import date

import pytest


def people(extractor, text):
    record = extractor.extract_text(text, reference_date=date(1996, 8, 30))
    return [(f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity" and f.label == "PERSON"]  # fmt: skip


def test_a_surname_alone_after_the_full_name_is_the_person(extractor):
    # The model, reading the second paragraph alone, tags nothing in it.
    text = (
        "Checkpoints go up\n\n"
        "Lieutenant-Colonel Max Marriner said the troops had arrived in the town.\n\n"
        "Marriner said that the troops had set up a checkpoint on the road."
    )
    assert people(extractor, text) == [("Max Marriner", ["Max Marriner", "Marriner"])]


def test_a_pitchers_surname_before_his_record_is_the_pitcher(extractor):
    text = (
        "Pirates routed\n\n"
        "Donne Wall fired a seven-hitter as the Houston Astros routed the Pirates.\n\n"
        "Wall ( 9-4 ) struck out four and walked none."
    )
    assert ("Donne Wall", ["Donne Wall", "Wall"]) in people(extractor, text)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # Before the full name, the article has not said whose the surname is.
        ("Market news\n\nWall was the word on every lip. Later Donne Wall spoke to us.", "Wall"),
        # Part of another name: a capitalised word beside it.
        ("Market news\n\nDonne Wall said so. Traders on Wall Street sold shares.", "Wall"),
        # At a sentence's head, a word read as no noun: "Young" of "Will Young".
        ("Chart news\n\nWill Young topped the chart. Young people bought his single.", "Young"),
    ],
)
def test_a_surname_that_is_another_word_or_name_is_left(extractor, text, surname):
    assert all(surname not in mentions for _, mentions in people(extractor, text))


def labels(extractor, text):
    record = extractor.extract_text(text, reference_date=date(1996, 8, 30))
    return {(f.name, f.label): [m.text for m in f.mentions] for f in record.facts
            if f.type == "entity"}  # fmt: skip


def test_a_countrys_name_alone_is_the_surname_where_the_person_speaks(extractor):
    text = (
        "Film row\n\n"
        "Director Dan Jordan defended his new film on Saturday.\n\n"
        '"It is a true story," Jordan said.\n\n'
        "Jordan, whose last film was a hit, shot it in Dublin.\n\n"
        # A possessive: "in" is the film's, no place's.
        "Ann Lee plays the lead in Jordan's film."
    )
    found = labels(extractor, text)
    assert ("Jordan", "GPE") not in found
    assert found[("Dan Jordan", "PERSON")].count("Jordan") == 3


def test_a_countrys_name_is_the_surname_of_a_full_name_with_a_middle_initial(extractor):
    # US papers give a middle initial ("Lisa O. Monaco") and then the surname alone.
    text = (
        "Hacking row\n\n"
        "The adviser, Dana R. Jordan, spoke to reporters on Friday.\n\n"
        '"We will respond," Jordan said at a conference last month.'
    )
    found = labels(extractor, text)
    assert ("Jordan", "GPE") not in found
    assert found[("Dana Jordan", "PERSON")] == ["Dana R. Jordan", "Jordan"]


def test_a_countrys_name_that_reads_as_a_place_anywhere_stays_the_country(extractor):
    text = (
        "Film row\n\n"
        "Director Dan Jordan defended his new film on Saturday.\n\n"
        '"It is a true story," Jordan said.\n\n'
        "The film was shot in Jordan last year."
    )
    found = labels(extractor, text)
    assert found[("Dan Jordan", "PERSON")] == ["Dan Jordan"]
    assert ("Jordan", "GPE") in found


def test_an_editors_bracket_in_a_quote_is_no_part_of_the_name(extractor):
    text = (
        "Hacking row\n\n"
        '"Moscow did this because [Russian President Vladimir] Putin wants it," said Ann Lee.\n\n'
        "Putin denied it on Monday."
    )
    found = labels(extractor, text)
    assert ("Vladimir Putin", "PERSON") in found
    assert not any("]" in name for name, _ in found)
    record = extractor.extract_text(text)
    assert not any("]" in alias for f in record.facts if f.type == "entity" for alias in f.aliases)
    # The same id as in an article that writes the name plainly.
    plain = extractor.extract_text("Talks\n\nVladimir Putin met Ann Lee on Monday.")
    ids = {f.entity_id for r in (record, plain) for f in r.facts if f.type == "entity"
           and f.name == "Vladimir Putin"}  # fmt: skip
    assert len(ids) == 1
