"""Round r31-politics: stances and a member's letters in political news. A stance's word on
Europe ("Europhile", "Eurosceptic") is a political group's word (NORP), no firm or product,
and no word of a name it is glued before; a lower-case prefix's word ("anti-Semitism",
"un-British") is no name; a seat's or an honour's letters after a person's name ("MP",
"OBE") are no word of the name.

Every sentence here is made up for the test; none is from the evaluation data.
"""

import pytest


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def test_a_stance_glued_before_a_name_is_cut_off(extractor):
    labels = _labels(
        extractor,
        "Is it not ironic that Europhile Smith-Jones has used a French name for his new"
        " party? Mr Alan Smith-Jones said it was not.",
    )
    assert "Europhile Smith-Jones" not in labels
    assert labels.get("Alan Smith-Jones") == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("This is just what the Europhiles pray for, said Mr Smith.", "Europhiles"),
        ("He became the leader of a Eurosceptic party last year, said Mr Jones.", "Eurosceptic"),
    ],
)
def test_a_stance_alone_is_a_group_of_people(extractor, text, name):
    assert _labels(extractor, text).get(name) == "NORP"


def test_a_prefixed_stance_is_no_name(extractor):
    labels = _labels(
        extractor,
        "The minister was accused of anti-Semitism over the leaflet, and of an un-British"
        " attitude.",
    )
    assert "anti-Semitism" not in labels
    assert "un-British" not in labels


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Margaret Hollis MP, Labour's spokeswoman for housing, said the tax was unfair.",
            "Margaret Hollis",
        ),
        ("Donors included Stephen Farrow OBE, who gave £200,000.", "Stephen Farrow"),
    ],
)
def test_a_members_letters_are_no_word_of_the_name(extractor, text, person):
    labels = _labels(extractor, text)
    assert labels.get(person) == "PERSON"
    assert not any(name.endswith((" MP", " OBE")) for name in labels)


def test_a_seat_after_a_party_is_the_party(extractor):
    labels = _labels(
        extractor, "Committee chairman Labour MP Jean Corston said the deaths were avoidable."
    )
    assert labels.get("Labour") == "ORG"
    assert "Labour MP" not in labels
