"""A bracketed short form clipped from the first letters of each word of the name before it
(round r54-names).

`acronyms.abbreviates` reads a bracketed short form as the name's only where its letters are
the name's initials ("Defra", "IAAF"). Some bodies are known by a word clipped from the heads
of their words: "the New York Mercantile Exchange (Nymex)" (BBC sheet 54C's business/351, then
"Nymex" alone a second entity), "the Office of Communications (Ofcom)", "the National
Association of Securities Dealers (Nasdaq)"-like coinages. `clipped_from` reads such a word:
written with one capital and lower-case letters after it, it is the name's words' heads in
order, each word giving one or more of its first letters and "of", "and", "the" giving none
or some, at least one head longer than its initial (else the initials already read it). A
name of one word has none ("Oracle (Orcl)" is a ticker's shape, no clipping of words).
"""

from __future__ import annotations

import re
from functools import cache

from factx.extract.acronyms import letters_of

_WORD = re.compile(r"[A-Za-z][\w'-]*")
_JOINERS = frozenset({"and", "of", "the", "for", "in", "on", "at", "&"})
# "Nymex", "Ofcom": a capital and lower-case letters, three to eight in all.
_CLIPPED = re.compile(r"[A-Z][a-z]{2,7}")


def clipped_from(short: str, name: str) -> bool:
    """Whether `short` is clipped from the heads of `name`'s words, in order ("Nymex" of "New
    York Mercantile Exchange"; the module's doc)."""
    if not _CLIPPED.fullmatch(short):
        return False
    words = [w.casefold() for w in _WORD.findall(name)]
    if words and words[0] == "the":
        words = words[1:]
    if sum(w not in _JOINERS for w in words) < 2:
        return False
    return _heads(letters_of(short), tuple(words), False)


@cache
def _heads(letters: str, words: tuple[str, ...], clipped: bool) -> bool:
    """Whether `letters` are the heads of `words` in order, each word not a joiner giving one
    letter or more, and (by the end) one giving more than one."""
    if not words:
        return not letters and clipped
    word, rest = words[0], words[1:]
    if word in _JOINERS and _heads(letters, rest, clipped):
        return True
    for size in range(1, min(len(word), len(letters)) + 1):
        if word[:size] != letters[:size]:
            break
        if _heads(letters[size:], rest, clipped or size > 1):
            return True
    return False
