"""A country's name before a compass word is a firm: "China Southern", "China Eastern" (round
r54-firms; BBC sheet 53F's business/269: "under Air China, China Southern and China Eastern",
`China` GPE and `Southern` NORP, the airline cut in two).

English writes a region with its compass word first ("Southern China", "Western Australia",
"Eastern Europe") and a direction in lower case ("China's southern provinces"); a country's
name right before a capitalised "Southern", "Eastern", "Northern" or "Western", with no
capitalised word after it, is a firm named for its part of the country, as China's airlines
and grids are ("China Southern said profits rose", "Shares in China Eastern fell"). The small
model tags the country GPE and the compass word NORP or nothing. Where a mention the model
tags GPE is a country's name (by the caller's test) and the compass word follows it after one
space, the two are one name, ORG, and any mention of the compass word alone goes. Not where
another mention runs over the compass word's edge, nor where a capitalised word follows
("China Southern Airlines" the model finds whole; "Korea Northern Province" is no firm's).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_COMPASS_AFTER = re.compile(r" (?:Southern|Eastern|Northern|Western)(?![\w-]| [A-Z]| of\b)")


def compass_firms(
    text: str, mentions: list[RawMention], is_country: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, with a country's name before a capitalised compass word one firm, ORG
    (see the module docstring)."""
    if not any(w in text for w in (" Southern", " Eastern", " Northern", " Western")):
        return mentions
    gone: set[int] = set()
    result: list[RawMention] = []
    for m in mentions:
        found = _COMPASS_AFTER.match(text, m.end) if m.label == "GPE" else None
        if found is None or not is_country(m.text):
            result.append(m)
            continue
        start, end = found.start() + 1, found.end()
        inside = [o for o in mentions if o is not m and o.start < end and o.end > m.end]
        if any(o.start < start or o.end > end for o in inside):
            result.append(m)
            continue
        gone.update(id(o) for o in inside)
        result.append(replace(m, text=text[m.start : end], end=end, label="ORG", cue="ORG"))
    return [m for m in result if id(m) not in gone]
