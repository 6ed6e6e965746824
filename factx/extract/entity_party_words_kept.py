"""A party's word cut off the person after it keeps its own mention (round r55b-names, from
BBC sheet 54G's rule, the brief's "fellow Tory David Heathcoat-Amory").

- `party_words_before_people`: "his fellow Tory David Heathcoat-Amory said" gives the model's
  one span over both; `entities.strip_title` (`_after_party`) cuts the party's word off the
  person, and the word is lost ("Tory Liam Fox said", "Labour Peter Hain said": only the
  person). A party word of `party_members.before_names` ("Tory", "Labour", "Lib Dem", ...)
  right before a mention tagged PERSON (or before "MP|MPs|MEP|MSP|AM|peer|councillor" and the
  person), capitalised and inside a sentence or at its start, that no mention or other fact
  covers, is a mention of the party: NORP for a member's word ("Tory", "Conservative",
  "Liberal Democrat", "Republican", "Democrat", "Unionist": the house gives the adjective
  NORP), ORG for a party's own name ("Labour", "Lib Dem", "SNP", "Plaid Cymru", "UKIP", "DUP",
  "Sinn Fein"), as the model tags "Labour MP Peter Hain" and "Lib Dem MP Norman Baker". Left
  alone: "Respect" and "Democratic" (a word or an adjective of other names more often than a
  party before a person), and a word the model already tagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.spans import SpanIndex

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_NORP = ("Tory", "Conservative", "Liberal Democrat", "Republican", "Democrat", "Unionist")
_ORG = ("Labour", "Lib Dem", "SNP", "Plaid Cymru", "Plaid", "UKIP", "Ukip", "DUP", "UUP",
        "SDLP", "Sinn Fein")  # fmt: skip
_PARTY_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<party>" + "|".join(_NORP + _ORG) + r")"
    r" (?:(?:MP|MPs|MEP|MSP|AM|peer|councillor) )?$"
)


def party_words_before_people(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with a party's word right before a person kept as the party's (the
    module's doc)."""
    if not any(m.label == "PERSON" for m in mentions):
        return list(mentions)
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    found: list[RawMention] = []
    for m in mentions:
        if m.label != "PERSON" or m.start == 0:
            continue
        before = _PARTY_BEFORE.search(text, max(0, m.start - 30), m.start)
        if before is None:
            continue
        start, end = before.span("party")
        if covered.overlaps(start, end) or any(f.start == start for f in found):
            continue
        layout = layout_holding(layouts, start, m.start + 1)  # the party word and its person
        if layout is None:
            continue
        label = "NORP" if before.group("party") in _NORP else "ORG"
        found.append(add(text, layout, start, end, label, label))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else list(mentions)
