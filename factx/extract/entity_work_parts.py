"""A part of a work's title named alone: "Grand Theft Auto: San Andreas" then "the release of
San Andreas" (`San Andreas` LOC), "Passport to Paradise" then the headline's "lose Passport"
(ORG), "the success of Desperate Housewives" then "Housewives lift ratings" (ORG).

An article names a work in full once and then by its subtitle, its head or its last words, as
a reader does; the model, meeting the part with no work's word beside it, reads it by its look:
a place, a firm. Where the article shows the whole title as a work (the model's label or a
cue), the part is the same work. The parts are the subtitle after a colon, the head before a
small word that opens the rest of the title ("Passport" of "Passport to Paradise", "Escape" of
"Escape From New York") and the title less its first word ("Desperate Housewives", "Like Toy
Soldiers"); a name the model reads as a region is a part only after a colon ("Old Europe", a
phrase the model calls a work, leaves "Europe" a place).

Not a name the model reads as a person or a country (a work is often named after them: "The
Diary of Alicia Keys", "Hotel Rwanda", "Billy Elliot"), nor a known place; not a part of an
award's name, which factx labels WORK_OF_ART too ("Academy" of "Academy Award"); nor a mention
whose own words show another kind. The small words and the awards' words are data
(`work_parts` in factx/data/entities.json).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORK = "WORK_OF_ART"
# A work is written whole with a place's, a firm's or a thing's look in its parts; a person's
# name or a country's inside a title is most often what the work is about, and stays.
_TAKERS = frozenset({"ORG", "FAC", "PRODUCT"})
# A place named after a colon is a subtitle ("Grand Theft Auto: San Andreas", and a coined
# word the model reads as a land, "Star Wars: Battlefront"; a known place or country stays);
# a place at a title's end is often the place the title qualifies ("Old Europe", a phrase).
_SUBTITLE_TAKERS = _TAKERS | {"LOC", "GPE"}


@cache
def _words() -> dict[str, frozenset[str]]:
    data = data_file("entities.json")["work_parts"]
    return {name: frozenset(words) for name, words in data.items() if name != "_comment"}


def _parts(title: str) -> Iterator[tuple[str, frozenset[str]]]:
    """The parts of `title` an article may name a work by, in the title's own words, each
    with the labels of the model's that it takes."""
    if title[:4] in ("The ", "the "):
        title = title[4:]
    words = title.split()
    if len(words) < 2 or words[-1].casefold() in _words()["award_words"]:
        return
    _, colon, subtitle = title.partition(": ")
    if colon and subtitle:
        yield subtitle, _SUBTITLE_TAKERS  # "Grand Theft Auto: San Andreas"
        return
    for index, word in enumerate(words[1:-1], 1):
        if word.casefold() in _words()["small_words"]:
            yield " ".join(words[:index]), _TAKERS  # "Passport to Paradise"
            break
    if words[1][:1].isupper():
        yield " ".join(words[1:]), _TAKERS  # "Desperate Housewives"


def work_parts(
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> None:
    """Set the cue of each uncued mention that names a part of a work the article shows whole
    to WORK_OF_ART. `key` groups mentions into entities, `country` says whether a key is a
    country's."""
    titles = {key(m.text): m.text for m in mentions if _WORK in (m.label, m.cue)}
    parts: dict[str, set[str]] = {}
    for title in titles.values():
        for part, labels in _parts(title):
            if key(part) not in titles:
                parts.setdefault(key(part), set()).update(labels)
    if not parts:
        return
    shown = {key(m.text) for m in mentions if m.cue and m.cue != _WORK}
    for m in mentions:
        name = key(m.text)
        if m.cue or m.label not in parts.get(name, ()) or name in shown:
            continue
        if country(name) or known_place(m.text) or not re.search(r"[A-Z]", m.text):
            continue
        m.cue = _WORK
