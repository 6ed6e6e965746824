"""Short forms an article introduces in brackets: "the Department for Environment, Food and
Rural Affairs (Defra)", "International Association of Athletics Federations (IAAF)".

The bracketed word is the same entity as the name before it when its letters are the initials
of that name's words (all of them, or only the capitalised ones: "for", "and", "of" may or may
not count). Nothing else is guessed: "(AP)", "(Reuters)" or "(2004)" match no initials.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# "(Defra)", "( IAAF )": one word of letters, optional dots, in brackets right after a name.
# Words that short forms skip or keep: "DfES" keeps "for", skips "and".
_JOINERS = frozenset({"and", "of", "the", "in", "on", "at"})
_BRACKET = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z.&]{1,11})\s*\)")


def introduced(text: str, end: int) -> tuple[int, int] | None:
    """The span of a bracketed short form right after the name ending at `end`, if any."""
    match = _BRACKET.match(text, end)
    return match.span(1) if match else None


def abbreviates(short: str, name: str) -> bool:
    """Whether `short` is made of the initials of `name` ("Defra", "Department for ...")."""
    letters = short.replace(".", "").replace("&", "").casefold()
    words = re.findall(r"[A-Za-z][\w'-]*", name)
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(letters) < 2 or len(words) < 2:
        return False
    return letters in set(_initials(words))


def _initials(words: list[str]) -> Iterator[str]:
    yield "".join(w[0] for w in words).casefold()
    yield "".join(w[0] for w in words if w[0].isupper()).casefold()
    yield "".join(w[0] for w in words if w.casefold() not in _JOINERS).casefold()
