"""A US state named after a member of Congress is the state, GPE (round r49b-misc).

- `states_of_members`: American news writes a member's party and state after the name, in
  brackets or between commas: "Sen. Ben Sasse (R-Neb.)", "Rep. Tim Ryan (D-Ohio)", "Sen. Jesse
  Helms, R-N.C., strengthened ...". The state there, an abbreviation of the press's style
  (`state_towns` in factx/data/entities.json) or a state's full name, is GPE; the model tags
  some ("R-Fla." gives `Fla`) and leaves others out (PolNeAR sheet D's `Neb`; the TempEval-3
  texts' "Dan Burton, R-Ind."). And "<title> <Name> of <a state's full name>" after a title of
  Congress or a governor's ("Rep. Adam B. Schiff of California, the ranking Democrat") is the
  state, which the model may leave out. Added where no mention covers it; the model's own span
  of exactly the state takes the GPE cue. Left alone: "(D)" and "(R)" alone, "R-rated" (no
  state after it), "University of California" (no title before the name).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.spans import covering
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_GUARD = re.compile(r"[(,] ?[RDI]-[A-Z]| of [A-Z]")
_TITLE = (
    r"\b(?:Reps?|Sens?|Gov|Senator|Representative|Congressman|Congresswoman|Governor)\.? "
    r"(?:[A-Z][\w'’.-]* ){1,3}of "
)


@cache
def _full_states() -> tuple[str, ...]:
    import pycountry

    return tuple(
        sorted(
            (
                region.name
                for region in pycountry.subdivisions.get(country_code="US") or ()
                if region.type == "State"
            ),
            key=len,
            reverse=True,
        )
    )


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    shorts: list[str] = data_file("entities.json")["state_towns"]
    abbreviations = "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True))
    names = "|".join(re.escape(s) for s in _full_states())
    # "(R-Neb.)", ", D-Va.,", "(D-Ohio)", "(R-N.Y.)": the state and its closing mark after it.
    tag = re.compile(
        rf"(?:\(|, )[RDI]-(?P<state>(?:{abbreviations})(?![A-Za-z])|(?:{names})\b)"
        r"(?=[),;]| [a-z]|$)"
    )
    titled = re.compile(rf"{_TITLE}(?P<state>(?:{names}))\b(?! (?:State|University|[A-Z]))")
    return tag, titled


def states_of_members(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, each state after a member of Congress a place, GPE (the module's doc)."""
    if not _GUARD.search(text):
        return list(mentions)
    covered = covering(mentions, taken)
    exact = {(m.start, m.end): m for m in mentions}
    cued: dict[int, RawMention] = {}
    found: list[RawMention] = []
    for layout in layouts:
        for pattern in _patterns():
            for match in pattern.finditer(text, layout.offset, layout.end):
                start, end = match.span("state")
                if text[end - 1] == "." and "." not in text[start : end - 1]:
                    end -= 1  # "Neb." is "Neb", as the model writes "Fla"
                same = exact.get((start, end)) or exact.get((start, match.end("state")))
                if same is not None:
                    if same.label != "GPE" or same.cue not in ("", "GPE"):
                        cued[id(same)] = replace(same, label="GPE", cue="GPE")
                elif not covered(start, end):
                    found.append(add(text, layout, start, end, "GPE", "GPE"))
    if not cued and not found:
        return list(mentions)
    result = [cued.get(id(m), m) for m in mentions]
    return sorted([*result, *found], key=lambda m: m.start)
