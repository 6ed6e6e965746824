"""One name, two places or two chambers: each reading its own entity where the article says
which (round r49b-us).

PolNeAR sheet B (a New York Times story of state legislatures): `Washington` GPE held the
dateline's city ("WASHINGTON - Senator ...", "Here in Washington, Congress has set standards")
and the state ("Senator Patty Murray, Democrat of Washington"); `House` ORG held the Missouri,
Tennessee and South Carolina Houses ("In Tennessee, the House majority whip ...") and the US
House ("84 in the House"); `Senate` the Texas Senate ("In Texas, ... the Senate floor") and the
US Senate. Every mention joins its group by its name's key, so a reader of the entity is told
one place or one chamber. Two shapes, each only where the article gives both readings:

- `a city and its state`: a name that is both a US state's and a city's ("Washington", "New
  York") is the state after "<Democrat|Republican|Independent> of|from" or "state of", or before
  a lower-case "state" ("Washington state"); it is the city in a dateline ("WASHINGTON -", the
  filed places of `entities.filed_places`), after "here in" or before ", D.C.". Where a group
  holds both, its state's mentions are an entity of their own (the key with "|state").
- `a state's chamber`: a bare "House", "Senate", "Assembly" or "Legislature" whose sentence opens
  "In <US state>," or holds "<US state>'s" before it (not "Washington's" or "New York's", the
  capital's or the city's as often) is that state's chamber; where a group holds
  such mentions and others (the US Congress's chambers, or another state's), each state's
  mentions are an entity of their own (the key with "|<state>"). A chamber before "race",
  "seat", "candidate", "primary", ... is the state's seat in Congress ("In Ohio, the Senate
  race"), no chamber of the state's.
A group whose mentions are all of one reading is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import Cluster, RawMention

_CITY_STATES = frozenset({"washington", "new york"})
_CITY_STATE_NAMES = frozenset({"Washington", "New York"})
_CHAMBERS = frozenset({"house", "senate", "assembly", "legislature"})
_STATE_BEFORE = re.compile(
    r"(?:\b(?:Democrat|Republican|Independent|Democratic|Republican)s? (?:of|from)"
    r"|\b[Ss]tate of|\b(?:[Ww]estern|[Ee]astern|[Uu]pstate|[Nn]orthern|[Ss]outhern|[Cc]entral))"
    r" $"
)
_STATE_AFTER = re.compile(r" state\b")
_CITY_BEFORE = re.compile(r"\b(?:[Hh]ere|[Bb]ack) in $")
_CITY_AFTER = re.compile(r",? D\.? ?C\.")


@cache
def _us_states() -> re.Pattern[str]:
    import pycountry

    names = sorted(
        (
            region.name
            for region in pycountry.subdivisions.get(country_code="US") or ()
            if region.type == "State"
        ),
        key=len,
        reverse=True,
    )
    return re.compile("|".join(re.escape(name) for name in names))


def _line(text: str, m: RawMention) -> tuple[int, int]:
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    return start, len(text) if end < 0 else end


def _sentence_start(text: str, m: RawMention) -> int:
    start, _ = _line(text, m)
    stop = max(text.rfind(". ", start, m.start), text.rfind("? ", start, m.start))
    return start if stop < 0 else stop + 2


def _reading_of_place(text: str, m: RawMention, filed: frozenset[tuple[int, int]]) -> str:
    """ "state", "city" or "" for one mention of a city's and a state's name."""
    line_start, line_end = _line(text, m)
    before = text[max(line_start, m.start - 40) : m.start]
    if _STATE_BEFORE.search(before) or _STATE_AFTER.match(text, m.end, line_end):
        return "state"
    if (m.start, m.end) in filed or _CITY_BEFORE.search(before):
        return "city"
    return "city" if _CITY_AFTER.match(text, m.end, line_end) else ""


# A seat in Congress a state elects, no chamber of the state's: "In Ohio, the Senate race".
_SEAT_AFTER = re.compile(
    r" (?:races?|seats?|candidates?|campaigns?|contests?|nominees?|hopefuls?|bids?|elections?|"
    r"primar(?:y|ies)|delegations?)\b"
)


def _state_of_chamber(text: str, m: RawMention) -> str:
    """The US state whose chamber a bare chamber's mention is, by its sentence, or ""."""
    if _SEAT_AFTER.match(text, m.end):
        return ""
    start = _sentence_start(text, m)
    opening = re.match(rf"(?:In|in) ({_us_states().pattern}),", text[start : m.start])
    if opening:
        return opening.group(1)
    owner = re.search(rf"\b({_us_states().pattern})['’]s\b", text[start : m.start])
    # "Washington's", "New York's": the capital's or the city's as often as the state's.
    return owner.group(1) if owner and owner.group(1) not in _CITY_STATE_NAMES else ""


def readings_apart(
    parts: Iterator[tuple[Cluster, str, str]],
    text: str,
    filed: frozenset[tuple[int, int]],
) -> Iterator[tuple[Cluster, str, str]]:
    """Each group with its label and id key; a city's and state's name, or a bare chamber's,
    whose mentions hold two readings given as one entity per reading (the module's doc)."""
    for group, label, key in parts:
        if label == "GPE" and key in _CITY_STATES:
            readings = [_reading_of_place(text, m, filed) for m in group.mentions]
            if "state" not in readings or "city" not in readings:
                yield group, label, key
                continue
            states_ = [m for m, r in zip(group.mentions, readings, strict=True) if r == "state"]
            rest = [m for m, r in zip(group.mentions, readings, strict=True) if r != "state"]
            split = [
                (replace(group, mentions=rest), label, key),
                (replace(group, mentions=states_), label, f"{key}|state"),
            ]
        elif label == "ORG" and key in _CHAMBERS:
            states = [_state_of_chamber(text, m) for m in group.mentions]
            if not any(states) or len(set(states)) < 2:
                yield group, label, key
                continue
            split = []
            for state in dict.fromkeys(states):
                mine = [m for m, s in zip(group.mentions, states, strict=True) if s == state]
                split.append(
                    (replace(group, mentions=mine), label, f"{key}|{state}" if state else key)
                )
        else:
            yield group, label, key
            continue
        yield from sorted(split, key=lambda part: part[0].mentions[0].start)
