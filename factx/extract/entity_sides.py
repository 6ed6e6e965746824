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

from factx.extract.first_names import first_names
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
        result += _parted(m, found.end(1), found.start(2), ("GPE", ""), ("GPE", ""))
    return result


def _parted(
    m: RawMention,
    first_end: int,
    second_start: int,
    first: tuple[str, str],
    second: tuple[str, str],
) -> list[RawMention]:
    """One mention parted into two names: its words up to `first_end` and from `second_start`
    to its end (offsets in the mention), each with its (label, cue); what lies between them
    (" and ", " in ", "-", a space) is neither's."""
    return [
        replace(m, text=m.text[:first_end], end=m.start + first_end, label=first[0], cue=first[1]),
        replace(
            m,
            text=m.text[second_start:],
            start=m.start + second_start,
            label=second[0],
            cue=second[1],
        ),
    ]


# A club's label and cue where a mention parts into a club and something else.
_TEAM = ("ORG", "TEAM")


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
        cups = ("EVENT", "EVENT")
        result += _parted(m, found.end("nation"), found.start("cup"), (label, label), cups)
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


# A club glued to the named cup it is met in ("play Arsenal in the FA Cup", round r38-sport):
# the verbs of a meeting before the mention, the club and the cup inside it.
_MEETING_VERB = re.compile(
    r"\b(?:play|plays|played|playing|face|faces|faced|facing|meet|meets|met|host|hosts"
    r"|hosted|hosting|take on|takes on|took on|taking on) $"
)
_CLUB_IN_CUP = re.compile(
    r"(?P<club>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)?) in (?P<cup>the (?:[A-Z][\w'’-]* ){1,3}"
    r"(?:Cup|Trophy|Shield))"
)


