"""A club's name before its staff's word and a full name: "Arsenal boss Arsene Wenger said".

The model tags the manager or the chairman and leaves the club before him out, most of all at a
sentence's start ("Arsenal boss Arsene Wenger says he is happy.", "Wasps coach Warren Gatland
said ...", "Magpies chairman Freddy Shepherd backed ...": the person only), where mid-sentence it
finds the club ("welcomed by Arsenal boss Arsene Wenger"). `clubs_before_their_manager`
(entity_clubs.py) reads only the closed class of nicknames before "boss|manager|coach" and any
side before a player's position; this rule reads the staff's words ("boss", "manager", "coach",
"chairman", "owner", "president") after a word that names a side by the same test as a side
before a position (`_side_label`): a country (GPE, as the model tags "England coach Andy
Robinson"), a nickname, a known town or region, or a word the article writes capitalised inside
a sentence and never in lower case. Left alone: a common word opening a sentence ("Sales
manager John Smith", "Former captain Keith Wood": no name inside a sentence), a word ending a
longer name ("Electoral Commission chairman", "Leeds Rhinos coach": a capitalised word before
it), a word that ends a longer name the model tagged in the article ("Committee chairman Alan
Beith" beside "the Constitutional Affairs Select Committee": the body's kind word), a town's
own officers ("Liverpool council leader": no staff word of a side's), and a word
any mention already covers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.entity_clubs import _side_label as side_label
from factx.extract.spans import SpanIndex

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A side's one word before its staff's word, right before the staff member's name.
_SIDE_BEFORE_STAFF = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z]+) (?:boss|manager|coach|head coach|chairman|owner|president) $"
)
# A capitalised word right before the side's word: it ends a longer name ("Electoral
# Commission chairman", "Leeds Rhinos coach"), no side alone.
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]* $")


def clubs_before_their_staff(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with a side's word right before "boss|manager|coach|chairman|owner|
    president" and a PERSON mention of two words or more as a new mention of the side: ORG
    (cued a team's) or, for a country, GPE. Only where no mention or fact covers the word and
    the word ends no longer name the model tagged."""
    found: list[RawMention] = []
    covered: SpanIndex | None = None
    kind_words: set[str] | None = None
    for m in mentions:
        if m.label != "PERSON" or " " not in m.text:
            continue
        match = _SIDE_BEFORE_STAFF.search(text, max(0, m.start - 30), m.start)
        if not match:
            continue
        start, end = match.span(1)
        if _NAME_WORD_BEFORE.search(text, max(0, start - 30), start):
            continue
        if kind_words is None:
            kind_words = {x.text.rsplit(" ", 1)[-1] for x in mentions if " " in x.text}
        if match.group(1) in kind_words:
            continue
        label = side_label(text, match.group(1))
        if not label:
            continue
        if covered is None:
            covered = SpanIndex([(x.start, x.end) for x in mentions] + list(taken))
        if covered.overlaps(start, end):
            continue
        layout = layout_holding(layouts, start, end)
        if layout is not None:
            found.append(add(text, layout, start, end, label, "TEAM" if label == "ORG" else label))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda m: m.start)
