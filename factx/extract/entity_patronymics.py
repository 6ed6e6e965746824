"""A patronymic between a first name and a surname keeps the person whole (round r33-games).

`patronymic between first name and surname`: "Nursultan Abish-uly Nazarbayev", "Askar
Akay-uly Akayev": a capitalised first name, a father's name with a patronymic suffix after a
hyphen, and a capitalised surname are one person's full name, PERSON. The model ends the name
at the hyphened patronymic (`Nursultan Abish` PERSON, `Nazarbayev` ORG apart). The suffixes are
a closed class, written in lower case after a hyphen: Kazakh and Kyrgyz "-uly"/"-ulu" (son of)
and "-kyzy"/"-qyzy" (daughter of), Azeri and Uzbek "-ogly"/"-oglu"/"-ugli" (son of); a word
with one of them is no firm's or place's name. The mentions inside give way to the full name.
Not where a mention reaches out of the span (the model saw a longer name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_acts import replaced

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention
    from factx.extract.entity_acts import Adder

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
