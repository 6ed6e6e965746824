"""Acts' and people's names the model cuts or glues in music and politics news (round
r37d-acts, from seeds 82-84's "Rules these errors suggest").

`band's singular before a member`: "include Sex Pistol John Lydon", "Clash John Strummer": a
band's singular written right before a member's full name is no name of its own (r36-acts's
`_after_former_members_word` reads it only after "former", "future", "fellow" or "ex-", inside
one span; here the model tags two spans side by side, `Sex Pistol` PERSON, `Clash` GPE). The
first is one or two capitalised words tagged PERSON or GPE, no place, people or first name, the
second a full name with a common first name tagged PERSON, one space between: the first goes.

`hyphened first name`: "Bjorn Ulvaeus, Benny Andersson and Anni-Frid Lyngstad": two capitalised
parts joined by a hyphen and a capitalised surname are one person's full name, PERSON, where the
model tagged a part of it a person or a people's word (`Anni` NORP) and nothing of it a firm;
neither part a place or a people's word ("Anglo-French", "Austro-Hungarian").

`peers listed after Lords`: "sitting with Lords Mance, Steyn, Hope and Walker": each name in a
list after the plural title is a peer, PERSON, the title outside the first; the model tags
`Lords Mance` ORG, `Steyn` ORG and misses the others. Not "the House of Lords".

`peer's bill`: "Labour peer Lord Dubs' Succession to the Crown Bill", "Lord Smith's Reform of
the Peerage Bill": a peer's possessive before a bill's capitalised title parts at the
possessive, the peer PERSON, the bill from its first word to "Bill" one LAW with its small
words; the model glues the peer to the bill's first word (`Dubs' Succession` ORG) and cuts the
bill at "the" (`the Crown Bill`), or reads it as a work.

`short first name before a surname` (round r42c-music): "hits by the Byrds, Ry Cooder and the
Beach Boys": in an article about music, a capitalised word of two or three letters right
before a one-word PERSON, inside a list or after "by", "with" or "and" (a comma or a lower-case
word before it, so it opens no sentence), is the person's first name, and the mention grows
over it (`Ry Cooder`); the model keeps only `Cooder`. Not a title ("Mr", "Dr", "St", "Sir"):
those are a closed class, and no other short capitalised word stands between "by" and a
surname.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from factx.extract.entity_acts import replaced
from factx.extract.entity_bands import about_music
from factx.extract.first_names import first_names, opens_with_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention
    from factx.extract.entity_acts import Adder

_CAPITALISED = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")
# `short first name before a surname`: a list's comma or a lower-case word, the short name, one
# space, then the mention's start.
_SHORT_FIRST = re.compile(r"(?:, |\b(?:by|with|and|from|featuring) )(?P<first>[A-Z][a-z]{1,2}) $")
_TITLES = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "St", "Sir", "Rev", "Gen", "Col", "Sgt", "Lt", "Maj", "Cpl"}
    | {"Pc", "Jr", "Sr", "Mme", "Fr", "Mt", "Ft"}
)


def band_singulars(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    a_place_or_people: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, less a band's singular right before a member's full name (the module's
    doc)."""
    spans = []
    for before, after in pairwise(mentions):
        if (
            after.start == before.end + 1
            and text[before.end] == " "
            and before.label in ("PERSON", "GPE")
            and after.label == "PERSON"
            and _CAPITALISED.fullmatch(before.text)
            and " " in after.text
            and opens_with_first_name(after.text)
            and before.text.split()[0].casefold() not in first_names()
            and not known_place(before.text)
            and not a_place_or_people(before.text)
        ):
            spans.append((after.start, after.end, before.start, after.end))
    if not spans:
        return list(mentions)
    return replaced(text, mentions, layouts, add, spans, ("PERSON", "PERSON"))


_HYPHENED = re.compile(
    r"(?<![\w'’&.-])(?P<first>[A-Z][a-z]+)-(?P<second>[A-Z][a-z]+) (?P<last>[A-Z][a-z]+)"
    r"(?![\w&-]|['’][a-rt-z]|['’]s\w)"
)


def hyphened_first_names(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    a_place_or_people: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, with each hyphened first name and its surname one person (the module's
    doc)."""
    spans = []
    for match in _HYPHENED.finditer(text):
        start, end = match.span()
        inside = [m for m in mentions if m.start < end and m.end > start]
        if (
            inside
            and all(m.label in ("PERSON", "NORP") for m in inside)
            and not any(m.start <= start and m.end >= end for m in inside)
            and not any(
                known_place(match.group(part)) or a_place_or_people(match.group(part))
                for part in ("first", "second", "last")
            )
        ):
            spans.append((start, end, start, end))
    if not spans:
        return list(mentions)
    return replaced(text, mentions, layouts, add, spans, ("PERSON", "PERSON"))


_LORDS_LIST = re.compile(
    r"(?<!of )(?<![\w'’&.-])Lords (?P<names>[A-Z][a-z]+(?:, [A-Z][a-z]+)*,? and [A-Z][a-z]+)"
    r"(?![\w&-])"
)
_NAME = re.compile(r"[A-Z][a-z]+")


def listed_peers(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each name listed after "Lords" a peer, PERSON, the title outside
    (the module's doc)."""
    if "Lords " not in text:
        return list(mentions)
    spans = []
    for match in _LORDS_LIST.finditer(text):
        offset = match.start("names")
        for index, name in enumerate(_NAME.finditer(match.group("names"))):
            start, end = offset + name.start(), offset + name.end()
            spans.append((start, end, match.start() if index == 0 else start, end))
    if not spans:
        return list(mentions)
    return replaced(text, mentions, layouts, add, spans, ("PERSON", "PERSON"))


_PEERS_BILL = re.compile(
    r"(?<![\w'’&.-])(?:Lord|Lady|Baroness) (?P<peer>[A-Z][a-z]+)(?:['’]s|(?<=s)['’]) "
    r"(?P<bill>[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|the|to|and|for|on|in))*? Bill)(?![\w&-])"
)


def peers_bills(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with a peer's possessive before a bill parted: the peer PERSON, the bill
    LAW (the module's doc)."""
    if " Bill" not in text:
        return list(mentions)
    matches = list(_PEERS_BILL.finditer(text))
    if not matches:
        return list(mentions)
    bills = [(*m.span("bill"), m.start("peer"), m.end("bill")) for m in matches]
    found = replaced(text, mentions, layouts, add, bills, ("LAW", "LAW"))
    peers = [(*m.span("peer"), *m.span("peer")) for m in matches]
    return replaced(text, found, layouts, add, peers, ("PERSON", "PERSON"))


def short_first_names(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, with a one-word PERSON grown over a short first name before it in an
    article about music ("by the Byrds, Ry Cooder": `short first name before a surname`, the
    module's doc)."""
    found = False
    result = list(mentions)
    for i, m in enumerate(result):
        if m.label != "PERSON" or " " in m.text or not m.text[:1].isupper():
            continue
        match = _SHORT_FIRST.search(text, max(0, m.start - 16), m.start)
        if match is None or match.group("first") in _TITLES or known_place(match.group("first")):
            continue
        if not about_music(text):
            return list(mentions)
        start = match.start("first")
        if any(o.end > start and o.start < m.start for o in result):
            continue  # another mention holds the short word
        result[i] = replace(m, text=text[start : m.end], start=start)
        found = True
    return result if found else list(mentions)
