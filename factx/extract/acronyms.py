"""Short forms an article introduces in brackets: "the Department for Environment, Food and
Rural Affairs (Defra)", "International Association of Athletics Federations (IAAF)"; or,
less often, the short form first: "the FOMC (Federal Open Market Committee)".

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
_WORD = re.compile(r"[A-Za-z][\w'-]*")
# A short form written alone: "ACPO", "Acpo", "U.S.", "Defra".
SHORT_FORM = re.compile(r"[A-Z][A-Za-z.&]{1,7}")
_BRACKET = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z.&]{1,11})\s*\)")
# A short form in capitals right before an opening bracket, and the bracket's close after the
# name: "FOMC ( Federal Open Market Committee )".
_SHORT_BEFORE = re.compile(r"(?<![\w.&'’-])([A-Z][A-Z.&]{1,11}) ?\( ?$")
_CLOSING = re.compile(r" ?\)")
# The kind words that end a law's name ("the Greater London Act", "the Maastricht Treaty"); the
# cue "law by its kind" in factx/data/entities.json reads the same words.
_LAW_END = re.compile(r"\b(?:Act|Bill|Treaty|Directive|Charter|Covenant)$")


def introduced(text: str, end: int) -> tuple[int, int] | None:
    """The span of a bracketed short form right after the name ending at `end`, if any."""
    match = _BRACKET.match(text, end)
    return match.span(1) if match else None


def introduced_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a short form right before the bracketed name at text[start:end], if any:
    "The FOMC ( Federal Open Market Committee ) has been", the short form first."""
    if _CLOSING.match(text, end) is None:
        return None
    match = _SHORT_BEFORE.search(text, max(0, start - 20), start)
    return match.span(1) if match else None


def abbreviates(short: str, name: str) -> bool:
    """Whether `short` is made of the initials of `name` ("Defra", "Department for ...")."""
    letters = letters_of(short)
    return len(letters) >= 2 and letters in initials_of(name)


def letters_of(short: str) -> str:
    """The letters a short form spells, in lower case: "U.S." -> "us"."""
    return short.replace(".", "").replace("&", "").casefold()


def initials_of(name: str) -> frozenset[str]:
    """The short forms `name` may have, in lower case; none for a name of one word."""
    words = _WORD.findall(name)
    if words and words[0].casefold() == "the":
        words = words[1:]
    return frozenset(_initials(words)) if len(words) >= 2 else frozenset()


# A firm's name run together from three or more words, each with its capital:
# "GlaxoSmithKline", "SmithKlineBeecham". Two are too few: "McDonald", "MacLeod" and
# "DaimlerChrysler" would claim "MD", "ML" and "DC".
_RUN_TOGETHER = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+){2,}")


def camel_initials(name: str) -> str | None:
    """The short form, in lower case, of one word run together from three or more capitalised
    words ("GlaxoSmithKline" -> "gsk"), which the news writes without brackets ("GSK shares
    rose"); None for any other name."""
    if _RUN_TOGETHER.fullmatch(name) is None:
        return None
    return "".join(c for c in name if c.isupper()).casefold()


def _initials(words: list[str]) -> Iterator[str]:
    yield "".join(w[0] for w in words).casefold()
    yield "".join(w[0] for w in words if w[0].isupper()).casefold()
    yield "".join(w[0] for w in words if w.casefold() not in _JOINERS).casefold()


def names_a_law(name: str) -> bool:
    """Whether `name` ends in a law's kind word: "the Greater London Act"."""
    return _LAW_END.search(name.strip()) is not None
