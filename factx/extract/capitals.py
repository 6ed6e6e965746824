"""A word capitalised only because it opens a sentence is no name: "Groups challenging the
plans include ..." tagged ORG, where the article writes "groups" and "group" in lower case.

A one-word mention is a common word when it opens its sentence, the article writes the same
word in lower case elsewhere, and never in capitals inside a sentence ("Labour" in "between
Labour and the Tories" stays a name, however often "labour" is written).
"""

from __future__ import annotations

_OPENERS = frozenset(".!?:;\"“”‘’'\n")


def sentence_case_only(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one word, is capitalised only where sentences open."""
    word = text[start:end]
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    if not _opens_sentence(text, start):
        return False
    lower = word.lower()
    # "Groups" and "the group": the singular counts as the word in lower case.
    lowers = (lower, lower[:-1]) if lower.endswith("s") and len(lower) > 3 else (lower,)
    written_lower = False
    for form in (word, *lowers):
        at = text.find(form)
        while at >= 0:
            after = at + len(form)
            whole = not (at > 0 and text[at - 1].isalnum()) and not (
                after < len(text) and text[after].isalnum()
            )
            if whole and form in lowers:
                written_lower = True
            elif whole and not _opens_sentence(text, at):
                return False  # "between Labour and the Tories": a name inside a sentence
            at = text.find(form, at + 1)
    return written_lower


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in _OPENERS
