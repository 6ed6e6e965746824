"""A place the model left untagged inside a list of places (round r52b-lists, BBC sheet 52C).

"... Basingstoke, Shrewsbury, Dorset and Torbay": the model tags the other three towns and
nothing over "Shrewsbury". `lists._MISSED_MEMBER` lets a list run on over such a gap, but no
entity was made of the word. `gapped_places` adds it: one capitalised word (or a hyphened
pair, or two words: "Milton Keynes") alone between ", " and ", " inside a list of three or
more mentions that are all places (GPE or LOC by a cue or the model's label, or a known place
or city no cue reads otherwise; at least half of them read as places) is a place of the list,
GPE, where the word is a town or region the house knows (`place_names.known_place`,
`world_cities.world_city`): the list's shape is the evidence the city list needs, never the
word alone. Leaves alone a gap in a list of people, firms or clubs (any member not a place),
a word that is a common first name (not in the city list), a day or a month, and a word
inside any mention.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.entity_place_given_names import CALENDAR
from factx.extract.place_names import known_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_PLACES = frozenset({"GPE", "LOC"})
# The whole text between two listed mentions: ", <Word>, " (the shape `lists._MISSED_MEMBER`
# passes over), or two words a city's name ("Milton Keynes").
_GAP = re.compile(r", (?P<word>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?), ")
_JOINS = frozenset({", ", " and ", ", and ", " or ", ", or "})
_SHORTEST = 3


def _tagged_place(m: RawMention) -> bool:
    """Whether the model or a cue reads mention m as a place."""
    return (m.cue or m.label) in _PLACES


def _place(m: RawMention) -> bool:
    """Whether mention m is a place: read as one, or a known place or city that no cue reads
    otherwise ("Dorset" ORG, "Torbay" PERSON in the model's reading of the list above)."""
    return _tagged_place(m) or (not m.cue and (known_place(m.text) or world_city(m.text)))


def _runs(text: str, mentions: Sequence[RawMention]) -> list[list[int]]:
    """The indexes of each run of mentions joined by list joins or by one gap word."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, m in enumerate(mentions):
        if run:
            between = text[mentions[run[-1]].end : m.start]
            if between in _JOINS or _GAP.fullmatch(between):
                run.append(i)
                continue
            runs.append(run)
        run = [i]
    if run:
        runs.append(run)
    return runs


def gapped_places(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with the missed member of each list of places added as a place (the
    module's doc); `mentions` are sorted by start."""
    found: list[RawMention] = []
    for run in _runs(text, mentions):
        if len(run) < _SHORTEST or not all(_place(mentions[i]) for i in run):
            continue
        if sum(_tagged_place(mentions[i]) for i in run) * 2 < len(run):
            continue  # most of a list of places are read as places
        for left, right in itertools.pairwise(run):
            start, end = mentions[left].end, mentions[right].start
            gap = _GAP.fullmatch(text, start, end)
            if gap is None:
                continue
            word = gap["word"]
            if word.casefold() in CALENDAR or not (known_place(word) or world_city(word)):
                continue
            s, e = gap.span("word")
            layout = layout_holding(layouts, s, e)
            if layout is not None:
                found.append(add(text, layout, s, e, "GPE", "GPE"))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))
