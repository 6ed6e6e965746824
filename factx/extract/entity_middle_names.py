"""Middle words that keep a person's full name whole: a rank's word (round r33-tv) and a
patronymic (round r33-games).

`rank between first name and surname`: "Sacha Baron Cohen", "Ali Baron Smith": a first name,
"Baron", and a capitalised surname are one person's full name, PERSON. The first name is a
common one (`first_names.first_names`), or the model tags the surname a person and the first
word is no known place (the list lacks "Sacha"). The model reads "Baron" as a title that ends
one name and opens the next (`Sacha` GPE and `Cohen` PERSON apart); a peer's title comes first
("Baron Smith of Leigh"), never after a first name, so "Baron" there is the person's own
middle name. The mentions inside give way to the full name. Not where a mention reaches out
of the span (the model saw a longer name).

`patronymic between first name and surname` (round r33-games): "Nursultan Abish-uly
Nazarbayev", "Askar Akay-uly Akayev": a capitalised first name, a father's name with a
patronymic suffix after a hyphen, and a capitalised surname are one person's full name, PERSON.
The model ends the name at the hyphened patronymic (`Nursultan Abish` PERSON, `Nazarbayev` ORG
apart). The suffixes are a closed class, written in lower case after a hyphen: Kazakh and Kyrgyz
"-uly"/"-ulu" (son of) and "-kyzy"/"-qyzy" (daughter of), Azeri and Uzbek "-ogly"/"-oglu"/"-ugli"
(son of); a word with one of them is no firm's or place's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_acts import replaced
from factx.extract.first_names import first_names
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention
    from factx.extract.entity_acts import Adder

_FIRST_BARON_LAST = re.compile(
    r"(?<![\w'’&.-])(?P<first>[A-Z][a-z]+) Baron (?P<last>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)"
    r"(?![\w&-]|['’][a-rt-z]|['’]s\w)"
)


def middle_names(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each first name, "Baron" and surname one person (the module's doc)."""
    persons = {m.end for m in mentions if m.label == "PERSON"}
    spans = [
        (*m.span(), *m.span())
        for m in _FIRST_BARON_LAST.finditer(text)
        if m.group("first").casefold() in first_names()
        or (m.end() in persons and not known_place(m.group("first")))
    ]
    return replaced(text, mentions, layouts, add, spans, ("PERSON", "PERSON"))


_PATRONYMIC_SUFFIXES = ("uly", "ulu", "kyzy", "qyzy", "ogly", "oglu", "ugli")
_FIRST_PATRONYMIC_LAST = re.compile(
    r"(?<![\w'’&.-])[A-Z][a-z]+ [A-Z][a-z]+-(?:" + "|".join(_PATRONYMIC_SUFFIXES) + r")"
    r" [A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w&-]|['’][a-rt-z]|['’]s\w)"
)


def patronymics(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each first name, patronymic and surname one person (the module's
    doc)."""
    spans = [(*m.span(), *m.span()) for m in _FIRST_PATRONYMIC_LAST.finditer(text)]
    return replaced(text, mentions, layouts, add, spans, ("PERSON", "PERSON"))
