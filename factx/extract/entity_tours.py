"""A tour's name between its act's possessive and "tour", made whole (round r32-lists).

`tour after its act's possessive`: "Heavy metal band Anthrax's Among the Living and the Dead
tour helped push their earnings up." The model reads the act ("Anthrax") and cuts the tour's
title at its inner small words, keeping a piece ("Dead" ORG, "Anger" FAC and "World" ORG of
"Madly in Anger with the World"). In an article about music (`entity_bands.about_music`), the
capitalised words between an act's "'s" and a lower-case "tour", with "in", "with", "and",
"the", "of", "a", "to", "on" or "for" between them, are the tour's title: one EVENT, the
model's mentions inside it giving way. The title opens and ends with a capitalised word.

Round r41b-charts adds `tour after the worldwide|world|their|its` (seed 117's `Vertigo` ORG of
"form part of the worldwide Vertigo tour"): in such an article, the capitalised title between
"the worldwide", "the world", "their" or "its" and "tour" is the tour's, EVENT, never a body or a
person ("the worldwide Zoo TV tour" gave `Zoo TV` ORG), with the same tests of its words.

Round r42b-shows adds `tour after his|her` (seed 121's `Onyx Hotel` FAC of "The pop star
cancelled her Onyx Hotel tour last June"): a singer's "his" or "her" owns a tour as a band's
"their" does, so the capitalised title between them and "tour" is the tour's, EVENT, in an
article about music, with the same tests ("his European tour" is a place's adjective, no name).

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
from factx.extract.title_shapes import small_words, title_run

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_WORD = r"[A-Z][\w'’-]*"
_SMALL = small_words("in", "with", "and", "the", "of", "a", "to", "on", "for")
_TITLE = title_run(_WORD, _SMALL)
# The act's "'s", the title, and "tour" in lower case.
_TOUR = re.compile(rf"(?<=[\w.]['’]s )(?P<title>{_TITLE})(?= tour\b)")
# Round r41b-charts: the title after "the worldwide|world" or an act's "their|its", and "tour";
# round r42b-shows adds a singer's "his|her".
_OWNED_TOUR = re.compile(
    rf"\b(?:the (?:worldwide|world)|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er) "
    rf"(?P<title>{_TITLE})"
    r"(?= tour\b)"
)
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
    if " tour" not in text or not about_music(text):
        return list(mentions)
    matches = [*_TOUR.finditer(text), *_OWNED_TOUR.finditer(text)]
    spans = [
        (*match.span("title"), *match.span("title"))
        for match in sorted(matches, key=lambda m: m.start())
        if _a_name(match.group("title"), a_place_or_people)
    ]
    return replaced(text, mentions, layouts, add, spans, ("EVENT", "EVENT"))
