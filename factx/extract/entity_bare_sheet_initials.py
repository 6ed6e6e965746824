"""A bare team sheet's initials "A" and "O" are initials (round r52b-teams, BBC sheets 52C-D).

A rugby report closes with each side's line-up as initials and surnames and no clubs: "G
Murphy; G Dempsey, B O'Driscoll, S Horgan, D Hickie; ...; S Easterby, J O'Connor, A Foley.",
"A Titterrell, D Bell, S Borthwick, A Hazell, M Dawson, A Goode, O Smith.". The model keeps
every other letter with its surname ("G Murphy", "O Smith" at a line's end) but reads "A" as
the article and "O" as the word ("O Barkley" -> `Barkley`), so those players lose their
initial (`Foley`, `Barkley`, `Hazell`, and `Titterrell` ORG, `Goode` GPE, which the sheet's cue
makes PERSON with the letter still cut). Round r47-sport's `sheet_initials_a` mends the "A
Rossi (Viadana)" shape only, where a bracketed club follows each name.

`bare_sheet_initials`: a surname's mention (one capitalised word, or two: "A Lo Cicero")
right after "A " or "O " that opens a sheet item (at a line's start or after ", ", "; " or ": ")
and ends one (a comma, a semicolon, a full stop, a bracket or the line's end after it), on a
line holding at least four "<Initial> <Surname>" items, grows over the letter, PERSON. The
line's shape is the evidence: prose ("A Chelsea fan said", "O my love") has no run of
initialled names.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_bodies import with_grown

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# "<Initial> <Surname>" as a sheet's item: after a line's start or a list's mark, before one.
_ITEM = re.compile(
    r"(?:^|(?<=[,;:] ))[A-Z] [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: \([^()\n]{1,40}\))?(?=[,;.]|$)",
    re.MULTILINE,
)
# The surname the model tagged: one word, or two capitalised ("A Lo Cicero", "O Van Zyl").
_SURNAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
_LETTER_BEFORE = re.compile(r"(?:^|(?<=[,;:] ))[AO] $", re.MULTILINE)
_ITEM_END = re.compile(r"[,;.]|$| \(", re.MULTILINE)
# A line of this many initialled items is a sheet's (a rugby side's back three and a bench
# reach it; prose never does).
_ITEMS = 4


def bare_sheet_initials(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each sheet surname after an initial "A" or "O" grown over it, PERSON."""
    if "A " not in text and "O " not in text:
        return mentions
    grown: list[tuple[int, RawMention]] = []
    for i, m in enumerate(mentions):
        if m.start < 2 or _SURNAME.fullmatch(m.text) is None:
            continue
        if _LETTER_BEFORE.search(text, max(0, m.start - 4), m.start) is None:
            continue
        if _ITEM_END.match(text, m.end) is None:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if len(_ITEM.findall(line)) < _ITEMS:
            continue
        start = m.start - 2
        grown.append(
            (i, replace(m, text=text[start : m.end], start=start, label="PERSON", cue="PERSON"))
        )
    return with_grown(mentions, grown)
