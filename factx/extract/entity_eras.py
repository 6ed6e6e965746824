"""An era's letters beside a year are no name (round r52b-misc).

"which the magazine dates at 190 A.D." (BBC sheet 52D, tech/379: `A.D.` GPE, the model's); "the
tomb dates from 1200 BC" gives `BC` ORG. "AD", "A.D.", "BC", "B.C." and "BCE" right after a year's
figure, or "AD"/"A.D." right before one ("in AD 79"), count the years of the calendar: no place
and no body. `era_beside_a_year` tells them. Left alone: the letters with no figure beside them
("the BC government", British Columbia; "an AD campaign"), and a name that only holds them
("BC Hydro").
"""

from __future__ import annotations

import re

_ERAS = frozenset({"AD", "A.D.", "A.D", "BC", "B.C.", "B.C", "BCE", "B.C.E."})
_BEFORE_ERAS = frozenset({"AD", "A.D.", "A.D"})
_YEAR_BEFORE = re.compile(r"(?<![\d,.])\d{1,4} ?$")
_YEAR_AFTER = re.compile(r" ?\d{1,4}(?![\d,])")


def era_beside_a_year(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an era's letters right after a year ("190 A.D.", "1200 BC")
    or "AD" right before one ("AD 79"): no name (see the module's docstring)."""
    name = text[start:end]
    if name not in _ERAS:
        return False
    if _YEAR_BEFORE.search(text, max(0, start - 6), start):
        return True
    return name in _BEFORE_ERAS and _YEAR_AFTER.match(text, end) is not None
