"""A nationality the model tagged alone before the rest of a body's or a place's name: the
whole name, by its last word's kind.

The model often tags the first word of "the European Anti-Fraud Office", "the Anglican Cathedral"
or "the British Isles" alone, NORP, and leaves the capitalised words after it untagged: the
people's word then joins the article's other "European" or "British" (a people), and the body,
the building or the islands are lost (round 47's graders: a nationality merged from inside a
longer name, "British Hit Singles and Albums" into `British`). Where one to three capitalised
words after the nationality end in a body's kind word ("Office", "Agency", "Council",
"Corporation", "Party" ...), a building's ("Cathedral", "Church", "Abbey", "Stadium" ...) or
islands' ("Isles", "Islands"), and the model tagged none of them, the nationality and the words
are one name: an organisation, a building (FAC) or a place (LOC). `entity_joins.national_bodies`
grows one public body's word ("the Scottish Executive", "the British Museum") and
`national_events` one event's ("the Welsh Open"); this reads the longer names (round r48-norp).

Not where a capitalised word stands right before the nationality inside its sentence ("the
Evening Standard British Film Awards", "Albanian Macedonian Bulgarian Oil Corporation": the
name holds more than this rule sees), nor over a mention the model tagged after it ("Scottish
Labour Party" with its `Labour`: other rules join those).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The kind words that end a body's, a building's or islands' name, with the label they give.
_KINDS = {
    "ORG": (
        "Office|Agency|Commission|Council|Corporation|Company|Association|Union|Institute|"
        "Foundation|Society|Trust|Authority|Board|Committee|Federation|Party|Bank|Service"
    ),
    "FAC": "Cathedral|Church|Abbey|Gallery|Theatre|Stadium|Airport",
    "LOC": "Isles|Islands",
}
# One to three capitalised words after the nationality, the last a kind word, ending the name.
_REST = re.compile(
    r" (?P<rest>(?:[A-Z][\w'’-]* ){0,3}(?:"
    + "|".join(f"(?P<{label}>{kinds})" for label, kinds in _KINDS.items())
    + r"))(?![\w'’-]| [A-Z])"
)
# The nationality alone, its "the" with it or not: one capitalised word.
_NATION = re.compile(r"(?:[Tt]he )?[A-Z][a-z]+")
# A capitalised word right before the mention inside its sentence: a longer name holds it.
_NAME_BEFORE = re.compile(r"[a-z,;] [A-Z][\w'’.-]* $")


def nationalities_cut_before_kind(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a nationality the model tagged alone grown over the capitalised words after
    it that end in a body's, a building's or islands' kind word into that name, ORG, FAC or
    LOC (the module's doc): "the European Anti-Fraud Office"."""
    starts = sorted(m.start for m in mentions)
    result: list[RawMention] = []
    for m in mentions:
        found = (
            _REST.match(text, m.end)
            if m.label == "NORP" and _NATION.fullmatch(m.text) is not None
            else None
        )
        if (
            found is None
            or any(m.end < start < found.end() for start in starts)
            or _NAME_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
        ):
            result.append(m)
            continue
        label = next(name for name in _KINDS if found.group(name) is not None)
        result.append(
            replace(m, text=text[m.start : found.end()], end=found.end(), label=label, cue=label)
        )
    return result
