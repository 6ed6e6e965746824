"""Two names the model glued with "and", told apart by the article naming each on its own.

The small model tags "Parma and Real Madrid are interested" as one WORK_OF_ART. Names of
organisations and works may hold an "and" ("Procter and Gamble", "Pride and Prejudice"), so
the span is only cut where the article shows two names: one side is a name the model found
elsewhere in the article, and the other side is written elsewhere too, outside the glued span
("joined them ... from Parma", "Real Madrid view him"). Places are left whole ("Bosnia and
Herzegovina", "Trinidad and Tobago").
"""

from __future__ import annotations

import re
from collections.abc import Collection

# One "and" between two capitalised sides: "Parma and Real Madrid".
_JOINED = re.compile(r"(?P<left>[A-Z][^\s]*(?: [^\s]+)*?) and (?P<right>[A-Z][^\s]*(?: [^\s]+)*)")
_PLACES = frozenset({"GPE", "LOC"})


def sides(
    text: str, start: int, end: int, label: str, known: Collection[str]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two names glued in text[start:end] by "and", if the article names both alone.

    Args:
        text: the article.
        start, end: the mention's span.
        label: the model's label of the mention.
        known: the name forms of the article's other mentions.
    Returns:
        The spans of the two sides, or None where the span is one name.
    """
    if label in _PLACES or text.count(" and ", start, end) != 1:
        return None
    match = _JOINED.fullmatch(text, start, end)
    if match is None or match.group("left") == match.group("right"):
        return None
    left, right = match.group("left"), match.group("right")
    if left not in known and right not in known:
        return None
    glued = text[start:end]
    if not (_alone(text, left, glued) and _alone(text, right, glued)):
        return None
    return match.span("left"), match.span("right")


def _alone(text: str, name: str, glued: str) -> bool:
    """Whether the article writes `name` as a word sequence outside every copy of `glued`."""
    found = 0
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = at > 0 and _word_char(text[at - 1])
        after = end < len(text) and _word_char(text[end])
        found += not (before or after)
        at = text.find(name, at + 1)
    return found > text.count(glued)


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "-_"
