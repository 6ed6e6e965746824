"""A party's word run into a first name whose surname the model left out.

"Tory Dominic Grieve branded the way ...": the model tags "Tory Dominic" a person and leaves
"Grieve" out (the surname is also a verb). The party's word is no part of the name, as it is
not before a full name the model kept whole ("Tory Liam Fox said": `entities._after_party`);
the person's name is the first name and the capitalised word after the span, when the two
have a person's shape (`first_names.person_by_first_name`). The parties' words are data
(`party_members.before_names` in `factx/data/entities.json`).
"""

from __future__ import annotations

import re
from functools import cache

from factx.extract.first_names import person_by_first_name
from factx.extract.wordlists import data_file

# The capitalised word right after the span, on its line: "Grieve" of "Tory Dominic Grieve".
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\b")


@cache
def _parties() -> tuple[str, ...]:
    """The parties' words, longest first ("Lib Dem" before "Labour")."""
    words = data_file("entities.json")["party_members"]["before_names"]
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def party_before_first_name(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """The span and label of the person after a party's word, when text[start:end] is the
    party's word and a first name alone and the surname follows the span; else the span and
    label unchanged."""
    span = text[start:end]
    for party in _parties():
        if not span.startswith(party + " "):
            continue
        first = span[len(party) + 1 :]
        if " " in first:
            break  # a full name inside the span: the title's rules read it
        found = _SURNAME_AFTER.match(text, end)
        if found is not None and person_by_first_name(f"{first} {found.group(1)}"):
            return start + len(party) + 1, found.end(), "PERSON"
        break
    return start, end, label
