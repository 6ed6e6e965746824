"""A list of brands after "brands|marques|labels are|include|including", its possessive members
whole (round r48b-tech, seed 157's business/467 and its "Rules these errors suggest").

`entity_listed_firms.listed_brands` reads the members after "brands such as|like|including|
include" and before "brands"; two shapes of the same list were left, and each leaves a brand
labelled PERSON (the issue's second target):

- the list's kind is "marques" or "labels", or its verb is "are": "Fiat's brands are Lancia and
  Alfa Romeo" gives `Lancia` and `Alfa Romeo` PERSON; "its most profitable labels including Moet
  & Chandon champagne and Louis Vuitton" gives `Louis Vuitton` PERSON (the even half's
  business/418);
- a member named with a possessive ("Foster's", "John Smith's", "Jacob's Creek"): the model cuts
  the name before "'s" and tags the founder, and `listed_brands` leaves a mention that stops short
  of its member's edge. "Its top brands include Newcastle Brown Ale, Foster's, John Smith's,
  Strongbow and Kronenbourg" gives `Foster` and `John Smith` PERSON; "brands including Chivas
  Regal Scotch whisky, Havana Club rum and Jacob's Creek wine" gives `Jacob` PERSON (the odd
  half's business/315 and business/005).

Each member the model labelled (or an earlier cue read) a person, a place, a work or an event is
the brand, with its
possessive and the words after it grown in ("Jacob's Creek"). Its label is its partners': ORG
where the list's other members the model tagged are more ORG than PRODUCT (a carmaker's marques
"Dodge and Jeep"), else PRODUCT (the house's brand, as `listed_brands`), and PRODUCT where the
member opens with a common first name ("Louis Vuitton": the name's look is a PERSON vote that
ties an ORG cue and wins, never a PRODUCT's). Left alone: a member the
model tagged ORG or PRODUCT (already a brand or its firm), a known place ("the UK and US
brands"), a mention that runs over the member's start, and "brands are backed by David Beckham"
(no list right after the verb).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_kind_lists import list_items
from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The list's kind and its verb ("brands are", "marques include", "labels, including").
_KIND = re.compile(
    r"\b(?:brands|marques|labels),? (?:are|such as|like|including|include|includes|included) "
)
# A member: capitalised words (a possessive's "'s" inside one), "of|the|&" between, and a goods
# word after it before the next join ("Moet & Chandon champagne and Louis Vuitton").
_WORD = r"(?:[A-Z0-9]|[a-z]+[A-Z])[\w'’-]*"
_ITEM = re.compile(rf"{_WORD}(?: (?:(?:of|the|&) )?{_WORD})*(?: [a-z]+(?=, | and | or ))?")
_GOODS_WORD = re.compile(r" [a-z]+")
_POSSESSIVE = re.compile(r"['’]s\b")
_RELABELLED = ("PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT")


def _member_name(text: str, start: int, end: int) -> int:
    """The end of the member's name: its goods word after it left out."""
    tail = re.search(r" [a-z]+\Z", text[start:end])
    return start + tail.start() if tail else end


def brands_listed_after_their_verb(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each member of a list of brands (the module's doc) the model labelled a
    person, a place, a work or an event the brand, grown over its possessive, labelled as its
    partners."""
    if "brands" not in text and "marques" not in text and "labels" not in text:
        return mentions
    result = mentions
    for kind in _KIND.finditer(text):
        items = list_items(text, kind.end(), _ITEM)
        inside = [
            [i for i, m in enumerate(result) if m.start < end and start < m.end]
            for start, end in items
        ]
        partners = Counter(
            result[i].label
            for found in inside
            for i in found
            if result[i].label in ("ORG", "PRODUCT")
        )
        label = "ORG" if partners["ORG"] > partners["PRODUCT"] else "PRODUCT"
        for (start, end), found in zip(items, inside, strict=True):
            if len(found) != 1:
                continue  # no name, or two names in one member
            i = found[0]
            m = result[i]
            if (m.cue or m.label) not in _RELABELLED or m.start != start:
                continue
            name_end = _member_name(text, start, end)
            tail = text[m.end : name_end] if m.end <= name_end else "?"
            if tail and not _POSSESSIVE.match(tail):
                continue  # stops short of its member's edge by more than a possessive
            if known_place(text[start:name_end]):
                continue
            if result is mentions:
                result = list(mentions)
            name = text[start:name_end]
            brand = "PRODUCT" if person_by_first_name(name) else label
            result[i] = replace(m, text=name, end=name_end, label=brand, cue=brand)
    return result
