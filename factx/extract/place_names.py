"""Places a package already knows: the names of the world's regions, counties, states and
large cities' districts (ISO 3166-2, from pycountry, a dependency already).

The model takes many a county or town for a person or a firm ("visits to Manchester, Torbay
and Dorset": PERSON, PERSON, ORG). Knowing the name is a place is not enough ("Halifax" is a
bank, "Reading" a club): a cue says where the article's words use it as one ("in", "visits
to"), and this list says the name may be one. In a report of games, a town the model took
for a person is the town's team ("goalkicking for Sale", "Luton beat Swindon").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names, opens_with_first_name
from factx.extract.wordlists import word_sets

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The words between two teams of one game.
_PAIRED = frozenset({" against ", " v ", " vs ", " v. ", " vs. ", " versus "})
# A town before the sides it holds, or their game, is the town: "his Glasgow rivals", "the
# Merseyside derby", "the two Milan clubs" name no one team; so is a town before the athletes'
# meeting it holds ("The Glasgow meeting will see Jones compete": seed 96's `Glasgow` ORG).
_TOWN_OF_SIDES = re.compile(
    r" (?:rivals|rivalry|derby|derbies|clubs|sides|teams|giants|meeting|meet)\b"
)
# "the Glasgow club", "the London side": a town after "the" before one side's word is the town
# the side is from, as the region in "the Midlands club" is.
_THE_BEFORE = re.compile(r"(?<![\w-])(?:the|The) $")
_TOWN_OF_ONE_SIDE = re.compile(r" (?:club|side|outfit)\b")


@cache
def _place_keys() -> frozenset[str]:
    import pycountry  # deferred: its tables load on first use, not at import

    keys = set()
    for region in pycountry.subdivisions:
        # "Bristol, City of" is Bristol; "Kärnten (Carinthia)" is named both ways. A square
        # bracket holds a second language's name and the code ("Torfaen [Tor-faen]",
        # "Caerphilly [Caerffili GB-CAF]"): the English name before it is the key (round
        # r41c-bodies: the whole string was, so no Welsh council was known).
        name = region.name.split(" [")[0].split(",")[0]
        for part in name.replace(")", "").split(" ("):
            keys.add(part.strip().casefold())
        # "Glasgow City", "Aberdeen City", "Belfast City": a council named after its city,
        # which the article names without "City" ("areas such as London, Birmingham, Glasgow").
        if name.endswith(" City"):
            keys.add(name.removesuffix(" City").casefold())
    return frozenset(keys) | _home_extra()


@cache
def _home_extra() -> frozenset[str]:
    """British and Irish counties, regions and towns that ISO 3166-2 lacks ("Bedfordshire",
    "Merseyside", "Norwich"): no council of today bears their name, or it bears another."""
    return frozenset(name.casefold() for name in word_sets("home_places.json")["places"])


@cache
def _home_keys() -> frozenset[str]:
    """The keys of the counties, boroughs and provinces of Britain and Ireland only: the world's
    regions hold surnames and nicknames ("Saha", a Russian republic; "Bono", a Ghanaian
    region), a British or Irish news article's own places seldom are."""
    import pycountry

    keys = set()
    for country in ("GB", "IE"):
        for region in pycountry.subdivisions.get(country_code=country) or ():
            name = region.name.split(" [")[0].split(",")[0].removesuffix(" City")
            keys.add(name.casefold())
    return frozenset(keys) | _home_extra()


def home_place(name: str) -> bool:
    """Whether `name` ("Torbay", "Wandsworth", "Ulster") is a county, borough or province of
    Britain or Ireland."""
    return name.casefold() in _home_keys()


def known_place(name: str) -> bool:
    """Whether `name` ("Dorset", "the Punjab") is the name of a region pycountry knows."""
    if name[:4] in ("the ", "The "):
        name = name[4:]
    return name.casefold() in _place_keys()


