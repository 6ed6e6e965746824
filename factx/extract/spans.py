"""Turning regex matches over a Doc's text into spaCy spans, choosing among overlaps, and
setting one entity mention over a span the rules found."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once: `Doc.text` joins every token each time it is read, so reading
    it once per candidate made a huge paragraph quadratic."""
    text = doc.user_data.get("factx_text")
    if not isinstance(text, str):
        text = doc.user_data["factx_text"] = doc.text
    return text


def char_spans(doc: Doc, matches: Iterable[re.Match[str]], group: str | int = 0) -> Iterator[Span]:
    """Spans over the tokens a match covers; a match inside a token widens to the whole token."""
    for match in matches:
        start, end = match.span(group)
        if start < 0 or start == end:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            yield span


# A trie of words: a letter to the trie of what may follow it, "" where a word ends.
_Trie = dict[str, "_Trie"]


def alternation(words: Iterable[str]) -> str:
    """A pattern matching any of `words` as literals, the longest one where several match at
    the same place, as `(?:w1|w2|...)` with the longest first does.

    The words are folded into a trie ("Real Madrid" and "Real Betis" share "Real "), so at each
    place `re` follows one path of letters instead of trying every word in turn: the list grows
    with the article, and a flat alternation made a huge article's scan quadratic. Each place
    where a word may end is an optional, greedy group, so the longest word is tried first and
    a shorter one where what follows it fails.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie) or "(?!)"


def _trie_pattern(node: _Trie) -> str:
    branches = []
    for char in sorted(node):
        if not char:
            continue
        # A run of letters with one way on is written out in a loop, not a level of recursion
        # per letter: a long name must not reach Python's recursion limit.
        chain, child = [char], node[char]
        while len(child) == 1 and "" not in child:
            (char,) = child
            chain.append(char)
            child = child[char]
        branches.append(re.escape("".join(chain)) + _trie_pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def longest_first(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans, preferring the longest (then the earliest), in text order."""
    from spacy.util import filter_spans

    return filter_spans(list(spans))


def overlaps(span: Span, taken: list[tuple[int, int]]) -> bool:
    return any(span.start_char < end and start < span.end_char for start, end in taken)


class SpanIndex:
    """Character spans, asked whether any overlaps a span in logarithmic time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.longest = max((e - s for s, e in self.spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect_left(self.spans, (start - self.longest, start))
        for s, e in self.spans[at : bisect_left(self.spans, (end, end))]:
            if s < end and start < e:
                return True
        return False

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        at = bisect_left(self.spans, (start - self.longest, start))
        return [(s, e) for s, e in self.spans[at : bisect_left(self.spans, (end, end))]
                if s < end and start < e]  # fmt: skip

    def remove(self, start: int, end: int) -> None:
        """Drop one span that is there (found by bisection: `list.remove` compares every span
        before it)."""
        del self.spans[bisect_left(self.spans, (start, end))]

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)


def covering(
    mentions: Sequence[RawMention], taken: Sequence[tuple[int, int]] = ()
) -> Callable[[int, int], bool]:
    """Whether a span overlaps a mention or a taken span, for a rule that adds a mention only
    where none stands. The index is built on the first question: most articles never ask."""
    index: list[SpanIndex] = []

    def covered(start: int, end: int) -> bool:
        if not index:
            index.append(SpanIndex([(m.start, m.end) for m in mentions] + list(taken)))
        return index[0].overlaps(start, end)

    return covered


def any_mention(_: RawMention) -> bool:
    """`one_mention_over`'s `reuse` that takes any mention inside the span."""
    return True


def no_reuse(_: RawMention) -> bool:
    """`one_mention_over`'s `reuse` that takes no mention inside the span: a new one is added."""
    return False


def the_before(text: str, start: int) -> int:
    """`one_mention_over`'s `edge` for a name whose "the" a mention may hold: the start of a
    "the " or "The " right before `start`, else `start`."""
    before = text[max(0, start - 4) : start]
    return start - 4 if before[:3] in ("the", "The") and before[3:].isspace() else start


def one_mention_over(
    text: str,
    mentions: Sequence[RawMention],
    layout: Layout,
    span: tuple[int, int],
    label: str,
    add: Callable[..., RawMention],
    reuse: Callable[[RawMention], bool],
    edge: int | None = None,
) -> list[RawMention]:
    """The mentions with one `label` mention over `span` (cued `label`) in place of those
    inside it: the first of them `reuse` accepts, stretched over the span, or a new one
    (`add`). Unchanged where a mention runs across the span's edge: from `edge` (the span's
    start unless a word before it may be covered too, a title's "the") to its end."""
    start, end = span
    edge = start if edge is None else edge
    over = [i for i, m in enumerate(mentions) if m.start < end and start < m.end]
    if any(mentions[i].start < edge or mentions[i].end > end for i in over):
        return list(mentions)  # a name runs across the span's edge
    kept = [i for i in over if reuse(mentions[i])]
    if kept:
        mention = replace(
            mentions[kept[0]],
            text=text[start:end],
            start=start,
            end=end,
            label=label,
            cue=label,
            by_form=False,
        )
    else:
        mention = add(text, layout, start, end, label, label)
    gone = set(over)
    rest = [m for i, m in enumerate(mentions) if i not in gone]
    return sorted([*rest, mention], key=lambda m: (m.start, m.end))


def exactly_over(start: int, end: int) -> Callable[[RawMention], bool]:
    """Whether a mention covers the span and no more (for `one_mention_over`)."""
    return lambda m: m.start == start and m.end == end


def ending_at(end: int) -> Callable[[RawMention], bool]:
    """Whether a mention ends where the span does (for `one_mention_over`)."""
    return lambda m: m.end == end
