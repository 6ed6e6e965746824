"""A person's name at the end of a longer span the model glued it to.

The model runs a name into the words before it: "GDC Mr Allard" (the conference where he
spoke), "Analysing Mr Brown's position" (a sentence's first word), "For the Lib Dems David
Laws said". An honorific inside a span, or a first name and a surname that end a span of
four words or more, begin a person's name; the words before are no part of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factx.extract.first_names import person_by_first_name

# A capitalised word of a name, not a joining "&" or dash.
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


def inner_person(words: Sequence[re.Match[str]], honorifics: frozenset[str], label: str) -> int:
    """The index of the first word of a person's name inside the span's `words`, else 0.

    After an honorific that is neither the span's first word (a title, stripped elsewhere)
    nor its last; else the last two words, when they are a first name and a surname and two
    capitalised words at least come before them ("Lib Dems David Laws"; not "Bank Oyens & Van
    Eeghen" or "Guitar Greats - Jimmy Page", two names joined; a firm of three words may end
    like a person's name: "Salomon Smith Barney"). Not in a span the model tagged PERSON:
    "James Alfred Van Allen" is one name.
    """
    for index in range(1, len(words) - 1):
        if words[index].group().lower().rstrip(".") in honorifics:
            return index + 1
    if (
        label != "PERSON"
        and len(words) >= 4
        and _NAME_WORD.fullmatch(words[-3].group())
        and person_by_first_name(f"{words[-2].group()} {words[-1].group()}")
    ):
        return len(words) - 2
    return 0
