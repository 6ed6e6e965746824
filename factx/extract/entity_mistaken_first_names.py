"""A first name the model takes for a people or a place, right before its surname: "Adrian Mutu".

The model reads a few first names as a people's or a place's word ("Adrian" NORP, the "-ian" of
"Romanian") and leaves the surname after it out or tags it apart, so the player is lost and his
bare surname's other mentions ("Mutu was sacked", "Mutu faces a ban") go to an organisation
(seed 151's sport/201: `Adrian` NORP and `Mutu` ORG six times). `with_last_names`
(entity_people.py) widens a lone first name tagged PERSON; this rule takes the same shape where
the model tagged the first name NORP: the mention grows over the capitalised word
after it, PERSON, and a mention of that word alone right there gives way.

Only where the word is on the first names' list and is no people's, country's, known place's or
world city's name by the lists ("German Wolfram Mulle", "Tory Edward Turnour" keep their
people's word; "Sydney", "Kent", "Virginia" their place), the two words have a person's shape
(`person_by_first_name`: no kind word or club nickname after, "Victoria Station", "Lincoln
City"), no third capitalised word follows ("Jordan Grand Prix"), the word after is no month, day,
known place or people, nor written in lower case in the article, and the article writes the
surname alone elsewhere, capitalised (the bare surname's other mentions: "Mutu scored six
goals"). A first name tagged a place (GPE, LOC) is left alone: before a capitalised word it is
a town's in the round-47 dumps ("Newton Aycliffe", whose second word the text writes alone
too, "Aycliffe workers"). A first name alone ("Zinedine")
and a first name before a break ("Campbell and Ferdinand") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.capitals import written_in_lower_case
from factx.extract.entity_people import CALENDAR_WORDS
from factx.extract.evidence import a_people_by_name
from factx.extract.first_names import first_names, person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The label the model gives a first name it takes for a people's word. A first name tagged a
# place (GPE, LOC) before a capitalised word is a town's in the round-47 dumps ("Newton
# Aycliffe", "Sydney Olympic", "Virginia State", "Kent Hunt"): left alone.
_MISTAKEN = frozenset({"NORP"})
# The capitalised word right after the first name, with no third capitalised word after it.
# A full stop may end the sentence there ("sacked Adrian Mutu."), never open an initial's word.
_WORD_AFTER = re.compile(r" ([A-Z][a-z]+(?:['’-][A-Za-z]+)*)(?![\w'’-])(?!\.\w)(?! [A-Z])")


def _a_people_or_place(word: str) -> bool:
    return a_people_by_name(word) or known_place(word) or world_city(word)


def with_mistaken_first_names(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, each lone first name tagged NORP before a surname the article
    writes alone elsewhere grown over that surname, PERSON (see the module's docstring).
    `mentions` are in order."""
    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    grown: dict[int, RawMention] = {}
    for i, m in enumerate(mentions):
        if m.label not in _MISTAKEN or m.headline or " " in m.text:
            continue
        if m.text.casefold() not in first_names() or _a_people_or_place(m.text):
            continue
        after = _WORD_AFTER.match(text, m.end)
        if after is None:
            continue
        word = after.group(1)
        if (
            word.casefold() in CALENDAR_WORDS
            or _a_people_or_place(word)
            or written_in_lower_case(text, word)
            or not person_by_first_name(f"{m.text} {word}")
            or not _written_alone(text, word, m.text)
        ):
            continue
        start, end = after.span(1)
        inside = by_start.get(start)
        if inside is not None:
            if inside.end != end:
                continue  # a longer name of the model's over the surname
            dropped.add(id(inside))
        elif any(x.start < end and start < x.end for x in mentions if x is not m):
            continue
        grown[i] = replace(m, text=text[m.start : end], end=end, label="PERSON", votes=True)
    if not grown:
        return list(mentions)
    return [grown.get(i, m) for i, m in enumerate(mentions) if id(m) not in dropped]


def _written_alone(text: str, word: str, first: str) -> bool:
    """Whether the text writes `word` capitalised other than right after the first name."""
    for match in re.finditer(rf"(?<![\w'’.-]){re.escape(word)}(?![\w-])", text):
        if not text.endswith(f"{first} ", 0, match.start()):
            return True
    return False
