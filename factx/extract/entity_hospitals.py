"""A hospital named by its town and its kind: "Their daughter died in Edinburgh Royal Infirmary,
10 days after being born" (seed 157's politics/406 `Edinburgh` GPE, the hospital cut to its
town); "Their son died in Leeds General Infirmary" gives `Leeds` GPE too on round r48b-civic's
sentences of its own. The town is the first word of the hospital's name, no place of its own
there: the whole is one organisation, as "Aberdeen Royal Infirmary" and "Leicester General
Hospital" already are.

Only a one-word town the model tagged a place right before an optional hospital's adjective and
"Infirmary" or "Hospital" with its capital: "a hospital in Leeds" and "Leeds hospitals" name no
hospital.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A hospital's adjective (optional) and its kind, right after the town.
_HOSPITAL_TAIL = re.compile(
    r" (?:(?:Royal|General|Western|Eastern|Northern|Southern|District|County|City|Victoria"
    r"|University|Memorial|Children['’]s|Infirmary and) )?(?:Infirmary|Hospital)(?![\w'’-])"
)
_TOWN = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*")
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def hospitals_by_their_town(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a town the model tagged a place before "Royal|General ... Infirmary|Hospital"
    grown over the hospital's words, ORG ("Edinburgh" + " Royal Infirmary" -> `Edinburgh Royal
    Infirmary`); the model's mentions inside the grown words are dropped."""
    if "Infirmary" not in text and "Hospital" not in text:
        return mentions
    grown: dict[int, RawMention] = {}
    for index, m in enumerate(mentions):
        if m.label not in _PLACE_LABELS or _TOWN.fullmatch(m.text) is None:
            continue
        tail = _HOSPITAL_TAIL.match(text, m.end)
        if tail is None:
            continue
        end = tail.end()
        grown[index] = replace(m, text=text[m.start : end], end=end, label="ORG", cue="ORG")
    if not grown:
        return mentions
    spans = [(g.start, g.end) for g in grown.values()]
    result: list[RawMention] = []
    for index, m in enumerate(mentions):
        if index in grown:
            result.append(grown[index])
        elif not any(start <= m.start and m.end <= end for start, end in spans):
            result.append(m)
    return result
