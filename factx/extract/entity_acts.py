"""A band's name the model cuts up, in an article about music: a doubled word ("Duran Duran",
"Talk Talk") and a name, "and the" and a plural ("Echo and the Bunnymen", "Bobby and the
Midnights").

The small model reads "Duran Duran" as a place twice over (`Duran` GPE, `Duran` GPE) and cuts
"Echo and the Bunnymen" at its "and" (`Bunnymen` PRODUCT), as it would a list of two names. In
an article whose words are a musician's (`entity_bands.about_music`), a capitalised word written
twice running is one band's name, and so is a name of one or two capitalised words, "and the"
and a capitalised plural, last in a list after the list's own "and" ("The Killers, Interpol
and Bobby and the Midnights": a list has one "and"), where the article writes neither side
alone elsewhere. Without the list's "and" the shape is as often two acts ("rapper Verbalicious
and the Stereophonics", "the Beach Boys, America and the Eagles"). Each is an
organisation: the model's mentions inside give way to it, or it is added where the model found
nothing. Not a known place ("Bora Bora", "Walla Walla"), nor where a mention reaches out of the
span (the model saw a longer name), nor "the" and a people or a party ("Blair and the Tories").
`listed_sides` cuts a glued "X and The Y" where each side has its own "The" or the list's shape
shows two names; this rule runs after it and asks the opposite of the same span: a band's
"and the" has a lower-case "the" and a side never written alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.entity_bands import about_music
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_EDGE_BEFORE = r"(?<![\w'’&.-])"
_EDGE_AFTER = r"(?![\w&-]|['’][a-z])"  # "Duran Duran's" ends before its "'s"
# A capitalised word written twice running: "Duran Duran", "Talk Talk".
_DOUBLED = re.compile(rf"{_EDGE_BEFORE}(?P<word>[A-Z][a-z]+) (?P=word){_EDGE_AFTER}")
# A name of one or two words, "and the" in lower case, and a plural, last in a list after the
# list's own "and": "Interpol and Echo and the Bunnymen". Not "the Mamas and the Papas" after
# "Gram Parsons and": a whole band there lent its ORG to the person through the pair's "and".
_AND_THE = re.compile(
    rf"(?<=\band )(?P<left>[A-Z][a-z]+(?: [A-Z][a-z]+)?) and the "
    rf"(?P<right>[A-Z][a-z]+(?:s|men)){_EDGE_AFTER}"
)


def _written_alone(text: str, name: str, start: int, end: int) -> bool:
    """Whether `name` is written in the article outside text[start:end]."""
    pattern = re.compile(rf"{_EDGE_BEFORE}{re.escape(name)}(?![\w-])")
    return any(not start <= m.start() < end for m in pattern.finditer(text))


def _spans(text: str, a_place_or_people: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans of the bands' names in the article (the module's doc), in order."""
    spans = [
        match.span()
        for match in _DOUBLED.finditer(text)
        if not known_place(match.group()) and not a_place_or_people(match.group())
    ]
    for match in _AND_THE.finditer(text):
        left, right = match.group("left"), match.group("right")
        start, end = match.span()
        if (
            not a_place_or_people(right)
            and not a_place_or_people(right[:-1])
            and not known_place(right)
            and not _written_alone(text, left, start, end)
            and not _written_alone(text, right, start, end)
        ):
            spans.append((start, end))
    return sorted(spans)


def whole_bands(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    a_place_or_people: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, with each band's doubled or "and the" name one organisation (the module's
    doc). `add` makes a mention of a layout's span, label and cue (`entities._added`)."""
    if not about_music(text):
        return list(mentions)
    spans = _spans(text, a_place_or_people)
    if not spans:
        return list(mentions)
    gone: set[int] = set()
    found: list[RawMention] = []
    for start, end in spans:
        inside = [m for m in mentions if m.start < end and m.end > start]
        if any(m.start < start or m.end > end for m in inside):
            continue  # the model saw a longer name
        layout = layout_holding(layouts, start, end)
        if layout is None:
            continue
        gone.update(id(m) for m in inside)
        found.append(add(text, layout, start, end, "ORG", ""))
    if not found:
        return list(mentions)
    kept = [m for m in mentions if id(m) not in gone]
    return sorted([*kept, *found], key=lambda m: m.start)
