"""Where a speaker's phrase ends before a phrase of when or where it spoke.

The parser often hangs the circumstances of saying on the subject: "Mr Blair on Sunday said",
"an IMF official in a briefing on Wednesday said", "Trump in the past has called out Tur",
"EU leaders at a summit in Lisbon agreed". Those phrases tell when or where, not who: the
speaker is "Mr Blair", "an IMF official", "Trump", "EU leaders". A phrase that names whom the
speaker works for or belongs to ("analysts at Goldman", "MPs on the committee") stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factx.extract.wordlists import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions of a time or an occasion; "of", "from" and "with" name an affiliation.
_PREPOSITIONS = frozenset({"on", "in", "at", "during", "after", "before", "since"})
# Times the model does not tag as dates ("in the past").
_TIMES = frozenset({"past", "weekend", "morning", "afternoon", "evening", "night"})
_DATES = frozenset({"DATE", "TIME"})


def circumstance_start(head: Token) -> int | None:
    """The index of the first token of a phrase of when or where that hangs on a speaker's head
    word after it, if any."""
    for child in head.children:
        if child.i < head.i or child.dep_ != "prep" or child.lower_ not in _PREPOSITIONS:
            continue
        thing = next((c for c in child.children if c.dep_ == "pobj"), None)
        if thing is not None and _occasion(thing):
            return child.i
    return None


def _occasion(thing: Token) -> bool:
    """ "Sunday", "last week", "the past", "a briefing", "a statement": a time, a venue or a
    text in which something was said."""
    if thing.ent_type_ in _DATES:
        return True
    lemma = thing.lemma_.lower()
    cues = word_sets("cues.json")
    return lemma in _TIMES or lemma in cues["venues"] or lemma in cues["published"]
