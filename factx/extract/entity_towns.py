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

`fixture_towns` (round r46b-places, seed 147's "a friendly against Hungary in Cardiff", whose
`Cardiff` joined the club Cardiff City): a name right after a fixture's word, its opponent and
"in" ("a friendly against Hungary in Cardiff", "their qualifier with Austria in Vienna, where")
is the town the game is played in, whatever the model's reading of it (a place or a firm) and
whatever follows: it is split from a club of its name as `event_towns`' are. The club's own
shapes ("signed for Cardiff", "a move to Cardiff", "beat Cardiff") have no fixture's word and
opponent before them and are left. The model often tags no town there at all ("in Cardiff on 9
February" gives nothing, "in Cardiff next month" a DATE): `missed_fixture_towns` gives the spans
of such untagged towns, one or two capitalised words a list of the world's cities knows
(`world_cities.world_city`: not "in March", "in Group B"), for `entity_missed` to add as places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import data_file
from factx.extract.world_cities import world_city

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


# "a friendly against Hungary in ", "the World Cup qualifier v Austria in ": a fixture's word,
# up to two words (a side's or a kind's) between it and "against", "with", "v" or "versus", the
# opponent's capitalised name of one to three words, and "in".
_FIXTURE_BEFORE = re.compile(
    r"\b(?:friendly|match|game|tie|qualifier|opener|final|clash|international)"
    r"(?: [\w-]+){0,2}? (?:against|with|v|v\.|vs|versus) (?:the )?"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2} in $"
)
# The model's labels the town may carry there: a place, or a firm's (the club's).
_FIXTURE_TOWN_LABELS = frozenset({"GPE", "LOC", "ORG"})
_ONE_TOWN = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")


def fixture_towns(text: str, mentions: Iterable[RawMention]) -> frozenset[tuple[int, int]]:
    """The spans of the mentions that name the town a game is played in, after a fixture's
    word, its opponent and "in" ("a friendly against Hungary in Cardiff"; the module's doc)."""
    if " in " not in text:
        return frozenset()
    return frozenset(
        (m.start, m.end)
        for m in mentions
        if m.label in _FIXTURE_TOWN_LABELS
        and _ONE_TOWN.fullmatch(m.text)
        and _FIXTURE_BEFORE.search(text[max(0, m.start - 80) : m.start])
    )


# An untagged town after "in": one or two capitalised words.
_TOWN_AFTER_IN = re.compile(r"(?<=\bin )(?P<first>[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*)?")


def missed_fixture_towns(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans in text[start:end] of the cities named after a fixture's word, its opponent
    and "in" ("a friendly against Hungary in Cardiff"), whether the model tagged them or not;
    the caller keeps those no mention holds (the module's doc)."""
    for match in _TOWN_AFTER_IN.finditer(text, start, end):
        if not _FIXTURE_BEFORE.search(text[max(start, match.start() - 80) : match.start()]):
            continue
        if world_city(match.group()):
            yield match.span()
        elif " " in match.group() and world_city(match.group("first")):
            yield match.span("first")
