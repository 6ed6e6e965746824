"""A people counted as many, not a person: "no singing and dancing Hobbits", "most Britons".

The small model reads a capitalised plural it does not know as a person's name ("Hobbits"
PERSON in "There will be no singing and dancing Hobbits"). A person is one: no count or
quantifier goes before a person's name, while a people (a nation, a faith, a race of fiction,
"Hobbits", "Daleks") is counted ("no", "many", "most", "several", "two", "thousands of"), with
at most a few describing words between ("no singing and dancing Hobbits"). Such a plural the
model tagged PERSON is a people's, NORP (OntoNotes's label for nationalities and religious and
political groups, the one the hand-checks give a fictional race: seed 55's `Hobbits`)
(`counted_peoples`, a NORP cue).

Not a surname of a person the article names in full ("Huw Edwards"), a first name ("Charles"),
a calendar word's plural ("several Christmases"), a name with a possessive after it ("Some of
Davis's best known roles"), nor after words that make the count another noun's ("no link to
Edwards": a preposition between).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_people import CALENDAR_WORDS
from factx.extract.first_names import first_names

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A capitalised plural of one word: "Hobbits", "Britons"; not "Ross" or "Hastings's".
_PLURAL = re.compile(r"[A-Z][a-z]+[^s']s")
# A count or quantifier right before it, with up to three describing words in lower case
# between (no preposition, which makes the count another noun's: "no link to Edwards").
_COUNTED = re.compile(
    r"\b(?:[Nn]o|[Mm]any|[Mm]ost|[Ss]ome|[Ff]ew|[Ss]everal|[Aa]ll|[Oo]ther|[Cc]ountless|[Tt]wo|"
    r"[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Tt]en|(?:[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions) of)"
    r"(?: (?!(?:of|to|for|with|in|on|at|by|from|about|than)\b)[a-z-]+(?:,| and)?){0,3} $"
)


def _calendar(word: str) -> bool:
    stem = word.casefold()
    return stem[:-1] in CALENDAR_WORDS or stem[:-2] in CALENDAR_WORDS | {"christmas", "easter"}


def counted_peoples(text: str, mentions: Sequence[RawMention], key: Callable[[str], str]) -> None:
    """Set the cue of each mention of a capitalised plural the model tagged PERSON to NORP,
    where a count or quantifier goes before each of its mentions (see the module's
    docstring)."""
    names: dict[str, list[int]] = {}
    for index, m in enumerate(mentions):
        if m.label == "PERSON" and not m.cue and _PLURAL.fullmatch(m.text):
            names.setdefault(key(m.text), []).append(index)
    surnames = {key(m.text.split()[-1]) for m in mentions if " " in m.text}
    for name in sorted(names):
        indexes = names[name]
        word = mentions[indexes[0]].text
        if (
            name in surnames
            or word.casefold() in first_names()
            or _calendar(word)
            or any(key(m.text) == name and (m.cue or m.label != "PERSON") for m in mentions)
        ):
            continue
        if all(
            _COUNTED.search(text, max(0, mentions[i].start - 60), mentions[i].start)
            and not text.startswith(("'", "’"), mentions[i].end)
            for i in indexes
        ):
            for index in indexes:
                mentions[index].cue = "NORP"
