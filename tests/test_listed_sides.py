"""Two names glued by "and" that a list's shape cuts apart (factx/extract/listed_sides.py)."""

import pytest

from factx.extract.entities import RawMention, split_glued
from factx.extract.listed_sides import listed_sides


def glued(text, name, label="ORG", ends=()):
    start = text.index(name)
    found = listed_sides(text, start, start + len(name), label, set(ends))
    return None if found is None else [text[s:e] for s, e in found]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "both" before the span.
        (
            "Sales rose at both The Herald and The Courier last year.",
            "The Herald and The Courier",
            ["Herald", "The Courier"],
        ),
        # Each side with its own "The".
        (
            "The trio played as The Lanterns and The Hollow Men before they signed.",
            "The Lanterns and The Hollow Men",
            ["Lanterns", "The Hollow Men"],
        ),
        # A plural kind of names before the span, with "such as" or a count and a comma.
        (
            "Firms such as Orbis Lighting and Kestrel Foods are cutting jobs.",
            "Orbis Lighting and Kestrel Foods",
            ["Orbis Lighting", "Kestrel Foods"],
        ),
        (
            "The group sold two food brands, Golden Acre and Harbour Kitchen, to a rival.",
            "Golden Acre and Harbour Kitchen",
            ["Golden Acre", "Harbour Kitchen"],
        ),
        (
            "The studio made racing games like Rally Storm and Night Drive Zero.",
            "Rally Storm and Night Drive Zero",
            ["Rally Storm", "Night Drive Zero"],
        ),
        # A plural kind after it: one-word sides, one of them written alone elsewhere.
        (
            "Inmates at Hollins and Marston prisons went on strike. Hollins is the older jail.",
            "Hollins and Marston",
            ["Hollins", "Marston"],
        ),
    ],
)
def test_a_lists_shape_cuts_two_glued_names(text, name, expected):
    assert glued(text, name) == expected


def test_a_comma_list_cuts_the_last_two_items_after_an_item_found_alone():
    text = "Acts like Polar Static, Velvet Crane and Hollow Hill Band played."
    first_end = text.index(",")
    assert glued(text, "Velvet Crane and Hollow Hill Band", ends={first_end}) == [
        "Velvet Crane",
        "Hollow Hill Band",
    ]
    # Without the earlier item as a mention of its own, no list is shown.
    text = "He met the owners, Velvet Crane and Hollow Hill Band."
    assert glued(text, "Velvet Crane and Hollow Hill Band") is None


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # Two one-word sides that the article never writes alone are one name.
        ("Shoppers like brands such as Procter and Gamble.", "Procter and Gamble", "ORG"),
        # A body named for its fields.
        (
            "Staff at both the Department of Mines and Energy walked out.",
            "the Department of Mines and Energy",
            "ORG",
        ),
        (
            "Unions, including the Public and Commercial Services Union, will strike.",
            "Public and Commercial Services Union",
            "ORG",
        ),
        # A place.
        ("Teams such as Trinidad and Tobago qualified.", "Trinidad and Tobago", "GPE"),
        # No list's shape: a title with its "and".
        (
            "She starred in the film Sense and Sensibility Revisited.",
            "Sense and Sensibility Revisited",
            "WORK_OF_ART",
        ),
    ],
)
def test_names_that_hold_an_and_stay_whole(text, name, label):
    assert glued(text, name, label) is None


def test_split_glued_keeps_the_models_label_unless_a_side_is_found_alone():
    text = "Fans of both The Herald and The Courier wrote in. The Herald said so."
    start = text.index("The Herald")
    glued_mention = RawMention(
        "The Herald and The Courier", start, start + 26, "WORK_OF_ART", 0, 0, False
    )
    herald = text.rindex("Herald")
    alone = RawMention("Herald", herald, herald + 6, "ORG", 1, 0, False)
    found = split_glued(text, [glued_mention, alone])
    # "Herald" takes the label of its mention alone; "The Courier" keeps the model's.
    assert [(m.text, m.label, m.votes) for m in found] == [
        ("Herald", "ORG", False),
        ("The Courier", "WORK_OF_ART", True),
        ("Herald", "ORG", True),
    ]
