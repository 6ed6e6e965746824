"""A capitalised preposition opening a sentence or a quote is no word of the name after it
when the article names that name bare elsewhere: 'He added: "Under New Labour, all households
pay more." New Labour had failed.'

The model runs a sentence's opening preposition into the name after it and reads the whole as
a title ("Under New Labour" WORK_OF_ART, seed 148), and round 37's `sentence_links` cut
(`entity_non_names.without_opening_words`) leaves a work's span alone ("Without a Trace",
"When Harry Met Sally"), and has no "Under", "For" or "During". Where such a mention opens a
sentence or a quotation, a comma follows it, and the article writes the rest bare somewhere
else (not after the same preposition), the preposition goes and the rest is the article's name,
its label the model's unless that was the title's, then a person's for a first name and a
surname, a place's for a known place, else a body's (round r47-civic). A title the article
writes whole each time ("Under Milk Wood", "After Hours") is left alone, as is one with no
comma after it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.capitals import opens_sentence
from factx.extract.first_names import opens_with_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_PREPOSITIONS = frozenset(
    {"Under", "After", "Before", "With", "Without", "For", "During", "Since", "Until", "Within"}
)


def prepositions_before_named(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each opened by a sentence's preposition before a name the article writes
    bare elsewhere cut to that name (the module's doc)."""
    kept: list[RawMention] = []
    for m in mentions:
        word, _, rest = m.text.partition(" ")
        if (
            word in _PREPOSITIONS
            and rest[:1].isupper()
            and text.startswith(",", m.end)
            and opens_sentence(text, m.start)
            and _named_bare(text, word, rest)
        ):
            label = m.label
            if label in ("WORK_OF_ART", "LAW", "EVENT"):
                label = (
                    "PERSON"
                    if opens_with_first_name(rest)
                    else "GPE"
                    if known_place(rest)
                    else "ORG"
                )
            m = replace(m, text=rest, start=m.start + len(word) + 1, label=label)
        kept.append(m)
    return kept


def _named_bare(text: str, word: str, rest: str) -> bool:
    """Whether the article writes `rest` somewhere not right after `word`."""
    bare = len(re.findall(rf"(?<![\w'’-]){re.escape(rest)}(?![\w'’-])", text))
    whole = len(re.findall(rf"\b{re.escape(word)} {re.escape(rest)}(?![\w'’-])", text))
    return bare > whole
