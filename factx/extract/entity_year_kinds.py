"""A year's kind before its number, "Calendar|Financial|Fiscal year 2001", is a date, no name.

Round r51c-misc, from Lee sheet W of `docs/entity-handcheck.md` ("Calendar year 2001 has been a
difficult one": `Calendar` PERSON) and sentences of my own ("Revenue rose in Financial year
2002": `Financial` GPE; "growth in Financial Year 2005": the whole EVENT). The capital is the
sentence's, or a firm's habit of writing its year's kind as a title; the words with their number
are a span of time, which factx reads as a date elsewhere. A mention that lies inside "<Kind>
year <number>" is dropped. Left alone: "Calendar" and "Financial" with no year and number after
them ("Calendar Girls", a film; "the Financial Times", a paper; "Financial Year" alone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# "Calendar year 2001", "Financial Year 2004-05", "fiscal year 2003/04", "Fiscal Year '05".
_YEAR_KIND = re.compile(
    r"(?<![\w'’-])(?:Calendar|Financial|Fiscal) [Yy]ear (?:\d{4}|['’]?\d{2})(?:[/-]\d{2,4})?"
    r"(?![\w'’-])"
)


def without_year_kinds(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, less those inside "Calendar|Financial|Fiscal year <number>" (the module's
    doc)."""
    spans = [found.span() for found in _YEAR_KIND.finditer(text)]
    if not spans:
        return list(mentions)
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
