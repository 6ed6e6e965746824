"""A first name's look does not outvote the model's place where the words around it show one.

A name of two words that opens with a common first name ("Belle Vue", "Beverly Hilton", "Tora
Bora") carries the first-name cue (`evidence.FIRST_NAME`), the weakest of the PERSON cues, and in
`_Group.label` any cue outvotes the model's own vote: so the model's GPE, LOC or FAC of a place
named like a person became PERSON. Round 53's BBC sheet 53G: "greyhound tracks at Wimbledon in
London, Belle Vue in Manchester, ..." (the model's GPE, factx's PERSON). The same shape in the
rest of the corpus: "which will take place at the Beverly Hilton hotel" (the model's GPE, made
PERSON), "into the mountains of the Tora Bora region" (the model's GPE, made PERSON).

The cue gives way (the model's label stands) where the model read a place (GPE, LOC, FAC) and
the words around the name are a place's:

- "<Name> in <Place>", the place a country, a world city or a known region, after a list's comma
  or a lower-case word ("Belle Vue in Manchester"), never after a title or another capitalised
  word ("President Thabo Mbeki in Pretoria");
- "at|near|outside [the] <Name>" ("at Belle Vue", "at the Beverly Hilton");
- "the <Name> <kind>", a place's lower-case kind word after it ("the Tora Bora region", "the
  Beverly Hilton hotel"): there the kind word gives the label, FAC for a building's word and
  LOC for a land's (`PLACE_KIND_CUES`), as the model's GPE of a hotel is no better.

Not where a person's words follow the name (", who", "said", "told", "he", "she": "... at
Wimbledon, Rio Ferdinand said he"); not after "from", "to" or a bare "in": the corpus holds
"a drop-goal effort from Luciano Orquera" (the model's FAC, a player) and "her role in Vera
Drake" (a film), where the place's preposition is no place's.
"""

from __future__ import annotations

import re

from factx.extract.place_names import known_place
from factx.extract.world_cities import world_city

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# "at Belle Vue", "at the Beverly Hilton", "near Rose Hill".
_AT_BEFORE = re.compile(r"(?<![\w-])(?:at|near|outside)\s+(?:the\s+)?$")
# "Belle Vue in Manchester": a place's name after "in".
_IN_A_PLACE = re.compile(r"\s+in\s+((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)(?![\w'’-])")
# A title or another capitalised word right before the name: "President Thabo Mbeki in".
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+$")
# "the Beverly Hilton hotel", "the Tora Bora region": a place's kind word after the name, a
# building's (FAC) or a land's (LOC).
_KIND_AFTER = re.compile(
    r"\s+(?:(?P<fac>hotel|track|stadium|ground|airport|prison|jail|hospital|racecourse)"
    r"|(?P<loc>region|area|district|suburb|valley|mountains|island))s?\b"
)
_THE_BEFORE = re.compile(r"(?<![\w-])(?:the|The)\s+$")
# A person's words right after the name: "Rio Ferdinand, who", "Rio Ferdinand has said he".
_PERSON_AFTER = re.compile(
    r"(?:\s*,)?\s+(?:who|whose|said|says|has said|told|tells|he|she|his|her)\b|['’]s\s+(?:wife"
    r"|husband|son|daughter)\b"
)


def place_kind(before: str, after: str) -> str | None:
    """FAC or LOC where the name stands as "the <Name> <kind>", a building's kind word ("the
    Beverly Hilton hotel") or a land's ("the Tora Bora region") after it; None otherwise."""
    kind = _KIND_AFTER.match(after) if _THE_BEFORE.search(before) else None
    if kind is None:
        return None
    return "FAC" if kind.group("fac") else "LOC"


def place_by_its_words(label: str, before: str, after: str) -> bool:
    """Whether the model's place (`label`), with the words `before` and `after` it, stands in a
    place's words, so that a first name's look does not outvote it (the module's doc)."""
    if label not in _PLACE_LABELS or _PERSON_AFTER.match(after):
        return False
    if _AT_BEFORE.search(before) or place_kind(before, after):
        return True
    place = _IN_A_PLACE.match(after)
    return (
        place is not None
        and _CAPITAL_BEFORE.search(before) is None
        and (world_city(place.group(1)) or known_place(place.group(1)))
    )
