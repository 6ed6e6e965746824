"""A firm's run-together name the model reads as a person: "shareholder DaimlerChrysler".

`run_together_firms` (round r53-persons, BBC sheet 53D's business/431: "the withdrawal of
support from shareholder DaimlerChrysler." PERSON, the model's coin toss: the next sentence's
"DaimlerChrysler hurt" is ORG): one token of two or three capitalised words run together, the
first of four letters or more ("DaimlerChrysler", "ExxonMobil", "GlaxoSmithKline",
"PricewaterhouseCoopers", "ChevronTexaco", "ThyssenKrupp"), is a merger's or a firm's coined
name, no person's, where the model tags it PERSON and no cue of the words around it says
otherwise: ORG. My "The bank lost its backing from shareholder DaimlerChrysler after the vote."
gives PERSON at the base.

A surname with a capital inside opens with a short prefix (Mc, Mac, O', De, Di, Da, La, Le, Van,
Von: "McCartney", "DiCaprio", "DeLay", "LaToya"), which the four letters keep out, or with
"Fitz", "Della", "Dela", "Vander" ("FitzGerald"), shut out by name; not a word the article
writes after a title or at the end of a full name with a first name. Not a name glued to the
title that opens the next line of a list that lost its breaks (PolNeAR's politico_2016-10-08:
"Mitt RomneySen", "A.J. SpikerSen"): a last part that is a title's short form (Sen, Rep, Gov,
Gen, Rev, Former). Run after `misspelt_firms` (which joins "AztraZeneca" to "AstraZeneca" only
where the misspelling has no cue of its own) and after the cues, so that "PlayStation" and
"GameBoy" keep their product rows' PRODUCT.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import written_as_a_person

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_RUN_TOGETHER = re.compile(
    r"(?!Fitz|Della|Dela|Vander)[A-Z][a-z]{3,}(?:[A-Z][a-z]{2,}){1,2}"
    r"(?<!Sen)(?<!Rep)(?<!Gov)(?<!Gen)(?<!Rev)(?<!Former)"
)


def run_together_firms(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indices of the PERSON mentions with no cue whose one word is a run-together firm's
    name (module docstring)."""
    for index, mention in enumerate(mentions):
        if mention.label != "PERSON" or mention.cue or not _RUN_TOGETHER.fullmatch(mention.text):
            continue
        if written_as_a_person(text, mention.text, (m.text for m in mentions)):
            continue
        yield index
