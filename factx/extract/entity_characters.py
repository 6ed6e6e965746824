"""Characters named in a list before the word "characters", each a person (round r31-seed58).

`characters listed before their kind`: "co-created the Mighty Orb, Star-Lord, Nightwing and
Fantastic Five characters" lists four characters; the model glues two at a comma ("Mighty Orb,
Star-Lord"), or tags them as works, products or firms. After "the", each item of such a list is
a name of its own, PERSON (a character is named as a person, as "Harry Potter" is). Not a list
of peoples or places ("the British and French characters"): a place's mention or a people's
word leaves the list alone, and so does a list of one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_ITEM = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
_LIST = re.compile(rf"\bthe (?P<list>{_ITEM}(?:, {_ITEM})*,? and {_ITEM}) characters\b")
_ITEM_RE = re.compile(_ITEM)
_PLACES = frozenset({"GPE", "LOC"})


def _place_or_people(m: RawMention) -> bool:
    """A place, or a people's word of one word ("British"; the model's NORP on "Fantastic
    Four" is a team's name)."""
    return m.label in _PLACES or (m.label == "NORP" and " " not in m.text)


def listed_characters(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each list before "characters" one PERSON mention per item in place of
    the mentions inside it (the first of them lends its sentence and paragraph)."""
    found: list[tuple[int, int, list[tuple[int, int]], RawMention]] = []
    for match in _LIST.finditer(text):
        start, end = match.span("list")
        inside = [m for m in mentions if m.start < end and start < m.end]
        if not inside or any(_place_or_people(m) for m in inside):
            continue
        if any(m.start < start - 4 or m.end > end for m in inside):
            continue  # a name that runs on past the list
        items = [
            (start + item.start(), start + item.end())
            for item in _ITEM_RE.finditer(match.group("list"))
        ]
        found.append((start, end, items, inside[0]))
    if not found:
        return mentions
    result = [m for m in mentions if not any(m.start < e and s - 4 < m.end for s, e, _, _ in found)]
    for _, _, items, first in found:
        for s, e in items:
            item = replace(first, text=text[s:e], start=s, end=e, label="PERSON", cue="PERSON")
            result.append(replace(item, by_form=False))
    return sorted(result, key=lambda m: (m.start, m.end))