def towns_as_teams(
    text: str, mentions: Sequence[RawMention], weak_persons: set[str], key: Callable[[str], str]
) -> None:
    """Mark as a team each lone name tagged PERSON that is a known place, where the article's
    words show other names as teams (a TEAM cue): "Luton", "Lazio", "Munster" in a sports
    report; a town before the sides it holds is the town ("his Glasgow rivals"). Not a name
    the article's words show as something else, a common first name
    ("Victoria"), nor a surname of a person named in full (`weak_persons` holds the keys of
    lone PERSON names that no full name holds: "Saha" beside "Louis Saha" is not among them).
    A known place tagged a place that is paired with a team ("Leicester against Newcastle",
    "Bath v Leicester") is a team too. `mentions` are in article order.
    """
    if not any(m.cue == "TEAM" for m in mentions):
        return  # most articles: no sport, nothing to look up
    for i, m in enumerate(mentions):
        if m.cue or not known_place(m.text):
            continue
        if m.label == "PERSON":
            if _TOWN_OF_SIDES.match(text, m.end) or _town_of_one_side(text, mentions, m, key):
                m.cue = "GPE"
            elif (
                key(m.text) in weak_persons
                and m.text.casefold() not in first_names()
                and text[m.start - 1 : m.start] != "("  # "Giggs (Saha 70)": a substitute
            ):
                m.cue = "TEAM"
        elif m.label == "ORG" and _town_of_one_side(text, mentions, m, key):
            m.cue = "GPE"
        elif m.label == "GPE" and any(
            0 <= j < len(mentions)
            and mentions[j].cue == "TEAM"
            and text[min(m.end, mentions[j].end) : max(m.start, mentions[j].start)] in _PAIRED
            for j in (i - 1, i + 1)
        ):
            m.cue = "TEAM"


def _town_of_one_side(
    text: str, mentions: Sequence[RawMention], m: RawMention, key: Callable[[str], str]
) -> bool:
    """Whether `m` is a town named once, after "the" and before one side's word: "with the
    Glasgow club", "the London side" (`_TOWN_OF_ONE_SIDE`). A name the article gives again is
    left alone: "the Chelsea side" beside "Chelsea won" is the club's."""
    if not _TOWN_OF_ONE_SIDE.match(text, m.end):
        return False
    if not _THE_BEFORE.search(text, max(0, m.start - 4), m.start):
        return False
    return sum(key(o.text) == key(m.text) for o in mentions) == 1


# A member's seat before its name: "the Labour MP for ", "the member for ".
_SEAT_BEFORE = re.compile(r"\b(?:MP|MPs|MSP|MEP|AM|member|candidate)(?: of Parliament)? for $")
# No more capitalised words after the seat's second place ("Eton and Slough Labour party").
_NAME_GOES_ON = re.compile(r" [A-Z]|[\w'’-]")


