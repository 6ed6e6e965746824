"""The guards and lookaheads that start the date, money, percent and quantity patterns only skip
work: the patterns find the same matches without them (but for a qualifier inside a word)."""

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
    "TODAY, ſeptember 5 or NOVEMBER 2nd: \u212am and five ſquare miles, İn 2020.",
    "Profits fell 12.5 per cent, or 3 pct, and rates rose 40 basis points; PERCENT: 7%.",
]
FINDERS = pytest.mark.parametrize(
    ("pattern", "guard"),
    [
        (_finder(), r"(?:(?<!\w)|(?=\d))"),
        (money_re(), r"(?<!\w)"),
        (PERCENT_RE, r"(?<!\w)"),
        (quantity_re(), r"(?<!\w)"),
    ],
    ids=["dates", "money", "percent", "quantities"],
)


def _texts() -> list[str]:
    return [p.read_text() for p in sorted((ROOT / "seeds").glob("*.txt"))] + TRICKY


def _same_matches(pattern: re.Pattern[str], bare: re.Pattern[str]) -> int:
    """How many matches `pattern` finds in the seeds and TRICKY, asserting `bare` finds them."""
    matches = 0
    for text in _texts():
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in bare.finditer(text)]
        matches += len(found)
    return matches


@FINDERS
def test_guard_changes_no_match(pattern, guard):
    assert pattern.pattern.startswith(guard)
    bare = re.compile(pattern.pattern[len(guard) :], pattern.flags)
    assert _same_matches(pattern, bare) >= 5


def test_no_qualifier_starts_inside_a_word():
    (match,) = PERCENT_RE.finditer("We're talking aboutroughly one percent")
    assert match["qual"] is None and match["percent"] == "one percent"


def _strip_lookahead(source: str) -> str:
    """`source` without the `(?=...)` it starts with."""
    assert source.startswith("(?=")
    depth, i, in_class = 0, 0, False
    while True:
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return source[i + 1 :]
        i += 1


@FINDERS
def test_finders_match_as_without_lookahead(pattern, guard):
    assert pattern.pattern.startswith(guard + "(?=")
    bare = re.compile(guard + _strip_lookahead(pattern.pattern[len(guard) :]), pattern.flags)
    assert _same_matches(pattern, bare) >= 5
