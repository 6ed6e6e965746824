"""A country's name the small model leaves untagged in running text is the country.

The small model misses a country's plain name where no preposition frames it, most often
opening a sentence or a results line: "Madagascar has completed the replacement of its
currency", "Wales beat San Marino 6-0 in a World Cup qualifier" (the headline's "WALES" was
tagged, the sentence's "Wales" not), "England 180 ( Nick Knight 56 ) v Zimbabwe", "Spain
dominated England with order and quality" (round r50-conll, from the errors of the
even-numbered CoNLL-2003 dev documents and an audit of the even BBC half's untagged countries).
factx labels every other use of such a name GPE, so the name is a mention, GPE, with the
country's own cue.

The names are data (`missed_countries` in `factx/data/entities.json`): the world's countries as
the news writes them and the home nations, less those that are as often a person's name or a
firm's ("Jordan", "Chad", "Georgia", "Iceland", "Monaco"). A use is taken only where nothing
else holds it (no mention, no other fact) and it stands as a name of its own:
- no capitalised word right after it ("Wales Secretary Peter Hain", "Princess of Wales
  Theatre", "China Daily": a longer name or a post);
- no capitalised word right before it inside its sentence ("New England", "Air Canada"), nor
  a capitalised word no mention holds and "of" or "and" ("Bank of England", "Church of
  England", "Prince of Wales": a longer name the model missed whole; "Nicolas Kiefer of
  Germany" and "Australia and Sri Lanka" are a named person's or a listed country's, taken);
- not the surname of a person the article names in full ("Jools Holland", "John Ireland");
- not, for a name that is also a common noun ("Turkey", "China"), a sentence's opener before
  a noun ("Turkey sales rose", "China plates"); another country opens a sentence before any
  word ("Wales beat San Marino", which the parse reads as a noun's compound).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.spans import SpanIndex
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_CAPITAL_AFTER = re.compile(r" [A-Z]")
# A capitalised word right before the name ("New England"), or one before "of" / "and" ("Bank
# of England"): group "joined" holds the word when a connector follows it.
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w.'’-]* $")
_JOINED_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[A-Z][\w.'’-]*) (?:of|and|&) $")
# Countries whose names are also common nouns, and a lower-case word right after one: "Turkey
# sales rose".
_COMMON_NOUNS = frozenset({"Turkey", "China"})
_LOWER_AFTER = re.compile(r" [a-z]")
# Marks that may open a sentence before its first word.
_OPENING_MARKS = frozenset("\"“‘'(")


@cache
def _countries() -> re.Pattern[str]:
    names: list[str] = list(data_file("entities.json")["missed_countries"]["names"])
    words = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’.&-])(?:{words})(?![\w'’&-])")


@cache
def _country_keys() -> frozenset[str]:
    return frozenset(n.casefold() for n in data_file("entities.json")["missed_countries"]["names"])


def listed_country(key: str) -> bool:
    """Whether a case-folded name is one of the listed countries or home nations ("wales")."""
    return key in _country_keys()


def with_missed_countries(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with each untagged use of a listed country's name as a mention of it,
    GPE (see the module docstring). `add` makes a mention of a layout's span, label and cue
    (`entities._added`)."""
    pattern = _countries()
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    surnames = {
        m.text.rsplit(" ", 1)[-1] for m in mentions if m.label == "PERSON" and " " in m.text
    }
    found: list[RawMention] = []
    for layout in layouts:
        for match in pattern.finditer(text, layout.offset, layout.end):
            start, end = match.span()
            if covered.overlaps(start, end) or match.group() in surnames:
                continue
            if _CAPITAL_AFTER.match(text, end, min(layout.end, end + 2)):
                continue  # "Wales Secretary", "China Daily"
            if _inside_a_longer_name(text, layout, start, covered):
                continue
            if _common_noun_opening(text, layout, start, end):
                continue
            found.append(add(text, layout, start, end, "GPE", "GPE"))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda m: m.start)


def _opening(text: str, layout: Layout, start: int) -> bool:
    """Whether the word at `start` opens its sentence (after an opening mark or not)."""
    token = layout.token_at(start - layout.offset)
    return token in layout.sentence_starts or (
        token - 1 in layout.sentence_starts and text[start - 1 : start] in _OPENING_MARKS
    )


def _inside_a_longer_name(text: str, layout: Layout, start: int, covered: SpanIndex) -> bool:
    """Whether the name at `start` may end a longer name: a capitalised word right before it
    inside its sentence ("New England"), or an untagged capitalised word and "of" or "and"
    ("Bank of England"); a tagged one is a name of its own ("Kiefer of Germany")."""
    if _opening(text, layout, start):
        return False
    window = max(layout.offset, start - 40)
    if _CAPITAL_BEFORE.search(text, window, start):
        return True
    joined = _JOINED_BEFORE.search(text, window, start)
    return joined is not None and not covered.overlaps(*joined.span("word"))


def _common_noun_opening(text: str, layout: Layout, start: int, end: int) -> bool:
    """Whether a name that is also a common noun opens its sentence before a noun ("Turkey
    sales rose"), where the capital may be the sentence's own."""
    if text[start:end] not in _COMMON_NOUNS or not _LOWER_AFTER.match(text, end):
        return False
    if not _opening(text, layout, start):
        return False
    return layout.nominal(layout.token_at(end + 1 - layout.offset))
