"""Halves of a match: "in the first half", "a second-half try" in a sports report.

A half with no year named ("the first half of 2004") is a half of the match when its paragraph
tells of one, and not the first or second half of a year (XXXX-H1), which is what the
calendar reading would make of it. The words that show a match are data
(`factx/data/match_time.json`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.wordlists import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Span

_HALF = re.compile(
    r"(?i:(?:the\s+)?(?:(?:first|second)(?:\s+|-)half|(?:first|second|third|fourth|final)(?:\s+|-)quarter))"
)
# "the first half of 2004", "of the year", "of this season": the half of something named.
_OF_SOMETHING = re.compile(r"\s+of\b", re.IGNORECASE)
_NEAR = 60  # tokens either side: about the paragraph of a sports report


@cache
def _match_words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """The words, the verbs, and the words with a hyphen as one pattern ("half-time" is three
    tokens)."""
    words = word_sets("match_time.json")
    hyphened = sorted(w for w in words["match_words"] if "-" in w)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, hyphened)) + r")\b", re.IGNORECASE)
    return words["match_words"], words["match_verbs"], pattern


def a_match_half(span: Span) -> bool:
    """Whether the span is a part of a match, not of a year: "We struggled in the first half"
    beside "the football", "a second-half try", "the final quarter" beside "replacements"."""
    if not _HALF.fullmatch(span.text):
        return False
    doc = span.doc
    if _OF_SOMETHING.match(doc.text, span.end_char):
        return False
    words, verbs, hyphened = _match_words()
    # The words around it, not the whole paragraph: a huge one-paragraph text stays linear.
    near = doc[max(0, span.start - _NEAR) : span.end + _NEAR]
    return hyphened.search(near.text) is not None or any(
        (t.lower_ in words and t.pos_ != "VERB") or (t.lower_ in verbs and t.pos_ == "VERB")
        for t in near
    )
