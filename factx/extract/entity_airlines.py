"""A nationality's word standing as a noun among airlines: the airline (round r38-places).

US news calls two airlines by a nationality's or a union's word alone, "American" (American
Airlines) and "United" (United Airlines): "Two of the largest carriers in the US - American and
Delta - have blamed fuel prices", "American, the world's biggest airline, said". The model
tags the word NORP, a people (seeds 74 and 93). Where an airline's or a carrier's word is near
and the word stands as a noun, the subject of a verb, one of two names joined by "and" or
the head of an apposition, it is the airline, ORG. Not the adjective before a noun, the
word's usual job: "American carriers", "European and American airlines", "the American
carrier".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The words of airlines that near the mention show the story is of airlines.
_AIRLINE_WORDS = re.compile(r"\b(?:airlines?|carriers?)\b")
# The words after a nationality's word standing as a noun: a verb, a dash or a comma, an "and"
# and a capitalised name that no lower-case noun follows (the other airline), the sentence's end.
_NOUN_AFTER = re.compile(
    r"(?:,|\.|\)| [-–—]| and [A-Z][\w-]*(?! [a-z]+s?\b(?<!\bhave)(?<!\bhas)(?<!\bare)(?<!\bwere))"
    r"| (?:said|says|has|have|had|is|was|will|would|plans|planned|announced|reported|cut|cuts"
    r"|blamed|posted|lost|made)\b)"
)
# A name right before the mention joined by "and" or a comma, the other airline of a pair.
_NAME_BEFORE = re.compile(r"[A-Z][\w-]*(?: and|,) $")
# The nationality words that are airlines' names alone.
_AIRLINE_NAMES = frozenset({"American", "United", "Continental"})


def airlines_by_nationality(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a nationality's word the model tagged NORP that names an airline as a
    noun among airlines the airline, ORG (see the module docstring): "American and Delta"."""
    result: list[RawMention] = []
    for m in mentions:
        if m.label != "NORP" or m.text not in _AIRLINE_NAMES:
            result.append(m)
            continue
        after = text[m.end : m.end + 40]
        noun = _NOUN_AFTER.match(after) is not None or (
            _NAME_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
            and re.match(r" [a-z]", after) is None
        )
        near = _AIRLINE_WORDS.search(text, max(0, m.start - 150), m.end + 150) is not None
        result.append(replace(m, label="ORG", cue="ORG") if noun and near else m)
    return result


def airline_by_its_word(key: str, mentions: Sequence[RawMention]) -> bool:
    """Whether a group of a nationality's word is the airline of that name: the word is one
    (`_AIRLINE_NAMES`) and half its mentions or more carry an organisation's cue
    (`airlines_by_nationality`), so that an article that also writes "American troops" keeps
    the people's word where the airline is named only once."""
    if key.title() not in _AIRLINE_NAMES:
        return False
    return sum(m.cue == "ORG" for m in mentions) * 2 >= len(mentions)
