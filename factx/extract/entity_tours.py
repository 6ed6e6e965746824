"""A tour's name between its act's possessive and "tour", made whole (round r32-lists).

`tour after its act's possessive`: "Heavy metal band Anthrax's Among the Living and the Dead
tour helped push their earnings up." The model reads the act ("Anthrax") and cuts the tour's
title at its inner small words, keeping a piece ("Dead" ORG, "Anger" FAC and "World" ORG of
"Madly in Anger with the World"). In an article about music (`entity_bands.about_music`), the
capitalised words between an act's "'s" and a lower-case "tour", with "in", "with", "and",
"the", "of", "a", "to", "on" or "for" between them, are the tour's title: one EVENT, the
model's mentions inside it giving way. The title opens and ends with a capitalised word.

Not a title that is a place, a people or their adjective ("Sizzla's UK tour", "his European
tour", "the band's US stadium tour"), nor one the words "World", "Farewell", "Reunion",
"Comeback", "Arena", "Stadium", "Summer", "Winter", "Spring", "Autumn" or "Christmas" make up
alone (a kind of tour, not its name), nor where a mention reaches out of the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_acts import replaced
from factx.extract.entity_bands import about_music
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_WORD = r"[A-Z][\w'’-]*"
_SMALL = r"(?:in|with|and|the|of|a|to|on|for)"
# The act's "'s", the title, and "tour" in lower case.
_TOUR = re.compile(rf"(?<=[\w.]['’]s )(?P<title>{_WORD}(?:(?: {_SMALL})* {_WORD})*)(?= tour\b)")
# Words that name a kind of tour, not one tour: a title of these alone is no name.
_KINDS = frozenset(
    {"World", "Farewell", "Reunion", "Comeback", "Arena", "Stadium", "Summer", "Winter",
     "Spring", "Autumn", "Christmas", "Greatest", "Hits", "Solo", "Acoustic", "Club"}
)  # fmt: skip


def _a_name(title: str, a_place_or_people: Callable[[str], bool]) -> bool:
    words = [w for w in title.split() if w[:1].isupper()]
    if all(w in _KINDS or a_place_or_people(w) or known_place(w) for w in words):
        return False
    return not a_place_or_people(title) and not known_place(title)


def whole_tours(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    a_place_or_people: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, with each tour's title between an act's possessive and "tour" one EVENT
    (the module's doc). `add` makes a mention of a layout's span, label and cue."""
    if not about_music(text):
        return list(mentions)
    spans = [
        (*match.span("title"), *match.span("title"))
        for match in _TOUR.finditer(text)
        if _a_name(match.group("title"), a_place_or_people)
    ]
    return replaced(text, mentions, layouts, add, spans, ("EVENT", "EVENT"))
