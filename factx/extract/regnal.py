"""A monarch's or pope's number after the name: "Queen Elizabeth I", "Pedro I", "Henry VIII".

The model tags the name and leaves its roman number out ("Elizabeth" PERSON, then "I"), so
"Elizabeth I" and "Elizabeth II" would be one person, and the mention is cut. A roman number
right after a person's mention, alone, is part of the name: "II", "VIII", "XVI" or "X"
("Malcolm X") anywhere, and "I", which is also the pronoun, only after one word of a name ("Pedro I
became", "Queen Elizabeth I born") and never before a word that a pronoun "I" opens ("Pedro I
think", "Tony I was"): a verb after it must be a third person's ("became", "died", "born").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A roman number from I to XXIX, no V alone: no word ("MIX", "IVY" are none).
_ROMAN = re.compile(r" (X{0,2}(?:IX|IV|V?I{1,3})|X{1,2}(?:IX|IV|V?I{0,3}))(?![\w'’-])")
# What may follow "I" as a monarch's number: a stop, a comma or bracket, "of", or a verb of a
# third person in the past ("Pedro I became", "Elizabeth I born", "Henry I died").
_AFTER_I = re.compile(r"(?:\s*[.,;:()]|\s+(?:of|born|became|died|was|had|ruled|reigned)\b)")


def with_regnal_numbers(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each person's name grown over the roman number right after it."""
    result: list[RawMention] = []
    for m in mentions:
        found = _ROMAN.match(text, m.end) if m.label == "PERSON" else None
        if found is not None and found.group(1) == "I":
            one_word = " " not in m.text.strip()
            if not one_word or _AFTER_I.match(text, found.end()) is None:
                found = None
        if found is not None:
            m = replace(m, text=text[m.start : found.end()], end=found.end())
        result.append(m)
    return result
