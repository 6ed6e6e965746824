"""A boat in a sailing race's report is a product, however its name looks.

Round r50b-sport, from Lee sheets J and L of `docs/entity-handcheck.md`: the model reads yachts
named by a phrase or a sponsor as people ("with Assa Abloy close by", `Assa Abloy` PERSON, a
sponsor's name labelled PERSON; "Terra Firma arrived at Eden", `Terra Firma` PERSON; "Swedish maxi
Nicorette", "Another Victorian boat, Wild Card,"). In an article with a sailing race's words
(yacht, maxi, "line honours", "nautical miles", regatta, "ocean racer"), a name right after a
boat's kind word ("maxi", "super maxi", "ocean racer", "trimaran", "catamaran", "sloop", "boat,",
"yacht,", "entry,"), or right before "skippered by", "skipper <Name>", "crossed the (finishing)
line", "took line honours" or ", the only <Word> entry", is the boat: its mention is cued PRODUCT
(the house's label for a vessel), so the article's other mentions of it follow. Left alone: a
sponsor's team named as a team ("Team Tyco", ORG), a place, country or people before "skipper"
("England skipper Michael Vaughan", a side's captain), a name before "said|says|told" (a
person speaks, a boat does not), a person after a title ("Skipper Peter Bartels"), and every
article with no sailing word (a cricket "skipper", a "racer" in motor sport).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factx.extract.evidence import a_people_by_name, country_keys
from factx.extract.place_names import known_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

SAILING = re.compile(
    r"\b(?:yachts?|maxis?|line honou?rs|nautical miles?|regatta|ocean racers?)\b", re.IGNORECASE
)
_BOAT_BEFORE = re.compile(
    r"(?:\b(?:[Mm]axi|[Ss]uper[ -]?maxi|[Oo]cean racer|[Tt]rimaran|[Cc]atamaran|[Ss]loop) "
    r"|\b(?:[Bb]oat|[Yy]acht|[Ee]ntry), )$"
)
_BOAT_AFTER = re.compile(
    r"^(?:,? skippered by\b| skipper [A-Z]| crossed the (?:finishing |finish )?line\b"
    r"| took line honours\b|, the only [A-Z][a-z]+ entry\b)"
)
# Where the race leaves a boat ("with Assa Abloy close by", "Terra Firma arrived at Eden",
# "Illbruck holds a two nautical mile lead"): a boat's only where the article never gives the
# name's last word a person's title or a speech verb (a sailor arrives too: "Skipper Peter
# Bartels ... Peter Bartels arrived at Eden" stays a person). First-name lists are no guard here:
# they hold "Terra" and "Assa".
_BOAT_PLACED = re.compile(
    r"^(?: close by\b| is close by\b| arrived at\b| is back at\b| holds? a [^.]{0,40}\blead\b"
    r"| is (?:a further )?[^.]{0,30}\bastern\b)"
)
_SPEAKS = re.compile(r"^,? (?:said|says|told|added)\b")
_TITLED = re.compile(r"\b(?:Skipper|Captain|Mr|Mrs|Ms|Dr|Sir) $")
BOAT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART"})


def a_place_or_side(name: str) -> bool:
    bare = name.removeprefix("the ").removeprefix("The ")
    return (
        known_place(bare)
        or world_city(bare)
        or bare.casefold() in country_keys(str.casefold)
        or a_people_by_name(bare)
    )


def _a_person_elsewhere(text: str, surname: str) -> bool:
    """Whether the article gives `surname` a person's title or a speech verb anywhere."""
    word = re.escape(surname)
    return bool(
        re.search(
            rf"\b(?:Mr|Mrs|Ms|Dr|Sir|[Ss]kipper|[Cc]aptain|[Nn]avigator)(?: [A-Z][a-z]+)? {word}\b"
            rf"|\b{word},? (?:said|says|told|added)\b",
            text,
        )
    )


def race_boat_cues(text: str, mentions: Sequence[RawMention]) -> list[int]:
    """The indices of the mentions that name a boat in a sailing report, to be cued PRODUCT
    (the module's doc)."""
    if not SAILING.search(text):
        return []
    found = []
    for index, m in enumerate(mentions):
        if m.label not in BOAT_LABELS or m.text.startswith("Team "):
            continue
        before = text[max(0, m.start - 20) : m.start]
        after = text[m.end : m.end + 40]
        if _TITLED.search(before) or _SPEAKS.match(after):
            continue
        after_kind = bool(_BOAT_BEFORE.search(before))
        before_verb = bool(_BOAT_AFTER.match(after))
        placed = bool(_BOAT_PLACED.match(text[m.end : m.end + 60])) and not _a_person_elsewhere(
            text, m.text.split()[-1]
        )
        if after_kind or ((before_verb or placed) and not a_place_or_side(m.text)):
            found.append(index)
    return found
