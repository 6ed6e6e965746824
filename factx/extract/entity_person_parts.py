"""A part of a person's name the model read as a place or a body is that person (round
r50-people).

- `first name read as a place`: Lee sheet F's lee017, "Arantxa Sanchez-Vicario and Tommy
  Robredoboth won their singles matches ... I'm looking forward with Tommy to see if we can be
  the champions again", gave `Tommy` GPE beside `Tommy Robredoboth` PERSON. A one-word mention
  the model tagged a place (GPE, LOC) that no place list knows, that is a common first name and
  the first word of exactly one person the article names in full, is that person.
- `name's tail before its followers`: Lee sheet B's lee035, "under the influence and control of
  Fazalur Rehman supporters", gave `Fazalur Rehman` ORG beside `Maulana Fazalur Rehman`
  PERSON. A mention right before "supporters|followers|loyalists|forces|camp|family" that is
  the last two words or more of exactly one person the article names at greater length is
  that person (the one-word surname has the house's surname join already).

Left alone: a first name two people of the article share ("Tommy Haas" and "Tommy Robredo"), a
place that is also a first name where a list knows it ("Victoria", "Florence": a place's
word of the article), and a body that holds a person's name ("the Nelson Mandela Foundation":
no follower's word after it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names
from factx.extract.place_names import known_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_PLACE_LABELS = frozenset({"GPE", "LOC"})
_FOLLOWERS = re.compile(r" (?:supporters|followers|loyalists|forces|camp|family)\b")
_TAIL_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "PERSON"})


def person_parts_to_their_person(
    mentions: Sequence[RawMention],
    short_forms: dict[str, str],
    key: Callable[[str], str],
    text: str,
) -> None:
    """Join a lone first name tagged a place, and a full name's tail before "supporters", to
    the one person whose name they open or end, through `short_forms` and a PERSON cue (the
    module's doc)."""
    people = {key(m.text): m.text for m in mentions if m.label == "PERSON" and " " in m.text}
    if not people:
        return
    for m in mentions:
        if m.cue and m.cue != "PERSON":
            continue
        if (
            m.label in _PLACE_LABELS
            and " " not in m.text
            and m.text.casefold() in first_names()
            and not known_place(m.text)
            and not world_city(m.text)
        ):
            owners = {k for k, name in people.items() if name.split(" ", 1)[0] == m.text}
        elif m.label in _TAIL_LABELS and " " in m.text and _FOLLOWERS.match(text, m.end):
            owners = {
                k for k, name in people.items() if name.endswith(f" {m.text}") and k != key(m.text)
            }
        else:
            continue
        if len(owners) == 1:
            m.cue = "PERSON"  # "with Tommy" of Tommy Robredoboth, "Fazalur Rehman supporters"
            short_forms.setdefault(key(m.text), owners.pop())
