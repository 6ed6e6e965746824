"""The titles of a list of acts' records, each after its act's possessive, are works, whole.

"Other albums recorded there include Bruce Springsteen's Born In The USA, the Rolling Stones'
Emotional Rescue and Paul Simon's Graceland", "the poll's top three were Slade's Merry Christmas
Everybody, Wham's Last Christmas and Cliff Richard's Mistletoe and Wine": the small model reads
each title by its look, so one is a place (`Graceland` GPE), one a firm or a person (`Merry
Christmas Everybody` ORG or PERSON) and others are missed (`Emotional Rescue`, `Last Christmas`,
`Mistletoe and Wine`). A list of two or more "<Act>'s <Title>" members, joined by commas and a
last "and", names records (or films or books) by their makers: each title is a WORK_OF_ART over
its capitalised run, with a title's small words ("Mistletoe and Wine", "Born In The USA") and
a number after a word ("Gonna Have a No 1 This Christmas"); an "and" ends a title only where the
next act's possessive follows it. The model's mentions inside a title give way to it; a mention
that runs from the act into the title ("Wham's Last" PERSON) is cut back to the act. The acts
keep their own mentions and labels (a one-word act is a band as often as a singer: "Wham's",
"Madonna's").

Guards: the sentence holds a record's or a work's word ("album", "songs", "hit", "chart",
"film", "novel", ...; not "record", a sales record's as often) or the article is about music
(`about_music`); no title is a person's
full name by a common first name ("Coldplay's Chris Martin, Blur's Damon Albarn and ...": the
members of bands), so a list of players by their clubs ("Chelsea's John Terry and Arsenal's
Thierry Henry") is left alone too; and no title is a single word of one or two letters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.entity_bands import about_music
from factx.extract.entity_screen_titles import made_whole
from factx.extract.first_names import person_by_first_name

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# An act: one to three capitalised words, with its own "the" ("the Rolling Stones'"), then its
# possessive ("'s", or a bare apostrophe after a plural's "s").
_ACT = r"(?:[Tt]he )?[A-Z][\w&!.-]*(?: [A-Z][\w&!.-]*){0,2}"
_POSSESSIVE = r"(?:['’]s|(?<=s)['’])"
# A title's word: capitalised, an inner apostrophe of its own ("Everybody's", "Don't").
_WORD = r"[A-Z][\w'’-]*[!?]?"
_SMALL = r"(?:a|an|the|of|in|on|to|for|at|from|and|or|with|is|my|me|you|it|be|this|that)"
# A small word's join inside a title, never an "and" before the next act's possessive.
_NEXT_ACT = rf" and {_ACT}{_POSSESSIVE} "
_JOIN = rf"(?!{_NEXT_ACT})(?: {_SMALL})* "
_TITLE = rf"{_WORD}(?:(?:{_JOIN}{_WORD})| \d+(?= [A-Z]))*"
_MEMBER = re.compile(rf"(?<![\w'’&-])(?P<act>{_ACT}){_POSSESSIVE} (?P<title>{_TITLE})")
# The joins between two members: a comma, an "and", or both.
_LIST_JOIN = re.compile(r"(?:,|,? and) ")
# A record's or a work's word somewhere in the sentence.
_WORKS_WORDS = re.compile(
    r"\b(?:albums?|singles?|songs?|hits?|tracks?|tunes?|anthems?|ballads?|classics?"
    r"|charts?|number ones?|No 1s?|films?|movies?|novels?|books?|plays?|musicals?|operas?"
    r"|recordings?|releases?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def hit_lists(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each title of a list of "<Act>'s <Title>" members a WORK_OF_ART over its
    whole run (see the module docstring)."""
    if "'" not in text and "’" not in text:
        return mentions
    music: bool | None = None
    titles: list[tuple[int, int]] = []
    acts: list[tuple[int, int]] = []
    for layout in layouts:
        found = list(_MEMBER.finditer(text, layout.offset, layout.end))
        for chain in _chains(text, found):
            if any(_no_title(member.group("title")) for member in chain):
                continue
            if not _works_sentence(text, chain[0].start(), chain[-1].end()):
                if music is None:
                    music = about_music(text)
                if not music:
                    continue
            titles.extend(member.span("title") for member in chain)
            acts.extend(member.span("act") for member in chain)
    if not titles:
        return mentions
    trimmed = [_cut_to_act(text, m, acts, titles) for m in mentions]
    return made_whole(text, trimmed, titles, layouts, add, "WORK_OF_ART")


def _chains(text: str, found: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The runs of two or more members next to each other, joined by commas and a last "and"."""
    chains: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    for member in found:
        if run and _joined(text, run[-1], member):
            run.append(member)
            continue
        if len(run) > 1 and _ends_with_and(text, run):
            chains.append(run)
        run = [member]
    if len(run) > 1 and _ends_with_and(text, run):
        chains.append(run)
    return chains


def _joined(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    join = _LIST_JOIN.fullmatch(text, before.end(), after.start())
    return join is not None


def _ends_with_and(text: str, run: list[re.Match[str]]) -> bool:
    """Whether the last join of the run holds "and": a list, not two names a comma sets apart."""
    return "and" in text[run[-2].end() : run[-1].start()]


def _no_title(title: str) -> bool:
    """A person's full name (a band's member) or a word of one or two letters is no title."""
    return person_by_first_name(title) or len(title) <= 2


def _works_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around the list holds a record's or a work's word."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    closing = _SENTENCE_END.search(text, end)
    stop = closing.start() if closing is not None else len(text)
    return _WORKS_WORDS.search(text, opening, stop) is not None


def _cut_to_act(
    text: str,
    mention: RawMention,
    acts: list[tuple[int, int]],
    titles: list[tuple[int, int]],
) -> RawMention:
    """A mention that runs from an act into its title ("Wham's Last"), cut back to the act."""
    for (act_start, act_end), (title_start, title_end) in zip(acts, titles, strict=True):
        if act_start <= mention.start < act_end and title_start < mention.end <= title_end:
            return replace(mention, text=text[mention.start : act_end], end=act_end)
    return mention
