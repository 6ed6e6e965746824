"""Sports sides, cups and clubs the model cuts, glues or reads as people (round r35-sides).

- `sides by their own "and"`: two nationalities joined by "and" before a side's plural
  nickname are one side, ORG: "the British and Irish Lions" (the model tags `British` NORP and
  `Irish Lions` ORG). The nicknames are data (`club_nicknames`, a closed class), the
  nationalities the `nationalities` and `demonyms` lists; a plain "British and Irish fans" has
  no nickname and is left alone.
- `two sides by a hyphen`: two countries joined by a hyphen before a match's word ("fixture",
  "match", "game", "clash", "tie", "series", "derby", "encounter", "showdown", "meeting") are
  the two sides, each its own place: "the traditional Wales-Ireland fixture" (the model's one
  ORG). Only names that are both countries (`country_keys`): a hyphened club or a firm is left.
- `country before a team's cup`: a nationality or a country the model glued to "Davis Cup",
  "Fed Cup", "Ryder Cup", "Solheim Cup" or "Walker Cup" ("British Davis Cup coach Jeremy
  Bates") is apart from the cup: the cup is the event, the nation its side (the nationality
  NORP, the country GPE).
- `club after a player's switch`: a name right after "a switch from", "a move from", "a
  transfer from", "joined from" or "signed from" is the club the player left, ORG: "following
  a switch from Ajax Amsterdam" (the model's PERSON, or GPE for "Feyenoord Rotterdam"). A name
  the model tagged a place is the club only when it is of two words or more and no place
  pycountry knows ("a move from New York" stays the city); a lone place ("a move from Leeds")
  is left to the town's own cues.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention


@cache
def _nationality_words() -> frozenset[str]:
    table = data_file("entities.json")
    return frozenset(table["nationalities"]) | frozenset(table["demonyms"])


@cache
def _nicknames() -> frozenset[str]:
    return frozenset(data_file("entities.json")["club_nicknames"])


_AND = " and "


def sides_by_their_and(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a nationality the model tagged alone joined by "and" to the next mention,
    a nationality and a side's plural nickname, as one side, ORG (see the module docstring)."""
    nationalities = _nationality_words()
    result: list[RawMention] = []
    skip = -1
    for index, m in enumerate(mentions):
        if index == skip:
            continue
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        words = after.text.split() if after is not None else []
        if (
            after is not None
            and m.text in nationalities
            and text[m.end : after.start] == _AND
            and len(words) == 2
            and words[0] in nationalities
            and words[1] in _nicknames()
        ):
            skip = index + 1
            result.append(
                replace(m, text=text[m.start : after.end], end=after.end, label="ORG", cue="ORG")
            )
            continue
        result.append(m)
    return result


_HYPHENED = re.compile(r"([A-Z][\w'’]+(?: [A-Z][\w'’]+)?)-([A-Z][\w'’]+(?: [A-Z][\w'’]+)?)$")
_MATCH_WORD = re.compile(
    r" (?:fixtures?|match(?:es)?|games?|clash(?:es)?|ties?|series|derby|encounters?"
    r"|showdowns?|meetings?)\b"
)


def hyphened_sides(
    text: str, mentions: list[RawMention], country: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, one of two countries joined by a hyphen before a match's word parted into
    the two countries, GPE each (see the module docstring): "the Wales-Ireland fixture"."""
    result: list[RawMention] = []
    for m in mentions:
        found = _HYPHENED.fullmatch(m.text)
        if (
            found is None
            or _MATCH_WORD.match(text, m.end) is None
            or not country(found.group(1))
            or not country(found.group(2))
        ):
            result.append(m)
            continue
        second = m.start + found.start(2)
        first = replace(m, text=found.group(1), end=m.start + found.end(1), label="GPE", cue="")
        result.append(first)
        result.append(replace(m, text=found.group(2), start=second, end=m.end, label="GPE", cue=""))
    return result


_TEAM_CUP = re.compile(
    r"(?P<nation>[A-Z][\w'’.]*(?: [A-Z][\w'’.]*)?) (?P<cup>(?:Davis|Fed|Ryder|Solheim|Walker) Cup)"
)


def cup_countries_parted(
    text: str, mentions: list[RawMention], country: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, a nationality or a country glued to a team's cup parted from it: the
    nation NORP or GPE, the cup EVENT (see the module docstring): "British Davis Cup coach"."""
    nationalities = _nationality_words()
    result: list[RawMention] = []
    for m in mentions:
        found = _TEAM_CUP.fullmatch(m.text)
        nation = found.group("nation") if found is not None else ""
        label = "NORP" if nation in nationalities else "GPE" if nation and country(nation) else ""
        if found is None or not label:
            result.append(m)
            continue
        cup = m.start + found.start("cup")
        result.append(
            replace(m, text=nation, end=m.start + found.end("nation"), label=label, cue=label)
        )
        result.append(replace(m, text=found.group("cup"), start=cup, label="EVENT", cue="EVENT"))
    return result


_SWITCH = re.compile(
    r"(?:\b(?:[Aa]|[Hh]is|[Hh]er|[Tt]he|[Tt]heir) (?:switch|move|transfer) from|"
    r"\b(?:joined|signed|arrived) from) $"
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def clubs_after_a_switch(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a name after a player's "a switch from" (or "a move from", "joined
    from") the club, ORG (see the module docstring): "a switch from Ajax Amsterdam"."""
    result: list[RawMention] = []
    for m in mentions:
        club = m.label == "PERSON" or (
            m.label in _PLACE_LABELS and " " in m.text and not known_place(m.text)
        )
        if club and _SWITCH.search(text, max(0, m.start - 40), m.start) is not None:
            result.append(replace(m, label="ORG", cue="ORG"))
            continue
        result.append(m)
    return result
