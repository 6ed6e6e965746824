"""The words that open a quotation after a colon or a comma (round r51-works).

`entities._sentence_opening` drops a work the model read into the words that open a sentence
("Interrupting Mr Sukul in his speech"), or a quotation that opens one. A quotation opens
after its speaker just as often: 'Blanchett said: "Winning a Bafta means an enormous amount
to me."' (the brief's BBC awards story, `Winning a Bafta` WORK_OF_ART), 'he said: "Beating the
Aussies is always special."' (a sentence of my own on the even half's sport/370 quotation,
`Beating the Aussies` WORK_OF_ART).
There the tagger starts no sentence at the quotation mark, so the opening words were read as a
title. A quotation mark after a colon or a comma, or at the sentence's start, opens a
quotation; its first words are a speaker's, no title's, by the same test. Not a quotation
that the name fills to its closing mark: 'wore the bid's slogan, "Back the Bid", on her shorts'
(the odd half's sport/069) quotes a name after its comma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# The marks a speaker's words follow: 'said: "', 'he added, "'.
_INTRODUCERS = frozenset({":", ","})


def opens_a_quotation(ent: Span) -> bool:
    """Whether the mention's first word opens a quotation: the token before it is an opening
    quotation mark, itself at the sentence's start or after a colon or a comma, and the
    quotation goes on after the mention."""
    if ent.start < 2:
        return False
    doc = ent.doc
    mark = doc[ent.start - 1]
    if not mark.is_quote or mark.tag_ != "``":
        return False  # a closing mark ('" Winning') or a single quote inside a word
    if ent.end < len(doc) and doc[ent.end].is_quote:
        return False  # 'slogan, "Back the Bid", on her shorts': the quotation is the name
    before = doc[ent.start - 2]
    return before.text in _INTRODUCERS or bool(mark.is_sent_start)
