"""A hall of fame one goes into is an institution, ORG, whole with its country's word (round
r47-acts).

A "Hall of Fame" reads like a building to the model, which tags it FAC and leaves out a
country's word before it: "inducted into the UK Music Hall of Fame" gives `Music Hall of Fame`
FAC (seeds 79 and 150), "was inducted into the Robot Hall of Fame" `Robot Hall of Fame` FAC
(seed 27). Inducted into one, an act joins a roll of honour, a body, no building. After
"into", "inducted|induction|induct" the mention that ends in "Hall of Fame" is ORG, grown
over a country's word right before it ("UK", "US", "British", "American"). Not before a
building's word ("the Rock and Roll Hall of Fame museum in Cleveland", a visit) nor without
the words of entering it ("a tour of the Rock and Roll Hall of Fame", left as the model reads
it), nor a programme of that name ("the UK Music Hall of Fame series").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_bodies import with_grown

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A country's word that may open the hall's name, the model leaving it out.
_COUNTRY = re.compile(r"\b(?:UK|US|British|American|Canadian|Australian|European) $")
# The words of entering the hall, up to 60 characters before it: "was inducted into the",
# "to mark their induction into the".
_ENTERED = re.compile(r"\b(?:into|inducted|induction|induct|inducts)\b[^.;]{0,40}$")
# A building's or a programme's word after the name: a visit, or a show of that name.
_AFTER = re.compile(
    r" (?:museum|Museum|building|series|programme|show|exhibit|exhibition|in Cleveland)\b"
)


def halls_of_fame(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each hall of fame one goes into (the module's doc) ORG, grown over a
    country's word before it."""
    if "Hall of Fame" not in text:
        return mentions
    grown: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        if not m.text.endswith("Hall of Fame") or _AFTER.match(text, m.end):
            continue
        start = m.start
        country = _COUNTRY.search(text, max(0, start - 12), start)
        if country is not None:
            start = country.start()
        if _ENTERED.search(text, max(0, start - 60), start) is None:
            continue
        grown.append((i, replace(m, text=text[start : m.end], start=start, label="ORG", cue="ORG")))
    return with_grown(mentions, grown)
