"""A campaign named by a call to act, before "campaign" or "coalition", is one organisation.

Campaigns name themselves with an imperative ("the Make Poverty History campaign", "the Stop
the War coalition", "the Save Our Parks coalition"); the model cuts such a name at its verb
or at a small word and tags the rest a person ("Parks" PERSON) or leaves the verb out. Where
a mention lies inside a name that opens with one of the campaigning verbs (Make, Stop, Drop,
Save, Keep) and runs over capitalised and small words right up to "campaign" or "coalition",
the mention grows over the whole name, ORG; the mentions inside it are dropped (round
r46c-bodies, seed 145's "Make Poverty History" PERSON).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_bodies import with_grown

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_CAMPAIGN = re.compile(
    r"(?<![\w'’-])(?:Make|Stop|Drop|Save|Keep)"
    r"(?: (?:the|our|of|a|an|and|[A-Z][\w'’-]*))*? [A-Z][\w'’-]*"
    r"(?= (?:campaign|coalition)s?\b)"
)


def campaigns_by_verb(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each one inside a campaign's imperative name grown over the whole."""
    spans = [(f.start(), f.end()) for f in _CAMPAIGN.finditer(text)]
    if not spans:
        return mentions
    grown: list[tuple[int, RawMention]] = []
    taken: set[tuple[int, int]] = set()
    for i, m in enumerate(mentions):
        for start, end in spans:
            if start <= m.start and m.end <= end and (start, end) not in taken:
                taken.add((start, end))
                whole = replace(
                    m, text=text[start:end], start=start, end=end, label="ORG", cue="ORG"
                )
                grown.append((i, whole))
                break
    return with_grown(mentions, grown)
