"""A word capitalised only because it opens a sentence is no name: "Groups challenging the
plans include ..." tagged ORG, where the article writes "groups" and "group" in lower case.

A one-word mention is a common word when it opens its sentence, the article writes the same
word in lower case elsewhere, and never in capitals inside a sentence ("Labour" in "between
Labour and the Tories" stays a name, however often "labour" is written).
"""

from __future__ import annotations

import re
from functools import lru_cache

_OPENERS = frozenset(".!?:;\"“”‘’'\n")
# A run of letters and digits: `str.isalnum` characters, which are `\w` but the underscore.
_WORD = re.compile(r"[^\W_]+")


def sentence_case_only(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one word, is capitalised only where sentences open."""
    word = text[start:end]
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    if not opens_sentence(text, start):
        return False
    lower = word.lower()
    # "Groups" and "the group": the singular counts as the word in lower case.
    lowers = (lower, lower[:-1]) if lower.endswith("s") and len(lower) > 3 else (lower,)
    if capitalised_inside(text, word):
        return False  # "between Labour and the Tories": a name inside a sentence
    return any(form in _words(text) for form in lowers)


def capitalised_inside(text: str, word: str) -> bool:
    """Whether the text writes `word`, as it is, anywhere inside a sentence ("by Oasis")."""
    return any(not opens_sentence(text, at) for at in _words(text).get(word, ()))


def written_in_lower_case(text: str, word: str) -> bool:
    """Whether the text writes `word` in lower case anywhere ("will" beside "Will Hamann")."""
    return word.lower() in _words(text)


@lru_cache(maxsize=4)
def _words(text: str) -> dict[str, list[int]]:
    """Where each whole word of the text starts (a word: letters and digits between others),
    found once per article: searching the text again for each name made a huge one quadratic."""
    words: dict[str, list[int]] = {}
    for match in _WORD.finditer(text):
        words.setdefault(match.group(), []).append(match.start())
    return words


def opens_sentence(text: str, at: int) -> bool:
    """Whether the word at text[at] opens a sentence (or a quotation, a line or a clause
    after a colon)."""
    before = at - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    return before < 0 or text[before] in _OPENERS
