"""Tournaments named by their town, and a clock's zone glued to a name (round r52-events).

- `clock_zone_opening`: "by 1300 GMT Carnival's shares in London were down" gave the model's
  ORG "GMT Carnival", the zone of the clock time before it run into the firm's name (round
  r51's user read). `entity_non_names.unit_beside_figure` drops a zone tagged alone; a zone
  (`timezones.json`) that opens a longer span right after a clock time ("1300", "10pm",
  "9 a.m.") is cut off it, and so is a clock time written as one word ("10pm Vodafone").
- `town_tournaments`: "withdrew from the Sydney International", "won the Sydney International
  last year" gave the model's FAC or ORG (an airport's or a firm's reading) for a tennis
  tournament named by its town and "International" (round r51's user read). A mention that is
  a world city's name (`world_cities.world_city`) or a known region's and "International",
  with no capitalised word after it ("Sydney International Airport" is tagged whole and stays
  a building), is cued EVENT. Not after words of flying ("flights into Manchester
  International", "landed at Sydney International": the airport), nor where the first word is
  no place ("Amnesty International", "Care International", "News International": bodies).
- `without_times_count`: "has won Wimbledon three times" gave the model's WORK_OF_ART
  "Wimbledon three times", the count of wins run into the name. A span that ends in a count of
  times ("once", "twice", "three times", "10 times") after a capitalised word is cut before
  the count, whatever its label; the name's own cues then read it ("won Wimbledon").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Protocol

from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from spacy.tokens import Span

    from factx.extract.entities import RawMention


class _Mention(Protocol):
    text: str
    start: int
    end: int
    label: str
    cue: str


@cache
def _zones() -> frozenset[str]:
    """The zones' abbreviations a clock time takes after it ("GMT", "BST", "EST")."""
    return frozenset(z for z in data_file("timezones.json")["zones"] if z.isupper() and len(z) > 1)


# A clock time as one token: "1300", "0900", "10pm", "10.30pm", "9am", "a.m.", "p.m.".
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d|\d{1,2}(?:[:.][0-5]\d)?(?:am|pm)|[ap]\.m\.?", re.I)


def clock_zone_opening(ent: Span) -> bool:
    """Whether the span opens with a clock's zone after a clock time, or with a clock time,
    before a capitalised word: "1300 GMT Carnival's shares", "10pm Vodafone" (the module's
    doc). Its first word is then no word of the name."""
    if len(ent) < 2 or not ent[1].is_title:
        return False
    first = ent[0].text
    if _CLOCK.fullmatch(first) and not first.isdigit():
        return True  # "10pm Vodafone": a clock time of one word
    if first not in _zones() or ent.start == 0:
        return False
    return _CLOCK.fullmatch(ent.doc[ent.start - 1].text) is not None


# "(the) Sydney International": a town's name and "International", the whole mention.
_TOWN_INTERNATIONAL = re.compile(
    r"(?:[Tt]he )?(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?) International"
)
# A capitalised word after it: the name goes on ("Sydney International Airport").
_GOES_ON = re.compile(r" [A-Z]")
# Words of flying before it: the airport ("flights into Manchester International").
_FLYING = re.compile(
    r"\b(?:flights?|flew|fly|flying|flown|landed|landing|lands?|airports?|plane|planes|jet"
    r"|airlines?|runways?|terminals?|taxied|diverted|touched down|took off|departed)\b[^.]*$"
)


def town_tournaments(text: str, mentions: Sequence[_Mention]) -> None:
    """Cue EVENT each "(the) <Town> International" no word of flying stands before in its
    sentence (the module's doc). A mention's own cue stays."""
    if " International" not in text:
        return
    for m in mentions:
        if m.cue or m.label == "EVENT" or m.label not in ("ORG", "FAC", "GPE", "PERSON"):
            continue
        found = _TOWN_INTERNATIONAL.fullmatch(m.text)
        if found is None or _GOES_ON.match(text, m.end):
            continue
        town = found.group("town")
        if not (world_city(town) or known_place(town)):
            continue
        if _FLYING.search(text, max(0, m.start - 80), m.start):
            continue
        m.cue = "EVENT"


# A count of times ending a span after a capitalised word: "Wimbledon three times", or the
# count alone where "times" follows outside the span ("Wimbledon seven" + " times").
_COUNT = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_TIMES = re.compile(rf"(?<=[A-Za-z]) (?:once|twice|thrice|{_COUNT} times|(?P<bare>{_COUNT}))$")
_TIMES_AFTER = re.compile(r" times\b")


def without_times_count(text: str, start: int, end: int) -> int:
    """The end of text[start:end] before a count of times that ends it, if any: "Wimbledon
    three times", "Wimbledon seven" before "times" (the module's doc)."""
    found = _TIMES.search(text, start, end)
    if found is None or found.start() <= start:
        return end
    if found.group("bare") and not _TIMES_AFTER.match(text, end):
        return end  # "Formula One", "Apollo 13": a count of the name's own
    words = text[start : found.start()].split()
    if not words or not words[-1][:1].isupper():
        return end
    return found.start()


# "Test in Adelaide": the match and its town glued by the model.
_TEST_IN_TOWN = re.compile(r"Test in (?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# The word before it that makes "Test" a cricket match: "the first Test", "the cricket Test".
_MATCH_WORD_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|opening|final|deciding|next|last|cricket) $",
    re.I,
)


def tests_apart_from_towns(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, "Test in <Town>" after a match's word cut to the town, GPE (the module's
    doc)."""
    if "Test in " not in text:
        return list(mentions)
    result: list[RawMention] = []
    for m in mentions:
        glued = _TEST_IN_TOWN.fullmatch(m.text)
        if glued is None or not _MATCH_WORD_BEFORE.search(text, max(0, m.start - 12), m.start):
            result.append(m)
            continue
        town_start = m.start + glued.start("town")
        result.append(
            replace(m, text=glued["town"], start=town_start, end=m.end, label="GPE", cue="GPE")
        )
    return result
