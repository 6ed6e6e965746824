"""Disputed and sub-national regions are places, GPE (round r49d-labels).

- `regions`: "the Kremlin's 2014 annexation of Crimea", '"Crimea is off the table," he said'
  (PolNeAR sheet F's `Crimea` ORG three times; "Russian troops moved into Crimea" ORG on a
  sentence of my own). The place list (`place_names.known_place`, ISO 3166-2) knows no region
  that is disputed or whose ISO name is another ("Bayern"), and `world_city` knows no region,
  so nothing mended the model's ORG or PERSON. A closed list of such regions, each with a
  government of its own or claimed as a state's, hence GPE as OntoNotes tags "Kashmir" and
  "Darfur": the one word alone, tagged ORG, PERSON, NORP, FAC, PRODUCT or WORK_OF_ART, is the
  region. Left alone: a longer name built on it ("the Crimean War", "Kashmir Media Service",
  "Kurdistan Workers' Party", "Tibet House": the capitalised word after it, or a span of more
  words), and the model's LOC, which is not wrong.

Guarded by the words in the text before any mention is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_REGION_NAMES = (
    "Crimea",
    "Chechnya",
    "Kashmir",
    "Darfur",
    "Catalonia",
    "Kurdistan",
    "Tibet",
    "Donbas",
    "Donbass",
    "Transnistria",
    "Xinjiang",
    "Dagestan",
    "Ingushetia",
    "South Ossetia",
    "Nagorno-Karabakh",
    "Somaliland",
    "Puntland",
    "Tigray",
    "Balochistan",
    "Baluchistan",
)
_REGION_WORDS = re.compile(r"\b(?:" + "|".join(_REGION_NAMES) + r")\b")
_REGION = re.compile("|".join(_REGION_NAMES))
_SLIPS = frozenset({"ORG", "PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})
# A capitalised word run on after the name ("Kashmir Media Service"): another name.
_NAME_GOES_ON = re.compile(r" ?[A-Z&]")
# A capitalised word before the name, no sentence's opening preposition: "Free Tibet".
_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:In|At|From|Of|To|Into|Across|Outside|Near|And|But|On|Over) )"
    r"[A-Z][\w'’-]* $"
)


def regions(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions of a listed region alone tagged as no place (the module's
    doc, `regions`)."""
    if not _REGION_WORDS.search(text):
        return
    for i, m in enumerate(mentions):
        if m.label not in _SLIPS or m.cue or not _REGION.fullmatch(m.text):
            continue
        if _NAME_GOES_ON.match(text, m.end) or _NAME_BEFORE.search(
            text, max(0, m.start - 30), m.start
        ):
            continue  # "Kashmir Media Service", "Free Tibet": a longer name's word
        yield i
