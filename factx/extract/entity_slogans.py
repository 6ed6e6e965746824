"""A slogan of the shape "X, Not Y" before its kind word is one name.

Campaigns are named by slogans that set one thing against another ("the Buy Local, Not
Global campaign", "the Make Tea, Not War website"); the model stops at the comma and tags
the first half alone. Where the comma, "Not" and capitalised words follow a mention right
up to a campaign's kind word, the mention grows over them, a work of words (the kind words
are data, `slogan_kinds` in `factx/data/entities.json`); mentions inside the grown span are
dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_bodies import with_grown
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention


@cache
def _rest() -> re.Pattern[str]:
    kinds = "|".join(re.escape(k) for k in data_file("entities.json")["slogan_kinds"])
    return re.compile(rf", Not(?: [A-Z][\w'’-]*){{1,3}}(?= (?:{kinds})\b)")


def slogans_cut_at_not(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each one cut at a slogan's ", Not" grown over the rest of the slogan."""
    grown: dict[int, RawMention] = {}
    rests: set[str] = set()
    for i, m in enumerate(mentions):
        rest = _rest().match(text, m.end)
        if rest is None or (m.label == "PERSON" and " " not in m.text):
            continue
        rests.add(rest.group())
        grown[i] = _grown(text, m, rest.end())
    # Once the article names a slogan whole, its first half followed by the same ", Not" and
    # words is the slogan wherever it stands ("the Make Tea, Not War effort").
    for i, m in enumerate(mentions):
        if i in grown:
            continue
        for rest_text in sorted(rests):
            if text.startswith(rest_text, m.end):
                grown[i] = _grown(text, m, m.end + len(rest_text))
                break
    return with_grown(mentions, list(grown.items()))


def _grown(text: str, m: RawMention, end: int) -> RawMention:
    return replace(m, text=text[m.start : end], end=end, label="WORK_OF_ART", cue="WORK_OF_ART")
