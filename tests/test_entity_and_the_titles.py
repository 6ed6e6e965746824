"""Titles the model cut at their "and the" ("Harry Potter and the Prisoner of Azkaban"), made
whole where the article shows a work there (factx/extract/entity_and_the_titles.py)."""

from builders import raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_and_the_titles import and_the_titles


def titled(text, named):
    return [(m.text, m.label) for m in and_the_titles(text, raw_mentions(text, named), name_key)]


def test_a_thing_of_a_name_after_a_person_ends_the_title():
    # The model reads the title's first part as a person and tags its rest apart.
    text = "Critics preferred Tom Thumb and the Lantern of Hollowmere to anything else this year."
    named = [("Tom Thumb", "PERSON"), ("the Lantern of Hollowmere", "ORG")]
    assert titled(text, named) == [
        ("Tom Thumb and the Lantern of Hollowmere", "WORK_OF_ART"),
    ]


def test_a_title_beside_a_work_in_a_list_is_whole():
    # No "of" in its part: the work beside it in the list shows what the list holds.
    text = "The shortlist is Silent Hours, Molly Brand and the Glass Tower and Red Field."
    named = [("Silent Hours", "WORK_OF_ART"), ("Molly Brand", "PERSON"), ("Red Field", "ORG")]
    assert titled(text, named) == [
        ("Silent Hours", "WORK_OF_ART"),
        ("Molly Brand and the Glass Tower", "WORK_OF_ART"),
        ("Red Field", "ORG"),
    ]


def test_a_first_part_the_article_names_as_a_work_heads_the_title():
    text = "Ella Finch and the Paper Moon sold well. Ella Finch was her first book."
    named = [("Ella Finch", "PERSON"), ("Ella Finch", "WORK_OF_ART")]
    assert titled(text, named)[0] == ("Ella Finch and the Paper Moon", "WORK_OF_ART")


def test_an_office_a_body_or_a_place_after_a_person_is_a_second_name():
    for text, part in (
        ("Gordon Lamb and the Duke of Westshire met on Monday.", "the Duke of Westshire"),
        ("Gordon Lamb and the Bank of Westshire agreed on Monday.", "the Bank of Westshire"),
        ("Gordon Lamb and the Republic of Ireland drew on Monday.", "the Republic of Ireland"),
    ):
        named = [("Gordon Lamb", "PERSON"), (part, "ORG")]
        assert titled(text, named) == named


def test_a_band_after_its_singer_stays_apart():
    text = "Jake Lyle and the Lanterns played in Leeds."
    named = [("Jake Lyle", "PERSON"), ("Lanterns", "ORG"), ("Leeds", "GPE")]
    assert titled(text, named) == named


def test_a_part_that_names_a_work_or_a_prize_of_its_own_stays_apart():
    # Two works the model tags apart: "the Ivor Awards and the Silver Disc Prize".
    text = "He won the Ivor Awards and the Silver Disc Prize, and the Ivor Awards were a surprise."
    named = [("the Ivor Awards", "ORG"), ("the Silver Disc Prize", "ORG")]
    named.append(("the Ivor Awards", "WORK_OF_ART"))
    assert titled(text, named) == named
    # A work of its own after a work: "Tom Thumb and the James Holt films".
    text = "Tom Thumb and the James Holt films sold best; the film Tom Thumb led."
    named = [("Tom Thumb", "WORK_OF_ART"), ("James Holt", "WORK_OF_ART"), ("Tom Thumb", "ORG")]
    assert titled(text, named) == named


def test_a_name_after_a_persons_title_is_a_character():
    # "Professor" before the first part: characters of a show, not the show's title.
    text = "The cast took in Professor Pelham and the Owls of the Great Clock Tower."
    named = [("Pelham", "PERSON"), ("the Owls of the Great Clock Tower", "ORG")]
    assert titled(text, named) == named


def test_a_body_with_its_letters_after_a_person_is_a_second_name():
    text = "He thanked Rosa Klein and the Keepers of Hill Farms (KHF) for their help."
    named = [("Rosa Klein", "PERSON"), ("the Keepers of Hill Farms", "ORG"), ("KHF", "ORG")]
    assert titled(text, named) == named
    text = "He thanked Rosa Klein and the Organisation of Hill Farmers for their help."
    named = [("Rosa Klein", "PERSON"), ("the Organisation of Hill Farmers", "ORG")]
    assert titled(text, named) == named
