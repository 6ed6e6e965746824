"""Works the model tags PERSON or cuts, round r34-works: a sequel before "on" and a format, a
title after the words of a part played in it (whole across its "of"), a name read as a place
after "performance in", works listed after a maker's "work, which includes" or a trilogy's dash
(docs/entity-handcheck.md, "Round r34-works")."""

import pytest
from builders import raw_mentions

from factx.extract.entity_acted_titles import titles_across_of
from factx.extract.versions import with_versions


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def _grown(text, named):
    def no_add(*args):
        raise AssertionError("no untagged product expected")

    found = with_versions(text, raw_mentions(text, named), [], [], no_add)
    return [(m.text, m.label) for m in found]


def test_a_sequel_before_on_and_a_format_keeps_its_number():
    # "on" before a capitalised name that is no day or month: the format the sequel comes on.
    text = "Buyers get Night Raven 3 on UMD, and Halo 2 on Xbox Live is out."
    named = [("Night Raven", "PERSON"), ("Halo", "WORK_OF_ART")]
    assert _grown(text, named) == [("Night Raven 3", "WORK_OF_ART"), ("Halo 2", "WORK_OF_ART")]


def test_a_count_before_on_and_a_day_stays_apart():
    # A bowler's wickets on a day, a count on a month: no sequel.
    text = "Swann took Hollioake 3 on Saturday and Crane 2 on March 4."
    named = [("Hollioake", "PERSON"), ("Crane", "PERSON")]
    assert _grown(text, named) == named


def test_a_sequel_tagged_as_a_person_before_on_is_a_work(extractor):
    text = "The first 500,000 consoles sold will come with Ghost-Rider 2 on UMD, the disc format."
    assert _labels(extractor, text).get("Ghost-Rider 2") == "WORK_OF_ART"


def _across(text, named):
    return [(m.text, m.label) for m in titles_across_of(text, raw_mentions(text, named))]


def test_a_title_after_a_part_played_in_it_is_whole_across_its_of():
    text = "They searched Peru for a lead for Dora Full of Light, and his role in Kings of Lyon."
    named = [("Dora Full", "PERSON"), ("Light", "ORG"), ("Kings", "PERSON"), ("Lyon", "GPE")]
    assert _across(text, named) == [
        ("Dora Full of Light", "WORK_OF_ART"),
        ("Kings of Lyon", "WORK_OF_ART"),
    ]


def test_a_body_a_possessive_or_no_part_keeps_the_of_apart():
    # A body's head ("Bank"), a possessive after the title, no part's words before it.
    text = (
        "He had a key role in Bank of Ireland talks, a role in House of Lords's vote, "
        "and the funds of Friends of Earth."
    )
    named = [("Bank of Ireland", "ORG"), ("House", "ORG"), ("Lords", "ORG"), ("Friends", "ORG"),
             ("Earth", "LOC")]  # fmt: skip
    assert _across(text, named) == named


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A title after "a lead for" or "was cast in", whatever the model read.
        (
            "The director toured the US and Peru for a lead for Rosa Full of Sorrow. "
            "The film follows a young smuggler.",
            "Rosa Full of Sorrow",
            "WORK_OF_ART",
        ),
        # A name read as a place after "performance in", no list knows as one.
        (
            "The jury could not choose between him and Javier Bardem's Oscar winning "
            "performance in Sea Inside so gave them a tied award.",
            "Sea Inside",
            "WORK_OF_ART",
        ),
        # A known place after "performance in" stays, and a region after a lower-case "the".
        ("Lewis ran well, and her performance in Sheffield was a record.", "Sheffield", "GPE"),
        ("Profits rose on a strong performance in the Americas.", "Americas", "LOC"),
        # Works between a trilogy's dashes, the list's later names with the first.
        (
            "The trilogy - Dark Waters, The Silver Blade and The Glass Tower - tell the story "
            "of a boy.",
            "Dark Waters",
            "WORK_OF_ART",
        ),
        # A title after a maker's "work, which includes" keeps its possessive.
        (
            "Crowds will celebrate Grimm and his work, which includes The Miller's Daughter.",
            "Miller's Daughter",
            "WORK_OF_ART",
        ),
    ],
)
def test_works_by_the_part_played_in_them_and_their_maker(extractor, text, name, label):
    assert _labels(extractor, text).get(name) == label
