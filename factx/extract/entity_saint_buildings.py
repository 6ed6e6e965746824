"""A church or cathedral named "St <Name> the <Epithet>" before its lower-case kind word is one
building (round r51b-places).

Lee sheet W found "Fire has damaged part of St John the Divine cathedral in New York" split by
the model into `St John` PERSON and `Divine` ORG: the saint's name and its epithet are one
building's name, FAC, as the capitalised "Cathedral of St John the Divine" is. `saint_buildings`
runs a mention "St|Saint <Name>" over " the <Epithet>" where a lower-case "cathedral|church|
basilica|chapel|abbey|parish|priory|monastery" follows the epithet, drops a mention of the
epithet alone, and makes the whole FAC.

Left alone: the saint himself with no building word after the epithet ("St John the Baptist
preached", a person), a saint's name with no epithet ("St Mary's church": no "the <Epithet>"),
and a longer name the model already spans.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_SAINT = re.compile(r"(?:St|Saint|St\.) [A-Z][a-z]+")
_EPITHET_AND_KIND = re.compile(
    r" the ([A-Z][a-z]+) (?:cathedral|church|basilica|chapel|abbey|parish|priory|monastery)\b"
)


def saint_buildings(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each "St <Name>" before " the <Epithet> cathedral|church ..." run over its
    epithet as one FAC, and the epithet's own mention dropped (the module's doc)."""
    if "the " not in text or not re.search(r"\bS(?:ain)?t\.? [A-Z]", text):
        return mentions
    result: list[RawMention] = []
    dropped: set[int] = set()
    for m in mentions:
        if id(m) in dropped:
            continue
        found = _EPITHET_AND_KIND.match(text, m.end) if _SAINT.fullmatch(m.text) else None
        if found is None:
            result.append(m)
            continue
        end = found.end(1)
        for other in mentions:
            if other is not m and m.end <= other.start and other.end <= end:
                dropped.add(id(other))
        result = [r for r in result if id(r) not in dropped]
        result.append(replace(m, text=text[m.start : end], end=end, label="FAC", cue="FAC"))
    return result
