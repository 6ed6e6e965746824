"""A work named in commas right after its kind is a work (round r54-works; seed 54's
entertainment/085, "now refusing to run the promotional material for the film, Sins, ahead of
its release", the film the story is about, missed by the model; and the even half's "But his
next single, It's Now Or Never, will face a challenge", missed too).

A writer who names a work after its kind word sets the title off in commas: "the film, Sins,", "his
next single, It's Now Or Never,", "their third album, War,", "his book, Going Red,". The small
model tags such a title when it looks like a name of a kind it knows and leaves it out when it is a
common word or a phrase; the kind word before it says what it is. After "the|a|<possessive
determiner>|<owner>'s" ("U2's new album,"), at most one word of order or age ("new", "next",
"latest", "debut", "third", "top") and a kind of work ("film", "movie", "single", "song", "album",
"book", "novel", "play", "musical", "show", "series", "documentary"), a comma, a run of capitalised
words (with a title's small words inside: "How To Dismantle An Atomic Bomb") and a closing comma is
a work, WORK_OF_ART, whole: the model's mentions inside it give way, and where it tagged nothing
the title is added. A title of two or more words is the same work wherever the article writes it
again.

Left alone: a run after "of the film," ("The director of the film, Vinod Pande, says": the
role's holder, a person), a run that opens with a common first name ("the film, Tom Hanks,
..."), a known place, a sentence adverb ("the film, However,"), a run the model's mention runs
past, and one another cue reads as something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_screen_titles import copies_of, made_whole
from factx.extract.first_names import opens_with_first_name
from factx.extract.place_names import known_place
from factx.extract.title_shapes import TITLE_SMALL_WORDS, small_words, title_run

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_WORK = "WORK_OF_ART"
# A title's word: capitalised, with a contraction of its own ("It's", "Don't"), or a number.
_WORD = r"(?:[A-Z][\w&-]*(?:['’](?:s|t|ll|re|ve|d|m)\b)?|\d+)"
_SMALL = small_words(*TITLE_SMALL_WORDS, "and", "with", "is", "my", "or")
_TITLE = title_run(_WORD, _SMALL)
# The kind, with its determiner and one word of order or age, then the title in commas.
_APPOSED = re.compile(
    r"(?<![\w-])(?P<of>of )?(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our"
    r"|(?:the )?[\w-]+['’]s)"
    r" (?:(?:new|next|latest|last|debut|first|second|third|fourth|fifth|forthcoming|upcoming"
    r"|recent|current|previous|controversial|hit|animated|top|biggest|best-selling) )?"
    r"(?:film|movie|single|song|album|book|novel|play|musical|show|series|documentary|sitcom"
    r"|opera|programme), "
    rf"(?P<title>{_TITLE}),"
)
# Capitalised words that open an aside, no title.
_ADVERBS = frozenset(
    {
        "However",
        "Though",
        "Meanwhile",
        "Indeed",
        "Instead",
        "Also",
        "Then",
        "Still",
        "Yes",
        "No",
        "Sadly",
        "Now",
        "Too",
        "Thus",
        "Therefore",
        "Overall",
        "Nevertheless",
        "Again",
    }
)


def apposed_works(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each title in commas after "the|a|<possessive> <kind of work>," one work,
    WORK_OF_ART, whole (the module's doc)."""
    if ", " not in text:
        return mentions
    spans: set[tuple[int, int]] = set()
    for match in _APPOSED.finditer(text):
        if match.group("of"):
            continue  # "The director of the film, Vinod Pande,": a person
        title = match.group("title")
        start, end = match.span("title")
        if title in _ADVERBS or opens_with_first_name(title) or known_place(title):
            continue
        if any(m.cue and m.cue != _WORK and m.start < end and start < m.end for m in mentions):
            continue  # the words around the run say something else
        spans.add((start, end))
        if " " in title:
            spans.update(copies_of(text, title))
    return made_whole(text, mentions, sorted(spans), layouts, add, _WORK) if spans else mentions
