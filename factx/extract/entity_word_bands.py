"""A known band named by one common word, a title or a surname is the band in a music story.

"Europeans favoured Queen's more upbeat anthem The Show Must Go On" (`Queen` PERSON, twice in one
story), "Queen, Muse, Manic Street Preachers and The Clash complete the top 10" (`Muse`
PERSON), "other new releases from Athlete, Ciara and Feeder" (`Athlete`, `Feeder` PERSON),
"fellow Brit nominees such as Keane and Snow Patrol" (`Keane` PERSON): the small model reads a
one-word act by its look, a monarch's title, a surname or a common noun, as a person, **a band
labelled PERSON**. Nothing in such a sentence tells a band from a singer known by one name
("Ciara", "Akon"), so the names are a closed list (data `bands.word_named`): bands of the UK
charts of the news's years whose one word is a title, a surname or a common noun the model reads
as a person. In an article about music (`about_music`), a mention of one of them that the model
tagged PERSON, GPE, LOC, NORP, FAC or PRODUCT with no cue of another label, or cued a person by
its look ("Athlete", the model's ORG cued PERSON as a calling's word), is the band, ORG (a group's
cue, as `person_shaped_bands` gives a band named like a person).

Left alone: the name with its "the" ("the Queen", the monarch: the mention's text is "the Queen")
or after a title's or a namesake's words ("King or Queen", `_NAMESAKE_BEFORE`); the name as the
last word of a person's full name the article gives ("Roy Keane ... Keane said": a footballer's
surname, not the band); and any mention outside a music story.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_bands import _NAMESAKE_BEFORE, _shaped_reading, about_music
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention


@cache
def _word_named() -> frozenset[str]:
    return frozenset(data_file("entities.json")["bands"]["word_named"])


def _bare(text: str) -> str:
    return text.removesuffix("'s").removesuffix("’s").removesuffix("'").removesuffix("’")


def word_named_bands(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions of a known one-word band (data `bands.word_named`) in an
    article about music, tagged as a person or a place with no cue but their own (see the module
    docstring)."""
    if not any(name in text for name in _word_named()) or not about_music(text):
        return
    surnames = {
        m.text.split()[-1]
        for m in mentions
        if m.label == "PERSON" and " " in m.text and _bare(m.text) not in _word_named()
    }
    for i, m in enumerate(mentions):
        name = _bare(m.text)
        if (
            name in _word_named()
            and name not in surnames
            and (_shaped_reading(m.label, m.cue) or m.cue == "PERSON")
            and m.cue in ("", "PERSON", m.label)
            and _NAMESAKE_BEFORE.search(text, max(0, m.start - 30), m.start) is None
            and not text[max(0, m.start - 8) : m.start].endswith(("King or ", "King and "))
        ):
            yield i
