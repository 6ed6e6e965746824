"""A "super PAC" is a kind of committee, no name (round r49b-us).

PolNeAR sheet A: "GOP places heavy bet on last-minute super PAC cash", "their liberal super
PAC allies", "The Senate Leadership Fund, the super PAC designed to support ...", "the PAC will
more than level the overall playing field": the model tags each "PAC" ORG and factx made one
`PAC` entity of nine common-noun mentions. "super PAC" names a kind of political action
committee, as "a think tank" does; "the PAC" after it is the one named committee or nothing.
So in an article that writes "super PAC(s)", a bare "PAC(s)" or "the PAC" is no name, unless
the article names a committee ending in "PAC" ("Right to Rise PAC", "Priorities USA Action
PAC"), whose short form "the PAC" may be. A "PAC" of an article with no "super PAC" is left
alone: the British "PAC" is the Commons' Public Accounts Committee, a body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_SUPER = re.compile(r"\b[Ss]uper[ -]PACs?\b")
_BARE = frozenset({"PAC", "PACs", "the PAC", "The PAC", "the PACs", "The PACs"})


def without_super_pacs(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, less each bare "PAC" of an article that writes "super PAC"."""
    if _SUPER.search(text) is None:
        return mentions
    named = any(m.text.endswith(" PAC") and m.text not in _BARE for m in mentions)
    return [
        m
        for m in mentions
        if m.text not in _BARE
        or (named and not re.search(r"[Ss]uper[ -]$", text[max(0, m.start - 6) : m.start]))
    ]
