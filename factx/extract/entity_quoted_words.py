"""A word quoted as a word, no name (round r51-works).

A speaker or a writer quotes a word to talk about the word itself: '"'Counteroffensive' is the key
word here"' (the brief's Washington Post story, one of PolNeAR's texts:
`Counteroffensive` WORK_OF_ART), 'He called the plan "Overreach", a word his aides repeated',
'the word "Restraint"'. The model reads the lone capitalised word in its quotation marks as a
title or a person (`Restraint` PERSON in a sentence of my own). A word between quotation marks
right before "is|was the (key) word|term|phrase" or ", a word|term", or right after "the
word|term|phrase|label", is a word, no entity at all.

Only a mention of one word, wholly inside its marks: a quoted title of several words is named
with a kind word as often ('the phrase "Axis of Evil"' stays a name where the model gives one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_OPEN = "\"\u201c'\u2018"
_CLOSE = "\"\u201d'\u2019"
# After the closing mark: the word is named a word ("'Deterrence' is the key word").
_WORD_AFTER = re.compile(
    r"[\"\u201d'\u2019],? (?:(?:is|was|remains|became) (?:the|a|my|our|his|her|their) "
    r"(?:[\w-]+ ){0,2}?|(?:a|the) (?:[\w-]+ )?)(?:word|term|phrase|buzzword|watchword)s?\b"
)
# Before the opening mark: "the word 'Restraint'", "the term \u201cOverreach\u201d".
_WORD_BEFORE = re.compile(r"\b(?:word|term|phrase|buzzword|watchword|label)s? [\"\u201c'\u2018]$")


def without_quoted_words(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions less a one-word name quoted as a word (the module's doc)."""
    result: list[RawMention] = []
    for m in mentions:
        quoted = (
            " " not in m.text
            and m.start > 0
            and text[m.start - 1] in _OPEN
            and m.end < len(text)
            and text[m.end] in _CLOSE
        )
        if quoted and (
            _WORD_AFTER.match(text, m.end)
            or _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
        ):
            continue
        result.append(m)
    return result
