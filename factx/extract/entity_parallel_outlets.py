"""An outlet's possessive beside another outlet's, before a critic each (round r46c-people).

Film news sets critics side by side, each after the paper or magazine they write for: "Heat's
Charles Gant and Empire's Angie Errigo plumped for Eastwood" (seed 147). The model tags the
first outlet a body and the second a place (`Empire` GPE): it reads a lone capitalised word
before "'s" as a place. Two possessives before two people, joined by "and", are two of a kind:
where the first is an organisation, so is the second (`outlets_in_parallel`), unless the
second is a country, a region or a town ("Heat's Tom Hale and Britain's Anna Reed": a country's
player or minister).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.entities import RawMention

_POSSESSIVES = ("'s ", "’s ")
# The join between the first owner's person and the second owner: "and", after a comma or not.
_JOIN = re.compile(r",? and $")


def _owner_before(text: str, person: RawMention, by_end: dict[int, RawMention]) -> str:
    """The label (its cue's first) of the mention right before "'s " and `person`, or ""."""
    if text[max(0, person.start - 3) : person.start] not in _POSSESSIVES:
        return ""
    owner = by_end.get(person.start - 3)
    return (owner.cue or owner.label) if owner is not None else ""


def outlets_in_parallel(
    text: str, mentions: Sequence[RawMention], is_place: Callable[[str], bool]
) -> None:
    """Give ORG as a cue to each "<B>" of "<A>'s <Person> and <B>'s <Person>" where A is an
    organisation (its cue's or the model's) and B is not, nor a known place (see the module's
    docstring): "Heat's Charles Gant and Empire's Angie Errigo" makes `Empire` ORG."""
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        if (m.cue or m.label) == "ORG" or text[m.end : m.end + 3] not in _POSSESSIVES:
            continue
        critic = by_start.get(m.end + 3)
        if critic is None or critic.label != "PERSON":
            continue
        join = _JOIN.search(text, max(0, m.start - 6), m.start)
        if join is None:
            continue
        first = by_end.get(join.start())
        if first is None or first.label != "PERSON":
            continue
        if _owner_before(text, first, by_end) == "ORG" and not is_place(m.text):
            m.cue = "ORG"
