"""Australia's states and territories and Canada's provinces are places, GPE (round r50-places).

- `states`: the Lee hand check's sheets A-D and F found them LOC, ORG or PERSON on every sheet:
  "the Big Rock mine in Western Australia" LOC, "New South Wales" LOC, "while the ACT and
  Tasmania" ORG, "New South Wales, Victoria, Queensland, South Australia" LOC and GPE mixed in one
  list. A US state the model tags GPE nearly always; these it does not, and the place list
  (`place_names.known_place`) says only that a name may be a place. A closed list of first-level
  divisions, GPE as OntoNotes tags a state: the name alone, with its possessive or its "the"
  ("the Northern Territory"), tagged LOC, ORG, PERSON, NORP, FAC, PRODUCT, WORK_OF_ART or EVENT.
  Left alone: a longer name built on it ("NSW Police", "Victoria Police", "Western Australia
  Cricket Association", "Queensland University of Technology": a capitalised word after it; "Free
  Tasmania": one before it), lower-case "western Australia" (no member), "Victoria" the model
  tags PERSON or that a person's words surround ("Victoria said", "Victoria Beckham"), and the
  short forms ("NSW", "ACT", "WA", "SA", "NT", "Qld", "Tas") in an article that names no
  Australian state in full nor Australia (an "ACT" test, "Renault SA").

Guarded by the words in the text before any mention is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_FULL_NAMES = (
    "New South Wales",
    "Victoria",
    "Queensland",
    "South Australia",
    "Western Australia",
    "Tasmania",
    "Northern Territory",
    "Australian Capital Territory",
    "Ontario",
    "Quebec",
    "British Columbia",
    "Alberta",
    "Manitoba",
    "Saskatchewan",
    "Nova Scotia",
    "New Brunswick",
    "Newfoundland and Labrador",
    "Prince Edward Island",
    "Yukon",
    "Nunavut",
    "Northwest Territories",
)
_SHORT_NAMES = ("NSW", "ACT", "WA", "SA", "NT", "Qld", "Tas")
_STATE_WORDS = re.compile(r"\b(?:" + "|".join(_FULL_NAMES + _SHORT_NAMES) + r")\b")
_STATE = re.compile(r"(?:the |The )?(?:" + "|".join(_FULL_NAMES) + r")(?:['’]s?)?")
_SHORT = re.compile(r"(?:the |The )?(?:" + "|".join(_SHORT_NAMES) + r")(?:['’]s)?")
# An article that names Australia or one of its states in full: the short forms are its states.
_AUSTRALIA = re.compile(
    r"\b(?:Australia|Australian|Australians|New South Wales|Queensland|Tasmania|Sydney|Melbourne"
    r"|Brisbane|Perth|Adelaide|Canberra|Darwin|Hobart)\b"
)
# An article that names Canada: "Alberta", "Yukon" are its provinces, not a car ("the GMC
# Savana, Sierra and Yukon" of the even half's business/026, ORG).
_CANADA = re.compile(
    r"\b(?:Canada|Canadian|Canadians|Toronto|Montreal|Vancouver|Ottawa|Calgary|Edmonton|Winnipeg)\b"
)
_CANADIAN = frozenset(_FULL_NAMES[8:])
_SLIPS = frozenset({"LOC", "ORG", "PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
# A capitalised word run on after the name ("NSW Police", "Victoria Cross"): another name.
_NAME_GOES_ON = re.compile(r" ?[A-Z&]")
# A capitalised word before the name, no sentence's opening preposition: "Free Tasmania".
_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:In|At|From|Of|To|Into|Across|Outside|Near|And|But|On|Over|Both|While"
    r"|The|Only|Even|Unlike|Like|Throughout|Within|Beyond|Since|Until|With|Without|For"
    r"|Neither|Either|Nor|Or|Then|Now|Yet|So|As|Also|Western|South)\b)[A-Z][\w'’-]* $"
)
# "Victoria said she", "Victoria, 34, a nurse": a woman named by her first name.
_PERSON_AFTER = re.compile(
    r",? (?:\d|[a-z]+ )?(?:said|says|told|added|asked|replied|explained|who|whose|herself|himself|"
    r"was born|is married|married|smiled|laughed|cried)\b"
)


def states(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions of a listed state, territory or province alone tagged as no
    place or as a person (the module's doc, `states`)."""
    if not _STATE_WORDS.search(text):
        return
    australian = _AUSTRALIA.search(text) is not None
    canadian = _CANADA.search(text) is not None
    for i, m in enumerate(mentions):
        if m.label not in _SLIPS or m.cue:
            continue
        if _STATE.fullmatch(m.text):
            bare = re.sub(r"^(?:the|The) |['’]s?$", "", m.text)
            if bare in _CANADIAN and not canadian:
                continue  # "the GMC Savana, Sierra and Yukon": a car
            if bare == "Victoria" and (
                m.label == "PERSON" or _PERSON_AFTER.match(text, m.end) or not australian
            ):
                continue  # "Victoria said she", "Victoria Beckham": a woman
            if m.label == "PERSON" and " " not in bare and bare not in ("Queensland", "Tasmania"):
                continue  # "Alberta", "Yukon" as a person's name: the model's person stays
        elif not (australian and _SHORT.fullmatch(m.text)):
            continue
        if _NAME_GOES_ON.match(text, m.end) or _NAME_BEFORE.search(
            text, max(0, m.start - 30), m.start
        ):
            continue  # "NSW Police", "Victoria Cross", "Free Tasmania": a longer name's word
        yield i
