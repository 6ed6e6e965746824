"""A prize's short name won as a statuette: "why didn't she get a Brit?", "award her the Brit".

Music news names the Brit Awards in full once and then the statuette by the prize's word alone:
"picking up a Brit seems harder", "what other reason do they need to award her the Brit?". The
word is a nationality's ("a Brit" is a Briton), so the model reads it as a people or a body and
the clusters make the entity NORP (round r48-flips: entertainment/256's `Brit` NORP in three
mentions, the raw model's ORG in all three). A statuette won is a work of art, as the articles'
"won an Oscar", "never won a Grammy" and "won a Bafta" are: cued WORK_OF_ART. Only after a verb
of winning or giving and an article or a possessive ("get a Brit", "won his Brit", "award her
the Brit"), and only in an article that names the awards in full ("the Brit Awards"): "a Brit
abroad" and "the Brit who won" stay people. A mention's own cue other than a people's stays
(`awards_by_short_name` has cued "a Brit award" and "three Brit nominations" EVENT first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# Awards named in full by the award's word and "Awards" ("the Brit Awards", "the Mobo Awards").
_AWARDS = re.compile(r"\b(?P<word>[A-Z][a-z]+) Awards\b")
# The prize's word alone, "the" inside the mention or not.
_SHORT = re.compile(r"(?:[Tt]he )?(?P<word>[A-Z][a-z]+)")
# A verb of winning or giving, an object pronoun after a giving verb, then an article or a
# possessive, right before the mention ("get a ", "picking up a ", "award her the ").
_WON_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:win|wins|won|winning|get|gets|got|getting|scoop|scoops|scooped"
    r"|collect|collects|collected|land|lands|landed|bag|bags|bagged|receive|receives|received"
    r"|deserve|deserves|deserved|pick up|picks up|picked up|picking up) "
    r"|(?:award|awards|awarded|give|gives|gave|given|hand|hands|handed) "
    r"(?:him|her|them|it|me|us|you) )"
    r"(?:a|another|the|his|her|their|its|my|your|our) $"
)
# A word after the prize's that makes it the awards' name or kind ("a Brit award", "the Brit
# nominations"), left to `awards_by_short_name`.
_AWARD_WORD_AFTER = re.compile(r" (?:[Aa]wards?|nominations?|nominees?|winners?|ceremony)\b")


class _Mention(Protocol):
    text: str
    start: int
    end: int
    label: str
    cue: str


def prizes_won_by_short_name(text: str, mentions: Sequence[_Mention]) -> None:
    """Cue WORK_OF_ART each "a Brit" or "the Brit" won or given, whose word opens awards the
    article names in full ("the Brit Awards")."""
    if " Awards" not in text:
        return
    named = {found.group("word") for found in _AWARDS.finditer(text)}
    if not named:
        return
    for m in mentions:
        if (m.cue and m.cue != "NORP") or m.label in ("EVENT", "WORK_OF_ART"):
            continue
        short = _SHORT.fullmatch(m.text)
        if short is None or short.group("word") not in named:
            continue
        if _AWARD_WORD_AFTER.match(text, m.end) is not None:
            continue
        # "the" inside the mention ("award her the Brit") or before it ("get a Brit").
        start = m.start + (len(m.text) - len(short.group("word")))
        head = text[max(0, start - 40) : start]
        if _WON_BEFORE.search(head) is not None:
            # The label too, as `songs_sung_or_charted` sets it: a cue alone does not outvote
            # the clusters' nationality key, which keeps "British stars Jude Law" NORP when a
            # cue misreads it (round r48-flips: a guard on cues alone turned two such NORP).
            m.label = m.cue = "WORK_OF_ART"
