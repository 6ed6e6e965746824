"""A song's title run to its ", by", and a list of songs whole to its end.

Round r50-things, from the Lee corpus hand check (sheets E and F of `docs/entity-handcheck.md`).

`titles_before_their_by` (sheet F's "woke up to the tune Please Come Home for Christmas, by the rock
group Bon Jovi": `Please Come Home` ORG, "Christmas" a date): after a record's kind word ("the
tune|song|single|track|hit"), a run of capitalised words and the small words between them that ends
right at ", by" is the record's whole title, WORK_OF_ART, over a holiday's or a month's name the
date reader took ("for Christmas"): ", by <maker>" closes a title, and nothing else ends there. The
model's mentions inside the run give way to it. Not where a mention runs past the run, nor where a
lower-case word other than a small one stands in it ("the song Imagine for charity, by ..." ends no
title at "charity").

`songs_listed_whole` (sheet E's "the band's classic songs, such as Taxman, Here comes the Sun and
Something": `Taxman` WORK_OF_ART, `Sun` LOC, "Something" missed): the members of a list after
"songs|tracks|singles|hits, such as|including|like" are titles, each whole: a member opens with a
capital and ends with a capitalised word, with at most three lower-case words between ("Here comes
the Sun"). The list must close the sentence (a full stop, a semicolon, a question mark) or a clause
(", which|that|who"), so that a member's end is sure; each member is a WORK_OF_ART, the model's
pieces inside the list giving way (a piece glued over a member's "and", "Heart Out and Songbird",
too); not where a mention runs out of the list. "tracks", "hits" and "numbers" open such a list only
in an article with a music word (song, album, singer, band, chart, musical, lyrics): "tracks such as
Silverstone", "numbers including Microsoft" are no songs. Not after "bands|artists|singers such as"
(groups and people), nor a member that is a known place or opens with a possessive ("songs such as
Madonna's ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_CAP = r"[A-Z][\w'’-]*"
_SMALL = r"(?:a|an|the|of|in|on|to|for|at|from|my|me|you|is|it|up|be|with)"
_BY_TITLE = re.compile(
    rf"\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (?:[\w-]+ )?"
    rf"(?:tune|song|single|track|hit|ballad|anthem|carol) "
    rf"(?P<title>{_CAP}(?:(?: {_SMALL})* {_CAP})*), by\b"
)

_MEMBER = rf"{_CAP}(?:(?: [a-z][\w'’-]*){{0,3}} {_CAP})*"
_SONG_LIST = re.compile(
    r"\b(?P<kind>songs|tracks|singles|hits|tunes|ballads|numbers),? (?:such as|including|like) "
    rf"(?P<list>{_MEMBER}(?:, {_MEMBER})*,? and {_MEMBER})"
    r"(?=[.;?!]|, (?:which|that|who)\b)"
)
# Kinds with another sense outside music (race tracks, a policy's hits, figures), a list of songs
# only in an article about music.
_OTHER_SENSES = frozenset({"tracks", "hits", "numbers"})
_MUSIC = re.compile(r"\b(?:songs?|album|singer|band|chart|musical|lyrics)\b")
_SPLIT = re.compile(r",? and |, ")


def _whole(
    text: str,
    start: int,
    end: int,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions with one WORK_OF_ART at text[start:end] in place of those inside it; as
    they were where a mention runs past the span or the span leaves its paragraph."""
    inside = [m for m in mentions if m.start < end and start < m.end]
    if any(m.start < start or m.end > end for m in inside):
        return mentions
    if [(m.start, m.end, m.label) for m in inside] == [(start, end, "WORK_OF_ART")]:
        return mentions
    layout = layout_holding(layouts, start, end)
    if layout is None:
        return mentions
    kept = [m for m in mentions if m not in inside]
    work = add(text, layout, start, end, "WORK_OF_ART", "WORK_OF_ART")
    return sorted([*kept, work], key=lambda m: m.start)


def titles_before_their_by(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, a record's title after its kind word that runs to ", by" one WORK_OF_ART
    whole (the module's doc)."""
    result = list(mentions)
    if ", by " not in text:
        return result
    for match in _BY_TITLE.finditer(text):
        start, end = match.span("title")
        result = _whole(text, start, end, result, layouts, add)
    return result


def songs_listed_whole(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    a_place: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, each member of a list of songs after "songs, such as" a WORK_OF_ART whole
    (the module's doc). `a_place` tells a known place's name."""
    result = list(mentions)
    if " such as " not in text and " including " not in text and " like " not in text:
        return result
    music = _MUSIC.search(text) is not None
    for match in _SONG_LIST.finditer(text):
        if match["kind"] in _OTHER_SENSES and not music:
            continue  # "tracks such as Silverstone", "numbers including Microsoft"
        offset = match.start("list")
        members: list[tuple[int, int]] = []
        at = 0
        for sep in [*_SPLIT.finditer(match["list"]), None]:
            stop = len(match["list"]) if sep is None else sep.start()
            members.append((offset + at, offset + stop))
            if sep is not None:
                at = sep.end()
        names = [text[s:e] for s, e in members]
        if any(a_place(name) or "'s " in name or "’s " in name for name in names):
            continue
        start, end = match.span("list")
        inside = [m for m in result if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue  # a mention runs out of the list: the model saw a longer name
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        if [(m.start, m.end, m.label) for m in inside] == [
            (s, e, "WORK_OF_ART") for s, e in members
        ]:
            continue
        kept = [m for m in result if m not in inside]
        works = [add(text, layout, s, e, "WORK_OF_ART", "WORK_OF_ART") for s, e in members]
        result = sorted([*kept, *works], key=lambda m: m.start)
    return result
