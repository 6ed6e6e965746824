"""A body's initials written bare, after the article names the body in full (round r55-firms).

BBC sheet 54G's football story names "The Football Association" and then writes "an FA
statement said": the small model tags the full name and leaves the bare initials out, so the
statement's body is lost. factx joins a short form the model tags to the name its letters
spell (`acronyms.abbreviates`, the clustering) and a bracketed one ("(ONS)") whatever the
model does; this finds the bare one. The even half writes the shape often: "the NAO" after
"the National Audit Office", "the CSA" after "the Child Support Agency", "FA charges
Liverpool" after "the Football Association".

An all-capitals word of two to five letters that no mention nor other fact holds, whose letters
spell the name of exactly one body the model tagged ORG in the article (the name of two or more
words; "of", "the", "and", "for" may be skipped, as `acronyms` reads them), is a mention of
that body; the clustering joins it to the full name, whose label it takes. Not a short form
that is a name of its own (`bare_initials_own`: "UK", "US", "EU", "UN", "BBC", ...), nor one a
place list knows; not initials two bodies of the article share (neither is meant for sure); not
initials inside a longer capitalised name ("FA Cup", "Team GB": a capitalised word right
before, other than a sentence's "The|A|An", or right after), nor bracketed ones (read
elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.acronyms import abbreviates
from factx.extract.place_names import known_place
from factx.extract.spans import SpanIndex
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention
    from factx.extract.entity_acts import Adder

# Two to five capitals standing alone as a word: "FA", "NAO", "the CSA's".
_INITIALS = re.compile(r"(?<![\w'’.&/-])[A-Z]{2,5}(?![\w&/-]|['’][A-Za-z]{2}|\.\w)")
# A capitalised word right before (but a sentence's article) or right after: a longer name.
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’.-])(?!(?:The|A|An) )[A-Z][\w'’.-]* $")
_CAPITAL_AFTER = re.compile(r" [A-Z0-9]")
# Brackets round it: a bracketed short form, read by `acronyms`.
_BRACKETED = re.compile(r"\(\s*$")


@cache
def _own() -> frozenset[str]:
    return frozenset(data_file("entities.json")["bare_initials_own"])


def bare_body_initials(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
    keys: dict[str, str],
    name_key: Callable[[str], str],
) -> list[RawMention]:
    """The mentions, with each bare use of a body's initials (see the module docstring) as a
    mention of it, voting for no label, its key in `keys` (the article's short forms) the
    body's. Guarded by the article's ORG names of two or more words."""
    bodies = {m.text.removeprefix("the ").removeprefix("The "): m.text for m in mentions
              if m.label == "ORG" and " " in m.text}  # fmt: skip
    if not bodies:
        return list(mentions)
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    found: list[RawMention] = []
    for layout in layouts:
        for match in _INITIALS.finditer(text, layout.offset, layout.end):
            start, end = match.span()
            short = match.group()
            if short in _own() or covered.overlaps(start, end):
                continue
            if _CAPITAL_AFTER.match(text, end, min(layout.end, end + 2)):
                continue  # "FA Cup", "CPL World Tour"
            if _CAPITAL_BEFORE.search(text, max(layout.offset, start - 30), start):
                continue  # "Team GB", "Ealing CID"
            if _BRACKETED.search(text, max(layout.offset, start - 3), start):
                continue
            spelled = {body for body in bodies if abbreviates(short, body)}
            if len({b.casefold() for b in spelled}) != 1 or known_place(short):
                continue
            # No vote of its own, as a bracketed short form casts none: the body's label
            # stands ("BIFA founder" beside "the British Independent Film Awards", EVENT).
            found.append(add(text, layout, start, end, "ORG", "", votes=False))
            keys.setdefault(name_key(short), name_key(bodies[spelled.pop()]))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda m: m.start)
