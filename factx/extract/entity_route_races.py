"""A race named by its start and finish, "the <Place> to <Place> (Yacht Race)", is one event.

Round r50b-sport, from Lee sheets J and L of `docs/entity-handcheck.md` ("14 yachts have now
retired from the Sydney to Hobart Yacht Race": `Sydney` GPE and `Hobart Yacht Race` ORG; "the
fleet of the 57th Sydney to Hobart": `Sydney` GPE and `Hobart` PERSON). After "the" (and perhaps
an ordinal), two capitalised places joined by "to" name the race where a race's word follows
("Yacht Race", "yacht race", "Race", "Classic", "Rally", "Marathon", "Regatta") or where an
ordinal comes before and the article is a race report (yacht, race, regatta, "line honours"):
the mentions inside give way to one EVENT mention, with the capitalised race word kept in its
name. Round r51c-misc (Lee sheet T: "for this year's Sydney to Hobart yacht race", `Sydney`
GPE and `Hobart` PERSON): the race after "this|last|next year's", a name's possessive, "this"
or "a|an" is the same race where a race's word follows (no ordinal alone there). Left alone: a
route with no race ("flights from Sydney to Hobart": no "the"; "the Sydney
to Melbourne flight|road|train": a route's noun after), and runs that are no places.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.place_names import known_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_PLACE = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_RACE = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|(?P<det>(?:(?:[Tt]his|[Ll]ast|[Nn]ext) year|[A-Z][a-z]+)['’]s"
    r"|[Tt]his|[Aa]n?)) (?P<ordinal>\d+(?:st|nd|rd|th) )?"
    rf"(?P<name>(?P<a>{_PLACE}) to (?P<b>{_PLACE})"
    r"(?P<kind> (?:Yacht Race|Ocean Race|Race|Classic|Rally|Marathon|Regatta))?)"
    r"(?P<lower> (?:yacht race|ocean race|race|classic|rally|marathon|regatta)\b)?"
    r"(?![\w'’-])"
)
# The article is a race report: an ordinal alone names the race only there.
_RACE_WORDS = re.compile(r"\b(?:yachts?|race|regatta|line honours)\b", re.IGNORECASE)


def route_races(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with "the <Place> to <Place> <Race>" one EVENT (the module's doc)."""
    if " to " not in text:
        return list(mentions)
    kept = list(mentions)
    changed = False
    report: bool | None = None
    for found in _RACE.finditer(text):
        if not (found.group("kind") or found.group("lower")):
            if found.group("det") or not found.group("ordinal"):
                continue
            if report is None:
                report = bool(_RACE_WORDS.search(text))
            if not report:
                continue
        if not any(known_place(p) or world_city(p) for p in (found.group("a"), found.group("b"))):
            continue
        start, end = found.span("name")
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        inside = [m for m in kept if m.start < end and start < m.end]
        if any(m.start < found.start() or m.end > end for m in inside):
            continue  # a mention runs out of the race's name: its own reading stands
        kept = [m for m in kept if m not in inside]
        kept.append(add(text, layout, start, end, "EVENT", "EVENT"))  # "the" left out
        changed = True
    if not changed:
        return list(mentions)
    return sorted(kept, key=lambda m: m.start)
