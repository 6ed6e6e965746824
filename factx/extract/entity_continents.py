"""Continents and the world's great regions are places, LOC (round r49b-misc).

- `continents`: a continent or a great region of the world ("Europe", "Asia", "Eurasia",
  "Australasia", "Oceania") the model tags GPE is LOC wherever it stands: "to influence public
  opinion in Europe and Eurasia" (PolNeAR sheet D's `Eurasia` GPE beside the same sentence's
  `Europe` LOC), "Nissan's operations across Asia and Australasia" (`Australasia` GPE). Before
  this, `entity_non_names.CONTINENTS` was read only after "Across|Throughout". A continent's
  word that opens or ends a longer name is left alone: "Eurasia Group" (a firm), "Asia Pacific",
  "South Africa" are other spans; and only the model's GPE is read ("Europe" as the Union is
  sometimes ORG).

Guarded by the words in the text before any mention is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_non_names import CONTINENTS

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The continents `entity_non_names` reads after "Across|Throughout", and the great regions it
# does not list.
_CONTINENT_NAMES = sorted(CONTINENTS | {"Antarctica", "Central America", "Eurasia", "Oceania"})
_CONTINENT_WORDS = re.compile(r"\b(?:" + "|".join(_CONTINENT_NAMES) + r")\b")
_CONTINENT = re.compile(r"(?:the )?(?:" + "|".join(_CONTINENT_NAMES) + r")")
# A capitalised word run on after the name ("Eurasia Group", "Asia Pacific"): another name.
_NAME_GOES_ON = re.compile(r" ?[A-Z&]")


def continents(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions tagged GPE that are a continent or a great region alone
    (the module's doc, `continents`)."""
    if not _CONTINENT_WORDS.search(text):
        return
    for i, m in enumerate(mentions):
        if m.label != "GPE" or not _CONTINENT.fullmatch(m.text):
            continue
        if _NAME_GOES_ON.match(text, m.end) or re.search(r"[A-Z][\w'’-]* $", text[: m.start]):
            continue  # "Eurasia Group", "Asia Pacific", "Greater Asia": a longer name's word
        yield i
