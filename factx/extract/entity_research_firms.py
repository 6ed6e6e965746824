"""A firm's name after a research firm's or an analyst's words runs through its firm words.

"an analyst at research firm Informa Media believes": the model ends the firm at its first
word (`Informa` ORG, seed 153), though "Media" is as much the firm's name as "Digest" in
"research firm Screen Digest", which it reads whole. After "research|analyst|analysts|
consultancy|consulting|analysis firm|group|company|house" or "analyst(s)|economist(s)|
strategist(s) at", a mention that starts right there and stops before one or two capitalised
words that name a firm's line ("Media", "Research", "Digest", "Telecoms", "Group", "Economics",
"Analysis", "Securities", "Partners", "Associates", "Consulting", "Intelligence", "Insight",
"Strategies", "Capital", "Advisers", "Advisors", "Communications", "International") grows over
them, ORG (round r47b-goods). Left alone: a capitalised word after the name that is no firm's
word ("research firm Informa Monday", a sentence's next word "The").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_LEAD = re.compile(
    r"(?i:\b(?:research|analyst|analysts|consultancy|consulting|analysis|market research)"
    r" (?:firm|group|company|house|specialists?)"
    r"|\b(?:analysts?|economists?|strategists?) at) $"
)
_FIRM_WORDS = (
    r"Media|Research|Digest|Telecoms|Group|Economics|Analysis|Securities|Partners|Associates"
    r"|Consulting|Intelligence|Insight|Strategies|Capital|Advisers|Advisors|Communications"
    r"|International"
)
_TAIL = re.compile(rf"(?: (?:{_FIRM_WORDS})){{1,2}}(?![\w'’&-])")
_LEAD_REACH = 40


def research_firms_whole(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each firm after a research firm's words grown over its firm words (see
    the module docstring)."""
    result = list(mentions)
    changed = False
    for i, m in enumerate(mentions):
        if "ORG" not in (m.label, m.cue):
            continue
        if not _LEAD.search(text, max(0, m.start - _LEAD_REACH), m.start):
            continue
        tail = _TAIL.match(text, m.end)
        if tail is None:
            continue
        end = tail.end()
        if any(o is not m and m.end < o.end and o.start < end for o in mentions):
            continue  # another mention holds the words after it
        result[i] = replace(m, text=text[m.start : end], end=end, label="ORG", cue="ORG")
        changed = True
    return result if changed else mentions
