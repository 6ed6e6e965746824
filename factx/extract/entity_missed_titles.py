"""Titles opening with "The" and firms after their trade that the model leaves out whole
(round r43-missed).

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

A firm's name the model leaves out whole after its trade's words is the same case: "David
Stanley, UK managing director of filtering firm Ciphertrust", "said Stuart Quint, an analyst at
Gartmore", "copy protection firm Macrovision" (the even-numbered tech/026, business/088,
tech/326; seed 122's `Gallo` and the brief's "Glencore's $2bn takeover bid" are the cues'
own). A run of capitalised words opening with a letter, after the same marks, that nothing
holds and that the cue table reads with one of its firm cues (`_FIRM_CUES`: "company after its
kind", "role at a company", ...) is a firm, ORG; not a run that opens with a common first name
(a person), nor one other cues read ("on Monday, the group said": `firm in apposition`), nor a
capitalised word's tail ("Swiss Re": the word before a run is a lower-case word, or ends in a
comma or a possessive).

The article's other uses of a title or a firm so added, written the same way with no
capitalised word right after it ("Mel Gibson's The Passion of the Christ ... with The Passion
of the Christ - a film accused"; "Macrovision says its new RipGuard"), and no capitalised word
before it but at a sentence's start ("Glasgow Rangers": a longer name), are mentions of it
too, with its label, so that they join it (`untagged_the_titles`'s echo); a use at a
sentence's start counts there, as the name is already known.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.evidence import cue_of
from factx.extract.first_names import opens_with_first_name
from factx.extract.spans import SpanIndex
from factx.extract.title_shapes import TITLE_SMALL_WORDS, small_words, title_run

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_SMALL = small_words(*TITLE_SMALL_WORDS, "or", "with")
# ("Nielsen//NetRatings": no run ends at a slash, the name goes on.)
_WORDS = title_run(r"[A-Z0-9][\w'’-]*", _SMALL) + r"(?![\w'’/-])"
# "The" inside a sentence: after a space after a lower-case letter, a comma, a semicolon or an
# apostrophe (the word before is read by `_WORD_BEFORE`).
_THE_RUN = re.compile(rf"(?<=[a-z,;'’] )The {_WORDS}")
# A name of capitalised words after the same marks: a firm after its trade's words.
# It opens with a letter: "a club 36 places inferior" is no firm.
_NAME_RUN = re.compile(rf"(?<=[a-z,;'’] )(?!The )(?=[A-Z]){_WORDS}")
# The word before a run: a lower-case word, or any word ending in a comma, a semicolon or a
# possessive ("Scorsese's"); never a capitalised word ("Swiss Re": a longer name).
_WORD_BEFORE = re.compile(r"(?<!\S)(?:[a-z][\w'’-]*|\S+[,;]|\S+['’]s|\S+s['’]) $")
# A capitalised word and "and" right before the run: the run may end a longer title.
_CAPITAL_AND_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]* and $")
_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])$")
_CAPITAL_AFTER = re.compile(r" [A-Z]")
# Marks that may open a sentence or a clause before its first word.
_OPENING_MARKS = frozenset("\"“‘'(")
# The labels a cue may lend an unread "The" run; a person's is never taken on capitals alone.
_LABELS = {"WORK_OF_ART": "WORK_OF_ART", "ORG": "ORG", "TEAM": "ORG", "EVENT": "EVENT",
           "FAC": "FAC", "PRODUCT": "PRODUCT"}  # fmt: skip
# The cues of a firm's trade that add a firm the model left out whole, a run with no "The":
# "filtering firm Ciphertrust", "an analyst at Gartmore", "Combining SMFG, Japan's
# third-biggest lender". Other cues read a name's own words or a date's neighbours ("on
# Monday, the group said": `firm in apposition`) and are not taken for an unread run.
_FIRM_CUES = frozenset({
    "company after its kind", "company by its kind word", "role at a company",
    "firm the biggest of its trade", "firm after its trade's business or unit",
    "firm before its priced bid",
})  # fmt: skip


def untagged_the_titles(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with each "The <Title>" run the model left out whole and the cue table
    reads as a name added with the cue's label, each run of capitalised words it left out
    whole after a firm's trade's words a firm, and the article's other uses of them after them
    (see the module docstring). Guarded by the words before a run: a lower-case word, a comma
    or a possessive."""
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    found: list[RawMention] = []
    titles: dict[str, str] = {}
    for layout in layouts:
        if layout.zone == "headline":
            continue
        for pattern in (_THE_RUN, _NAME_RUN):
            for match in pattern.finditer(text, layout.offset, layout.end):
                start, end = match.span()
                if owner := _POSSESSIVE_END.search(match.group()):
                    end -= len(owner.group())
                label = _unread_name(text, layout, start, end, covered, pattern is _THE_RUN)
                if label is None:
                    continue
                found.append(add(text, layout, start, end, label, label))
                covered.add(start, end)
                titles.setdefault(text[start:end], label)
    if not titles:
        return list(mentions)
    found.extend(_echoes(text, layouts, titles, covered, add))
    return sorted([*mentions, *found], key=lambda m: m.start)


def _unread_name(
    text: str, layout: Layout, start: int, end: int, covered: SpanIndex, the: bool
) -> str | None:
    """The label of text[start:end], a run of capitalised words the model left out whole, where
    the cue table reads it as a name (a "The" run) or a firm (another run); None where it is no
    such run or nothing reads it."""
    if end - start < (5 if the else 2) or covered.overlaps(start, end):
        return None
    if not _WORD_BEFORE.search(text, max(layout.offset, start - 40), start):
        return None  # "Swiss Re", "create 'Television Sur'": a longer name's tail
    if text.startswith(" and ", end) or _CAPITAL_AND_BEFORE.search(
        text, max(layout.offset, start - 30), start
    ):
        return None  # "The Village and The Ladykillers", "Harry Potter and The Prisoner ..."
    if not the and (_CAPITAL_AFTER.match(text, end) or opens_with_first_name(text[start:end])):
        return None
    cue = cue_of(text, start, end, "ORG")
    if cue is None:
        return None
    if the:
        return _LABELS.get(cue.label)
    return "ORG" if cue.name in _FIRM_CUES else None


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
            if not (
                _WORD_BEFORE.search(text, max(layout.offset, start - 40), start)
                or layout.token_at(start - layout.offset) in layout.sentence_starts
                or text[start - 1 : start] in _OPENING_MARKS
            ):
                continue  # "Glasgow Rangers": a longer name
            label = titles[match.group()]
            echoes.append(add(text, layout, start, end, label, label))
            covered.add(start, end)
    return echoes
