""" "Group of <number>" is a body whole (round r50b-names, Lee sheet I's lee012: "the Group of
eight industrialised nations" gave `Group` ORG, the G8 cut to its first word).

`numbered_groups_whole`: a mention "Group" (with or without "the") right before " of " and a
number, in words ("eight", "Seven", "Twenty") or figures ("20", "77"), runs on over them: the
`Group of Eight`, `Group of 77`. Left alone: "Group" ending a firm's name ("the Virgin Group of
companies": not "Group" alone), a lower-case "group of" ("a group of eight men"), and "Group"
before "of" and a word that is no number ("the Group of Friends").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_NUMBER = re.compile(
    r" of (?:[Ss]even|[Ee]ight|[Tt]en|[Tt]welve|[Tt]wenty|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix"
    r"|[Nn]ine|[Ff]ifteen|\d{1,2})\b(?!-)"
)


def numbered_groups_whole(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with "Group" before "of <number>" grown over them (the module's doc)."""
    kept: list[RawMention] = []
    for m in mentions:
        if m.text in ("Group", "the Group", "The Group"):
            found = _NUMBER.match(text, m.end)
            if found is not None:
                end = found.end()
                m = replace(m, text=text[m.start : end], end=end, label="ORG")
        kept.append(m)
    return kept
