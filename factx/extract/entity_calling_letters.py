"""A calling's initials among callings or after a determiner are no name: "every nurse, GP and
midwife", "your local GP".

A family doctor is written by the initials of his calling, "GP" (general practitioner), which
the model tags ORG like a body's letters ("every nurse, GP and midwife in the region" gives `GP`
ORG, seed 150). Where the mention is the initials alone (`GP` or `GPs`) and a determiner or a
word of place stands right before it ("a|every|each|any|no|your|their|our|his|her|my|the
local|family GP"), or a lower-case noun of a list does ("nurse, GP", "doctor or GP") or follows
it ("GP, nurse", "GP and midwife"), it is the calling, no entity (round r47-civic). A grand
prix by its place ("Monaco GP") and a body holding the letters ("Royal College of GPs") are
mentions of their own, whole, and untouched; so is a lone "the GP" with no list round it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_LETTERS = re.compile(r"GPs?")
# The lower-case callings a list of them holds beside the initials.
_CALLINGS = (
    r"(?:nurse|midwife|midwive|doctor|dentist|pharmacist|teacher|consultant|surgeon|carer|"
    r"paramedic|police officer|officer|social worker|worker|vet|optician|physiotherapist|"
    r"health visitor|psychiatrist|hospital)s?"
)
# A determiner or a word of place before the calling, or a listed calling and its comma or
# "and|or" ("every", "your local", "nurse, ", "doctor or ").
_BEFORE = re.compile(
    r"(?:\b(?:[Aa]|[Ee]very|[Ee]ach|[Aa]ny|[Nn]o|[Yy]our|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Mm]y)"
    r"(?: (?:local|family|own|new))?|\b(?:the|The) (?:local|family)|\b"
    + _CALLINGS
    + r"(?:,| and| or))"
    r" $"
)
# A listed calling after the initials ("GP, nurse", "GP and midwife", "GPs or nurses").
_AFTER = re.compile(r"(?:,| and| or) (?:a |an )?" + _CALLINGS + r"\b")


def without_calling_letters(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions less a calling's initials read as a name (the module's doc)."""
    return [m for m in mentions if not _a_calling(text, m)]


def _a_calling(text: str, m: RawMention) -> bool:
    if _LETTERS.fullmatch(m.text) is None:
        return False
    before = _BEFORE.search(text, max(0, m.start - 24), m.start)
    return before is not None or _AFTER.match(text, m.end) is not None
