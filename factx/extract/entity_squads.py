"""Clubs in brackets on a squad line that the model left out.

A squad announcement names each player with his club in brackets: "Olivier Milloud (Bourgoin),
Sebastien Bruno (Sale/ENG), Fabien Pelous (Stade Toulousain, capt), Yannick Nyanga (Béziers)".
`evidence.on_squad_line` makes a bracketed name the model tagged a team's; the model leaves
some out altogether, as it reads a long line of names ("Castres", "Brive", "Worcester
Warriors", "Wasps" on lines where it found the other clubs). Each bracketed name on such a line
that no mention and no other fact covers is added as the club's mention, ORG. The club's name
ends at a comma or a slash ("capt", a country's letters), and a bracket with a number in it
is a substitute's ("Gallas (Kezman 74)"), no club.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.evidence import on_squad_line
from factx.extract.spans import SpanIndex

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_CLUB = re.compile(r"\(([A-Z][^()\d,/;]*?)\s*(?=[),/])")
_LINE = re.compile(r"[^\r\n]+")


def squad_clubs(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with each club a squad line names in brackets that none covers added as
    a team's ORG mention (`add` is `entities._added`)."""
    if text.count("(") < 4:
        return list(mentions)  # most articles: no squad line
    covered: SpanIndex | None = None
    found: list[RawMention] = []
    for layout in layouts:
        for line in _LINE.finditer(text, layout.offset, layout.end):
            if not on_squad_line(text, *line.span()):
                continue
            if covered is None:
                covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
            for club in _CLUB.finditer(text, *line.span()):
                start, end = club.span(1)
                if start < end and not covered.overlaps(start, end):
                    found.append(add(text, layout, start, end, "ORG", "TEAM"))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda m: m.start)
