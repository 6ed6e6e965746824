"""Titles opening with "The" that the model leaves out whole (round r43-missed).

The small model tags few titles that open with a capital "The" inside a sentence: "The German
film The Downfall, a biopic", "Martin Scorsese's The Aviator is leading the field", "his
Oscar-winning role in The Godfather" give no mention at all (the even-numbered
entertainment/326, /084 and /056; seed 126's `The Aviator` missed twice). The cue table of
`factx/data/entities.json` already reads those words ("work after its kind", "work of its
author", "work people play in"), but a cue only relabels a mention the model made, and here
there is none.

So: a run of capitalised words opening with "The" inside a sentence (after a lower-case word,
a comma or a possessive, never at a sentence's or a quotation's start, never in a headline),
that no mention nor other fact holds, and that the cue table reads as a work, a body, a
venue, an event or a product (`evidence.cue_of`), is a mention with the cue's label
(`untagged_the_titles`). Never a person: "US rapper The Game" is a stage name, and a cue's
PERSON on an unread run is left alone. Not a run that goes on with "and" ("The Village and The
Ladykillers": one title or two, unknown), nor one right after "<Capitalised word> and " ("Harry
Potter and The Prisoner Of Azkaban": the tail of a longer title).

The article's other uses of a title so added, written the same way with no capitalised word
right after it ("Mel Gibson's The Passion of the Christ ... with The Passion of the Christ - a
film accused"), are mentions of it too, with its label, so that they join it
(`untagged_the_titles`'s echo); a use at a sentence's start counts there, as the title is
already known.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.evidence import cue_of
from factx.extract.spans import SpanIndex

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_SMALL = r"(?:of|the|in|on|to|for|at|from|a|an|or|with)"
# "The" inside a sentence: after a lower-case word, a comma, a semicolon or a possessive.
_THE_RUN = re.compile(
    rf"(?<=[a-z,;'’] )The [A-Z0-9][\w'’-]*(?:(?: {_SMALL})* [A-Z0-9][\w'’-]*)*(?![\w'’-])"
)
# A capitalised word and "and" right before the run: the run may end a longer title.
_CAPITAL_AND_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]* and $")
_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])$")
_CAPITAL_AFTER = re.compile(r" [A-Z]")
# The labels a cue may lend an unread run; a person's is never taken on capitals alone.
_LABELS = {"WORK_OF_ART": "WORK_OF_ART", "ORG": "ORG", "TEAM": "ORG", "EVENT": "EVENT",
           "FAC": "FAC", "PRODUCT": "PRODUCT"}  # fmt: skip


def untagged_the_titles(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with each "The <Title>" run the model left out whole and the cue table
    reads as a name added with the cue's label, and the article's other uses of it after it
    (see the module docstring). Guarded by " The " after a lower-case letter, a comma or a
    possessive: most paragraphs hold none."""
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    found: list[RawMention] = []
    titles: dict[str, str] = {}
    for layout in layouts:
        if layout.zone == "headline":
            continue
        for match in _THE_RUN.finditer(text, layout.offset, layout.end):
            start, end = match.span()
            if owner := _POSSESSIVE_END.search(match.group()):
                end -= len(owner.group())
            if end - start < 5 or covered.overlaps(start, end):
                continue
            if text.startswith(" and ", end) or _CAPITAL_AND_BEFORE.search(
                text, max(layout.offset, start - 30), start
            ):
                continue
            cue = cue_of(text, start, end, "ORG")
            if cue is None or cue.label not in _LABELS:
                continue
            label = _LABELS[cue.label]
            found.append(add(text, layout, start, end, label, cue.label))
            covered.add(start, end)
            titles.setdefault(text[start:end], label)
    if not titles:
        return list(mentions)
    found.extend(_echoes(text, layouts, titles, covered, add))
    return sorted([*mentions, *found], key=lambda m: m.start)


def _echoes(
    text: str, layouts: Sequence[Layout], titles: dict[str, str], covered: SpanIndex, add: Adder
) -> list[RawMention]:
    """The article's other uses of the titles found, written the same way, that nothing holds
    and no capitalised word follows ("The Godfather role": the title; "The Aviator Award": a
    longer name)."""
    words = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'’.-])(?:{words})(?![\w-]|['’](?![s ]))")
    echoes: list[RawMention] = []
    for layout in layouts:
        if layout.zone == "headline":
            continue
        for match in pattern.finditer(text, layout.offset, layout.end):
            start, end = match.span()
            if covered.overlaps(start, end) or _CAPITAL_AFTER.match(text, end):
                continue
            label = titles[match.group()]
            echoes.append(add(text, layout, start, end, label, label))
            covered.add(start, end)
    return echoes
