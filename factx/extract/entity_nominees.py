"""Works named beside their nominees in a prize's list (the lead, round 40; seed 113's theatre
awards, where `Festen`, `False Servant` and `Iphigenia` were PERSON or GPE).

A sentence that names a prize's nominees or shortlist pairs each nominee with the work they are
up for: "The best director shortlist includes Luc Bondy for Cruel and Tender, Simon McBurney
for Measure for Measure, and Rufus Norris for Festen", "will be up against Hildegard Bechtler,
for Iphigenia at Aulis, and Paul Brown, for False Servant", "with Douglas Hodge (Dumb Show)
and Stanley Townsend (Shining City)". The name right after "<First> <Surname>, for" or inside
the brackets after "<First> <Surname>" is the work, WORK_OF_ART, whatever the model tagged it.
The cue "work of a nominee" reads the first shape too, but only where the sentence starts
within its 80 characters; a list runs on past that, and a sentence may start further back.
Guards: the sentence holds a prize's word and none of sport ("Steven Gerrard for Liverpool"
in a player of the year's list is his club); the nominee is a full name, two or three
capitalised words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A prize's words: the nominees', the shortlist's, a category's or a prize's own.
_PRIZE = re.compile(
    r"\b(?:[Nn]omin(?:at\w*|ees?)|[Ss]hortlist\w*|awards?|prizes?|categor(?:y|ies)|Oscars?|Baftas?|Emmys?"
    r"|Grammys?|Golden Globes?|best (?:actor|actress|director|designer|play|musical|film"
    r"|picture|newcomer|screenplay|album|single|novel|book|documentary))\b"
)
# The words of a sports page: a player's prize is for his club, not a work.
_SPORT = re.compile(
    r"\b(?:player|players|footballer|sportsman|sportswoman|athlete|goals?|season|clubs?|team"
    r"|league|coach|manager|fans|match|cup)\b",
    re.IGNORECASE,
)
# The nominee right before the work: "Rufus Norris for ", "Hildegard Bechtler, for ".
_NOMINEE_FOR = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2},? for $")
# The nominee right before the work's bracket: "Douglas Hodge (".
_NOMINEE_BRACKET = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2} \($")
_LABELS = frozenset({"PERSON", "GPE", "ORG", "LOC", "FAC", "NORP", "PRODUCT"})
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_REACH = 60


def nominated_works(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions that name a work after its nominee in a prize's sentence
    (the module's doc)."""
    if " for " not in text and " (" not in text:
        return
    for i, m in enumerate(mentions):
        if m.label not in _LABELS:
            continue
        reach = max(0, m.start - _REACH)
        if text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")":
            found = _NOMINEE_BRACKET.search(text, reach, m.start)
        else:
            found = _NOMINEE_FOR.search(text, reach, m.start)
        if found is None:
            continue
        sentence = _sentence(text, m.start, m.end)
        if _PRIZE.search(sentence) and not _SPORT.search(sentence):
            yield i


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end]: from the last sentence end before it to the next."""
    opening = 0
    for found in _SENTENCE_END.finditer(text, max(0, start - 600), start):
        opening = found.end()
    closing = _SENTENCE_END.search(text, end)
    return text[opening : closing.start() if closing else len(text)]
