"""The date span grammar on a blank pipeline: no model, so only the rules are tested."""

import pytest
import spacy

from factx.extract.dates import find_dates


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def spans(nlp, text):
    return [s.text for s in find_dates(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Net rose in the year-ago third quarter.", ["the year-ago third quarter"]),
        ("Sales for this year's third quarter fell.", ["this year's third quarter"]),
        ("It earned more in the latest quarter.", ["the latest quarter"]),
        ("The company said earlier this year that it would sell.", ["earlier this year"]),
        ("He spoke Friday night at the rally.", ["Friday night"]),
        ("The offer expires at 5 p.m. EST, Nov. 9, the company said.", ["5 p.m. EST, Nov. 9"]),
        ("It happened in nineteen ninety-six in Atlanta.", ["nineteen ninety-six"]),
        ("They met, and three days later they signed.", ["three days"]),
        ("compared with year-earlier profit", ["year-earlier"]),
        ("Profit fell from a year earlier.", ["a year earlier"]),
    ],
)
def test_spans(nlp, text, expected):
    assert spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 52-year-old doctor was shot.",  # an age
        "Mr. Smith, 52 years old, will succeed him.",
        "The index settled at 1678.5 points.",  # a number, not a date
    ],
)
def test_not_dates(nlp, text):
    assert spans(nlp, text) == []


def test_offsets_match_the_text(nlp):
    text = "Between 1982 and 1992 the number declined; on Sept. 30 it rose."
    doc = nlp(text)
    found = find_dates(doc)
    assert [s.text for s in found] == ["1982", "1992", "Sept. 30"]
    assert all(text[s.start_char : s.end_char] == s.text for s in found)
