"""A people's word of the Americas listed with another people's word is a people (round
r49d-labels).

- `american_peoples_listed`: "Latino and Jewish voters" (PolNeAR sheet F: `Latino` ORG beside a
  right `Jewish` NORP), "courted Latino and Muslim communities" (a sentence of my own: `Latino`
  GPE). The model knows "Jewish", "Muslim", "Irish" as peoples but reads "Latino", "Hispanic"
  and "Asian American" as bodies or places now and then. One of these words alone (a closed
  list: no party's word, so "Labour and Conservative voters" keeps its party), tagged as no
  people, joined by "and|or|," to a mention the model tags NORP on either side, is NORP. Left
  alone: a body whose name opens with it ("Latino Victory Fund", "Hispanic Chamber of
  Commerce": a longer span, or a capitalised word after it), and the word with no NORP beside it.

Guarded by the words in the text before any mention is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORDS = re.compile(
    r"Latin[ao]s?|Latinx|Hispanics?|(?:Asian|African|Native|Arab|Mexican)[- ]Americans?"
)
_CHEAP = re.compile(r"\b(?:Latin[aox]|Hispanic|[- ]American)")
_SLIPS = frozenset({"ORG", "GPE", "LOC", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "LANGUAGE"})
# Between two members of the list: "and", "or", a comma (and "and" after it).
_JOINED = re.compile(r"(?:,? (?:and|or)|,) ")
# A capitalised word run on after the word ("Latino Victory Fund"): another name.
_NAME_GOES_ON = re.compile(r" [A-Z&]")


def american_peoples_listed(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions of a listed people's word joined to a NORP mention and
    tagged as no people (the module's doc)."""
    if not _CHEAP.search(text):
        return
    for i, m in enumerate(mentions):
        if m.label not in _SLIPS or m.cue or not _WORDS.fullmatch(m.text):
            continue
        if _NAME_GOES_ON.match(text, m.end):
            continue
        before = mentions[i - 1] if i > 0 else None
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            before is not None
            and before.label == "NORP"
            and _JOINED.fullmatch(text, before.end, m.start)
        ) or (
            after is not None
            and after.label == "NORP"
            and _JOINED.fullmatch(text, m.end, after.start)
        ):
            yield i
