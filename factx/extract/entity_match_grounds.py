"""A ground named after "at" and before a match's day: "a cup tie at Millmoor on 16 January".

A match report names the ground a game is played at, "at <Ground> on <day>", and the small model
leaves a ground it does not know out ("face England at Twickenham on Sunday", "the Cup clash
between the Glasgow clubs at Parkhead on Sunday": nothing) or takes it for a town (seed 153's
"a Celtic League win over bottom club Borders at Netherdale on Friday night", `Netherdale` GPE).
One or two capitalised words right after "at" and before "on <weekday>|on <day's number>|in front
of", in a sentence with a match's word ("tie", "clash", "match", "game", "derby", "fixture",
"face", "meet", "host", "win", "draw", "defeat", "beat", "victory", "play"), that no mention or
fact covers, are the ground, FAC; so is a mention of those words alone the model tagged a town
(GPE or LOC: "Netherdale"). Left alone: a known town, region or country, a city of the
world or a people's word ("a 2-1 win at Albacete on Saturday", "the derby at Liverpool on 20
March": a town, where the house reads the side or the place by its own rules), a first name (a
person's), a name the model tagged (a firm, "at Merrill Lynch on Thursday"; a ground it knows,
"at Anfield on Tuesday" FAC), and a sentence with no match's word ("a dinner at Claridges on
Monday").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.evidence import a_people_by_name
from factx.extract.first_names import first_names
from factx.extract.place_names import known_place
from factx.extract.spans import covering
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_AT_GROUND = re.compile(
    rf"(?<![\w'’-])at ([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    rf" (?:on (?:{_DAYS}|\d{{1,2}} [A-Z][a-z]+)|in front of)(?![\w'’-])"
)
# A match's words in the ground's sentence.
_MATCH_WORDS = re.compile(
    r"(?<![\w'’-])(?:ties?|clash(?:es)?|match(?:es)?|games?|derby|fixtures?|faces?|facing|meets?"
    r"|meeting|hosts?|wins?|won|draws?|drew|defeats?|defeated|beat|beats|victory|play|plays"
    r"|played|kick-off)(?![\w'’-])"
)
# How far back a sentence may start before the ground ("... tie at Millmoor").
_BACK = 200


def _a_place_or_person(name: str) -> bool:
    first = name.split()[0]
    return (
        known_place(name)
        or world_city(name)
        or a_people_by_name(name)
        or known_place(first)
        or world_city(first)
        or first.casefold() in first_names()
    )


def grounds_at_a_match(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with each ground named after "at" and before a match's day in a sentence
    with a match's word as a new FAC mention (see the module's docstring)."""
    if "at " not in text:
        return list(mentions)
    found: list[RawMention] = []
    covered = covering(mentions, taken)
    towns = {(m.start, m.end): i for i, m in enumerate(mentions) if m.label in ("GPE", "LOC")}
    relabelled: dict[int, RawMention] = {}
    for match in _AT_GROUND.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if _a_place_or_person(name):
            continue
        back = max(0, start - _BACK)
        sentence = re.split(r"[.!?]\s", text[back:start])[-1]
        if not _MATCH_WORDS.search(sentence):
            continue
        town = towns.get((start, end))
        if town is not None:
            relabelled[town] = replace(mentions[town], label="FAC", cue="FAC")
            continue
        if covered(start, end):
            continue
        layout = layout_holding(layouts, start, end)
        if layout is not None:
            found.append(add(text, layout, start, end, "FAC", "FAC"))
    if not found and not relabelled:
        return list(mentions)
    kept = [relabelled.get(i, m) for i, m in enumerate(mentions)]
    return sorted([*kept, *found], key=lambda m: m.start)
