"""Round r35-plays: plays named after monarchs (after a maker's possessive, staged or adapted,
at a theatre), the monarch played as a part, "Henry V" whole, and a report's title between its
publisher's possessive and "report"."""

import pytest


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The troupe toured Marlowe's Edward II and Shakespeare's Richard II in May.", "Edward II"),
        (
            "The troupe toured Marlowe's Edward II and Shakespeare's Richard II in May.",
            "Richard II",
        ),
        ("The old company staged Richard III for the first time in a decade.", "Richard III"),
        ("The cast of a new revival of Richard II met the press on Tuesday.", "Richard II"),
        ("Tickets for Richard II at the Old Vic sold out in an hour.", "Richard II"),
    ],
)
def test_a_play_named_after_a_monarch_is_a_work(extractor, text, name):
    # The model reads each as the king, PERSON.
    assert (name, "WORK_OF_ART") in _mentions(extractor, text)


def test_a_monarch_played_as_a_part_is_a_person(extractor):
    # The model reads the queen she played as a work; the play after its maker is the work.
    found = _mentions(
        extractor,
        'She was cast as a "steely" Queen Elizabeth I in a modern staging of Marlowe\'s Edward II.',
    )
    assert ("Queen Elizabeth I", "PERSON") in found
    assert ("Edward II", "WORK_OF_ART") in found


def test_a_kings_number_v_stays_in_his_name(extractor):
    # The model tags "Henry V"; the "V" was cut as a dangling "versus".
    found = _mentions(
        extractor, "He took the lead in a production of Henry V at the Globe this summer."
    )
    assert ("Henry V", "WORK_OF_ART") in found


def test_a_king_after_his_kingdom_stays_a_person(extractor):
    # A country owns its king: no maker's possessive.
    found = _mentions(extractor, "Britain's George VI was crowned in 1937 after his brother.")
    assert ("George VI", "PERSON") in found


def test_a_reports_title_after_its_publishers_possessive_is_a_work(extractor):
    # The model tags "Hungry" ORG, the title cut to its last word.
    found = _mentions(
        extractor, "Unicef's Feeding the Hungry report says rich nations must do more."
    )
    assert ("Feeding the Hungry", "WORK_OF_ART") in found
    assert ("Hungry", "ORG") not in found


def test_a_places_survey_is_no_title(extractor):
    # A place's word in the run: the place's survey, no title.
    found = _mentions(extractor, "The bank's UK Economic survey showed growth slowing.")
    assert not any(label == "WORK_OF_ART" for _, label in found)
