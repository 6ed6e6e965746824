"""Named days (issue 19): "Black Monday" is the day the article dates it, else it has no value;
days the calendar fixes ("Black Friday", "Ash Wednesday") are holidays."""

from datetime import date

import pytest

from factx.extract.named_days import is_named_day, named_day_value
from factx.normalize.timex import timex

ANCHOR = date(2024, 5, 1)  # a Wednesday


def _dates(extractor, text, reference=ANCHOR):
    record = extractor.extract_text(text, reference_date=reference)
    return [(f.text, f.value) for f in record.facts if f.type == "date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The date beside the name, after it or before it, is the named day.
        (
            "Stocks crashed on Black Monday, October 19, 1987.",
            [("Black Monday", "1987-10-19"), ("October 19, 1987", "1987-10-19")],
        ),
        (
            "On Oct. 19, 1987, known as Black Monday, the Dow fell 22%.",
            [("Oct. 19, 1987", "1987-10-19"), ("Black Monday", "1987-10-19")],
        ),
        # Another mention in the article is the same day, wherever the date was written.
        (
            "Traders still fear another Black Monday.\n\nBlack Monday (Oct. 19, 1987) was worse.",
            [
                ("Black Monday", "1987-10-19"),
                ("Black Monday", "1987-10-19"),
                ("Oct. 19, 1987", "1987-10-19"),
            ],
        ),
        # Undated, the name has no value, and its weekday is no Tuesday near the article.
        ("Candidates campaigned hard ahead of Super Tuesday.", []),
        # A date that is not on the name's weekday does not date it.
        (
            "Black Monday, Oct. 20, 1987, is a story told wrong.",
            [("Oct. 20, 1987", "1987-10-20")],
        ),
        # Days the calendar fixes resolve like holidays.
        ("Lent began on Ash Wednesday.", [("Ash Wednesday", "2024-02-14")]),
        (
            "Shoppers spent record sums on Cyber Monday last year.",
            [("Cyber Monday", "2023-11-27"), ("last year", "2023")],
        ),
    ],
)
def test_named_days_in_context(extractor, text, expected):
    assert _dates(extractor, text) == expected


def test_named_day_value_needs_a_date_beside_the_name():
    text = "Super Tuesday, March 5, 2024, decided the race. Super Tuesday mattered."
    found = named_day_value("Super Tuesday", text, None)
    assert found is not None and found.value == "2024-03-05"
    assert named_day_value("Super Tuesday", "Super Tuesday mattered, in 2024.", ANCHOR) is None
    # A date without its year takes the article's; without an article date it cannot be checked.
    found = named_day_value("Super Tuesday", "It was Super Tuesday, March 5.", ANCHOR)
    assert found is not None and found.value == "2024-03-05"
    assert named_day_value("Super Tuesday", "It was Super Tuesday, March 5.", None) is None


def test_named_days_are_capitalized_names():
    assert is_named_day("Black Monday")
    assert is_named_day("Super  Tuesday")
    assert not is_named_day("black Monday")
    assert not is_named_day("Monday")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Black Friday 2023", "2023-11-24"),
        ("Cyber Monday 2023", "2023-11-27"),
        ("Shrove Tuesday 2024", "2024-02-13"),
        ("Maundy Thursday 2024", "2024-03-28"),
    ],
)
def test_calendar_days_are_holidays(text, value):
    found = timex(text)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weekday in a newspaper's title, before or after it, is no day.
        ("News\n\nThe book, by Sunday Telegraph journalist Robert Peston, is out.", []),
        ("News\n\nThe Daily and Sunday Telegraph papers are to cut 90 jobs.", []),
        ("News\n\nThe Mail on Sunday's survey found that 63% supported a ban.", []),
        ("News\n\nA second poll for the Independent on Sunday found the same.", []),
        # The same weekday outside a title is the day.
        ("News\n\nMr Blair spoke on Sunday.", [("Sunday", "2024-04-28")]),
        ("News\n\nOn Thursday Mr Blair spoke.", [("Thursday", "2024-04-25")]),
    ],
)
def test_a_weekday_in_a_papers_title_is_no_day(extractor, text, expected):
    assert _dates(extractor, text) == expected
