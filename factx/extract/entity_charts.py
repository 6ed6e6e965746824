"""A record and its act named side by side in a chart story, parted and labelled (round
r41b-charts, from seed 117's "Rules these errors suggest").

`act in at a chart place for its record`: "In at number three was Iron Maiden for the Number Of
The Beast" names the act and the record it is in the chart for. The model reads the act as a
person (`Iron Maiden` PERSON), glues it to the record's first word (`Deep Purple for Smoke`
PERSON) or reads the two as one body (`Kaiser Chiefs for I Predict a Riot` ORG), and glues the
record's end to the next act of a list ("the Water and Erasure" WORK_OF_ART). After "in at
number <n> was|were|is|are", the capitalised words before "for" or "with" are the act and the
capitalised words after it (with the record's own "the" and its small words: "Smoke on the
Water") are the record, WORK_OF_ART. The cue "act in at a chart place" of
`factx/data/entities.json` reads the act from the place labels only and leaves the model's
PERSON; here the act is parted from its record first, so its label is read again.

`record by its act down or up the chart`: "Boulevard of Broken Dreams by Green Day, down three
places to number nine" names a record and its act; the model misses the record and reads a
band as a person (`Modest Mouse` PERSON). Before "by", a capitalised title; after it, the act,
then a comma and the places it moved ("down|up <n> places to <n>"); and the list's next record
and act right after the places (", and Float On by Modest Mouse.").

The act is a band, an organisation, as the house counts acts, unless its words say a person: a
name that opens with a common first name ("Robbie Williams") or an honorific or a performer's
title ("Ms Dynamite", "DJ Shadow"), or one word the model already read as a person ("Eminem",
"Usher": a solo singer is named by one word as often as a band is). A name the model read as
a person by its guess alone, of two words or more and no first name ("Iron Maiden", "Deep
Purple", "Green Day"), is a band. Not where a mention reaches out of the act and the record
(the model saw a longer name), but for one that glues the record's end to the next name of the
sentence across " and ".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.first_names import opens_with_first_name, person_by_first_name
from factx.extract.title_shapes import TITLE_SMALL_WORDS, small_words, title_run

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention
    from factx.extract.entity_acts import Adder

_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?)"
_WORD = r"[A-Z][\w'’&-]*"
_ACT = rf"(?:the )?{_WORD}(?: {_WORD}){{0,3}}"
# A record's title: capitalised words, the small words of a title between them, its own "the".
_SMALL = small_words(
    *TITLE_SMALL_WORDS, "with", "my", "your", "me", "you", "it", "is", "be", "up", "or", "it's"
)
_TITLE = title_run(_WORD, _SMALL)
_IN_AT = re.compile(
    rf"\b[Ii]n at (?:number |No\.? ?){_NUMBER} (?:was|were|is|are) (?P<act>{_ACT})"
    rf" (?:for|with) (?P<title>(?:the )?{_TITLE})(?![\w'’-])"
)
# The places a record moved, after its act's comma; the record and act are read backwards from
# it, in the words before (`_BY_ACT`, anchored at their end).
_MOVED = re.compile(
    rf", (?:also |now )?(?:down|up) {_NUMBER}(?: places?)? to (?:number |No\.? ?)?{_NUMBER}\b"
)
_BY_ACT = re.compile(rf"(?<![\w'’-])(?P<title>{_TITLE}) by (?P<act>{_ACT})$")
# The list's next record and act after the places: ", and Float On by Modest Mouse."
_NEXT_BY_ACT = re.compile(rf",? and (?P<title>{_TITLE}) by (?P<act>{_ACT})(?=[.,;])")
# How far before the places the record and its act are read.
_REACH = 160
# Words before a performer's name that make it a person's: "Ms Dynamite", "DJ Shadow".
_PERSON_OPENERS = frozenset(
    {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Lil", "DJ", "MC"}
)
# What may stand after the record where a mention glues it to the next name: " and Erasure".
_GLUED_ON = re.compile(r" and ")


def _act_label(act: str, mentions: Sequence[RawMention], start: int, end: int) -> str:
    """ORG for a band, PERSON for a name a person's words open or a one-word person of the
    model's (the module's doc)."""
    bare = act.removeprefix("the ")
    if bare.split()[0] in _PERSON_OPENERS or opens_with_first_name(bare):
        return "PERSON"
    if person_by_first_name(bare):
        return "PERSON"
    if " " not in bare and any(
        m.start == start and m.end == end and m.label == "PERSON" for m in mentions
    ):
        return "PERSON"
    return "ORG"


def _parted(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    found: list[tuple[int, int, int, int]],
) -> list[RawMention]:
    """The mentions, with each (act start, act end, title start, title end) an act and a
    record, the mentions inside giving way."""
    gone: set[int] = set()
    added: list[RawMention] = []
    for act_start, act_end, title_start, title_end in found:
        outer_start, outer_end = min(act_start, title_start), max(act_end, title_end)
        inside = [m for m in mentions if m.start < outer_end and m.end > outer_start]
        if any(m.start < outer_start for m in inside) or any(
            m.end > outer_end and not (outer_end == title_end and _GLUED_ON.match(text, title_end))
            for m in inside
        ):
            continue  # the model saw a longer name
        act_layout = layout_holding(layouts, act_start, act_end)
        title_layout = layout_holding(layouts, title_start, title_end)
        if act_layout is None or title_layout is None:
            continue
        label = _act_label(text[act_start:act_end], inside, act_start, act_end)
        gone.update(id(m) for m in inside)
        added.append(add(text, act_layout, act_start, act_end, label, label))
        added.append(add(text, title_layout, title_start, title_end, "WORK_OF_ART", "WORK_OF_ART"))
    if not added:
        return list(mentions)
    kept = [m for m in mentions if id(m) not in gone]
    return sorted([*kept, *added], key=lambda m: m.start)


def _act_span(match: re.Match[str]) -> tuple[int, int]:
    """The act's span without its own lower-case "the" (the house's band names leave it out:
    "the Scissor Sisters" is `Scissor Sisters`)."""
    start, end = match.span("act")
    return (start + 4, end) if match.group("act").startswith("the ") else (start, end)


def acts_and_records(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each act and record of "In at number <n> was <Act> for <Record>" and
    "<Record> by <Act>, down <n> places to number <n>" parted, the act a band or a person and
    the record a work (the module's doc)."""
    found: list[tuple[int, int, int, int]] = []
    if "n at number " in text or "n at No" in text:
        for in_at in _IN_AT.finditer(text):
            found.append((*_act_span(in_at), *in_at.span("title")))
    if " to " in text:
        for moved in _MOVED.finditer(text):
            window = max(0, moved.start() - _REACH)
            match = _BY_ACT.search(text, window, moved.start())
            if match is None:
                continue
            found.append((*_act_span(match), *match.span("title")))
            after = _NEXT_BY_ACT.match(text, moved.end())
            if after is not None:
                found.append((*_act_span(after), *after.span("title")))
    if not found:
        return list(mentions)
    return _parted(text, mentions, layouts, add, found)
