"""A nationality's or a people's word the model left untagged ("the Bosnian war", "Chechens").

Wire copy names peoples and nationalities as adjectives before common nouns ("Western
diplomats", "suspected Moslem militants") and as plurals ("Lebed , Chechens start peace
talks"). The small model misses many of them, most in short headlines, where it reads too
little of a sentence. A capitalised word on factx's own lists of nationalities, peoples and
faiths (`factx/data/entities.json`: `nationalities`, `demonyms`, `peoples_and_faiths`), or the
plural of one, is such a mention where nothing else covers it: no capitalised word right
before or after it (the word is then part of a longer name, "Royal Dutch Shell", "Polish SPC"),
no other fact or mention over it, and, at a sentence's head, where every word has a capital,
only a word read as a noun ("Polish the silver" is a verb). Countries are left to the model
and the dateline rule; words that are as often a party, a first name, a surname, a club or a
language's word are left out (`not_peoples` in the same data file). Where the model tags such a
word a person or a place before its noun ("talks with Hutu rebels" PERSON), the word is cued a
people's (`peoples_before_nouns`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.entity_non_names import opens_a_sport
from factx.extract.first_names import first_names
from factx.extract.spans import SpanIndex
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# One capitalised word, the rest in lower case: a shouted headline's "POLISH" is no evidence.
_WORD = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+(?![\w'’-])")
# A capitalised word before it, unless a determiner or a count opening the sentence ("The Bosnian
# war", "Seven Iraqis charged").
_CAPITAL_BEFORE = re.compile(
    r"(?<![\w'’.-])(?!(?:The|A|An|Its|His|Her|Their|Our|Some|Many|Several|Two|Three|Four|Five|"
    r"Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands) )[A-Z][\w.'’-]* $"
)
_CAPITAL_AFTER = re.compile(r" [A-Z0-9]")


@cache
def _not_peoples() -> frozenset[str]:
    words = data_file("entities.json")["not_peoples"]["words"]
    return frozenset(w.casefold() for w in words)


def people_word(word: str, known: frozenset[str]) -> bool:
    """Whether a capitalised word is a nationality's or a people's word of `known` (lower
    case), or its plural, and not one of the words that more often name something else."""
    key = word.casefold()
    singular = key[:-1] if key.endswith("s") and not key.endswith("ss") else key
    if key in _not_peoples() or singular in _not_peoples():
        return False
    return key in known or singular in known


# The labels the model gives a people's word before its noun ("Hutu rebels" PERSON, "a
# retired Tutsi major" GPE) that the word is not.
_MISTAKEN = frozenset({"PERSON", "GPE", "LOC", "ORG", "FAC"})
_LOWER_WORD = re.compile(r" [a-z]")


def peoples_before_nouns(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], known: frozenset[str]
) -> None:
    """Cue NORP each one-word mention of a people's word (of `known`, as `people_word` reads
    it) that the model tagged a person or a place, where a noun follows it ("talks with Hutu
    rebels", "a retired Tutsi major"): a people's word before a noun is the people's
    adjective. Not a mention with a cue already, nor one before a verb ("Welsh said")."""
    starts = [layout.offset for layout in layouts]
    for m in mentions:
        if m.cue or m.label not in _MISTAKEN or " " in m.text or not people_word(m.text, known):
            continue
        if not _LOWER_WORD.match(text, m.end):
            continue
        layout = layouts[bisect_right(starts, m.start) - 1]
        after = layout.token_at(m.end + 1 - layout.offset)
        if after < len(layout.token_starts) and layout.nominal(after):
            m.cue = "NORP"


def with_people_words(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
    known: frozenset[str],
) -> list[RawMention]:
    """The mentions, with each untagged nationality or people word as a NORP mention.

    `add` makes a mention of a layout's span, label and cue (`entities._added`); `known` is
    the lower-case words of the lists (countries left out).
    """
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    found: list[RawMention] = []
    for layout in layouts:
        for match in _WORD.finditer(text, layout.offset, layout.end):
            start, end = match.span()
            if not people_word(match.group(), known) or covered.overlaps(start, end):
                continue
            if opens_a_sport(text, start, end):
                continue  # "Pole vaulter Janine Whitlock": the sport's word, no people's
            if _CAPITAL_BEFORE.search(text, max(layout.offset, start - 30), start):
                continue
            if _CAPITAL_AFTER.match(text, end, min(layout.end, end + 2)):
                continue
            token = layout.token_at(start - layout.offset)
            if token in layout.sentence_starts and not layout.nominal(token):
                continue
            found.append(add(text, layout, start, end, "NORP", "NORP"))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda m: m.start)


# Round r42c-titles: a nationality's word and one capitalised word after it, in one mention,
# before a lower-case noun: "the best European Elvis impersonator", "British Tolkien fans".
_NATIONALITY_AND_WORD = re.compile(r"(?:[Tt]he )?(?P<people>[A-Z][a-z]+) (?P<star>[A-Z][a-z]+)")
_LOWER_NOUN_AFTER = re.compile(r" [a-z]")
_STAR_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"})


def stars_after_a_nationality(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each nationality run into a star's name before a lower-case noun parted in
    two: "the best European Elvis impersonator" (seed 125's `European Elvis` ORG) is `European`
    NORP and `Elvis` PERSON. The star is the first or last word of a person's full name the
    article tags elsewhere ("Elvis Presley", "Lindsay Davenport"): a nationality before a firm's
    word ("British Airways staff", "American Express cards") names no one the article calls a
    person, and stays; a person's name that opens with a nationality's word is none ("Brit
    Award" PERSON names no star "Award"), and the full name must open with a common first name
    (`first_names`: "Grammy Awards", which the model may tag a person, names no star "Awards"
    for "Brit Awards"; "JRR Tolkien" is no such name either). The word after it is any
    lower-case word ("American Davenport will now face" parts too: a nationality before a
    player's surname, the even half)."""
    peoples = _nationality_words()
    stars: set[str] = set()
    for m in mentions:
        if m.label == "PERSON" and " " in m.text:
            words = m.text.split()
            if words[0].casefold() in first_names():
                stars.update((words[0], words[-1]))  # not "Brit Award" PERSON's own words
    if not stars:
        return mentions
    result: list[RawMention] = []
    for m in mentions:
        found = _NATIONALITY_AND_WORD.fullmatch(m.text) if m.label in _STAR_LABELS else None
        if (
            found is not None
            and found.group("star") in stars
            and found.group("people") in peoples
            and _LOWER_NOUN_AFTER.match(text, m.end)
        ):
            start, mid = m.start + found.start("people"), m.start + found.start("star")
            end = m.start + found.end("people")
            people = replace(m, text=text[start:end], start=start, end=end, label="NORP")
            result.append(replace(people, cue="NORP"))
            star = replace(m, text=text[mid : m.end], start=mid, label="PERSON")
            result.append(replace(star, cue="PERSON"))
            continue
        result.append(m)
    return result


@cache
def _nationality_words() -> frozenset[str]:
    data = data_file("entities.json")
    return frozenset(data["nationalities"]) | frozenset(data["demonyms"])
