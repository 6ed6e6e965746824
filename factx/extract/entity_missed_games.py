"""A well-known video game the model left untagged or cut, in a story about video games, one
WORK_OF_ART mention over its whole name (round r52d-games).

The cue row "known game by its name (r52d)" of `entities.json` relabels a listed game the model
tagged whole ("Reviews of Call of Duty, Splinter Cell - Pandora Tomorrow", `Splinter Cell`
PERSON). A row reads only what the model tagged: "the footsteps of Far Cry and Half-Life 2"
gives `Far Cry` ORG and no mention of `Half-Life 2`, and "Metal Gear Solid" can come out as
`Metal Gear` alone. Here each name of the row's own list (its `self` pattern, so the list is kept
in one place) that no mention covers whole becomes one mention, as `entity_known_acts.missed_acts`
does for bands, but only where the article is about video games (`_VIDEO_GAME_WORDS` at least
twice: "gamers", "consoles", "PlayStation", not a sport's "games"), and never over a mention that
runs past the name's edges ("the Metal Gear Solid Collection" stays as the model cut it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.spans import any_mention, one_mention_over
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

_ROW = "known game by its name (r52d)"
_WORK = "WORK_OF_ART"
# The words of a story about video games: a sport's "games" and "game" are not among them.
_VIDEO_GAME_WORDS = re.compile(
    r"\b(?:gamers?|gaming|consoles?|PlayStation|Xbox|Nintendo|GameCube|Game Boy|GameBoy|"
    r"(?:video|computer|PC|online|console|mobile|handheld) games?)\b"
)
_WORDS_NEEDED = 2


@cache
def _games() -> re.Pattern[str]:
    """The row's names, found in running text (its `^`, `$` and optional "the" left out)."""
    row = next(c for c in data_file("entities.json")["cues"] if c.get("name") == _ROW)
    names = row["self"].removeprefix("^(?:the |The )?").removesuffix("$")
    return re.compile(rf"(?<![\w'’-])(?:{names})(?![\w'’-])")


def _about_video_games(text: str, needed: int = _WORDS_NEEDED) -> bool:
    """Whether the article holds `needed` words of a story about video games or more."""
    found = islice(_VIDEO_GAME_WORDS.finditer(text), needed - 1, None)
    return next(found, None) is not None


def missed_games(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Callable[..., RawMention],
) -> list[RawMention]:
    """The mentions, each listed game the model missed or cut one WORK_OF_ART mention whole,
    where the article is about video games (see the module's doc)."""
    found = list(_games().finditer(text))
    if not found or not _about_video_games(text):
        return mentions
    result = list(mentions)
    for match in found:
        start, end = match.span()
        if any(m.start <= start and end <= m.end for m in result):
            continue  # tagged whole, or inside a longer name ("Grand Theft Auto: San Andreas")
        layout = layout_holding(layouts, start, end)
        if layout is not None:
            result = one_mention_over(text, result, layout, (start, end), _WORK, add, any_mention)
    return result


# Round r52d-games: games named by a word, a place or a name, read only in a story about video
# games (`_VIDEO_GAME_WORDS` at least three times) and only where the model's reading has no other
# rule's cue: "Halo, The Sims, Driver, Need for Speed, Fifa football, Burnout were just a few"
# gives `Driver` PERSON and `Burnout` ORG. Not a name the article also gives as the last word of
# a person's full name ("John Madden ... Madden said"), nor after a person's title ("Mr
# Driver"). Fifa (the body), Madden (the coach), the characters (Mario, Sonic, Zelda) and Sims
# (a surname) are not listed.
_WORD_GAMES = frozenset(
    {
        "Halo",
        "Doom",
        "Quake",
        "Fable",
        "Myst",
        "Driver",
        "Hitman",
        "Fallout",
        "Burnout",
        "Diablo",
        "Portal",
        "Spore",
        "Lemmings",
        "Worms",
        "Populous",
        "Oblivion",
    }
)
_WORD_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT"})
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof|Professor)\.? $")
_STORY_WORDS_NEEDED = 3


def word_games(text: str, mentions: Sequence[RawMention]) -> list[int]:
    """The indexes of the mentions of a game named by a word (`_WORD_GAMES`) the model read as
    a person, a place, a body or a product, in a story about video games (see the comment)."""
    hits = [
        i
        for i, m in enumerate(mentions)
        if m.text in _WORD_GAMES and m.label in _WORD_LABELS and m.cue in ("", m.label)
    ]
    if not hits:
        return []
    if not _about_video_games(text, _STORY_WORDS_NEEDED):
        return []
    surnames = {
        m.text.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text.strip()
    }
    return [
        i
        for i in hits
        if mentions[i].text not in surnames
        and _TITLE_BEFORE.search(text, max(0, mentions[i].start - 12), mentions[i].start) is None
    ]
