"""Boats in a sailing race's report named by their place in the race or in a list of the fleet.

Round r51-clubs, from Lee sheet Q of `docs/entity-handcheck.md` (lee046: "Volvo ocean racer
Tyco, leads the race ahead of Assa Abloy", `Assa Abloy` PERSON, a sponsor's yacht labelled
PERSON; "Simply Red, Broomstick, Cadibarra and Sting also sustained damage in the storm",
`Red`, `Cadibarra` and `Sting` PERSON). Round r50b-sport's `race_boat_cues` reads a boat after
its kind word or before a sailing verb; these are the boats it leaves:
- a name right after "ahead of|behind|overtook|overtaken by|passed|(nearest) rival,?", in a
  sentence that leads, trails or races ("leads the race ahead of X", "finished behind X");
- the members of a list of three names or more (commas and a last "and") right before
  "(also) sustained|suffered damage", "lost their masts", "retired" or "were forced to".
Each is cued PRODUCT (the house's label for a vessel), in an article with a sailing race's
words (yacht, maxi, "line honours", "nautical miles", regatta, "ocean racer"). Left alone: a
place, a country or a people ("ahead of Sydney"), a name the article gives a title or a speech
verb ("Skipper Peter Bartels", "Bartels said"), a name opening with a first name the article
also writes after "skipper|navigator" (the crew), and every article with no sailing word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_race_boats import BOAT_LABELS, SAILING, a_place_or_side

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_RIVAL_BEFORE = re.compile(
    r"\b(?:ahead of|behind|overtook|overtaken by|passed|(?:nearest )?rival,?) $"
)
_RACING = re.compile(
    r"\b(?:leads?|led|leading|trails?|trailed|finish(?:ed|es)?|race|second|third)\b"
)
_LIST_AFTER = re.compile(
    r"^ (?:have |had )?(?:also )?(?:sustained|suffered) (?:\w+ )?damage\b"
    r"|^ (?:also )?(?:lost their masts|retired|were forced to)\b"
)
_JOINER = re.compile(r"^(?:, (?:and )?| and )$")
_UNTAGGED_MEMBER = re.compile(r", [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?,? (?:and )?")


def _a_person(text: str, name: str) -> bool:
    """Whether the article gives the name's last word a person's title or a speech verb."""
    word = re.escape(name.split()[-1])
    return bool(
        re.search(
            rf"\b(?:Mr|Mrs|Ms|Dr|Sir|[Ss]kipper|[Cc]aptain|[Nn]avigator)(?: [A-Z][a-z]+)? {word}\b"
            rf"|\b{word},? (?:said|says|told|added)\b",
            text,
        )
    )


def _list_before(text: str, mentions: Sequence[RawMention], last: int) -> list[int]:
    """The indices of the tagged members of the list of names that ends at mention `last`:
    three names or more joined by commas and a last "and", nothing else between them (an
    untagged capitalised name between two tagged ones counts: "Red, Broomstick, Cadibarra")."""
    members = [last]
    size = 1
    index = last
    while index > 0:
        gap = text[mentions[index - 1].end : mentions[index].start]
        if _JOINER.match(gap):
            size += 1
        elif _UNTAGGED_MEMBER.fullmatch(gap):
            size += 2
        else:
            break
        index -= 1
        members.append(index)
    return members if size >= 3 else []


def race_rival_cues(text: str, mentions: Sequence[RawMention]) -> list[int]:
    """The indices of the mentions that name a boat by its place in the race or in a list of
    the fleet, to be cued PRODUCT (the module's doc)."""
    if not SAILING.search(text):
        return []
    found: set[int] = set()
    for index, m in enumerate(mentions):
        if m.label not in BOAT_LABELS or m.text.startswith("Team "):
            continue
        before = text[max(0, m.start - 30) : m.start]
        start = max(text.rfind(".", 0, m.start), 0)
        if _RIVAL_BEFORE.search(before) and _RACING.search(text, start, m.start):
            found.add(index)
        if _LIST_AFTER.match(text[m.end : m.end + 50]):
            found.update(_list_before(text, mentions, index))
    return sorted(
        i
        for i in found
        if mentions[i].label in BOAT_LABELS
        and not a_place_or_side(mentions[i].text)
        and not _a_person(text, mentions[i].text)
    )
