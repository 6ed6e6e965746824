"""The guards that start the date, money, percent and quantity patterns only skip work: the patterns
find the same matches without them (but for a qualifier inside a word)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factx.extract.dates import _finder
from factx.normalize.money import money_re
from factx.normalize.quantities import PERCENT_RE, quantity_re

ROOT = Path(__file__).resolve().parent.parent
TRICKY = [
    "At T10:30 and 0735 GMT (1435 local time) Friday, Black Monday, Oct. 19, 1987.",
    "It rose about 5% to US$3.2bn, from £40m, between 3 and 4 percent; 2024-05-01.",
    "Q3:10:45 x2020 the1990s mid-2019 late-November 5 1/2 hours $5,5%, -3% +4pct",
    "Nearly 40 tonnes, about 5km, some 1.5m barrels, 3G, 20mph and up to 12,000 ft high.",
]


def _texts() -> list[str]:
    return [p.read_text() for p in sorted((ROOT / "seeds").glob("*.txt"))] + TRICKY


@pytest.mark.parametrize(
    ("pattern", "guard"),
    [
        (_finder(), r"(?:(?<!\w)|(?=\d))"),
        (money_re(), r"(?<!\w)"),
        (PERCENT_RE, r"(?<!\w)"),
        (quantity_re(), r"(?<!\w)"),
    ],
    ids=["dates", "money", "percent", "quantities"],
)
def test_guard_changes_no_match(pattern, guard):
    assert pattern.pattern.startswith(guard)
    bare = re.compile(pattern.pattern[len(guard) :], pattern.flags)
    matches = 0
    for text in _texts():
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in bare.finditer(text)]
        matches += len(found)
    assert matches >= 5


def test_no_qualifier_starts_inside_a_word():
    (match,) = PERCENT_RE.finditer("We're talking aboutroughly one percent")
    assert match["qual"] is None and match["percent"] == "one percent"
