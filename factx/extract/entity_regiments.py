"""A military unit named by its kind word, which the model reads as a law, a work or a place
(round r36-govt).

"the Royal Welch Fusiliers" (the model's LAW), "the Queen's Lancashire Regiment" (WORK_OF_ART),
"the Duke of Wellington's Regiment" (the model's "Wellington" GPE alone): a name of capitalised
words, maybe with a possessive or an "of" inside, that ends in a unit's kind word
(`regiment_kinds` in factx/data/entities.json: "Regiment", "Fusiliers", "Guards",
"Borderers", "Rifles" ...) after "the" is one body, ORG. The model's mentions inside it give
way to the whole; one reaching out of it, or a person's, keeps the span as the model has it.
Not where another capitalised word follows the kind word ("the Horse Guards Parade", a place),
nor without "the" ("Guards" alone, or a club's "Rifles" in a result).

Round r41c-bodies (seed 119's "the Kings Own Scottish Borderers" with `Scottish Borderers` PERSON,
"the Argyll and Sutherland Highlanders" as `Argyll` and `Sutherland Highlanders`): a unit's name
may hold one "and" between two one-word places ("the Argyll and Sutherland Highlanders"), and a name
that holds "Own" after a sovereign's word ("the King's Own Scottish Borderers", "the Queen's
Own Highlanders", the possessive or its bare spelling) or such an "and" is one body even where
the model took a part of it for a person.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_served import whole_over
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A capitalised word, with its possessive if any: "Queen's", "Wellington's".
_WORD = r"[A-Z][\w-]*(?:['’]s)?"


@cache
def _unit() -> re.Pattern[str]:
    kinds = "|".join(data_file("entities.json")["regiment_kinds"])
    return re.compile(
        rf"(?<![\w'’-])(?:the|The) (?P<name>(?:{_WORD}(?: (?:of )?{_WORD}){{0,4}}"
        rf"|{_WORD} and {_WORD}(?: {_WORD})?) (?:{kinds}))"
        rf"(?![\w-]| [A-Z])"
    )


# A unit's name no person's name is part of: a sovereign's "Own" or an "and" between places.
_NO_PERSONS = re.compile(r"\b(?:King|Queen)['’]?s Own\b| and ")


def regiments_whole(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions (sorted by start), each military unit's name the model cut or mislabelled
    made one ORG (see the module docstring): "Royal Welch Fusiliers" LAW is ORG, "Wellington"
    of "the Duke of Wellington's Regiment" grows over the whole name."""
    result = list(mentions)
    for found in _unit().finditer(text):
        start, end = found.span("name")
        inside = [m for m in result if m.start < end and start < m.end]
        # A person's name inside keeps the model's spans, unless the name is a unit's by its
        # "Own" or its "and" ("the Queen's Own Highlanders", `Queen` PERSON).
        persons = _NO_PERSONS.search(found.group("name")) is None
        # The model's span may hold the "the" before the name ("the Royal Gurkha Rifles").
        if not inside or any(
            m.start < found.start() or m.end > end or (persons and m.label == "PERSON")
            for m in inside
        ):
            continue
        if "\n" in found.group("name"):
            continue
        result = whole_over(text, result, inside, start, end)
    return result
