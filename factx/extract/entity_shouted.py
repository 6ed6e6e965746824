"""Names in a line of capitals, found by the names the article writes in mixed case.

A wire headline in capitals ("BASEBALL - GONZALEZ HOMERS TWICE AS RANGERS BEAT INDIANS .") has
names the model hardly ever tags: capitals hide what a name looks like. The body names them in
mixed case ("Juan Gonzalez", "the Rangers"), so a short line of capitals is searched for those
names in capitals, and for the surnames of the people named in full. A one-word name that the
article also writes as a lower-case word is not searched for: "MAY" in "SHARES MAY FALL" is no
Theresa May, where the body has "may". A name found whole in capitals outgrows the pieces of it
tagged there ("HONG KONG" of "HONG KONG OPEN", the body's "Hong Kong Open").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from factx.extract.spans import SpanIndex, alternation

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[[str, Layout, int, int, str, str, bool], RawMention]

# A line of capitals longer than this is a shouted paragraph of prose, left to the model.
CAPITAL_LINE_MAX = 200
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
# The shortest name searched for: "US" and "UN" in capitals are as often words as names.
_SHORTEST = 3


def shouted(text: str, start: int, end: int) -> bool:
    """Whether the letters of text[start:end] are capitals, nearly all."""
    letters = [c for c in text[start:end] if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def with_shouted_names(
    text: str,
    mentions: list[RawMention],
    layouts: Iterable[Layout],
    taken: list[tuple[int, int]],
    form: Callable[[str], str],
    added: Adder,
) -> list[RawMention]:
    """The mentions, with the article's mixed-case names found again in its short lines of
    capitals, each with the label of the name's first mention (a surname: a person's).

    `form`: a mention's name without its article ("the Rangers" -> "Rangers").
    """
    lines = [
        layout
        for layout in layouts
        if layout.length <= CAPITAL_LINE_MAX and shouted(text, layout.offset, layout.end)
    ]
    if not lines:
        return mentions
    labels = _labels(mentions, form)
    if not labels:
        return mentions
    lower_words = {match.group() for match in _LOWER_WORD.finditer(text)}
    wanted = {
        name: label
        for name, label in labels.items()
        if len(name) >= _SHORTEST and (" " in name or name.lower() not in lower_words)
    }
    if not wanted:
        return mentions
    pattern = re.compile(r"(?<![\w'’-])(?:" + alternation(wanted) + r")(?![\w'’-])")
    covered = SpanIndex([(m.start, m.end) for m in mentions] + taken)
    by_span = {(m.start, m.end): m for m in mentions}
    found = []
    dropped: set[tuple[int, int]] = set()
    for layout in lines:
        for match in pattern.finditer(text, layout.offset, layout.end):
            start, end = match.span()
            label = wanted[match.group()]
            if covered.overlaps(start, end):
                inside = _pieces_inside(text, start, end, covered, by_span)
                wider = _person_with_words(text, start, end, label, covered, by_span, lower_words)
                if wider is not None:
                    inside = [wider]
                if not inside:
                    continue
                for span in inside:
                    covered.remove(*span)
                    dropped.add(span)
            found.append(added(text, layout, start, end, label, "", False))
            covered.add(start, end)
    if not found:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in dropped]
    return sorted(kept + found, key=lambda m: m.start)


def _person_with_words(
    text: str,
    start: int,
    end: int,
    label: str,
    covered: SpanIndex,
    by_span: dict[tuple[int, int], RawMention],
    lower_words: set[str],
) -> tuple[int, int] | None:
    """The model's PERSON span in capitals that holds a person's name and words the article
    writes in lower case ("OBAMA FOCUSED" of the subheading 'OBAMA FOCUSED "ON HIS GOLF
    GAME"', where the body has "focused"), which gives way to the name; else None."""
    spans = covered.overlapping(start, end)
    if label != "PERSON" or len(spans) != 1:
        return None
    wider = spans[0]
    mention = by_span.get(wider)
    if mention is None or mention.label != "PERSON" or wider == (start, end):
        return None
    if not (wider[0] <= start and end <= wider[1]):
        return None
    rest = (text[wider[0] : start] + " " + text[end : wider[1]]).split()
    return wider if rest and all(w.lower() in lower_words for w in rest) else None


def _pieces_inside(
    text: str,
    start: int,
    end: int,
    covered: SpanIndex,
    by_span: dict[tuple[int, int], RawMention],
) -> list[tuple[int, int]]:
    """The mentions that a body name of several words found whole in capitals holds, which
    give way to it ("HONG KONG" of "SQUASH - HONG KONG OPEN QUARTER-FINAL RESULTS", where the
    body has "the Hong Kong Open"); none where any span overlapping it reaches out of it or is
    another fact's, or where the name has a figure (the model's "Liechtenstein 5-0" of a
    result is no name to outgrow "LIECHTENSTEIN" with)."""
    if any(c.isdigit() for c in text[start:end]):
        return []
    spans = covered.overlapping(start, end)
    inside = [s for s in spans if start <= s[0] and s[1] <= end and s != (start, end)]
    if len(inside) != len(spans) or not all(s in by_span for s in spans):
        return []
    return inside


def _labels(mentions: list[RawMention], form: Callable[[str], str]) -> dict[str, str]:
    """Each name in capitals -> its label: the mixed-case names of the mentions (the first
    mention's label) and the surnames of people named in full."""
    labels: dict[str, str] = {}
    surnames: dict[str, str] = {}
    for m in mentions:
        name = form(m.text)
        if name.isupper() or not any(c.isupper() for c in name):
            continue  # a name already in capitals, or none ("antenna" PERSON)
        labels.setdefault(name.upper(), m.label)
        words = name.split()
        if m.label == "PERSON" and len(words) > 1 and words[-1][:1].isupper():
            surnames.setdefault(words[-1].upper(), "PERSON")
    return {**surnames, **labels}
