"""A venue's first word used alone as its short name: "Stradey" beside "Stradey Park".

Papers name a ground, a theatre or a fair in full once and by its first word after ("the
Lyric" beside "the Lyric Theatre"); the model tags the short name apart, as a person, a work
or a product. The first word joins the venue where the article names it in full and what the
model made of the word alone is no place, people or event (the venue kinds are data, `venue_tails`
in `factx/data/entities.json`). Not where the word names something else of its own: a place
the model tags one ("Melbourne" beside "Melbourne Park"), a club (a team by the words
around it, or an organisation by the model's tag written mostly with no "the": "Celtic"
beside "Celtic Park"),
a common first name ("Albert" beside the Albert Hall), or the surname of a person the article
names ("Kennedy" beside John Kennedy and the Kennedy Center).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# What the model tags a word that names a place, a people or an event of its own: "Olympic"
# EVENT of "a double Olympic champion" beside the Olympic Stadium is the Games'.
_PLACES = frozenset({"GPE", "LOC", "NORP", "EVENT"})
# What the words around a mention show it is, other than the venue: a team, a place, a person,
# an event ("a double Olympic champion", the model's FAC).
_OWN_CUES = frozenset({"TEAM", "GPE", "LOC", "PERSON", "EVENT"})


@cache
def _venue_tails() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_file("entities.json")["venue_tails"])


def join_venue_short_names(groups: dict[str, list[RawMention]]) -> None:
    """Move each lone first word of a venue's name (by key) into the venue's group, its
    mentions no longer voting on the label nor cueing it: the full name says what the venue is
    ("the Lyric said": the venue speaks for its company)."""
    surnames = {
        key.rsplit(" ", 1)[-1]
        for key, ms in groups.items()
        if " " in key and any(m.label == "PERSON" for m in ms)
    }
    for key in sorted(groups):
        words = key.split()
        if len(words) not in (2, 3) or words[-1] not in _venue_tails():
            continue
        short = words[0]
        lone = groups.get(short)
        if (
            lone is None
            or short in first_names()
            or short in surnames
            or any(" " in _bare(m.text) or m.cue in _OWN_CUES for m in lone)
            or sum(m.label in _PLACES for m in lone) * 2 >= len(lone)
            or (_mostly_firm(lone) and sum(m.text != _bare(m.text) for m in lone) * 2 < len(lone))
        ):
            continue
        groups[key].extend(replace(m, votes=False, cue="") for m in groups.pop(short))


def _bare(text: str) -> str:
    return text.removeprefix("the ").removeprefix("The ")


def _mostly_firm(lone: list[RawMention]) -> bool:
    """Whether the model tagged the word alone an organisation most times: a club's name
    ("Celtic" beside "Celtic Park") as often as a venue's, unless most of its mentions take
    a "the", as a venue's short name does ("the Lyric" beside "the Lyric Theatre") and a
    club's only before a noun ("the Celtic youth ranks")."""
    return sum(m.label == "ORG" for m in lone) * 2 >= len(lone)


# The words of a ground's name before a country's or a town's name ("the Stade de France",
# "the Estadio do Dragao", round r38-places): the name after them is the ground's. Not a
# club's name with no "de" ("Stade Francais", "Stade Toulousain").
_GROUND_OPENER = re.compile(
    r"\b(?:Stade|Estadio|Est[aá]dio|Stadio|Stadion) (?:de|du|des|do|da|del|della) $"
)
_GROUND_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "PERSON"})
# "the Palace of Westminster": a palace named for its place, one building (seed 96's `Westminster`
# GPE, the palace cut into the place).
_PALACE_OPENER = re.compile(r"\bPalace of $")
# A ground's opening words before the person it is named for ("the Parc des Sports Marcel
# Michelin", "the Stade Jean Bouin", round r42b-sport): the model tags the person alone.
_NAMED_GROUND_OPENER = re.compile(
    r"\b(?:Parc des Sports|Stade|Estadio|Est[aá]dio|Stadio|Stadion) $"
)


def grounds_named_for_a_place(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a place's name the model tagged alone after a ground's opening words
    ("the Stade de France") grown over them into the ground, FAC: the ground is named for the
    country and is no mention of it (seed 92's grader: "France play Italy at the Stade de
    France" gives `France` GPE three times, the ground's among them); so is a place after "Palace
    of", grown into the palace ("the Palace of Westminster", round r39-places), and a person's
    name after a ground's words, grown into the ground named for the person ("the Stade Jean
    Bouin", `_named_ground`, round r42b-sport)."""
    result: list[RawMention] = []
    for m in mentions:
        before = text[max(0, m.start - 20) : m.start]
        opener = (
            _GROUND_OPENER.search(text, max(0, m.start - 20), m.start)
            if m.label in _GROUND_LABELS and "Sta" in before
            else _PALACE_OPENER.search(text, max(0, m.start - 10), m.start)
            if m.label in _GROUND_LABELS and "Palace of" in before
            else _named_ground(text, m)
            if m.label in _GROUND_LABELS
            and ("Sta" in before or "Est" in before or "Parc des" in before)
            else None
        )
        if opener is None:
            result.append(m)
            continue
        start = opener.start()
        result.append(
            replace(m, text=text[start : m.end], start=start, label="FAC", cue="FAC", votes=True)
        )
    return result


def _named_ground(text: str, m: RawMention) -> re.Match[str] | None:
    """The ground's opening words right before `m`, a person's name of two capitalised words
    or more or any name after "Parc des Sports" (seed 121's "the Parc des Sports Aguilera" ORG,
    round r42b-sport: "the Parc des Sports Marcel Michelin in Clermont" gave `Marcel Michelin`
    PERSON, the ground cut to the person it is named for). Not a club's one word after "Stade"
    ("Stade Francais", "Stade Toulousain"), nor a name with its own "the"."""
    opener = _NAMED_GROUND_OPENER.search(text, max(0, m.start - 16), m.start)
    if opener is None or m.text[:1].islower() or m.text.startswith("The "):
        return None
    if not opener.group().startswith("Parc") and len(m.text.split()) < 2:
        return None
    return opener
