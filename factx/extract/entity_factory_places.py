"""The place a firm's works stand in, which the model reads as the firm: "at its vast Cowley
factory" and "The Cowley factory" tagged `Cowley` ORG, "Rover's Longbridge plant" tagged
`Longbridge` ORG or NORP (round r53-works, BBC sheet 53B; the even half's business/212).

A firm's possessive before "<Name> factory|plant|works" ("Rover's", "its", "their", an adjective
between: "its vast", "its loss-making") writes the owner first, so the capitalised name between
is where the works stand, GPE. Where the article writes the name so once, each of its mentions
right before "factory|plant|works" ("The Cowley factory, which initially ...") is the place too.
A name right after "factory|plant|works in|at" ("the main Rover factory in Longbridge") is the
place at each of its mentions ("cars produced at Longbridge", the model's ORG, which tied with
the model's GPE and took the firm's label), unless the words around one of them cue a firm.
The change is each such mention's vote, not a cue: a firm named after its brand ("its
loss-making Saab factory", beside five "Saab" of the carmaker) keeps the label of its other
mentions, as the vote decides, and "the Nissan factory" with no owner before it is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.evidence import a_people_by_name

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A firm's possessive, and an adjective at most, right before the name.
_OWNER_BEFORE = re.compile(r"(?:\b[A-Z][\w&-]*['’]s|\b[Ii]ts|\b[Tt]heir)(?: (?:[a-z]+-)?[a-z]+)? $")

# A kind of works right after the name.
_WORKS_AFTER = re.compile(
    r" (?:(?:car|engine|assembly|steel|production) )?(?:factory|factories|plant|plants|works)\b"
)

# A kind of works and "in|at" right before the name.
_WORKS_BEFORE = re.compile(r"\b(?:factory|factories|plant|plants|works) (?:in|at) $")

# One or two capitalised words, a place's name ("Cowley", "Browns Lane").
_NAME = re.compile(r"(?:[Tt]he )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)")

# The labels the model gives such a place, taking it for its firm, a person or a product.
_MOVED = frozenset({"ORG", "PERSON", "PRODUCT", "NORP"})


def factory_places(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with each name the article writes between a firm's possessive and
    "factory|plant|works" given a place's vote, GPE, at each of its mentions before such a
    word, and each name it writes after "factory|plant|works in|at" at each of its mentions."""
    owned: set[str] = set()
    sited: set[str] = set()
    for m in mentions:
        name = _name(m)
        before = max(0, m.start - 40)
        if name and _WORKS_AFTER.match(text, m.end) and _OWNER_BEFORE.search(text, before, m.start):
            owned.add(name)
        place = _place_shaped(m)  # the model's GPE too: "the main Rover factory in Longbridge"
        if place and _WORKS_BEFORE.search(text, before, m.start):
            sited.add(place)
    sited -= {_place_shaped(m) for m in mentions if m.cue == "ORG"}  # a firm by its words
    if not owned and not sited:
        return mentions
    return [
        replace(m, label="GPE")
        if _name(m) in sited or (_name(m) in owned and _WORKS_AFTER.match(text, m.end))
        else m
        for m in mentions
    ]


def _name(m: RawMention) -> str | None:
    """The place's name a mention holds, if its label and shape may be one's: no people's word
    ("its Welsh plant")."""
    if m.label not in _MOVED or not m.votes:
        return None
    return _place_shaped(m)


def _place_shaped(m: RawMention) -> str | None:
    """The name a mention holds, if it has a place's shape, whatever its label."""
    found = _NAME.fullmatch(m.text)
    if found is None or a_people_by_name(found.group(1)):
        return None
    return found.group(1)
