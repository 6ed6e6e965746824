"""A name run on into the "of" of a year after it is cut there.

Round r51-clubs, from the brief's Welsh rugby history (the odd half's sport/371: "the defeat
inflicted on New Zealand by the Carwyn James-inspired Lions of 1971", `Lions of` ORG): the
model ends the side's name on the "of" that dates it ("the Lions of 1971", "the All Blacks of
1905", "the Wallabies of 1984"), and the dangling "of" keeps the mention apart from the side's
other mentions. A mention ending in " of" right before a year (four digits,
1800-2099, or an apostrophed "'71") loses the " of"; the year stays the date it is. Left alone:
names whose "of" is followed by a name of their own ("Bank of England"), which the model keeps
whole, and an "of" before any other number ("the Class of 2 schools").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_YEAR_AFTER = re.compile(r" (?:1[89]\d\d|20\d\d|['’]\d\d)\b")


def without_of_before_a_year(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a name ending in the "of" of a year after it cut before the "of" (the
    module's doc)."""
    kept: list[RawMention] = []
    for m in mentions:
        if m.text.endswith(" of") and m.text[:-3].strip() and _YEAR_AFTER.match(text, m.end):
            cut = len(m.text) - 3
            m = replace(m, text=m.text[:cut], end=m.start + cut)
        kept.append(m)
    return kept
