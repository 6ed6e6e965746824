"""A monarch's or pope's number after the name (factx.extract.regnal)."""

import pytest
from builders import raw_mentions

from factx.extract.regnal import with_regnal_numbers


def grown(text, named):
    return [m.text for m in with_regnal_numbers(text, raw_mentions(text, named))]


@pytest.mark.parametrize(
    ("text", "named", "expected"),
    [
        # The model tags the name and leaves its number out.
        ("the death warrant for Charles I, and papers", [("Charles", "PERSON")], ["Charles I"]),
        ("1533 - Queen Elizabeth I born .", [("Elizabeth", "PERSON")], ["Elizabeth I"]),
        ("A daughter of Henry VIII and his wife.", [("Henry", "PERSON")], ["Henry VIII"]),
        ("Pope John Paul II said mass.", [("John Paul", "PERSON")], ["John Paul II"]),
        # "I" as the pronoun: after a full name, or before a first person's verb.
        ("Thanks, Tony Blair I think.", [("Tony Blair", "PERSON")], ["Tony Blair"]),
        ("Pedro I think so.", [("Pedro", "PERSON")], ["Pedro"]),
        # Not after a place, nor a word that only looks like a number.
        (
            "Georgia II and Louis IVY left.",
            [("Georgia", "GPE"), ("Louis", "PERSON")],
            ["Georgia", "Louis"],
        ),
    ],
)
def test_a_roman_number_after_a_name_is_part_of_it(text, named, expected):
    assert grown(text, named) == expected
