"""A band named with its own "the" and a plural, in an article about music: "the Byrds" PRODUCT,
"the Eagles" GPE, "the Stereophonics" NORP.

The small model takes a band's plural name for a people, a place or a product by its look, and
keeps the band's "the" inside the span, as it does for a group's own name ("the Beatles"). In an
article whose words are a musician's (`music_words` in the `bands` data of
factx/data/entities.json, at least `MUSIC_WORDS` of them), such a name is an organisation. Not a
known place or country ("the Bahamas", "the Netherlands"), nor a people's name ("the Brits",
"the Tories"), nor a name the model already calls an organisation or an event ("the Brit
Awards", "the Oscars"), nor one the words around it cue as something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Music words an article needs before a plural "the X" in it is read as a band: one "single" or
# "album" is also a business or a sports story's word.
MUSIC_WORDS = 2
# The band's own "the", in lower case inside the model's span, and one to three capitalised
# words, the last a plural.
_PLURAL_NAME = re.compile(r"the (?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*[a-z]s")
# Not PERSON: a plural PERSON after "the" is `referents.plural_groups`' (a band or a people by
# its words, in any article).
_LABELS = frozenset({"PRODUCT", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART"})


@cache
def _music_words() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in data_file("entities.json")["bands"]["music_words"])
    return re.compile(rf"\b(?:{words})\b", re.I)


def plural_bands(
    text: str,
    mentions: Sequence[RawMention],
    a_place_or_people: Callable[[str], bool],
) -> Iterator[int]:
    """The indexes of the mentions that name a band by its "the" and a plural (the module's
    doc). `a_place_or_people` tells a country's, a place's or a people's name."""
    candidates = [
        i
        for i, m in enumerate(mentions)
        if m.label in _LABELS
        and m.cue in ("", m.label)
        and _PLURAL_NAME.fullmatch(m.text)
        and not known_place(m.text)
        and not a_place_or_people(m.text[4:])
        and not a_place_or_people(m.text[4:-1])
    ]
    if not candidates:
        return
    if next(islice(_music_words().finditer(text), MUSIC_WORDS - 1, None), None) is not None:
        yield from candidates
