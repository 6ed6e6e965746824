"""A town where a race or a game is held, in an article whose club bears the town's name.

One entity holds every mention of a name, and its label is one vote of them all: where an
article names a club by its town ("Glasgow beat Leinster") and the town as a place ("the
meeting in Glasgow on Saturday"), the club's cues make every mention a club's. A mention the
model tags a place, right after "in", and right before a time ("on Saturday", "last week",
"in March") or the end of its sentence, is where something happened: the town, given as an
entity of its own (`entities.with_filed_places`), whatever the rest of its group. Not where a
comma follows ("invest in Liverpool, and"), nor other words ("interest in Liverpool from"):
a club is something one invests or takes an interest in, and so is a firm ("a stake in
Sunderland in 1999", "trade in Gazprom."): such words before "in" leave it. The words are data
(`town_of_an_event` in factx/data/entities.json).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The model's labels of a place: its own reading of the mention, not of its group.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words: dict[str, str] = data_file("entities.json")["town_of_an_event"]
    return re.compile(words["before"]), re.compile(words["after"]), re.compile(words["unless"])


def event_towns(text: str, mentions: Iterable[RawMention]) -> frozenset[tuple[int, int]]:
    """The spans of the mentions tagged a place that name where something happened: "in
    Glasgow on Saturday", "won in Madrid last week", "ran a personal best in Erfurt."."""
    before, after, unless = _patterns()
    return frozenset(
        (m.start, m.end)
        for m in mentions
        if m.label in _PLACE_LABELS
        and not m.text.startswith(("the ", "The "))  # "in the Zurich Premiership in August"
        and before.search(text[max(0, m.start - 4) : m.start])
        and after.match(text[m.end : m.end + 40])
        # "a stake in Sunderland in 1999", "trade in Gazprom.": what one owns or deals in.
        and not unless.search(text[max(0, m.start - 40) : m.start])
    )
