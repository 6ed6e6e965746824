"""One of the things a plural title names, written in the singular after "a": no person.

`singular of a plural title` (round r34-firms): "The Sims is selling well. The actions of a
tired Sim show the meaning." The model reads "Sim" as a person; it is one of the game's
characters by the title's own word, a common noun written with the title's capital, as "a
Smurf", "a Womble" or "a Teletubby" are. A lone word the model tagged PERSON, written after
"a", "an", "each", "every" or "any" (one lower-case word may stand between: "a tired Sim")
at one mention at least, whose plural the article writes after "The" ("The Sims", "The Sims
2"), names no one, and its mentions go. Not a word that ends a full name the article gives a
person ("a Kennedy" beside "John Kennedy"), nor one any mention of which has a cue or
another label of the model's ("an Oscar" beside "The Oscars", an award's cue). It runs after
the cues are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The determiner before the singular, one lower-case word between at most: "a Sim", "a tired
# Sim", "every Sim".
_DETERMINER = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Ee]ach|[Ee]very|[Aa]ny)(?: [a-z]+)? $")
_LONE = re.compile(r"[A-Z][a-z]+")
_LOOK_BACK = 30


def _plural_title(text: str, word: str) -> bool:
    """Whether the article writes the word's plural after "The": "The Sims"."""
    return re.search(rf"(?<![\w'’-])The {re.escape(word)}(?:s|es)(?![\w'’-])", text) is not None


def without_title_singulars(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, less those of a plural title's singular (the module's doc)."""
    candidates = {
        m.text
        for m in mentions
        if m.label == "PERSON"
        and not m.cue
        and _LONE.fullmatch(m.text)
        and _DETERMINER.search(text, max(0, m.start - _LOOK_BACK), m.start)
    }
    if not candidates:
        return list(mentions)
    surnames = {
        m.text.rsplit(" ", 1)[-1] for m in mentions if m.label == "PERSON" and " " in m.text
    }
    # A word any mention of which the words around it cue, or the model read otherwise, is a
    # name of its own kind: "an Oscar" beside "The Oscars" is an award.
    other = {m.text for m in mentions if m.label != "PERSON" or m.cue}
    gone = {
        word for word in candidates - other if word not in surnames and _plural_title(text, word)
    }
    return [m for m in mentions if not (m.text in gone and m.label == "PERSON" and not m.cue)]
