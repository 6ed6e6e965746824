"""Ages are quantity facts in years (or months, weeks, days) old."""

import pytest


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Apple said Papermaster, 49, had left.", [("49", 49, "years old", None, None)]),
        ("A man, 32, was arrested.", [("32", 32, "years old", None, None)]),
        ("Steve Jobs dies aged 56 at home.", [("56", 56, "years old", None, None)]),
        ("He retired at the age of 77.", [("77", 77, "years old", None, None)]),
        ("The 47-year-old director spoke.", [("47", 47, "years old", None, None)]),
        ("The two-year-old boy was found.", [("two", 2, "years old", None, None)]),
        ("Our son was five days old.", [("five", 5, "days old", None, None)]),
        ("Of those aged 30-39, 14% agreed.", [("30-39", 30, "years old", 30, 39)]),
        ("It sells to the 16 to 35-year-old market.", [("16 to 35", 16, "years old", 16, 35)]),
        # Not ages: a date, a count after a place, a share of people of an age group.
        ("It happened on March 5, 12 days later.", []),
        ("The rate in Leeds, 12, was low.", []),
        ("Stocks aged 10% in a year.", []),
    ],
)
def test_ages(extractor, text, ages):
    record = extractor.extract_text("News\n\n" + text)
    found = [
        (f.text, f.value, f.unit, f.value_low, f.value_high)
        for f in record.facts
        if f.type == "quantity" and f.unit and f.unit.endswith(" old")
    ]
    assert found == ages


def test_an_age_keeps_its_qualifier(extractor):
    record = extractor.extract_text("News\n\nThe system was more than 20 years old.")
    [age] = [f for f in record.facts if f.type == "quantity"]
    assert (age.value, age.unit, age.qualifier) == (20, "years old", "more than")
