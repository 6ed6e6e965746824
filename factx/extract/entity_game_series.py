"""A game's series named by the last word of a game's title (round r33-games).

`series of a named game`: "the World of Warcraft massive multi-player online game" and then
"Record numbers of Warcraft fans", "the stand alone Warcraft games": where the article shows a
work whose title ends in "of" and one capitalised word ("World of Warcraft", "Age of Empires",
"Call of Duty"), that word before a word for the work's players or its instalments ("fans",
"games", "gamers", "players", "series", "franchise") is the series the work belongs to,
WORK_OF_ART, not the firm the model reads (`Warcraft` ORG). The word must follow a title of
the article's own and stand before a series' word, both: a firm's name before "fans" or
"games" alone ("Nintendo fans", "EA's games") is left to the model, and so is a place or a
country ("Prince of Persia" leaves "Persia fans" a place); a person's name is never this
(a work is named after people, "The Diary of Alicia Keys"). Every uncued mention of the
series' name takes the cue, as `entity_work_parts` does for a title's parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_WORK = "WORK_OF_ART"
# The model's labels a series' name takes; a person's name stays (see the module's doc).
_TAKERS = frozenset({"ORG", "PRODUCT", "FAC", "NORP"})
# A title that ends in "of" and one capitalised word: the series' word is the last one.
_TITLE_TAIL = re.compile(r"\S \bof (?P<tail>[A-Z][a-z][\w'’-]*)$")
# The words after a series' name that say the players or the instalments of a game's series.
_SERIES_WORDS = re.compile(r" (?:fans|games|gamers|players|series|franchise)\b")


def game_series(
    text: str,
    mentions: Sequence[RawMention],
    key: Callable[[str], str],
    country: Callable[[str], bool],
) -> None:
    """Set the cue of each uncued mention of a game's series (the module's doc) to
    WORK_OF_ART. `key` groups mentions into entities, `country` says whether a key is a
    country's."""
    tails = set()
    for m in mentions:
        if _WORK in (m.label, m.cue):
            found = _TITLE_TAIL.search(m.text)
            if found:
                tails.add(key(found.group("tail")))
    if not tails:
        return
    series = {
        key(m.text)
        for m in mentions
        if key(m.text) in tails and _SERIES_WORDS.match(text, m.end) and " " not in m.text
    }
    for m in mentions:
        name = key(m.text)
        if name not in series or m.cue or m.label not in _TAKERS:
            continue
        if country(name) or known_place(m.text):
            continue
        m.cue = _WORK
