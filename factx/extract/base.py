"""What every extractor shares: where a span sits in the article, and content-derived ids."""

from __future__ import annotations

import hashlib
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from factx.extract.spans import doc_text

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
        return self.layout.sentence_of(token_index)

    @cached_property
    def layout(self) -> Layout:
        return Layout.of(self)

    def place(self, span: Span) -> dict[str, Any]:
        """The contract fields text/start/end/sentence/paragraph of a span of this segment."""
        return {
            "text": span.text,
            "start": self.offset + span.start_char,
            "end": self.offset + span.end_char,
            "sentence": self.sentence_of(span.start),
            "paragraph": self.paragraph,
        }


# Token properties that article-wide steps read after the Doc is gone (see Layout.nominal).
_NOMINAL, _POSSESSIVE = 1, 2
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


@dataclass
class Layout:
    """What is kept of a paragraph's parse once its Doc is dropped.

    An article's Docs are never all held at once, so that a huge article runs in bounded
    memory: each is read as it arrives, and the steps that need the whole article (matching
    names across paragraphs) work from this: token and sentence boundaries, and the few token
    properties they ask about, at five bytes a token instead of a Doc's kilobyte.
    """

    offset: int
    paragraph: int
    sentence_base: int
    zone: str
    length: int
    sentence_starts: list[int]
    token_starts: array[int]  # character offsets within the paragraph
    flags: bytearray
    the_heads: dict[int, int]  # token index of a determiner "the" -> its head's token index
    parsed: bool

    @classmethod
    def of(cls, segment: Segment) -> Layout:
        # Read as whole columns (`Doc.to_array`): a loop over Token objects cost more than
        # every other step of this class together.
        from spacy.attrs import DEP, HEAD, IDX, LIKE_NUM, LOWER, POS

        doc = segment.doc
        parsed = doc.has_annotation("DEP")
        strings = doc.vocab.strings
        columns = doc.to_array([POS, LIKE_NUM, LOWER, DEP, HEAD, IDX]).tolist()
        nominal_pos = {strings[name] for name in ("NOUN", "PROPN", "NUM")}
        possessives = {strings[word] for word in _POSSESSIVES}
        the, det = strings["the"], strings["det"]
        flags = bytearray(len(doc))
        the_heads = {}
        for i, (pos, like_num, lower, dep, head, _) in enumerate(columns):
            if pos in nominal_pos or like_num:
                flags[i] |= _NOMINAL
            if lower in possessives:
                flags[i] |= _POSSESSIVE
            if parsed and lower == the and dep == det:
                the_heads[i] = i + (head if head < 1 << 63 else head - (1 << 64))  # unsigned
        return cls(
            segment.offset,
            segment.paragraph,
            segment.sentence_base,
            segment.zone,
            len(doc_text(doc)),  # the text the finders joined already: `Doc.text` joins anew
            list(segment.sentence_starts),
            array("i", (column[5] for column in columns)),
            flags,
            the_heads,
            parsed,
        )

    @property
    def end(self) -> int:
        return self.offset + self.length

    def token_at(self, char: int) -> int:
        """The index of the token that covers (or, in whitespace, follows) a paragraph offset."""
        return max(0, bisect_right(self.token_starts, char) - 1)

    def sentence_of(self, token_index: int) -> int:
        return self.sentence_base + max(0, bisect_right(self.sentence_starts, token_index) - 1)

    def nominal(self, token_index: int) -> bool:
        """A noun, proper noun or number: a word that continues a noun phrase."""
        return bool(self.flags[token_index] & _NOMINAL)

    def possessive(self, token_index: int) -> bool:
        return bool(self.flags[token_index] & _POSSESSIVE)


def layout_holding(layouts: Sequence[Layout], start: int, end: int) -> Layout | None:
    """The paragraph layout that holds the article span [start, end) whole, if any: a span
    across two paragraphs has none."""
    return next((lay for lay in layouts if lay.offset <= start and end <= lay.end), None)


@dataclass(frozen=True, eq=False)
class Context:
    """What an extractor may know about the article beyond the paragraph it reads, and where
    it notes the values it had to leave out (`warnings`, reported with the article)."""

    article_id: str
    text: str
    anchor: date | None = None
    anchor_source: str | None = None
    dollar: str = "USD"
    peso: str = "MXN"  # what a bare "pesos" stands for (`money.peso_currency`)
    warnings: list[str] = field(default_factory=list)


def fact_id(article_id: str, kind: str, start: int, end: int) -> str:
    """Stable across runs: a digest of where the fact is, never of when it was made."""
    digest = hashlib.sha1(f"{article_id}\0{kind}\0{start}\0{end}".encode()).hexdigest()
    return f"{kind[0]}{digest[:11]}"
