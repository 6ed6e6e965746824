"""A person named with "the" before a credit's participle is the person (the lead, round 50).

The model tags "the Ron Howard" PERSON, its "the" inside the span, in "the Ron Howard directed
'A Beautiful Mind'" (a held-out Lee article's film story): a name with its own "the" is a thing
to `Cluster.label` ("the Titanic"), so the director became a PRODUCT or a work. The same shape
credits a leader ("the Tony Blair led government") or a maker ("the Steven Spielberg produced
series"). Where the words after "the" are a person's full name, opening with a common first
name, and a credit's participle follows, the mention keeps its PERSON vote.

Left alone: a name after "the" with no participle after it ("the John Lewis store", a firm), a
hyphened credit the model tags apart ("the Blair-led"), and one word after "the".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from factx.extract.first_names import opens_with_first_name

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_THE = re.compile(r"[Tt]he ")
_CREDIT_AFTER = re.compile(
    r" (?:directed|produced|written|penned|scripted|helmed|created|designed|composed|"
    r"choreographed|conducted|led|fronted|founded|chaired|coached|managed|owned|backed)\b"
)


def credited_people(text: str, mentions: list[RawMention]) -> Iterator[int]:
    """Indexes of the PERSON mentions "the <First> <Surname>" before a credit's participle."""
    for index, m in enumerate(mentions):
        if m.label != "PERSON" or not _THE.match(m.text):
            continue
        name = m.text[4:]
        if " " in name and opens_with_first_name(name) and _CREDIT_AFTER.match(text, m.end):
            yield index
