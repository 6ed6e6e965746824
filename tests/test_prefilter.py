"""The lookahead in front of a long pattern only skips work: with it, a pattern finds exactly
the matches it finds alone, whatever the text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factx.normalize.prefilter import compile_guarded, lookahead, tail_guard

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


# Patterns that only match at the end of a text, as the entity cues read before a name do.
TAIL_PATTERNS = [
    r"\b(?:chairman|ceo|boss) of\s+$",
    r"\b(?i:in|near)\s+(?:the\s+)?$",
    r"(?<![\w.])(?:Mr|Mrs|Dr)\.?\s+$",
    r"\b(?:its|[\w&-]+['’]s)(?: [\w-]+){0,3}? (?:films?|album)s? $",
    r"(?:ab|cd)\d{1,2}\Z|xy$",
    r"(?:x?){2}y$",
]
TAIL_PIECES = [
    *"abcdxyXY .'’\n\t12",
    *("chairman", "CEO", "ceo", "boss", " of", " of ", "In", "in ", "near", "the ", "Mr", "Mrs."),
    *("Dr", "its", "Sony's", "’s", " films", " album", " albums ", "ab", "cd1", "xy", "y"),
]
TAIL_TEXTS = st.lists(st.sampled_from(TAIL_PIECES), max_size=10).map("".join)


@pytest.mark.parametrize("pattern", TAIL_PATTERNS)
def test_tail_guard_is_found(pattern):
    assert tail_guard(pattern) is not None


@settings(max_examples=400, deadline=None)
@given(TAIL_TEXTS)
def test_tail_guard_passes_every_text_the_pattern_matches(text):
    for pattern in TAIL_PATTERNS:
        if re.search(pattern, text):
            assert tail_guard(pattern).match(text[::-1]), (pattern, text)


def test_tail_guard_rejects_a_text_on_its_last_letters():
    guard = tail_guard(r"\b(?:chairman|ceo|boss) of\s+$")
    assert guard.match("the chairman of "[::-1]) and guard.match("boss of\n"[::-1])
    assert not guard.match("the chairman said "[::-1]) and not guard.match("of"[::-1])


@pytest.mark.parametrize(
    "pattern",
    [r"chairman of\s+", r"(?:a$|b)", r"(a)x\1$", r"x?$", r".$"],
    ids=["not at the end", "one branch not at the end", "back-reference", "may be empty", "any"],
)
def test_no_tail_guard_where_it_cannot_help(pattern):
    assert tail_guard(pattern) is None


def test_no_tail_guard_for_a_multiline_pattern():
    assert tail_guard(r"of\s+$", re.MULTILINE) is None
