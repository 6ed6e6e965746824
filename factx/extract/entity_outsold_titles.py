"""A long title beaten in sales is a work (round r54-works; seed 54's entertainment/359, "It
becomes the highest first-week earner for February, outshining My Big Fat Greek Wedding which
sold four million units in 2003", `My Big Fat Greek Wedding` PRODUCT).

A work that a sales story measures another against is named after a verb of beating ("outshining",
"overtaking", "beating", "outselling", "eclipsing", "surpassing") and followed by its own figures
("which sold four million units", ", which took $56m"). The small model reads a long title by its
words, not as one name: a product (`My Big Fat Greek Wedding`), a place and a sea ("overtaking
Pirates of the Caribbean which sold ...": `Pirates` GPE, `Caribbean` LOC) or a person and a firm
("My Life" PERSON, "Woods" ORG of "My Life in the Woods"), as sentences of my own show. Between
such a verb and "which sold|took|earned|grossed|made", a run of capitalised words (with a title's
small words and possessives inside) of three or more words, or with a small word or a possessive
inside ("Bridget Jones's Diary"), is a work, WORK_OF_ART, whole: the mentions inside it give way.

Left alone: a run of one or two words without a small word (goods and services: "the Nokia
6600 which sold", "beating MySpace which has ..."), a person's full name by a common first name
("beating Tom Hanks, which ..." cannot be a title with a small word), a run the model's mention
runs past, and any run not closed by its figures' clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_screen_titles import made_whole
from factx.extract.first_names import opens_with_first_name
from factx.extract.title_shapes import TITLE_SMALL_WORDS, small_words, title_run

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_WORK = "WORK_OF_ART"
_SMALL_WORDS = (*TITLE_SMALL_WORDS, "and", "with", "my", "your", "our")
# A title's word: capitalised, with a possessive or a contraction of its own ("Jones's").
_WORD = r"[A-Z][\w&-]*(?:['’](?:s|t|ll|re|ve|d|m)\b)?"
_TITLE = "(?:The |A |An )?" + title_run(_WORD, small_words(*_SMALL_WORDS))
_OUTSOLD = re.compile(
    r"\b(?:outshin(?:ing|es|ed)|outshone|overtak(?:ing|es|en)|overtook|beating|outsell(?:ing|s)?"
    r"|outsold|eclips(?:ing|es|ed)|surpass(?:ing|es|ed)) "
    rf"(?P<title>{_TITLE}),? which (?:has |had )?(?:sold|took|earned|grossed|made)\b"
)
_SMALL = frozenset(_SMALL_WORDS)


def outsold_titles(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each long title between a verb of beating and "which sold|took|earned"
    one work, WORK_OF_ART, whole (the module's doc)."""
    if " which " not in text:
        return mentions
    spans: list[tuple[int, int]] = []
    for match in _OUTSOLD.finditer(text):
        words = match.group("title").split()
        small = any(w.casefold() in _SMALL or w.endswith(("'s", "’s")) for w in words[1:-1])
        if not small and (len(words) < 3 or opens_with_first_name(match.group("title"))):
            continue
        spans.append(match.span("title"))
    return made_whole(text, mentions, spans, layouts, add, _WORK) if spans else mentions
