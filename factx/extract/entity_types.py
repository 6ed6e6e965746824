"""A person's name taken as a type: "the David Frost of blogging", "the Terry Wogan, or David
Frost of anything".

A person's name takes no article, so factx reads a name the model tagged PERSON with its own
"the" as a thing (most often a product: "the Hubble"). A writer puts "the" before a famous
person's full name, though, to make of it a kind ("the Pele of snooker"), and then a field
follows in "of" and a lower-case word, after the name or after a second name joined to it by
"or" or "and". The "the" is the phrase's, not the name's: the mention loses it and stays a
person's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
# "the " and a full name, as the model's mention holds them.
_THE_NAME = re.compile(rf"(?:the|The) (?={_NAME}$)")
# What follows such a name: "of" and a field in lower case, perhaps after a second name
# ("or Terry Wogan of blogging", ", or David Frost of anything", "and the Terry Wogan of the
# web").
_OF_A_FIELD = re.compile(rf",? (?:(?:or|and) (?:the )?{_NAME},? )?of (?:the )?[a-z]")


def people_as_types(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each one tagged PERSON that is "the" and a full name before "of" and a
    field cut to the name."""
    result = []
    for m in mentions:
        found = _THE_NAME.match(m.text) if m.label == "PERSON" else None
        if found is not None and _OF_A_FIELD.match(text, m.end):
            cut = found.end()
            m = replace(m, text=m.text[cut:], start=m.start + cut)
        result.append(m)
    return result
