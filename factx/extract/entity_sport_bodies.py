"""A sport's governing body named "<Sport> <Country>", which the model reads as the country.

Sport news names a country's governing body by its sport and the country ("Athletics Kenya (AK)
issued the ban", "Swimming Australia confirmed the team", "Athletics Ireland said"), and the model
tags the country alone, leaving the sport's word out (seed 137's sport/021, `Kenya` GPE; my own
sentences give `Australia` GPE cut and `Athletics Ireland` GPE whole). Where a mention the model
gives a place, a people, a body or a person is a country's name (`country_keys`) and one of
`sport_body_words` (factx/data/entities.json) stands right before it, or the mention is that
word and a country's name whole, the words are one name, the body, ORG (round r45-sport). A
capitalised word before the sport's word ("World Athletics Championships" is an event's name)
or after the country ("Athletics Ireland Cross Country Championships") leaves the mention as
the model reads it; so does a lower-case sport ("swimming Australia's hopes").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "PERSON"})
# A capitalised word right before the sport's word, which makes it a word of a longer name; a
# sentence's "The" is none.
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])(?!The )[A-Z][\w'’-]* $")
_CAPITAL_AFTER = re.compile(r" [A-Z]")


@cache
def _sport_word() -> re.Pattern[str]:
    """A sport's capitalised word before a capital: the rule's cheap test of the text."""
    words = "|".join(data_file("entities.json")["sport_body_words"])
    return re.compile(rf"(?<![\w'’.-])(?:{words}) (?=[A-Z])")


def sport_bodies_by_country(
    text: str, mentions: Sequence[RawMention], is_country: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, with a sport's body named "<Sport> <Country>" whole, ORG, where the model
    cut it at the country or read the whole a place (see the module docstring)."""
    sport = _sport_word()
    if sport.search(text) is None:
        return list(mentions)
    result = list(mentions)
    previous_end = 0
    for i, m in enumerate(mentions):
        end_before, previous_end = previous_end, max(previous_end, m.end)
        if m.label not in _LABELS or _CAPITAL_AFTER.match(text, m.end):
            continue
        opening = sport.match(m.text)
        if opening is not None:
            # "Athletics Ireland" tagged whole, a place.
            if m.label != "ORG" and is_country(m.text[opening.end() :]):
                start = m.start
                if not _WORD_BEFORE.search(text, max(0, start - 20), start):
                    result[i] = replace(m, label="ORG", cue="ORG")
            continue
        if not is_country(m.text):
            continue
        word = sport.search(text, max(end_before, m.start - 14), m.start + 1)
        if word is None or word.end() != m.start:
            continue
        start = word.start()
        if _WORD_BEFORE.search(text, max(0, start - 20), start):
            continue
        result[i] = replace(m, text=text[start : m.end], start=start, label="ORG", cue="ORG")
    return result
