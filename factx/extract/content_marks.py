"""An attributed claim's content, widened to the edges attribution corpora give it.

factx finds the words of what was said; attribution corpora such as PolNeAR mark the content of
'X said that Y' as "that Y", and of a direct quotation the quote marks with the punctuation
inside them: '"We will win," he said' has the content '"We will win,"'. The cue's offsets already
follow those corpora ("has not called for"); the content's do too, so both compare with theirs
and a reader sees at once which words were quoted.
"""

from __future__ import annotations

import re

# Longest first: "''" and "``" are the quote marks of wire text and LaTeX-style sources.
_DOUBLE_OPEN = ("''", "``", "“", '"', "«")
_DOUBLE_CLOSE = ("''", "”", '"', "»")
_SINGLE_OPEN = ("‘", "'")
_SINGLE_CLOSE = ("’", "'")
# Punctuation a quotation keeps inside its closing mark ('"... further," the company said').
_INSIDE = re.compile(r"[,.!?;:…]*")
# "that" as the complementizer just before the content, not the end of a word ("what" is not).
_THAT = re.compile(r"(?<![\w'’-])that\s+\Z", re.IGNORECASE)


def marked(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the content with its quote marks and a leading "that" taken in."""
    start, end = _quoted(text, start, end)
    window = max(0, start - 10)
    that = _THAT.search(text, window, start)
    if that is not None:
        start = that.start()
    return start, end


def _quoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with the marks of a quotation around it, when both are there."""
    closing = _INSIDE.match(text, end).end()  # type: ignore[union-attr]
    for opens, closes in ((_DOUBLE_OPEN, _DOUBLE_CLOSE), (_SINGLE_OPEN, _SINGLE_CLOSE)):
        before = next((m for m in opens if text[max(0, start - len(m)) : start] == m), None)
        after = next((m for m in closes if text.startswith(m, closing)), None)
        if before is not None and after is not None:
            return start - len(before), closing + len(after)
    return start, end
