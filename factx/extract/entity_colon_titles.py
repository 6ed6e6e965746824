"""Titles with a colon that open a sentence, cut into pieces by the model: "America: A Tribute
to Heroes raised more than $150m" tagged `America` GPE, `Tribute` ORG, `Heroes` ORG (round
r53-works, BBC sheet 53C's telethon).

`work_titles.colon_titles` finds a colon title inside a sentence only ("the success of Garfield:
The Movie", after a lower-case word, a comma or a possessive): at a sentence's start a colon
follows a speaker or a heading as often ("Murphy: That was a bruising battle", "Replacements: A
Titterrell (Sale Sharks)"). There a title of the shape "<Name>: A|An|The <Title Words>" is one
work where a work's verb follows it ("... raised $150m", "... was broadcast on Friday", "...
took $4m"), and the pieces the model tagged of it are made one WORK_OF_ART. Left alone: a
speaker's sentence-case words after a colon (no article and capitalised word), a heading with
no work's verb after it, a run the model tagged none of or already whole, and a run a mention
reaches out of.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.title_shapes import TITLE_SMALL_WORDS, small_words

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORD = r"[A-Z][\w'’-]*"
_SMALL = small_words(*TITLE_SMALL_WORDS, "and", "with", "by", "or")
_RUN = rf"{_WORD}(?: (?:{_SMALL} )*{_WORD})*"

# "<Name>: A|An|The <Title Words>", the words after the article capitalised but its small ones.
_TITLE = re.compile(rf"(?<![\w'’&-]){_RUN}: (?:A|An|The) {_RUN}")

# A work's verb right after a title that opens its sentence.
_VERB_AFTER = re.compile(
    r",? (?:(?:has|have|had|also|already|was|is|were|will be|has been|had been) )*"
    r"(?:raised|raises|aired|airs|broadcast|screened|shown|premiered|premieres|grossed|"
    r"took|takes|topped|tops|sold|released|published)\b"
)

# A sentence's opening right before the title: the text's start, a line's, or a stop and space.
_OPENS = re.compile(r"(?:\A|\n|[.!?][\"”’']? )\s*$")


def colon_titles_opening_sentences(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, with the pieces the model tagged of a title with a colon that opens a
    sentence ("America" + "Tribute" + "Heroes" of "America: A Tribute to Heroes raised") made
    one WORK_OF_ART mention of the whole title, where a work's verb follows it."""
    spans: list[tuple[int, int]] = []
    for found in _TITLE.finditer(text):
        start, end = found.span()
        before = text[max(0, start - 40) : start]
        if not (_OPENS.search(before) and _VERB_AFTER.match(text, end)):
            continue
        inside = [m for m in mentions if m.start < end and m.end > start]
        if not inside or any(m.start < start or m.end > end for m in inside):
            continue  # nothing tagged, or a name reaching out of the run
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
            continue  # the model's own whole title: its label stands
        spans.append((start, end))
    if not spans:
        return mentions
    result: list[RawMention] = []
    for m in mentions:
        span = next(((s, e) for s, e in spans if m.start < e and m.end > s), None)
        if span is None:
            result.append(m)
        elif not (result and result[-1].start == span[0] and result[-1].end == span[1]):
            s, e = span
            result.append(
                replace(m, text=text[s:e], start=s, end=e, label="WORK_OF_ART", cue="WORK_OF_ART")
            )
    return result
