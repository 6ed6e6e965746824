"""A crown prince's or princess's title, no body: "Crown Princess Mette-Marit".

The small model reads the "Crown" of a royal's title as an organisation (the Crown, the state)
and tags the royal's name after "Princess" apart ("Crown" ORG, "Mette-Marit" PERSON), and the
grouping then joins that "Crown" to the prince's "Crown Prince Haakon" as one of his names.
"Crown" right before "Prince" or "Princess" and a capitalised name is the royal's title, one
mention with the name, PERSON (as the model's own whole "Crown Prince Carl" is): the mention the
model tagged after the title is grown back over it, and where the model left the name out, the
title and the name are the mention.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The title's rest and the royal's name after "Crown": one or two capitalised words, a
# hyphened one whole ("Mette-Marit").
_TITLE_AND_NAME = re.compile(
    r" (?:Prince|Princess) ([A-Z][\w'’]*(?:-[A-Z][\w'’]*)?(?: [A-Z][\w'’]*(?:-[A-Z][\w'’]*)?)?)"
    r"(?![\w'’-])"
)


def crown_titles(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each "Crown" before "Prince" or "Princess" and a name made one PERSON
    mention with the name (see the module's docstring)."""
    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    result: list[RawMention] = []
    for m in mentions:
        if id(m) in dropped:
            continue
        found = _TITLE_AND_NAME.match(text, m.end) if m.text == "Crown" else None
        if found is None:
            result.append(m)
            continue
        named = by_start.get(found.start(1)) or by_start.get(m.end + 1)
        end = found.end(1)
        if named is not None:
            if named.end < found.start(1):
                result.append(m)  # a mention of the title's word alone: not the name
                continue
            dropped.add(id(named))
            end = named.end
        elif any(n.start < end and n.end > m.end for n in mentions):
            result.append(m)  # another name over the words after it: not the royal's
            continue
        result.append(replace(m, text=text[m.start : end], end=end, label="PERSON", cue="PERSON"))
    return [m for m in result if id(m) not in dropped]
