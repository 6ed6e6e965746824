"""A title the model cut at a chart place's "No" runs on through its number and the words after.

"Bo Selecta's single Gonna Have a No 1 This Christmas entered the chart" gives `Gonna Have a No`
WORK_OF_ART: the model ends the song's span before the "1" (a figure, no word of a name by its
look) and drops what follows (a held-out sheet's "Gonna Have a No 1 This Christmas", listed by
round 47's lead as read and left). A work's mention that ends in "No" or "Number" right before a
number of one to three figures is cut there: a title never ends in "No", and "a No 1", "a
Number One" are a chart's place inside the title. The mention grows over the number and the
capitalised run after it, with a title's small words inside ("This Christmas", "Hit Record"),
where no other mention stands. Only a WORK_OF_ART mention: "at No 10" (Downing Street) and "No
10 Downing Street" are no work's, and a work that ends in a number is whole already ("Number
73", "Ocean's 12").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_CUT_AT = re.compile(r"\b(?:No|Number)$")
_SMALL = r"(?:a|an|the|of|in|on|to|for|at|and|or|with|is|my|me|you|it|this|that)"
_THROUGH = re.compile(rf" \d{{1,3}}(?:(?: {_SMALL})* [A-Z][\w'’-]*)*(?![\w'’-])")


def titles_through_their_number(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each work cut at its "No" grown over the number and the title's words
    after it (see the module docstring)."""
    if " No " not in text and " Number " not in text:
        return mentions
    starts = sorted(m.start for m in mentions)
    result = []
    for m in mentions:
        if m.label == "WORK_OF_ART" and _CUT_AT.search(m.text):
            found = _THROUGH.match(text, m.end)
            if found is not None:
                end = found.end()
                if not any(m.end <= s < end for s in starts):
                    m = replace(m, text=text[m.start : end], end=end)
        result.append(m)
    return result
