"""What every extractor shares: where a span sits in the article, and content-derived ids."""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass
class Segment:
    """One paragraph of an article, as one spaCy Doc, and where it sits in the article."""

    doc: Doc
    offset: int
    paragraph: int
    sentence_base: int
    zone: str = "body"
    sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sentence_starts:
            self.sentence_starts = [sent.start for sent in self.doc.sents]

    @property
    def sentence_count(self) -> int:
        return len(self.sentence_starts)

    def sentence_of(self, token_index: int) -> int:
        return self.sentence_base + max(0, bisect_right(self.sentence_starts, token_index) - 1)

    def place(self, span: Span) -> dict[str, Any]:
        """The contract fields text/start/end/sentence/paragraph of a span of this segment."""
        return {
            "text": span.text,
            "start": self.offset + span.start_char,
            "end": self.offset + span.end_char,
            "sentence": self.sentence_of(span.start),
            "paragraph": self.paragraph,
        }


@dataclass(frozen=True)
class Context:
    """What an extractor may know about the article beyond the paragraph it reads."""

    article_id: str
    text: str
    anchor: date | None = None
    anchor_source: str | None = None
    dollar: str = "USD"


def fact_id(article_id: str, kind: str, start: int, end: int) -> str:
    """Stable across runs: a digest of where the fact is, never of when it was made."""
    digest = hashlib.sha1(f"{article_id}\0{kind}\0{start}\0{end}".encode()).hexdigest()
    return f"{kind[0]}{digest[:11]}"
