"""Names that open with one capital letter, which the model leaves out: "Q Magazine", "X Files".

A name of a letter and a word ("Q Magazine", "The X Files", "the V Festival", "the E Street
Band", "S Korea") is tagged by the small model without its letter (`Magazine` ORG, `Files`
PERSON), so the name is reported as its kind word alone, or as someone's surname. A lone
capital standing as a word is almost never anything but the first word of the name after it,
so the mention grows over it, where:

- the letter is no word of English ("A", "I") and stands apart: after a space, the text's start
  or an opening quotation mark or bracket, with one space before the name;
- no capitalised word stands right before the letter: there it is a middle initial, part of the
  name before ("George W Bush"), or a name's own letter ("Plan B Films" is two names then);
- the letter is no part of another mention;
- the model did not tag the name PERSON: a capital before a surname is an initial ("J Worsley"
  on a team sheet), and a work's word the model took for a surname ("Files" PERSON) is read as
  a lone word by the cues that make it a work, which a name of two words would not be.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# One capital, not "A" or "I", alone as a word; what may stand before it.
_LETTERS = frozenset("BCDEFGHJKLMNOPQRSTUVWXYZ")
_OPENERS = frozenset(" \t\n\"“(‘'")
# A capitalised word before the letter, but a sentence's "The" ("The X Files"): "George W
# Bush", "Grade C Smith".
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?!The )[A-Z][\w'’-]* $")


def _letter_before(text: str, start: int) -> bool:
    """Whether a lone capital letter and one space stand right before the offset `start`."""
    at = start - 2
    return (
        at >= 0
        and text[at] in _LETTERS
        and text[at + 1] == " "
        and (at == 0 or text[at - 1] in _OPENERS)
        and not _CAPITAL_WORD_BEFORE.search(text, max(0, at - 40), at)
    )


def letter_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each name the model cut at the capital letter that opens it grown over
    that letter (see the module docstring): "Q" + "Magazine", "X" + "Files"."""
    result: list[RawMention] = []
    for m in mentions:
        start = m.start - 2
        if (
            m.label != "PERSON"
            and _letter_before(text, m.start)
            and not any(o.start < m.start and o.end > start for o in mentions)
        ):
            m = replace(m, text=text[start : m.end], start=start)
        result.append(m)
    return result