def clubs_parted_from_cups(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a club the model glued over "in the" to the named cup a side meets it in
    parted from the cup: "when they play Arsenal in the FA Cup" is the club, ORG, and the cup,
    EVENT (seed 90's grader: one EVENT `Arsenal in the FA Cup`). Only after a meeting's verb
    ("play", "face", "meet", "host", "take on") and only before a named cup, trophy or shield:
    a club is met in a cup, and "in the" joins no name of a club to a cup's."""
    result: list[RawMention] = []
    for m in mentions:
        found = _CLUB_IN_CUP.fullmatch(m.text) if " in the " in m.text else None
        if found is None or _MEETING_VERB.search(text, max(0, m.start - 12), m.start) is None:
            result.append(m)
            continue
        result += _parted(m, found.end("club"), found.start("cup"), _TEAM, ("EVENT", "EVENT"))
    return result


# Two sides' plurals glued over "and" after "The" and before a plural verb of speech or stance
# ("The Ospreys and Scarlets say", round r38-sport).
_TWO_PLURALS = re.compile(r"(?P<first>(?:[Tt]he )?[A-Z][a-z]+s) and (?P<second>[A-Z][a-z]+s)")
_SIDES_SPEAK = re.compile(
    r" (?:say|said|have|had|are|were|will|would|both|insist|believe|claim|argue|want)\b"
)


def plural_sides_parted(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, two capitalised plurals the model glued over "and" after "The" and before
    a plural verb of speech or stance parted into two sides, ORG each: "The Ospreys and
    Scarlets say they are happy to support the Wales cause" (seed 88's `Ospreys and Scarlets`
    WORK_OF_ART, a work of two clubs). Only a work, a product, an event or a person: a place's
    or a people's pair ("The Germans and Italians say", NORP) keeps the model's reading, and
    a title with a noun after the pair ("The Birds and Bees Show") ends in no verb."""
    result: list[RawMention] = []
    for m in mentions:
        found = (
            _TWO_PLURALS.fullmatch(m.text)
            if m.label in ("WORK_OF_ART", "PRODUCT", "EVENT", "PERSON") and " and " in m.text
            else None
        )
        if (
            found is None
            or _SIDES_SPEAK.match(text, m.end) is None
            or (
                not found.group("first").startswith(("The ", "the "))
                and text[m.start - 4 : m.start] not in ("The ", "the ")
            )
        ):
            result.append(m)
            continue
        sides = ("ORG", "ORG")
        result += _parted(m, found.end("first"), found.start("second"), sides, sides)
    return result


# A player's playing position before "for" ("an inspirational fly-half for", "a fine centre
# for", round r38-places): the club and the country he played for follow it.
_POSITION_FOR = re.compile(
    r"\b(?:[Aa]n?|[Ff]ormer) (?:[a-z-]+ ){0,2}(?:fly-half|stand-off|scrum-half|centre|winger"
    r"|wing|prop|lock|hooker|flanker|full-back|number eight|back-row forward|second-row"
    r"|striker|midfielder|defender|centre-back|centre-half|goalkeeper|keeper) for $"
)
# A one-word club and the country the player also played for, glued or apart.
_CLUB_AND_COUNTRY = re.compile(r"(?P<club>[A-Z][a-z]+) and (?P<country>[A-Z][a-z]+)")
_CLUB_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP"})


def clubs_of_a_position(
    text: str, mentions: list[RawMention], country: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, a one-word name between a player's position's "for" and "and <country>"
    the club he played for, ORG, and the country apart: "Bennett, an inspirational fly-half
    for Llanelli and Wales" (seed 93's grader: `Bridgend` PERSON in "a fine centre for Bridgend
    and Wales", and `Neath and Wales` one ORG). A player plays for a club and his country; the
    town names the club there, never a person. Only a name the country follows ("a centre for
    Cardiff" may be a building's place) and only a country pycountry or the data know."""
    result: list[RawMention] = []
    for m in mentions:
        if " for " not in text[max(0, m.start - 60) : m.start]:
            result.append(m)
            continue
        glued = _CLUB_AND_COUNTRY.fullmatch(m.text) if " and " in m.text else None
        if glued is not None:
            club, nation = glued.group("club"), glued.group("country")
            if (
                country(nation)
                and not country(club)
                and _POSITION_FOR.search(text, max(0, m.start - 60), m.start) is not None
            ):
                result += _parted(m, glued.end("club"), glued.start("country"), _TEAM, ("GPE", ""))
                continue
        if m.label in _CLUB_LABELS and " " not in m.text and not country(m.text):
            after = _CLUB_AND_COUNTRY.match(text, m.start, m.start + 40)
            if (
                after is not None
                and after.end("club") == m.end
                and country(after.group("country"))
                and _POSITION_FOR.search(text, max(0, m.start - 60), m.start) is not None
            ):
                result.append(replace(m, label="ORG", cue="TEAM"))
                continue
        result.append(m)
    return result


# A side's plural nickname before the possessive's bare apostrophe and a word of its season
# ("the Blues' push for four trophies", "the Gunners' season", round r40-sides).
_NICKNAME_APOSTROPHE = re.compile(
    r"['’] (?:push|season|bid|title|defence|hopes|campaign|challenge|chances|attack|midfield"
    r"|revival|run|form)\b"
)
_THE_BEFORE = re.compile(r"\b[Tt]he $")
# A sports report's words: without one, "the <Plural>'" may be a band's or a family's.
_SPORT_WORDS = re.compile(
    r"\b(?:match|matches|league|League|cup|Cup|striker|midfielder|goal|goals|coach|manager"
    r"|fixture|Premiership|championship|Championship)\b"
)


def nicknames_before_their_apostrophe(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a capitalised plural tagged PERSON between "the" and the possessive's
    bare apostrophe before a word of a side's season ("push", "season", "bid", "title",
    "defence", "hopes") the side, ORG: "Robben, who has been a key part of the Blues' push for
    four trophies" (seed 104's `Blues` PERSON; "the Gunners' season"). A person's possessive
    is "Smith's", and "the" opens no one's name; a family ("the Williams' season") is written
    so too, and a band ("the Streets' record"), so only in a sports report (a word of the game
    in the text) and only a PERSON: a people's or a party's plural ("the Tories' bid", NORP
    or ORG) keeps the model's reading. A surname is left too: a first name and its "s"
    ("Williams", "Roberts"), or the last word of a full name the text gives ("Venus
    Williams")."""
    if "' " not in text and "’ " not in text:
        return mentions
    sport: bool | None = None
    result: list[RawMention] = []
    for m in mentions:
        if (
            m.label == "PERSON"
            and " " not in m.text
            and m.text.endswith("s")
            and not m.text.endswith("ss")
            and m.text[:1].isupper()
            and _NICKNAME_APOSTROPHE.match(text, m.end) is not None
            and _THE_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
            and m.text[:-1].casefold() not in first_names()
        ):
            if sport is None:
                sport = _SPORT_WORDS.search(text) is not None
            surname = " " + m.text
            if sport and not any(
                o.label == "PERSON" and o.text.endswith(surname) for o in mentions
            ):
                result.append(replace(m, label="ORG", cue="TEAM"))
                continue
        result.append(m)
    return result


# A foul's or a tackle's words before the club's possessive and its player ("after a challenge
# with Lazio's Jaap Stam", round r40-sides).
_FOUL_BEFORE = re.compile(
    r"\b(?:a challenge (?:with|from|by)|a tackle (?:by|from|on)|fouled by|a clash with"
    r"|a collision with|brought down by|a foul by|a foul on) $"
)
_PLAYER_AFTER = re.compile(r"['’]s [A-Z][\w'’-]+ [A-Z][\w'’-]+")
# The club and its player glued in one mention ("Roma's Olivier Dacourt").
_CLUB_AND_PLAYER = re.compile(r"(?P<club>[A-Z][\w-]+)['’]s (?P<player>[A-Z][\w'’-]+ [A-Z][\w'’-]+)")


def clubs_of_a_fouled_player(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a one-word name tagged PERSON between a foul's words ("a challenge with",
    "a tackle by", "fouled by") and "'s <First> <Last>" the player's club, ORG: "after a
    challenge with Lazio's Jaap Stam" (seed 104's `Lazio` PERSON). A report names a player by
    his club's possessive there ("Juventus's Lilian Thuram"), and a player's own possessive
    before another full name names no one. Only one word: a full name's possessive ("a tackle
    by John Smith's brother") is a person's. The model's one mention of both ("a challenge with
    Roma's Olivier Dacourt", seed 104's one ORG) is parted there: the club, ORG, and the player,
    PERSON."""
    if "'s " not in text and "’s " not in text:
        return mentions
    result: list[RawMention] = []
    for m in mentions:
        glued = _CLUB_AND_PLAYER.fullmatch(m.text) if "s " in m.text else None
        if glued is not None and _FOUL_BEFORE.search(text, max(0, m.start - 30), m.start):
            result += _parted(
                m, glued.end("club"), glued.start("player"), _TEAM, ("PERSON", "PERSON")
            )
            continue
        if (
            m.label == "PERSON"
            and " " not in m.text
            and _PLAYER_AFTER.match(text, m.end) is not None
            and _FOUL_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
        ):
            result.append(replace(m, label="ORG", cue="TEAM"))
            continue
        result.append(m)
    return result
