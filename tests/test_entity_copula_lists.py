"""Works that a copula lists after their kind ("Among the overlooked films were X, Y and Z"):
the model reads each title by its look, often as a person's or a firm's name."""

import pytest
from builders import cue_at

CUE = ("works a copula lists after their kind", "WORK_OF_ART")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Among the films left out were Dirty Dancing and Moby Dick.", "Dirty Dancing", "PERSON"),
        ("His best films were Fatal Attraction and The Birds.", "Fatal Attraction", "ORG"),
        ("Her two albums were Harbour Lights and Blue Moon Rising.", "Harbour Lights", "PERSON"),
    ],
)  # fmt: skip
def test_a_title_after_a_plural_kind_and_a_copula_is_a_work(text, name, label):
    assert cue_at(text, name, label) == CUE


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A name before a lower-case noun qualifies it: the films are the studio's.
        ("The studio's films are Disney productions.", "Disney", "ORG"),
        # A capitalised word between kind and copula: no plain list of titles.
        ("The films made by Warner were hits.", "Warner", "ORG"),
    ],
)  # fmt: skip
def test_a_name_that_qualifies_the_kind_is_no_work(text, name, label):
    found = cue_at(text, name, label)
    assert found is None or found[0] != CUE[0]


def test_each_title_of_the_list_is_a_work(extractor):
    record = extractor.extract_text(
        "Among the films passed over were Gulliver's Travels, Dirty Dancing and Moby Dick."
    )
    labels = {f.name: f.label for f in record.facts if f.type == "entity"}
    assert labels == {
        "Gulliver's Travels": "WORK_OF_ART",
        "Dirty Dancing": "WORK_OF_ART",
        "Moby Dick": "WORK_OF_ART",
    }
