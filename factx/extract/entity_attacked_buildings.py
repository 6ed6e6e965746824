"""A building joined by "and" to a building under attack is a building too: "the suicide attacks
on the World Trade Center and Pentagon", where the model tags `Pentagon` ORG (round r53-works,
BBC sheet 53C; lee200's "the attacks on the World Trade Centre and the Pentagon" was graded
FAC, the model's own label there).

After an attack's word ("attacks on", "struck", "bombed", "crashed into"), a name joined by "and"
to a name that is a building (FAC, by the model's label or by its words' cue: "World Trade
Center") is the second place hit, FAC. The change is the mention's vote, not a cue: where the
article also writes the name as a body that speaks ("the Pentagon said", "Pentagon officials"),
its other mentions' votes keep it the department (ties in the label vote go to ORG, listed
first), so the rule only moves a name the article never writes as a body.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# An attack's word right before the first building: "attacks on the ", "struck ".
_ATTACK_BEFORE = re.compile(
    r"\b(?:attacks?|attacked|assaults? on|strikes?|struck|hit|bombings?|bombed|targeted|"
    r"targets?|crashed into|flew into|slammed into|ploughed into|plowed into|destroyed|"
    r"destruction of)(?: (?:on|against|at|of))?(?: the)? $"
)

# What joins the two buildings: " and ", " and the ", " in New York and the ".
_JOIN = re.compile(r"(?: in [A-Z][\w]+(?: [A-Z][\w]+)?)? and (?:on |at )?(?:the )?")

# The labels the model gives a building it takes for a body, a place or a person.
_MOVED = frozenset({"ORG", "GPE", "PERSON", "NORP"})


def attacked_buildings(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with each name joined by "and" to a building after an attack's word given
    the building's vote, FAC ("the attacks on the World Trade Center and Pentagon")."""
    result: list[RawMention] = []
    for m in mentions:
        first = result[-1] if result else None
        if (
            first is not None
            and m.label in _MOVED
            and m.votes
            and "FAC" in (first.label, first.cue)
            and m.cue in ("", "FAC")
        ):
            between = text[first.end : m.start]
            joined = _JOIN.fullmatch(between)
            if joined and _ATTACK_BEFORE.search(text, max(0, first.start - 40), first.start):
                m = replace(m, label="FAC")
        result.append(m)
    return result
