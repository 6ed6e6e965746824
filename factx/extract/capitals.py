"""A word capitalised only because it opens a sentence is no name: "Groups challenging the
plans include ..." tagged ORG, where the article writes "groups" and "group" in lower case.

A one-word mention is a common word when it opens its sentence, the article writes the same
word in lower case elsewhere, and never in capitals inside a sentence on its own ("Labour" in
"between Labour and the Tories" stays a name, however often "labour" is written; "Spyware" of
"the Consumer Protection Against Spyware Act" is a word of another name).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_OPENERS = frozenset(".!?:;\"“”‘’'\n")
# A run of letters and digits: `str.isalnum` characters, which are `\w` but the underscore.
_WORD = re.compile(r"[^\W_]+")


def sentence_case_only(text: str, start: int, end: int, *, in_names: bool = True) -> bool:
    """Whether text[start:end], one word, is capitalised only where sentences open; with
    `in_names` false, a word of a longer name inside a sentence counts too (a people's word
    is written with its capital: "the Swiss Army Knife" beside "swiss army knife")."""
    word = text[start:end]
    if _HYPHENED_WORD.fullmatch(word):
        return _hyphened_sentence_case_only(text, start, word)
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    if not opens_sentence(text, start):
        return False
    lower = word.lower()
    # "Groups" and "the group": the singular counts as the word in lower case.
    lowers = (lower, lower[:-1]) if lower.endswith("s") and len(lower) > 3 else (lower,)
    if _capitalised_alone_inside(text, word) or (not in_names and capitalised_inside(text, word)):
        return False  # "between Labour and the Tories": a name inside a sentence
    return any(form in _words(text) for form in lowers)


# A hyphened common word with the sentence's capital: "Sci-fi", "Hip-hop".
_HYPHENED_WORD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")


def _hyphened_sentence_case_only(text: str, start: int, word: str) -> bool:
    """Whether the hyphened word at text[start] ("Sci-fi shooter Doom 3 ...") opens its
    sentence, the text writes it in lower case elsewhere ("the sci-fi horror") and never with
    its capital inside a sentence (round r36-goods): a common word, no firm, though the model
    tags it ORG. `_words` splits at hyphens, so the whole word is searched for."""
    if not opens_sentence(text, start):
        return False
    whole = r"(?<![\w-])%s(?![\w-])"
    if re.search(whole % re.escape(word.lower()), text) is None:
        return False
    return all(
        opens_sentence(text, found.start()) for found in re.finditer(whole % re.escape(word), text)
    )


# A capitalised word beside a word: "Against Spyware Act", "GDC's Mobile summit".
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w&.'’-]* $")
_CAPITAL_AFTER = re.compile(r" [A-Z]")


def _capitalised_alone_inside(text: str, word: str) -> bool:
    """Whether the text writes `word`, as it is, inside a sentence on its own: a word of a
    longer name ("the Consumer Protection Against Spyware Act", "Digital Camera magazine") says
    nothing of the word alone ("Spyware is a threat" beside "spyware")."""
    size = len(word)
    return any(
        not opens_sentence(text, at)
        and not _CAPITAL_BEFORE.search(text, max(at - 30, 0), at)
        and not _CAPITAL_AFTER.match(text, at + size)
        for at in _words(text).get(word, ())
    )


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


# A hyphen and a lower-case word glued to a name: "-topping", "-winning", "-based".
_HYPHENED = re.compile(r"-[a-z]{3,}\b")


def hyphened_opener(text: str, start: int, end: int, known: Callable[[str], bool]) -> bool:
    """Whether text[start:end], one word, is a common word capitalised only because its
    hyphened adjective opens the sentence: "Chart-topping singer Mara Quinn ..." (the model's
    "Chart" ORG). A name glued to such an adjective is written with its capital inside other
    sentences too, or is known as a place, a people or a first name ("London-based",
    "Oscar-winning"); a word that is none of these, at a sentence's start, is no name."""
    word = text[start:end]
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    if not _HYPHENED.match(text, end) or not opens_sentence(text, start):
        return False
    return not capitalised_inside(text, word) and not known(word)
