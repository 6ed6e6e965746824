"""An exercise or a martial art listed beside lower-case ones is no name (round r52b-misc).

"activities such as yoga and Tai Chi" (BBC sheet 52B, politics/181: `Tai Chi` PERSON, the
model's); "She took up karate, Tai Chi and swimming" and "He trained in Kung Fu and kickboxing"
give `Tai Chi` PERSON and `Kung Fu` GPE. An activity borrowed from Chinese or Japanese keeps its
capitals in British news, where yoga and swimming have none, so the model reads a name.
`without_listed_activities` drops a mention whose words are one of the activities below when an
activity (of that list or the house's sports) written in lower case stands beside it in its list:
right before it with "and|or|," between, or right after it the same way. Left alone: the word
with no lower-case activity beside it ("a Tai Chi master taught them" stays the model's), a
work's title ("Kung Fu Hustle" is a film's, a longer name), and a person listed beside activities
("coach Tai Chen and yoga": no activity's name).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Exercises and martial arts the model reads as names when written with capitals.
_ACTIVITIES = frozenset(
    {"tai chi", "t'ai chi", "kung fu", "qigong", "qi gong", "pilates", "yoga", "karate"}
    | {"judo", "jujitsu", "ju-jitsu", "jiu-jitsu", "taekwondo", "tae kwon do", "aikido"}
    | {"kendo", "kickboxing", "zumba", "capoeira", "wing chun"}
)
_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT"})
_BEFORE = re.compile(r"\b([a-z][a-z -]*?)(?:,| and| or|, and|, or) $")
_AFTER = re.compile(r"(?:,| and| or|, and|, or) ([a-z][a-z-]*)\b")


@cache
def _lower_activities() -> frozenset[str]:
    sports: list[str] = data_file("entities.json")["sports"]
    return _ACTIVITIES | frozenset(s.casefold() for s in sports)


def _an_activity(words: list[str]) -> bool:
    """Whether the one or two words nearest the mention (`words`, nearest first) are a
    lower-case activity ("yoga", "horse racing")."""
    known = _lower_activities()
    return bool(words) and (
        words[0] in known or (len(words) > 1 and f"{words[1]} {words[0]}" in known)
    )


def without_listed_activities(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less an activity's name listed beside a lower-case activity (the module's
    docstring)."""
    kept: list[RawMention] = []
    for m in mentions:
        if m.label in _LABELS and m.text.casefold() in _ACTIVITIES:
            before = _BEFORE.search(text, max(0, m.start - 30), m.start)
            after = _AFTER.match(text, m.end)
            if (before and _an_activity(before[1].split()[::-1])) or (
                after and _an_activity(after[1].split()[:1])
            ):
                continue
        kept.append(m)
    return kept
