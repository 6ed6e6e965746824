"""Labels of a table's rows and headings are no names (factx.extract.entity_non_names)."""

import pytest

from factx.extract.entity_non_names import table_label


@pytest.mark.parametrize(
    ("line", "word", "expected"),
    [
        # A scorecard's row of extras, a schedule's heading, a result's half-time score.
        ("Extras ( b-1 lb-6 ) 7", "Extras", True),
        ("TUESDAY , MAY 6 SCHEDULE", "SCHEDULE", True),
        ("Halftime 2-2 .", "Halftime 2-2", True),
        # A numbered part of an act is a law's name, not a heading.
        ("Schedule 7 powers were used .", "Schedule 7", False),
        # Prose is no table: a long paragraph keeps whatever the model found.
        (
            "Note Printing Australia , the firm that prints the notes , said on Monday it would "
            "hire more staff .",
            "Note",
            False,
        ),
    ],
)
def test_table_label(line, word, expected):
    start = line.index(word)
    assert table_label(line, start, start + len(word)) is expected


def test_a_scorecard_s_extras_are_no_person(extractor):
    record = extractor.extract_text(
        "CRICKET - SCOREBOARD .\n\nA. Smith c Jones b Brown 23\n\nExtras ( lb-4 nb-1 ) 5"
    )
    assert "Extras" not in {f.name for f in record.facts if f.type == "entity"}
