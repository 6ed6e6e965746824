"""A campaign group's name with an inner "and", after the word "group", whole (round r31-seed58).

`group named with its and`: "local group Victims and Families Against Crime" names one group, a
body's shape ("... Against Crime", "... for Reform") after its "and"; the model tags "Victims"
and "Families Against Crime" apart, or "Neighbours" alone, and factx's "and" rules part such
names where each half names something alone. After a singular "group" (a plural "groups"
lists several: "aid groups Oxfam and Christian Aid"), the capitalised words round the "and"
up to the body's shape are one name, ORG, and the mentions inside it give way to it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_CAP = r"[A-Z][\w'’-]*"
_GROUP_NAME = re.compile(
    rf"\bgroup (?P<name>{_CAP}(?: {_CAP})* and {_CAP}(?: {_CAP})*"
    rf" (?:Against|against|for|For|of|Of|on|On) {_CAP}(?: {_CAP})*)"
)


def named_groups(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each group's name with an inner "and" after "group" one ORG mention in
    place of the mentions inside it (the first of them lends its sentence and paragraph)."""
    spans = []
    for found in _GROUP_NAME.finditer(text):
        start, end = found.span("name")
        inside = [m for m in mentions if m.start < end and start < m.end]
        if inside and all(start <= m.start and m.end <= end for m in inside):
            spans.append((start, end, inside[0]))
    if not spans:
        return mentions
    result = [m for m in mentions if not any(m.start < e and s < m.end for s, e, _ in spans)]
    for start, end, first in spans:
        whole = replace(first, text=text[start:end], start=start, end=end, label="ORG", cue="ORG")
        result.append(whole)
    return sorted(result, key=lambda m: (m.start, m.end))
