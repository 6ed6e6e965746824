"""A US state's official's title opens with "State", no name (round r49b-us).

"State Senator Paul LeVota of Missouri", "State Sen. Mary Brown said", "backed by State
Representative Tom Hill": the model tags the title's first word "State" ORG apart from the
person (PolNeAR sheet B's `State` ORG). The word is a title's, as "Chair" of "SEC Chair White"
is: no body is named. The body itself keeps its name ("the State Senate", "the State
Department", "State Department spokesman Glyn Davies": the model's span holds the body's
word). "State Attorney General Dan Ross" and "State Treasurer Ann Lee" the model runs into the
person or leaves out; the list below covers them too where it does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The title's words after "State": a legislator's and a state officer's.
_STATE_TITLE = re.compile(
    r" (?:(?:Senator|Representative|Assemblyman|Assemblywoman|Assemblymember|Treasurer|"
    r"Auditor|Comptroller|Controller|Superintendent|Attorney[ -]General|Legislator|Lawmaker|"
    r"Trooper)\b|(?:Sen|Rep)\. )"
)


def without_state_titles(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less a lone "State" right before an official's title. Run again after
    the names found by their string: "State has been reviewing the emails" (the department's
    short name) must not bring the title's word back."""
    return [
        m
        for m in mentions
        if not (m.text in ("State", "the State") and _STATE_TITLE.match(text, m.end))
    ]
