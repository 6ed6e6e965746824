"""The trie pattern that finds an article's known names again (`alternation`), and the index
of spans asked what overlaps a span (`SpanIndex`)."""

from __future__ import annotations

import random
import re

import pytest

from factx.extract.spans import SpanIndex, alternation


def flat(words: list[str]) -> str:
    """The plain alternation the trie stands in for: every word, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        # The longest name wins where several start at one place.
        (["Real", "Real Madrid"], "Real Madrid beat Real Betis", ["Real Madrid", "Real"]),
        # A longer name that fails what must follow it gives way to a shorter one.
        (["Apple", "Apple Inc"], "Apple Incx and Apple Inc", ["Apple", "Apple Inc"]),
        # Letters that mean something to `re` are literal.
        (["AT&T", "Yahoo!", "C++"], "AT&T, Yahoo! and C++", ["AT&T", "Yahoo!", "C++"]),
        ([], "nothing to find", []),
    ],
)
def test_alternation_finds_the_longest_name(words: list[str], text: str, found: list[str]) -> None:
    pattern = re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)")
    assert [m.group() for m in pattern.finditer(text)] == found


def test_alternation_matches_as_the_flat_alternation_does() -> None:
    # Random names over a small alphabet share many prefixes, the case the trie is for.
    rng = random.Random(7)
    for _ in range(200):
        words = ["".join(rng.choice("ab c") for _ in range(rng.randint(1, 6))) for _ in range(8)]
        text = "".join(rng.choice("ab c.") for _ in range(80))
        trie = re.compile(r"(?<![\w])(?:" + alternation(words) + r")(?![\w])")
        plain = re.compile(r"(?<![\w])(?:" + flat(words) + r")(?![\w])")
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_long_name_needs_no_deep_recursion() -> None:
    name = "Very Long Name " * 300
    assert re.fullmatch(alternation([name, name[:20]]), name)


def test_span_index_answers_as_a_scan_of_every_span() -> None:
    """Overlaps found by bisection are those a scan of all spans finds, also after spans are
    added and removed (a huge article's dates and names: a scan per question was quadratic)."""
    draw = random.Random(7)
    spans = [(s, s + draw.randint(1, 40)) for s in (draw.randint(0, 2000) for _ in range(300))]
    index = SpanIndex(spans)
    kept = sorted(spans)
    for step in range(600):
        start = draw.randint(-50, 2050)
        end = start + draw.randint(1, 60)
        scanned = [(s, e) for s, e in kept if s < end and start < e]
        assert index.overlapping(start, end) == scanned
        assert index.overlaps(start, end) == bool(scanned)
        if step % 3 == 0 and kept:
            gone = kept.pop(draw.randrange(len(kept)))
            index.remove(*gone)
        elif step % 3 == 1:
            index.add(start, end)
            kept = sorted([*kept, (start, end)])
    assert index.spans == kept
