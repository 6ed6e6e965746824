"""A plural calling opening a sentence is no part of the person after it (round r50-people).

Lee sheet A's lee168: "Guides Simon Wiget and Stefan Abegglen were acquitted." gives the model's
`Guides Simon` PERSON: the plural calling of the two people listed after it, glued to the first
one's first name, and his surname ("Wiget") left out. A PERSON mention that opens its sentence
with a calling in the plural (a closed list: "Guides", "Officers", "Doctors", ...) loses the
calling; where one word is left and a capitalised word of letters runs on right after the span
("Simon" + " Wiget"), and no other mention holds it, the name grows over it.

Left alone: a calling in the middle of a sentence ("the guides Simon and Stefan": lower case
there anyway), a span of one word, and a calling the article also writes with its capital inside
a sentence (a name's own word then, "Officers Club").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.capitals import opens_sentence

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_PLURAL_CALLINGS = frozenset({
    "Guides", "Officers", "Doctors", "Drs", "Detectives", "Officials", "Prosecutors", "Lawyers",
    "Judges", "Climbers", "Soldiers", "Teachers", "Nurses", "Witnesses", "Survivors", "Farmers",
    "Rescuers", "Firefighters", "Paramedics", "Pilots", "Ministers", "Players", "Scientists",
    "Researchers", "Residents", "Hikers", "Instructors", "Skiers", "Coaches", "Constables",
})  # fmt: skip
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+(?:['’-][A-Za-z]+)?)\b(?![’'-]?\w)")


def without_plural_callings(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a plural calling that opens a sentence cut from the PERSON after it, and a
    first name left alone grown over the surname the model left out (the module's doc)."""
    if not any(m.text.split(" ", 1)[0] in _PLURAL_CALLINGS for m in mentions):
        return mentions  # the cheap test first
    starts = {m.start for m in mentions}
    result: list[RawMention] = []
    for m in mentions:
        word, _, rest = m.text.partition(" ")
        if (
            m.label != "PERSON"
            or word not in _PLURAL_CALLINGS
            or not rest[:1].isupper()
            or not opens_sentence(text, m.start)
            or re.search(rf"[a-z,;] {word}\b", text)
        ):
            result.append(m)
            continue
        start = m.start + len(word) + 1
        end = m.end
        if " " not in rest:
            found = _NEXT_WORD.match(text, m.end)
            if found is None or found.start(1) in starts:
                result.append(m)
                continue  # "Guides Simon" alone: no surname to take, left as the model read it
            end = found.end(1)
        result.append(replace(m, text=text[start:end], start=start, end=end))
    return result
