"""A rank of two words written with a hyphen is a title, cut from the name after it (round
r50b-names, Lee sheet L: "Lieutenant-General Cosgrove said" gave `Lieutenant-General Cosgrove`
PERSON, a second person beside the article's `Peter Cosgrove`; `entity_ranks` reads the ranks
written with a space, "Lieutenant General", and `strip_title` one word at a time, so the
hyphened form stayed inside the name).

`without_hyphened_ranks`: a mention opening with "Lieutenant-General", "Major-General",
"Brigadier-General", "Lieutenant-Colonel", "Lieutenant-Commander", "Rear-Admiral",
"Vice-Admiral" or "Air Vice-Marshal" and going on with a capitalised name loses the rank (the
rest a person's name, PERSON, which joins the one named in full), and a mention that is the rank
alone before a name is dropped. Left alone: a rank before no name ("the Lieutenant-General
said"), and names holding a hyphen of their own ("Major-Ball", "Vice-Chancellor" is no rank of
these).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_HYPHENED_RANK = re.compile(
    r"(?:Lieutenant-(?:General|Colonel|Commander)|(?:Major|Brigadier)-General"
    r"|(?:Rear|Vice)-Admiral|Air Vice-Marshal)"
)
_NAME_AFTER = re.compile(r" (?=[A-Z][a-z])")


def without_hyphened_ranks(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with a hyphened rank cut from the head of a name and dropped where it
    stands alone before one (the module's doc)."""
    kept: list[RawMention] = []
    for m in mentions:
        found = _HYPHENED_RANK.match(m.text)
        if found is not None:
            if found.end() == len(m.text):
                if _NAME_AFTER.match(text, m.end):
                    continue  # "Lieutenant-General" + "Peter Cosgrove": the title
            elif _NAME_AFTER.match(m.text, found.end()):
                cut = found.end() + 1
                m = replace(m, text=m.text[cut:], start=m.start + cut, label="PERSON")
        kept.append(m)
    return kept
