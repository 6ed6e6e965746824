"""A name in apposition to a person's noun grows over an apostrophised surname (round r50-people).

Lee sheet C's lee138: "The prime minister who was forced to resign after last year's coup,
Batholomew Ulufa'alu, has told national radio" gives the model's `Batholomew` ORG alone: the
Pacific surname with its inner apostrophe ("Ulufa'alu", "Ma'afu", "Tu'ipulotu") is left out, and
the first name read as a body. A one-word mention right after a comma, whose sentence before the
comma holds a person's noun (minister, leader, president, premier, ... ), and after which a
capitalised word with an inner apostrophe and letters after it (not a possessive's "s") runs on
to a comma or a stop, is the person whole, PERSON.

Left alone: a possessive ("Bank's"), a name before a
surname of another shape (the model's own span), and a comma-set name after no person's noun
("the insurer, HIH,").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_SURNAME_AFTER = re.compile(r" ([A-Z][a-z]*['’](?!s\b)[a-z]+(?:-[A-Za-z]+)?)(?=[,.;])")
_PERSON_NOUN = re.compile(
    r"\b(?:[Mm]inister|[Ll]eader|[Pp]resident|[Pp]remier|[Cc]hairman|[Cc]hief|[Ee]ditor"
    r"|[Ss]pokes(?:man|woman|person)|[Dd]irector|[Cc]aptain|[Cc]oach|[Gg]overnor|[Mm]ayor"
    r"|[Aa]mbassador|[Kk]ing|[Qq]ueen|[Oo]fficial)\b[^.!?]*, $"
)


def surnames_over_apostrophes(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a one-word name in apposition to a person's noun grown over the
    apostrophised surname after it (the module's doc)."""
    if "'" not in text and "’" not in text:
        return mentions  # the cheap test first
    starts = {m.start for m in mentions}
    result: list[RawMention] = []
    for m in mentions:
        found = _SURNAME_AFTER.match(text, m.end) if " " not in m.text else None
        if (
            found is not None
            and found.start(1) not in starts
            and text[m.start - 2 : m.start] == ", "
            and _PERSON_NOUN.search(text[max(0, m.start - 160) : m.start])
        ):
            end = found.end(1)
            m = replace(m, text=text[m.start : end], end=end, label="PERSON")
        result.append(m)
    return result