def seats_by_their_and(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions (sorted by start), two places the model tagged apart over an "and" after
    "MP for" or "the member for" joined into the one seat they name, GPE: "the Labour MP for
    Eton and Slough" gives the model's "Eton" and "Slough", and the constituency is "Eton and
    Slough" (round r36-bodies, seed 71). Only two mentions, the first right after the seat's
    words and the second right after its "and" (the model may tag both as people), neither
    opening with a common first name ("the MP for Tom Hale and Jane Cole" is no seat's shape)."""
    result: list[RawMention] = []
    skip: set[int] = set()
    for index, m in enumerate(mentions):
        if index in skip:
            continue
        nxt = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            nxt is not None
            and not any(opens_with_first_name(p.text) for p in (m, nxt))
            and text[m.end : nxt.start] == " and "
            and _SEAT_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
            and _NAME_GOES_ON.match(text, nxt.end) is None
        ):
            skip.add(index + 1)
            m = replace(m, text=text[m.start : nxt.end], end=nxt.end, label="GPE", cue="GPE")
        result.append(m)
    return result


# A share before a seat in a list of constituencies' figures: "ranged from 69% in ",
# "down to 10% in the ".
_SHARE_IN = re.compile(r"\d(?:\.\d+)?% in (?:the )?$")
# A seat's first place as the model may tag it: one word, or "the City of <Word>".
_ONE_PLACE = re.compile(r"(?:(?:the |The )?City of )?[A-Z][a-z'’-]+")
# What follows a seat in the list: the next seat's comma or share, or the sentence's end.
_SEAT_ENDS = re.compile(r"[,.;]| and \d| \(|$")
# The labels the model gives a seat named by a town and a word ("Bradford Moor" PERSON,
# "Sheffield Brightside" ORG) that a list of constituencies shows is a place.
_SEAT_LABELS = frozenset({"PERSON", "ORG", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT"})


def seats_in_a_share_list(
    text: str, mentions: list[RawMention], country: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions (sorted by start), the seats of a list of constituencies' figures places,
    each whole: "Participation at constituency level ranged from 69% in Kensington and Chelsea,
    65% in the City of London and Westminster ... down to 8% in Nottingham North and Sheffield
    Brightside" (seed 139's politics/246) gives the model's "Kensington" and "Chelsea", "the
    City of London" and "Westminster" apart, and "Sheffield Brightside" ORG. Right after "<n>%
    in", two one-word places over an "and" that the next seat's comma or share (or the
    sentence's end) closes are one seat, GPE (as `seats_by_their_and` joins them after "MP
    for"); a seat of more words ("Nottingham North") is one of two seats the "and" lists, and a
    seat there the model labels a person or a body is a place. Only in a paragraph that names
    constituencies before the seat ("constituency", "constituencies"), never two countries
    ("rose 2% in England and Wales"): trains between Leeds and York, or house prices up 5% in
    Leeds and York, are two places. Guarded by two searches of the text."""
    if "% in " not in text or "constituenc" not in text:
        return mentions
    result: list[RawMention] = []
    skip: set[int] = set()
    seat_before = False  # the mention before was a seat of the list
    for index, m in enumerate(mentions):
        if index in skip:
            continue
        after_share = _SHARE_IN.search(text, max(0, m.start - 12), m.start) is not None
        after_seat = seat_before and text[result[-1].end : m.start] == " and "
        seat_before = False
        if not (after_share or after_seat) or not _names_constituencies(text, m.start):
            result.append(m)
            continue
        nxt = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            after_share
            and nxt is not None
            and text[m.end : nxt.start] == " and "
            and _ONE_PLACE.fullmatch(m.text) is not None
            and _ONE_PLACE.fullmatch(nxt.text) is not None
            and not nxt.text.startswith(("the ", "The ", "City "))
            and not country(m.text)
            and not country(nxt.text)
            and _SEAT_ENDS.match(text, nxt.end) is not None
        ):
            skip.add(index + 1)
            m = replace(m, text=text[m.start : nxt.end], end=nxt.end, label="GPE", cue="GPE")
        elif m.label in _SEAT_LABELS and not country(m.text):
            m = replace(m, label="GPE", cue="GPE")
        result.append(m)
        seat_before = m.label == "GPE"
    return result


def _names_constituencies(text: str, start: int) -> bool:
    """Whether the paragraph of `start` names constituencies before it."""
    paragraph = text.rfind("\n", 0, start) + 1
    return text.find("constituenc", paragraph, start) >= 0


# A region named by its "state" after a country's possessive or "the" (round r38-places):
# "India's Tamil Nadu state said", "the Orissa state government". Not a firm of the state's
# ("Russia's Rosneft state oil company"): the word after "state" is a clause's or a state's own.
_STATE_AFTER = re.compile(
    r" state(?=[,.;]| (?:government|governments|official|officials|capital|assembly|legislature"
    r"|chief minister|minister|ministers|police|election|elections|governor|border|of|said|says"
    r"|has|had|is|was|and|in|where|which|on|to|for|last|this)\b)"
)
_COUNTRY_POSSESSIVE = re.compile(r"(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s $|\bthe $")
# Not the model's NORP: "the Jewish state" is a people's (Israel), no state of that name.
_STATE_LABELS = frozenset({"PERSON", "ORG", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})


def states_by_their_word(
    text: str, mentions: list[RawMention], country: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, a name between a country's possessive (or "the") and "state" a state,
    GPE, at that mention and every other of the same name ("A Tamil Nadu official"): the
    article calls it a state once, and it stays one (seed 93's grader: "India's Tamil Nadu
    state" PERSON, `Andhra Pradesh` ORG). Only a name the model did not tag a place of its
    own, and never a country's name ("the Vatican state")."""
    states: set[str] = set()
    for m in mentions:
        if m.label not in _STATE_LABELS or not text.startswith(" state", m.end):
            continue
        before = _COUNTRY_POSSESSIVE.search(text, max(0, m.start - 30), m.start)
        if (
            before is not None
            and (before.group("country") is None or country(before.group("country")))
            and _STATE_AFTER.match(text, m.end) is not None
            and not country(m.text)
        ):
            states.add(m.text)
    if not states:
        return mentions
    return [
        replace(m, label="GPE", cue="GPE") if m.text in states and m.label != "GPE" else m
        for m in mentions
    ]


# A village named for its church's saint, "<Name> St <Name>" ("Stoke St Mary", "Chalfont St
# Peter", round r38-places), after a place's preposition: the model tags it a person or a
# building. Not after "from" or "at", where a club's such name goes ("a move from Paris St
# Germain"), nor before a possessive.
_SAINTS_VILLAGE = re.compile(r"[A-Z][a-z]+ St [A-Z][a-z]+")
_VILLAGE_BEFORE = re.compile(r"\b(?:in|near|leaving|outside|village of|around) $")
_VILLAGE_LABELS = frozenset({"PERSON", "FAC", "ORG", "LOC", "WORK_OF_ART"})


def saints_villages(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a "<Name> St <Name>" after "in", "near" or "leaving" a village, GPE (see
    `_SAINTS_VILLAGE`; seed 92's grader: "seen leaving Stoke St Mary at speed" FAC)."""
    result: list[RawMention] = []
    for m in mentions:
        if (
            m.label in _VILLAGE_LABELS
            and " St " in m.text
            and _SAINTS_VILLAGE.fullmatch(m.text) is not None
            and _VILLAGE_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
            and not text.startswith(("'s", "’s"), m.end)
        ):
            result.append(replace(m, label="GPE", cue="GPE"))
            continue
        result.append(m)
    return result


# A compass point before a lower-cased "country" after "the": "the West country derby", the
# region (the West Country) written with a small "c".
_COMPASS = frozenset({"North", "South", "East", "West"})
_THE_OF_REGION = re.compile(r"(?<![\w-])(?:the|The) $")


def regions_before_country(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a compass point the model tagged alone before a lower-cased "country"
    ("in the West country derby": `West` LOC) grown over it, the region whole, LOC ("West
    country", the West Country written with a small "c": seed 112's sport/285). Only a lone
    compass word right after "the" and before " country" that no word joins ("the West country's
    clubs" too); "the country" alone is no region."""
    if " country" not in text:
        return mentions
    result: list[RawMention] = []
    for m in mentions:
        if (
            m.text in _COMPASS
            and text.startswith(" country", m.end)
            and not text[m.end + 8 : m.end + 9].isalpha()
            and _THE_OF_REGION.search(text, max(0, m.start - 4), m.start) is not None
        ):
            end = m.end + 8
            result.append(replace(m, text=text[m.start : end], end=end, label="LOC", cue="LOC"))
            continue
        result.append(m)
    return result
