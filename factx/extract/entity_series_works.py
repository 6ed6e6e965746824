"""A film series the model reads as a firm, named by its films' plural or counted: the work
(round r54-firms; BBC sheet 53H's entertainment/379: "the Evil Dead movies", `Evil Dead` ORG).

`entity_franchises` reads "the X films", "the third X film" for a name the model tags PERSON
("the Harry Potter films"). The small model as often tags a film series ORG, a studio's label:
"the Evil Dead movies", "A third Spider-Man film", "the Lord of the Rings trilogy". Where a
mention the model tags ORG, with no cue yet, stands between "the" and a plural of films
("movies", "films", "trilogy", "sequels", "franchise", "saga") or after "the|a <ordinal>"
before "film|movie|sequel", it is cued as a work, WORK_OF_ART; the article's other mentions
of the name follow by votes. Not a studio's or a broadcaster's name ("the Pixar movies",
"the Working Title films", "the BBC films": the names of `series_works.studios`, or a name
the article writes before a studio's word, "New Line Cinema", "Aardman Animations"), nor a
name of two words that both read as a person's ("the Tarantino films" is PERSON already).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORK = "WORK_OF_ART"
_PLURAL_BEFORE = re.compile(r"\b[Tt]he $")
_PLURAL_AFTER = re.compile(r"(?:['’]s)? (?:movies|films|trilogy|sequels|franchise|saga)\b")
_NUMBERED_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|new|latest|next|final|last|forthcoming) $"
)
_NUMBERED_AFTER = re.compile(r" (?:film|movie|sequel|instalment|installment)\b")


@cache
def _studios() -> tuple[frozenset[str], re.Pattern[str]]:
    data = data_file("entities.json")["series_works"]
    return frozenset(data["studios"]), re.compile(data["studio_words"])


def series_works(text: str, mentions: list[RawMention]) -> None:
    """Cue each uncued ORG mention of a film series framed by its films' plural or counted
    as a work (see the module docstring)."""
    if not any(m.label == "ORG" for m in mentions):
        return
    studios, studio_words = _studios()
    for m in mentions:
        if m.label != "ORG" or m.cue:
            continue
        before = text[max(0, m.start - 30) : m.start]
        framed = (
            _PLURAL_BEFORE.search(before) is not None
            and _PLURAL_AFTER.match(text, m.end) is not None
        ) or (
            _NUMBERED_BEFORE.search(before) is not None
            and _NUMBERED_AFTER.match(text, m.end) is not None
        )
        if not framed:
            continue
        name = m.text[4:] if m.text.startswith(("the ", "The ")) else m.text
        if name in studios or re.search(re.escape(name) + studio_words.pattern, text):
            continue  # "the Pixar movies"; "New Line Cinema ... the New Line films"
        m.cue = _WORK
