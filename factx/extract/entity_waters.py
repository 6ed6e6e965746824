"""Waters and a museum's venues the model takes for people (round r40d-places).

- `named waters`: a name ending in a word of open water ("Harbour", "Bay", "Sound", "Estuary")
  right after a preposition of place ("in", "on", "at", "across", "into", "off", "around",
  with or without "the") is the water, LOC: "Boats sailed across Sydney Harbour" is tagged
  `Sydney Harbour` PERSON, "moored off Plymouth Sound" FAC. Only over the model's PERSON and FAC
  (and its ORG but for "Bay", a team's town: "lost at Tampa Bay"); its GPE stays, as a town may
  end in "Bay" ("Montego Bay"). "Firth" is left out: it is also a surname ("Colin Firth").
  Seed 109's `Sydney Harbour` FAC and my sentence's `Botany Bay` PERSON.
- `owned centres`: "the <Owner> Museum|Gallery|University|Trust|College's <Name> Centre|Wing|
  Hall" is the owner's venue, FAC, never a person: "at the Science Museum's Dana Centre" gives
  `Dana Centre` PERSON (seed 111). Only over the model's PERSON.

Each is guarded by its words in the text before any mention is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WATER_WORDS = re.compile(r" (?:Harbour|Bay|Sound|Estuary)\b")
_WATER_END = re.compile(r"^(?:[A-Z][\w'’-]* ){1,2}(?P<kind>Harbour|Bay|Sound|Estuary)$")
_PLACE_BEFORE = re.compile(r"\b(?:in|on|at|across|into|off|around)(?: the)? $")
_WATER_MISREADS = frozenset({"PERSON", "FAC", "ORG"})

_OWNED_WORDS = re.compile(r"(?:Museum|Gallery|University|Trust|College)['’]s [A-Z]")
_OWNER_BEFORE = re.compile(r"(?:Museum|Gallery|University|Trust|College)['’]s $")
_VENUE_END = re.compile(r"^(?:[A-Z][\w'’-]* ){1,2}(?:Centre|Wing|Hall)$")


def named_waters(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions that name a water after a preposition of place (the
    module's doc, `named waters`)."""
    if not _WATER_WORDS.search(text):
        return
    for i, m in enumerate(mentions):
        if m.label not in _WATER_MISREADS:
            continue
        end = _WATER_END.match(m.text)
        if end is None or (m.label == "ORG" and end.group("kind") == "Bay"):
            continue
        if _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start):
            yield i


def owned_centres(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions tagged PERSON that name a museum's, gallery's or
    university's venue after its possessive (the module's doc, `owned centres`)."""
    if not _OWNED_WORDS.search(text):
        return
    for i, m in enumerate(mentions):
        if m.label != "PERSON" or not _VENUE_END.match(m.text):
            continue
        if _OWNER_BEFORE.search(text, max(0, m.start - 14), m.start):
            yield i
