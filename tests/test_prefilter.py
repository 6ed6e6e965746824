"""The lookahead in front of a long pattern only skips work: with it, a pattern finds exactly
the matches it finds alone, whatever the text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factx.normalize.prefilter import compile_guarded, lookahead

# Small patterns with each construct the analysis follows, and the ways `re` ignores case.
PATTERNS = [
    r"\b(?i:now|currently|recently)\b",
    r"\b(?:ab)\b|\b(?:cd|ef)\b|x\b|\b\d{1,2}(?:st|nd)\b",  # items `re` shares (`\b`, `\d`)
    r"(?i:kilo|sis|iron)",  # matched by "K", "ſ", "İ" and "ı" too
    r"(?:(?:the|its)\s+)?(?:first|second)[\s-]+quarter",
    r"[A-Z]{2,4}T|[^a-z]x|[a-fX-Z]yz",
    r"(?P<b>between\s+)?\d+(?(b)\s+and\s+\d+|)",
    r"(?<![\w$])(?:US)?\$\s?\d+|\d+\s?(?i:dollars?|cents?)",
    r"(?i:caf[ée]|naïve)|é\w",
    r"(?:a?){3}b|c*d",
]
# Texts are strung from the patterns' own words and stray characters, so that they match often.
PIECES = [
    *"abcdefiknorstuxyzABKSTXZ $0123456789-,.\n\u212aſİıéÉ",
    *("now", "NOW", "Currently", "recently", "ab", "cd", "ef", "1st", "22nd", "kilo", "ſis"),
    *("İron", "ıron", "the ", "its ", "first", "Second", "quarter", "XYZT", "between ", " and "),
    *("US$", "dollars", "cent", "café", "CAFÉ", "naïve", "aab", "ccd"),
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_lookahead_is_found(pattern):
    assert lookahead(pattern).startswith("(?=")


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_lookahead_changes_no_match(text):
    for pattern in PATTERNS:
        plain, guarded = re.compile(pattern), compile_guarded("", pattern)
        assert [m.span() for m in guarded.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], pattern


def test_folded_letters_still_match():
    guarded = compile_guarded("", r"(?i:kilo|sis|iron)")
    assert [m.group() for m in guarded.finditer("\u212ailo ſis İron ıron")] == [
        "\u212ailo",
        "ſis",
        "İron",
        "ıron",
    ]


def test_rejects_a_word_on_its_first_letters():
    check = re.compile(lookahead(r"\b(?i:now|currently)\b"))
    assert check.match("Now") and check.match("CURRENTLY")
    assert not check.match("company") and not check.match("no")


@pytest.mark.parametrize(
    "pattern",
    [r"(a)\1", r"x?", r".bc", r"[^a]bc"],
    ids=["back-reference", "may be empty", "starts anywhere", "negated class"],
)
def test_no_lookahead_where_it_cannot_help(pattern):
    assert lookahead(pattern) == ""
