"""A town's possessive before a venue is two names: the town GPE, the venue FAC.

"at Leeds's Royal Armouries Centre" gives `Leeds` ORG and `Royal Armouries Centre` ORG, and "at
Hull's City Hall" one span, `Hull's City Hall` FAC (seed 150's shapes): the model reads a town
that owns something as a body, or glues the two. Where a mention is a known town (a region
pycountry knows, a world city or a town of Britain or Ireland) that is no common first name,
right before "'s" or "'" and a capitalised name ending in a venue's word (Hall, Centre,
Arena, Stadium, Theatre, Museum, Gallery, Hospital, Park, Armouries, ...), the town takes a
place's cue (GPE); where one mention holds both, it is split, the town GPE and the venue FAC
(round r47-civic). A firm's or a person's possessive ("McDonald's", "the Queen's Hall", "St
Mary's Hospital") names no known town and is left alone; the venue the model tagged apart keeps
its label (a museum or a theatre is a body as often as a building).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names
from factx.extract.place_names import home_place, known_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_VENUE = (
    r"(?:[A-Z][\w'’-]* ){0,3}(?:Hall|Centre|Center|Arena|Stadium|Theatre|Theater|Museum|"
    r"Gallery|Hospital|Infirmary|Park|Armouries|Library|Cathedral|Castle|Palace|Airport|"
    r"Station|Opera House|Concert Hall|Exhibition Centre)"
)
# A town, its possessive and a venue's name, all in one mention ("Hull's City Hall").
_GLUED = re.compile(rf"(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s? (?P<venue>{_VENUE})")
# The possessive and a venue's name right after a town's mention.
_VENUE_AFTER = re.compile(rf"['’]s? {_VENUE}\b")


def _a_town(name: str) -> bool:
    return name.casefold() not in first_names() and (
        known_place(name) or world_city(name) or home_place(name)
    )


def towns_before_venues(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a town's before its possessive venue a place, one mention holding both
    split in two (the module's doc)."""
    kept: list[RawMention] = []
    for m in mentions:
        glued = _GLUED.fullmatch(m.text)
        if glued is not None and _a_town(glued.group("town")):
            town_end = m.start + glued.end("town")
            venue_start = m.start + glued.start("venue")
            kept.append(replace(m, text=glued.group("town"), end=town_end, label="GPE", cue="GPE"))
            kept.append(
                replace(m, text=glued.group("venue"), start=venue_start, label="FAC", cue="FAC")
            )
            continue
        if m.label != "GPE" and _a_town(m.text) and _VENUE_AFTER.match(text, m.end):
            m = replace(m, cue="GPE")
        kept.append(m)
    return kept
