"""Where a fact's sentence lies, and which entities are named there, from the records alone.

Records keep a sentence index per fact but no sentence offsets, so a sentence's extent is
bounded by the facts of the sentences around it: it starts after the last fact of an earlier
sentence and ends before the first fact of a later one. Attributed claims are left out of the
bounds because their content may span several sentences.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from factx.records import ArticleRecord, ClaimFact, EntityFact


@dataclass(frozen=True)
class Named:
    """One mention of an entity in an article."""

    start: int
    end: int
    entity_id: str
    name: str


class Sentences:
    """The estimated sentence windows and the entity mentions of one article."""

    def __init__(self, record: ArticleRecord) -> None:
        spans = [
            (f.sentence, f.start, f.end)
            for f in record.facts
            if not (isinstance(f, ClaimFact) and f.claim_type == "attributed")
        ]
        spans.sort()
        self._sentence_index = [s for s, _, _ in spans]
        # The furthest end of any fact up to each position, and the earliest start from each
        # position on: a window is then two binary searches, even in a huge article.
        self._max_end = list(accumulate((end for _, _, end in spans), max))
        self._min_start = list(accumulate((start for _, start, _ in reversed(spans)), min))[::-1]
        named = [
            Named(m.start, m.end, f.entity_id, f.name)
            for f in record.facts
            if isinstance(f, EntityFact)
            for m in f.mentions
        ]
        self.named = sorted(named, key=lambda n: (n.start, n.end, n.entity_id))
        self._starts = [n.start for n in self.named]

    def window(self, sentence: int) -> tuple[int, int]:
        """[low, high): no fact of another sentence lies inside."""
        before = bisect_left(self._sentence_index, sentence)
        after = bisect_right(self._sentence_index, sentence)
        low = self._max_end[before - 1] if before else 0
        high = self._min_start[after] if after < len(self._min_start) else 1 << 62
        return low, high

    def named_in(self, low: int, high: int) -> list[Named]:
        """The mentions that lie wholly in [low, high), in text order."""
        inside = self.named[bisect_left(self._starts, low) : bisect_left(self._starts, high)]
        return [n for n in inside if n.end <= high]
