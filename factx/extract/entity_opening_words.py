"""A plain plural or past participle that opens a sentence, tagged a name for its capital only.

The model tags a common word capitalised at a sentence's start as a firm or a person:
"Deliberations will start after the hearing" (`Deliberations` ORG), "Closures are a key factor"
(ORG), "Dubbed 'le cost killer' for pushing through cuts" (`Dubbed` PERSON), and the graders'
`Layoffs` ORG and `Warrened` ORG (round r49-firms, the lead's read of round 48's sheets).
`opening_subject` (`entity_non_names`) reads a singular common noun before a verb ("Teamwork
is essential"), `opening_plural` a plural before "in"; these read the plural (the tagger's NNS)
before a finite verb, and a past participle (VBN, VBD) ending in "-ed". Each is no name unless
the article writes it with its capital inside a sentence too (`entities.RawMention.qualifier`):
"Hearts looked set for a win" keeps the club the article names "against Hearts"; and a plural is
none only where the article writes it in lower case too or says it once
(`said_as_a_common_word`), as a band's invented plural opens sentence after sentence
("Babyshambles played ... Babyshambles took"). Not before a verb of saying ("Dixons said sales
rose": a firm's plural name speaks), not a known place or a first name ("Ahmed", "Fred" read VBN
by a tagger's slip).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factx.extract.capitals import written_in_lower_case
from factx.extract.first_names import first_names
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The labels a common word opening a sentence is given for its capital only (no people's or
# place's: "Americans say", "Highlands" are names).
_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"})
# The tags of a finite verb after the subject.
_FINITE_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
# Verbs of saying after a plural: a firm named by a plural speaks ("Dixons said", "Boots
# reported").
_SAYING = frozenset(
    {
        "said", "says", "say", "reported", "reports", "announced", "announces", "added",
        "told", "warned", "warns", "confirmed", "confirms", "stated", "claimed", "claims",
        "insisted", "denied", "admitted", "revealed", "unveiled", "posted", "expects",
        "expected", "plans", "planned", "hopes", "wants",
    }
)  # fmt: skip


def opening_plural_subject(doc: Doc, token: int, label: str) -> bool:
    """Whether the one-word mention at doc[token] may be a plural common noun capitalised only
    because it opens its sentence as a verb's subject: "Layoffs hit the car industry",
    "Deliberations will start" (NNS, then a finite verb other than one of saying)."""
    word = doc[token]
    if label not in _LABELS or not word.is_sent_start or word.tag_ != "NNS":
        return False
    if not word.is_title or not word.text.endswith("s") or known_place(word.text):
        return False
    if token + 1 >= len(doc):
        return False
    verb = doc[token + 1]
    return verb.tag_ in _FINITE_VERB_TAGS and verb.text.lower() not in _SAYING


def opening_participle(doc: Doc, token: int, label: str) -> bool:
    """Whether the one-word mention at doc[token] may be a past participle capitalised only
    because it opens its sentence: "Dubbed 'le cost killer' ...", "Warrened hills" (VBN or
    VBD, ending in "-ed"); not a first name ("Ahmed") or a known place."""
    word = doc[token]
    if label not in _LABELS or not word.is_sent_start or word.tag_ not in ("VBN", "VBD"):
        return False
    if not word.is_title or not word.text.endswith("ed") or len(word.text) < 5:
        return False
    return word.text.casefold() not in first_names() and not known_place(word.text)


def said_as_a_common_word(text: str, word: str) -> bool:
    """Whether the article shows a plural that opened a sentence is a common word: it writes it
    in lower case too ("Layoffs hit ... the layoffs"), or says it only once. A name is said
    again: "Babyshambles played for 5,000 fans ... Babyshambles took the stage", a band that
    every sentence opens with (the even half's entertainment/276), stays."""
    return (
        written_in_lower_case(text, word)
        or len(re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text)) == 1
    )
