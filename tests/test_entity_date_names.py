"""People whose surname is a month's or a day's name (factx.extract.entity_date_names)."""

from datetime import date

import pytest


def facts(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 1, 10))
    people = [(f.name, [m.text for m in f.mentions]) for f in record.facts
              if f.type == "entity" and f.label == "PERSON"]  # fmt: skip
    return people, [f.text for f in record.facts if f.type == "date"]


@pytest.mark.parametrize(
    ("text", "people", "dates"),
    [
        # A first name before the month: the model tags nothing; the grammar took "May".
        (
            "Plans\n\nTheresa May, shadow secretary for the family, spoke in May.",
            [("Theresa May", ["Theresa May"])],
            ["May"],
        ),
        # The model's "Frank" PERSON + "Sunday" DATE; then a title before the bare surname.
        (
            "Builder\n\nFrank Sunday said he saw nothing. Mr Sunday left on Sunday.",
            [("Frank Sunday", ["Frank Sunday", "Sunday"])],
            ["Sunday"],
        ),
        # A possessive after the surname.
        (
            "Sevens\n\nMike Friday's England side won on Friday.",
            [("Mike Friday", ["Mike Friday"])],
            ["Friday"],
        ),
        # "In" opens a sentence: the list of first names holds it, but here it is no name.
        ("Plans\n\nIn May, Tuesday said nothing.", [], ["May", "Tuesday"]),
    ],
)
def test_a_surname_that_names_a_month_or_a_day(extractor, text, people, dates):
    assert facts(extractor, text) == (people, dates)
