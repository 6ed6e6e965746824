"""A place after a sentence's opening verb of going: "Entering Westminster, he came to share an
office with ...", "Leaving Brussels, the minister said ...". The model runs the participle into
the place and tags the two a person (seed 157's politics/406 `Entering Westminster` PERSON;
"Leaving Brussels" PERSON on a sentence of round r48b-civic's own). The participle is no word
of the name: the place stands alone, a place.

Only a closed list of verbs of going, each a verb only: "Reading", "Woking", "Ealing",
"Barking", "Kettering", "Worthing" and "Epping" are towns that end in "-ing" too, and "Finding
Nemo" or "Racing Santander" are whole names; and only at a sentence's start before a comma,
where the participle opens a clause about the subject after the comma.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The verbs of going, with the preposition some take, and the place's capitalised words after.
_JOURNEY = re.compile(
    r"(?:Entering|Leaving|Returning to|Arriving (?:in|at)|Reaching|Visiting|Touring|Crossing"
    r"|Travelling to|Traveling to|Heading (?:for|to)|Flying (?:in)?to) "
    r"(?=[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}$)"
)
# What may stand before the mention for it to open its sentence: nothing, or a sentence's end.
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'’”]?\s+|\n\s*)[\"'‘“]?$")
# The labels the model gives the glued span.
_GLUED_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC"})


def places_after_going(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a sentence's opening "Entering|Leaving|Returning to ... <Place>," the model
    tagged whole cut to the place, GPE ("Entering Westminster, he" -> `Westminster`). The place
    takes the label of its other mentions by their votes; alone, a place's."""
    result: list[RawMention] = []
    for m in mentions:
        match = _JOURNEY.match(m.text)
        if (
            match is not None
            and m.label in _GLUED_LABELS
            and text.startswith(",", m.end)
            and _SENTENCE_START.search(text, max(0, m.start - 6), m.start) is not None
        ):
            cut = match.end()
            result.append(replace(m, text=m.text[cut:], start=m.start + cut, label="GPE", cue=""))
            continue
        result.append(m)
    return result
