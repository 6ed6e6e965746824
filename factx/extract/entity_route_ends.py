"""The two ends of a road closure or a route are places where one end is (round r51-towns).

Lee sheets N-S's road-closure and fire-front sentences name a stretch by its two ends: "Picton
Road is closed between Wilton and Bulli", "the Illawarra Highway between the Hume Highway and
Robertson", "Homes between Bulabarra and Lapstone are set to be in the fire's path", "from
Appin to Bulli Tops". The model tags a small town at one end PERSON or ORG (`Wilton`,
`Robertson`, `Bulabarra`), with nothing around it that shows a person or a body. Where the
other end of "between <A> and <B>" or "from <A> to <B>" is a place (a mention the model or a
cue reads GPE or LOC, or a road by its kind word: Road, Highway, Street, ...), a one- or
two-word end the model tags PERSON or ORG gets the GPE cue.

Left alone (a person or a side is as often an end of "between"): an end that opens with a
common first name ("between John Howard and Bulli"), that has a title before it ("from Mr
Costello to Mr Howard") or a speaking verb after it, the surname of a person the article names
in full ("talks between Zinni and Israeli Prime Minister Ariel Sharon" beside "Anthony
Zinni"), an end holding a possessive, a name the article gives a person's cue elsewhere, and
every end in an article that reports games ("the final between Sydney and Leeds") or after a
contest's, a tie's or a move's word ("the Carling Cup tie between Millwall and Liverpool"). A
stretch "closed|shut|blocked|cut|reopened|open between <A> and <B>" needs no place at the
other end: a road is closed between two places ("closed between Wilton and Bulli", "Bulli"
untagged).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from factx.extract.entity_team_towns import reports_games
from factx.extract.first_names import opens_with_first_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factx.extract.entities import RawMention

_PLACES = frozenset({"GPE", "LOC"})
_NAMES = frozenset({"PERSON", "ORG"})
# A road's name by its kind word: an end of a stretch that is a place whatever its label.
_ROAD = re.compile(
    r"(?:[A-Z][\w'’-]* )+(?:Road|Highway|Street|Freeway|Motorway|Parkway|Expressway|Avenue"
    r"|Drive|Lane|Way|Bypass)"
)
_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|President|Premier|Minister|Senator"
    r"|Prime Minister)\.? $"
)
_SPEECH_AFTER = re.compile(r",? (?:said|says|told|added|who|he|she)\b")
# One or two capitalised words: a town, not a clause; not a name ending in a landform's kind
# word, which `entity_landforms` reads LOC ("between Black Creek and the highway").
_SHAPE = re.compile(
    r"(?!.*\b(?:Gully|Creek|Gorge|Ridge|Range|Reef|Glacier|Plateau|Plains|Basin|Peninsula"
    r"|Trench)$)[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)?"
)
# The words between the two ends.
_BETWEEN = re.compile(r"\bbetween (?:the )?$")
_FROM = re.compile(r"\b(?:from|From) (?:the )?$")
# A closed stretch: its two ends are places whatever the model makes of the other one ("Picton
# Road is closed between Wilton and Bulli", the model missing "Bulli").
_CLOSED = r"\b(?:closed|shut|blocked|cut|reopened|open) between "
_CLOSED_FIRST = re.compile(_CLOSED + r"$")
_CLOSED_SECOND = re.compile(_CLOSED + r"(?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} and $")
_AND_NAME = re.compile(r" and (?:the )?[A-Z]")
# A contest, a tie or a bond between two sides, or a player's move from one to another: the
# ends are sides or parties as often as towns ("the heated Carling Cup tie between Millwall and
# Liverpool", the odd half's sport/197, a first version's one right -> wrong).
_CONTEST_BEFORE = re.compile(
    r"\b(?:ties?|match|matches|games?|clash|clashes|finals?|fixtures?|derby|derbies|contests?"
    r"|battles?|fights?|bouts?|races?|debates?|talks|meetings?|disputes?|wars?|rivalry|relations"
    r"|links|partnerships?|deals?|agreements?|treaty|summit|differences?|choice|contrast|vote"
    r"|transfers?|moves?|switch|loan)\b[^.;:!?]{0,40}$"
)


def _place_end(m: RawMention) -> bool:
    text = m.text.removeprefix("the ").removeprefix("The ")
    return m.label in _PLACES or m.cue in _PLACES or _ROAD.fullmatch(text) is not None


def _surnames_of_people(mentions: Sequence[RawMention]) -> frozenset[str]:
    return frozenset(
        m.text.split()[-1]
        for m in mentions
        if " " in m.text and (m.label == "PERSON" or m.cue == "PERSON")
    )


def _town_end(text: str, m: RawMention, surnames: frozenset[str], people: frozenset[str]) -> bool:
    return (
        m.label in _NAMES
        and m.cue in ("", "GPE")
        and _SHAPE.fullmatch(m.text) is not None
        and not opens_with_first_name(m.text)
        and m.text not in surnames
        and m.text not in people
        and _TITLE_BEFORE.search(text, max(0, m.start - 20), m.start) is None
        and _SPEECH_AFTER.match(text, m.end) is None
    )


def route_ends(text: str, mentions: Sequence[RawMention]) -> None:
    """Set the GPE cue of a one- or two-word end of "between <A> and <B>" or "from <A> to
    <B>" the model tags PERSON or ORG, where the other end is a place (the module's doc)."""
    if "between" not in text and "from" not in text.lower():
        return
    if reports_games(text):
        return
    surnames = _surnames_of_people(mentions)
    people = frozenset(m.text for m in mentions if m.cue == "PERSON" and not m.by_form)
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in ordered:
        before = text[max(0, m.start - 60) : m.start]
        closed = (_CLOSED_FIRST.search(before) and _AND_NAME.match(text, m.end)) or (
            _CLOSED_SECOND.search(before)
        )
        if closed and _town_end(text, m, surnames, people):
            m.cue = "GPE"
    for first, second in pairwise(ordered):
        gap = text[first.end : second.start]
        before = text[max(0, first.start - 14) : first.start]
        if _CONTEST_BEFORE.search(text, max(0, first.start - 80), first.start):
            continue
        if (_BETWEEN.search(before) and gap == " and ") or (_FROM.search(before) and gap == " to "):
            pass
        else:
            continue
        if _place_end(first) and _town_end(text, second, surnames, people):
            second.cue = "GPE"
        elif _place_end(second) and _town_end(text, first, surnames, people):
            first.cue = "GPE"
