"""Venues and guilds the model cuts at their owner's possessive, made whole (round r31-seed58).

- `owned venue`: a venue named with its owner's possessive before the venue's kind word is one
  venue, FAC: "the famous Grauman's Chinese Theatre" is tagged "Grauman" PERSON and "Chinese
  Theatre" apart, and the owner's name alone names no venue. The mention that ends in the kind
  word grows back over the owner's "'s" (one or two capitalised words). Not an owner the model
  tags a place or a people ("London's Royal Festival Hall" is London's hall, the city named
  apart), nor a firm the article names elsewhere alone ("Disney's El Capitan Theatre" beside
  "Disney said": the firm is an entity of its own, and the venue its property). The kind
  words are a closed class (data `owned_venues.venue_kinds`); "Hall" is no kind word alone,
  as a surname after a club's possessive ("Leicester's Hall") is a player.
- `plural owner's guild`: a guild or union named by its members' plural possessive is one
  body, ORG: "the Writers' Guild" is tagged "Writers" and "Guild" apart (each PERSON). The
  kind word grows back over the bare "'" and the capitalised words before it (up to three,
  no "The"); the kind words are data (`owned_venues.guild_kinds`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_bodies import with_grown
from factx.extract.spans import alternation
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_PLACES = frozenset({"GPE", "LOC", "NORP", "FAC"})  # owners that are places or peoples


@cache
def _words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = data_file("entities.json")["owned_venues"]
    return words


@cache
def _venue_end() -> re.Pattern[str]:
    return re.compile(rf"(?:^|\s)(?:{alternation(_words()['venue_kinds'])})$")


@cache
def _owner_before() -> re.Pattern[str]:
    """An owner of one or two capitalised words and its "'s", right before the venue."""
    return re.compile(r"(?<![\w'’&.-])(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s $")


def owned_venues(
    text: str, mentions: list[RawMention], key: Callable[[str], str]
) -> list[RawMention]:
    """The mentions, each venue's name the model cut from its owner's possessive grown back
    over it, FAC ("Grauman" + "'s Chinese Theatre"), the owner's own mention dropped."""
    found: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        if not _venue_end().search(m.text) or re.match(r"(?:[Tt]he|[Aa]n?) ", m.text):
            continue
        head = _owner_before().search(text, max(0, m.start - 60), m.start)
        if head is None:
            continue
        start = head.start("owner")
        owners = [o for o in mentions if o.start < m.start and o.end > start]
        if any(o.start < start or o.label in _PLACES for o in owners):
            continue  # the owner is the end of another name, or a place ("London's")
        owner_key = key(head.group("owner"))
        if any(o.label == "ORG" for o in owners) and any(
            key(o.text) == owner_key and not text.startswith("'s", o.end)
            and not text.startswith("’s", o.end)
            for o in mentions
        ):  # fmt: skip
            continue  # a firm the article names alone: its venue is its property
        grown = replace(m, text=text[start : m.end], start=start, label="FAC", cue="FAC")
        found.append((i, grown))
    return with_grown(mentions, found)


@cache
def _plural_owner_before() -> re.Pattern[str]:
    """A plural owner's bare "'" and up to three capitalised words before it, no "The"."""
    return re.compile(
        r"(?<![\w'’&.-])(?P<owner>(?:(?!The )[A-Z][\w-]* ){0,2}(?!The )[A-Z][\w-]*s)['’] $"
    )


def plural_owners_guilds(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each guild's or union's word the model tagged alone after its members'
    plural possessive grown back over it, ORG ("Writers" + "' Guild" -> the Writers' Guild),
    the members' own mention dropped. A mention the model tagged whole keeps the model's
    label (not seen wrong)."""
    kinds = frozenset(_words()["guild_kinds"])
    found: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        if m.text not in kinds:
            continue
        head = _plural_owner_before().search(text, max(0, m.start - 60), m.start)
        if head is None:
            continue
        start = head.start("owner")
        if any(o.start < start < o.end for o in mentions):
            continue  # the members' word is the end of another name
        found.append((i, replace(m, text=text[start : m.end], start=start, label="ORG", cue="ORG")))
    return with_grown(mentions, found)
