"""Bodies' names the model cuts or misses, made whole (round r49b-us).

PolNeAR sheet B and C:
- `Islamic State`: "to retake Mosul from the Islamic State" gives `Islamic` NORP and leaves
  "State" out; the group is one name, ORG. A mention that reaches past it with another
  capital ("the Islamic State of Iraq") is left to the model.
- `chamber of commerce`: "the U.S. Chamber of Commerce and the Senate Leadership Fund" gives
  "the U.S." ORG, which factx grew to `U.S. Chamber`; the body's name runs through "of
  Commerce" (or "of Trade", "and Industry"), with the capitalised words before "Chamber"
  ("the British Chambers of Commerce", "the Greater Manchester Chamber of Commerce").
- `dotted initials joined by a hyphen`: "the political director of the A.F.L.-C.I.O." (the
  union federation) is no mention at all; two runs of three or more dotted initials joined by
  a hyphen name one body, ORG. Two letters a side are places or a pair ("U.S.-U.K. talks"),
  and stay out.
Each span becomes one ORG mention, the first mention over it grown to it, where no mention
over it holds a capital outside it (`entity_firms.with_spans`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_firms import with_spans

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_ISLAMIC_STATE = re.compile(r"\bIslamic State\b")
_CHAMBER = re.compile(
    r"(?:(?<![\w.])(?!The )[A-Z][\w.&'’-]* ){0,3}Chambers? of (?:Commerce|Trade)"
    r"(?: and Industry)?\b"
)
_JOINED_INITIALS = re.compile(r"(?<![\w.-])(?:[A-Z]\.){3,}-(?:[A-Z]\.){3,}")


def whole_bodies(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each name of the shapes above one ORG mention."""
    if "Islamic State" not in text and "Chamber" not in text and ".-" not in text:
        return list(mentions)  # most articles
    spans = []
    for pattern in (_ISLAMIC_STATE, _CHAMBER, _JOINED_INITIALS):
        for found in pattern.finditer(text):
            start, end = found.span()
            # The name's "the" is the mention's, as the model's spans keep it.
            spans.append((start - 4 if text[start - 4 : start] in ("the ", "The ") else start, end))
    return with_spans(text, mentions, layouts, spans, "ORG", add) if spans else list(mentions)
