"""A person after a plural's bare possessive apostrophe: "said Virgin Networks' Anna Marie Price".

A firm's or a body's name that ends in a plural takes only the apostrophe of the possessive,
and the model then reads the full name after it as part of the body, ORG ("said Virgin
Networks' Anna Marie Price", my sentence; seed 149's "said Sky Networks' Sophie Turner Laing",
missed), where "said ITV Sport's Mary Jane Collins" gives the person. A run of two or three
capitalised words right after "<Name>s' ", that opens with a common first name and whose last
word ends no place's or body's name (`name_kind`: "Abbey Road"), is the owner's person: a PERSON
cue (round r47-civic). The cue the words around it show already stands ("the Beatles'
Abbey Road" is nobody; "Oasis' Definitely Maybe" opens with no first name).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names, name_kind

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A capitalised name of a plural's shape and its bare apostrophe, right before the mention.
_PLURAL_OWNER = re.compile(r"\b[A-Z][\w&.-]*s['’] $")
_FULL_NAME = re.compile(r"([A-Z][a-z]+)(?: [A-Z][a-z]+){0,1} ([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)")


def people_after_plural_owners(text: str, mentions: list[RawMention]) -> None:
    """Give a PERSON cue to each full name right after "<Name>s' " (the module's doc)."""
    for m in mentions:
        if m.label == "PERSON" or m.cue:
            continue
        name = _FULL_NAME.fullmatch(m.text)
        if name is None or name.group(1).casefold() not in first_names():
            continue
        if name_kind(name.group(2)):
            continue
        if _PLURAL_OWNER.search(text, max(0, m.start - 60), m.start) is None:
            continue
        m.cue = "PERSON"
