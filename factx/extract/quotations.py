"""Quotation marks in one paragraph's parse: where double quotations open and close.

Straight marks are told apart by their spacing, so that a quote of several paragraphs that a
corpus joined into one ('... until now. "The difficult ...', each paragraph reopened and none
but the last closed) stays one quotation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factx.extract.spans import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DOUBLE_QUOTES = {'"', "“", "”", "''", "«", "»", "``"}


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """(open mark, close mark) token indexes of the double quotations of a paragraph; an
    unclosed one runs to the paragraph's end.

    A straight mark opens when it stands apart before a word and closes when it sticks to what
    it follows; only a mark that does neither is told by turns. A mark that opens while a
    quotation is open goes on with it: a quote of several paragraphs, each reopened and none but
    the last closed, that a corpus joined into one ('... until now. "The difficult ...').
    """
    text = doc_text(doc)
    if not any(mark in text for mark in DOUBLE_QUOTES):
        return []  # most paragraphs quote nobody: no need to look at every token
    regions: list[tuple[int, int]] = []
    start: int | None = None
    for token in doc:
        text = token.text
        if text not in DOUBLE_QUOTES:
            continue
        opens = _opens(token)
        if opens is None:
            opens = start is None
        if opens:
            if start is None:
                start = token.i
        elif start is not None:
            regions.append((start, token.i))
            start = None
    if start is not None:
        regions.append((start, len(doc)))
    return regions


def reopenings(doc: Doc, q_open: int, q_close: int) -> list[int]:
    """The marks inside a quotation that open it again: where a paragraph the corpus joined on
    began ('He said: "We won. "And we will win again," he said.')."""
    return [
        i
        for i in range(q_open + 1, min(q_close, len(doc)))
        if doc[i].text in DOUBLE_QUOTES and _opens(doc[i]) is not False
    ]


def _opens(mark: Token) -> bool | None:
    """Whether a double quote mark opens (True) or closes (False) a quotation, if its shape or
    its spacing tells."""
    if mark.text in ("“", "«", "``"):
        return True
    if mark.text in ("”", "»", "''"):
        return False
    doc = mark.doc
    before = doc[mark.i - 1] if mark.i > 0 else None
    after = doc[mark.i + 1] if mark.i + 1 < len(doc) else None
    apart_before = before is None or bool(before.whitespace_) or before.is_space
    sticks_after = after is not None and not mark.whitespace_ and not after.is_punct
    if apart_before and sticks_after:
        return True
    if not apart_before and (after is None or mark.whitespace_ or after.is_punct):
        return False
    return None


def in_quotation(token: Token) -> bool:
    """Whether an odd number of double quote marks stand before the token in its sentence."""
    sentence = token.sent
    marks = sum(t.text in DOUBLE_QUOTES for t in token.doc[sentence.start : token.i])
    return marks % 2 == 1
