"""Capitalised words that are no names, though the model tags them.

British news capitalises some common nouns of its institutions: "as the Bill passes", "the two
Houses" (a bill under debate, the houses of parliament). Alone after a determiner or a number
these are no one's name (the words are data: `common_nouns` in `factx/data/entities.json`); a
name that holds them stays ("the Disability Bill", "the Houses of Parliament"). An adverb that
opens a sentence ("Symbolically, the vote ...") is tagged a name by its capital only.
"""

from __future__ import annotations

import re
from functools import cache

from factx.extract.wordlists import data_file

# The words before a common noun: "the Bill", "the two Houses", "this Bill", "both Houses".
_DETERMINED = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Bb]oth|[Tt]wo|[Tt]hese|[Tt]hose|[Ee]ach)(?: two| both)?\s+$"
)


@cache
def _common_nouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_file("entities.json")["common_nouns"])


def common_noun(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a capitalised common noun after a determiner ("the Bill")."""
    if text[start:end].casefold() not in _common_nouns():
        return False
    return _DETERMINED.search(text, max(start - 16, 0), start) is not None


def adverb(text: str, tag: str) -> bool:
    """Whether a one-word mention is an adverb in "-ly" ("Symbolically", tagged RB)."""
    return tag == "RB" and text.endswith("ly") and " " not in text
