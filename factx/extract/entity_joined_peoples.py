"""Peoples joined by a slash or by "and" to another people (round r47b-lists, seed 153's
entertainment/336).

- `slashed_peoples`: "The film - an Angolan/French/Portuguese production - tells the story":
  the model tags `Angolan/French` EVENT and `Portuguese` NORP. Two or more nationality or people
  words joined by "/" are each a people's word, NORP: the mentions inside the slashed run give
  way to one NORP mention a word. Not a run with a word no people's list knows ("AC/DC",
  "London/Manchester", "US/UK": countries are the model's places), nor one a mention runs on
  past.
- `peoples_paired_with_a_people`: "special focus on Russian and south-east Asian productions":
  the lower-case region before the partner turns the model, which tags `Russian` LANGUAGE
  ("Russian and Japanese productions" gives two NORP). A people's word tagged LANGUAGE, joined
  by "and|or" (lower-case words between allowed) to a mention tagged NORP that stands before a
  lower-case plural noun, is the people's, cue NORP. Not before a language's noun ("Russian and
  English subtitles|versions|translations"), nor after "in|into" ("The film is in Russian and
  English.").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.evidence import a_people_by_name, people_words

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_SLASHED = re.compile(r"(?<![\w/'’-])[A-Z][a-z]+(?:/[A-Z][a-z]+)+(?![\w/'’-])")
_WORD = re.compile(r"[A-Z][a-z]+")


def slashed_peoples(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each people's word of a slashed run its own NORP mention (the module's
    doc); `mentions` are sorted by start."""
    if "/" not in text:
        return mentions
    known = people_words()
    dropped: set[int] = set()
    found: list[RawMention] = []
    for run in _SLASHED.finditer(text):
        words = list(_WORD.finditer(run.group()))
        if not all(w.group().casefold() in known for w in words):
            continue
        start, end = run.span()
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        dropped.update(id(m) for m in inside)
        for w in words:
            s, e = start + w.start(), start + w.end()
            found.append(add(text, layout, s, e, "NORP", "NORP"))
    if not found:
        return mentions
    kept = [m for m in mentions if id(m) not in dropped]
    return sorted([*kept, *found], key=lambda m: (m.start, m.end))


# Between the LANGUAGE mention and its partner: "and|or", lower-case words ("south-east").
_PAIRED = re.compile(r" (?:and|or) (?:[a-z][\w-]* ){0,2}")
# After the partner: a lower-case plural noun, no language's.
_PLURAL_AFTER = re.compile(
    r" (?!(?:subtitles|versions|translations|texts|speakers|lessons|classes|courses|words|"
    r"dubs|soundtracks|dialogues|editions)\b)[a-z]+s\b"
)
_IN_BEFORE = re.compile(r"\b(?:in|into|from|to)\s+$")


def peoples_paired_with_a_people(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the LANGUAGE mentions of a people's word joined to a people's NORP
    mention before a plural noun (the module's doc)."""
    for i, m in enumerate(mentions[:-1]):
        if m.label != "LANGUAGE" or m.cue or " " in m.text or not a_people_by_name(m.text):
            continue
        partner = mentions[i + 1]
        if partner.label != "NORP" or _PAIRED.fullmatch(text, m.end, partner.start) is None:
            continue
        if not _PLURAL_AFTER.match(text, partner.end):
            continue
        if _IN_BEFORE.search(text, max(0, m.start - 8), m.start):
            continue
        yield i
