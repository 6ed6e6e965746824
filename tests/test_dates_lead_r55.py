"""The lead's round-55 date fix from a user read (politics/202's "to do their job effectively at
night" gave the duration P1D): a bare "night" is any night, no date and no duration."""

from datetime import date

import pytest

from factx.records import DateFact

SATURDAY = date(2005, 1, 15)


def date_facts(extractor, text):
    record = extractor.extract_text(text, reference_date=SATURDAY)
    return [(f.text, f.value) for f in record.facts if isinstance(f, DateFact)]


@pytest.mark.parametrize(
    "text",
    [
        "Officers would have to work effectively at night.",
        "The shops close at night and open in the morning.",
        "They travelled by night to avoid the patrols.",
    ],
)
def test_a_bare_night_is_no_duration(extractor, text):
    assert date_facts(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spent a night in the cells.", [("a night", "P1D")]),
        ("He spent two nights in hospital.", [("two nights", "P2D")]),
        ("The vote was held last night.", [("last night", "2005-01-14TNI")]),
    ],
)
def test_a_counted_or_dated_night_keeps_its_value(extractor, text, expected):
    assert date_facts(extractor, text) == expected
