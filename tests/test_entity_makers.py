"""The lead's rules of round 31 on a work and its maker: a full name after "directed by",
"written by" and the like is a person, and a title in commas after its kind keeps that cue
when the model leaves the title's article out ("The film, A Quiet Harbour, ...")."""

import pytest
from builders import cue_at

MAKER = ("person a work was made by", "PERSON")
TITLE = ("work after its kind and a comma", "WORK_OF_ART")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The film, directed by Tamsin Orrell, opens on Friday.", "Tamsin Orrell", "ORG"),
        ("The play was written by Quillon Bright-Adair in 1990.", "Quillon Bright-Adair", "GPE"),
    ],
)  # fmt: skip
def test_a_full_name_after_directed_or_written_by_is_a_person(text, name, label):
    assert cue_at(text, name, label) == MAKER


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A firm or a house makes works too: its own words say so.
        ("The series, written by Harbour Films, was a hit.", "Harbour Films"),
        # Producers and publishers are as often firms: no cue there.
        ("The film, produced by Tamsin Orrell, opens on Friday.", "Tamsin Orrell"),
        # One word: a firm or a band as often ("directed by Pixar").
        ("The short was directed by Zorvex last year.", "Zorvex"),
    ],
)
def test_a_firm_or_a_lone_word_after_by_is_no_maker_by_this_cue(text, name):
    found = cue_at(text, name, "ORG")
    assert found is None or found[0] != MAKER[0]


def test_a_title_in_commas_after_its_kind_without_its_article():
    # The model tags "Quiet Harbour" PERSON and leaves its "A" out of the span.
    text = "The film, A Quiet Harbour, chronicles his life."
    assert cue_at(text, "Quiet Harbour", "PERSON") == TITLE


PROGRAMME = ("programme before its kind", "WORK_OF_ART")


def test_a_name_between_the_and_programme_is_the_programme():
    # The model reads a one-word title as a person's name: "Ticket" PERSON.
    assert cue_at("He presented The Lantern programme on Radio 2.", "Lantern", "PERSON") == (
        PROGRAMME
    )


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A broadcaster makes programmes: the model's ORG is no cue's.
        ("She told the BBC programme she would stay.", "BBC", "ORG"),
        # A person's full name: the host, or a show named after him.
        ("The Tom Brody programme was cut.", "Tom Brody", "PERSON"),
        # No "the" before it: whose programme it is.
        ("Brody's programme was cut.", "Brody", "PERSON"),
    ],
)  # fmt: skip
def test_a_maker_or_a_host_before_programme_is_no_programme(text, name, label):
    found = cue_at(text, name, label)
    assert found is None or found[0] != PROGRAMME[0]
