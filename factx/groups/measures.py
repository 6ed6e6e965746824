"""What a money or percent figure measures, read off the claim that holds it.

Records keep no sentence text, but a claim's content is a sentence or clause with its offsets,
and most sentences with a figure are claims. A measure noun (factx/data/measures.json) just
after the figure is what it modifies ("a 30% stake"); else the last one before it in the
claim is what changed ("revenue grew more than 30% to over $80 billion").
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from factx.records import ArticleRecord, ClaimFact, FactBase

WORD = re.compile(r"[A-Za-z]+")
AFTER = 2  # words after the figure that it may modify


@cache
def _nouns() -> frozenset[str]:
    text = resources.files("factx.data").joinpath("measures.json").read_text("utf-8")
    return frozenset(json.loads(text)["measures"])


def _measure(word: str) -> str | None:
    word = word.lower()
    for form in (word, word.removesuffix("s"), word.removesuffix("es")):
        if form in _nouns():
            return form
    return None


class Measures:
    """The measure nouns of one article's figures."""

    def __init__(self, record: ArticleRecord) -> None:
        claims = (f for f in record.facts if isinstance(f, ClaimFact))
        self._claims = sorted(claims, key=lambda c: c.content_end - c.content_start)

    def of(self, fact: FactBase) -> str | None:
        """The noun the figure measures, or None where no claim holds it or names none."""
        claim = next(
            (c for c in self._claims if c.content_start <= fact.start < fact.end <= c.content_end),
            None,
        )
        if claim is None:
            return None
        before = claim.content[: fact.start - claim.content_start]
        after = claim.content[fact.end - claim.content_start :]
        for word in WORD.findall(after)[:AFTER]:
            if _measure(word):
                return _measure(word)
        nouns = [m for m in map(_measure, WORD.findall(before)) if m]
        return nouns[-1] if nouns else None
