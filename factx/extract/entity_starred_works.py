"""A film or a show named before "star <First> <Last>" in a screen story (round r47-press;
seeds 79, 148 and 150's "<Name> star <Full Name>": "Gladiator star Russell Crowe", the even
half's "Nighty Night star Julia Davis", "The Office star Ricky Gervais", "Aviator star Alan
Alda", all ORG at the base).

News names an actor by the work he is known for, right before "star" and his full name. The
cue "work before its star in a film award's race" reads only a sentence that goes on to an
actor's prize, "work before its star, a full name" only a title shaped like a person's name,
and "work before its star" only a lone word the model tags PERSON: the other titles keep the
model's firm or place. The story's words tell the work from the other owners of a star: a
place ("Hollywood star", "US star"), a side or a club ("England star", "Chelsea star": a sport
story has no screen words), a band ("Westlife star Brian McFadden" in a music story, where the
music's words outnumber the screen's) and a calling or a genre opening the sentence ("Veteran
star Ossie Davis", "Rock star Patti Smith"). Round r49-works: nor a band named by a number word
and a plural ("Three Degrees star Sheila Ferguson", `entity_numbered_bands`), whole or cut from
its number word (the model's `Degrees`): a group of people, no work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_numbered_bands import NUMBER_WORDS
from factx.extract.first_names import opens_with_first_name
from factx.extract.place_names import known_place

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Right after the name: "star" and a full name, a knight's or a dame's title before it.
_STAR_AFTER = re.compile(r" (?:star|co-star) (?:(?:Sir|Dame) )?[A-Z][a-z]+ [A-Z][\w'’-]+")
# One or two capitalised words: the title as the model cut it ("Office" of "The Office").
_SHAPE = re.compile(r"(?:[Tt]he )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")
# The screen's and the music's words, counted over the whole story. A prize's name is none:
# "Chelsea star Frank Lampard is the favourite to win the award" beside an Oscar's story names
# a club's star; a screen story names its works' kinds and its players' callings.
_SCREEN = re.compile(
    r"\b(?:films?|movies?|sitcoms?|series|shows?|dramas?|comedy|comedies|actors?|actress(?:es)?"
    r"|television|TV|cinemas?|screen|directors?|starring|starred)\b",
    re.IGNORECASE,
)
_MUSIC = re.compile(
    r"\b(?:bands?|albums?|singles?|singers?|charts?|songs?|gigs?|tours?|groups?|music"
    r"|records?)\b",
    re.IGNORECASE,
)
# The screen and stage industries and their places: a star of the place, no work.
_INDUSTRIES = frozenset({"hollywood", "bollywood", "nollywood", "broadway", "west end"})
# A music genre or a calling opening a sentence before "star": "Rock star Patti Smith".
_GENRES = frozenset({"rock", "pop", "soul", "rap", "folk", "jazz", "country", "reggae", "soap"})
_LABELS = frozenset({"ORG", "GPE", "PERSON", "LOC", "FAC", "NORP", "PRODUCT"})
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:\"“]\s+|\n\s*)$")
# A sport's words in the star's sentence: a club's or a side's star ("Arsenal star Thierry Henry
# scored twice"), whatever film the story is about.
_SPORT = re.compile(
    r"\b(?:scored?|scoring|goals?|striker|midfielder|defender|winger|goalkeeper|match|cup"
    r"|league|club|coach|manager|football|rugby|cricket|tennis|squad|player)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# A band's number word: opening the name ("Three Degrees") or right before it, cut off.
_NUMBERED = re.compile(rf"(?:{NUMBER_WORDS}) ")
_NUMBER_BEFORE = re.compile(rf"\b(?:{NUMBER_WORDS}) $")


def works_before_their_star(
    text: str, mentions: Sequence[RawMention], place_or_people: Callable[[str], bool]
) -> Iterator[int]:
    """The indexes of the mentions that name a work right before "star <First> <Last>" in a
    story whose screen words are three or more and outnumber its music words (the module's
    doc). Not a known place, country or people, nor the screen industries' places, nor a name
    that opens with a common first name (a person's: "Jamie Foxx"), nor one before a sport's
    words in its sentence ("Arsenal star Thierry Henry scored twice"), nor one word opening
    its sentence that the story also writes in lower case ("Veteran star", "Rock star")."""
    if " star " not in text:
        return
    screen = len(_SCREEN.findall(text))
    if screen < 3 or len(_MUSIC.findall(text)) >= screen:
        return
    for i, m in enumerate(mentions):
        if m.label not in _LABELS or not _STAR_AFTER.match(text, m.end):
            continue
        name = m.text
        if not _SHAPE.fullmatch(name):
            continue
        bare = name[4:] if name[:4] in ("the ", "The ") else name
        if bare.casefold() in _INDUSTRIES or known_place(bare) or place_or_people(bare):
            continue
        if opens_with_first_name(bare):
            continue  # "Jamie Foxx star ...": a person's name
        if _NUMBERED.match(bare) or _NUMBER_BEFORE.search(text, max(0, m.start - 8), m.start):
            continue  # "Three Degrees star Sheila Ferguson": a band (r49-works)
        closing = _SENTENCE_END.search(text, m.end)
        if _SPORT.search(text, m.end, closing.start() if closing else len(text)):
            continue
        opening = _SENTENCE_OPENING.search(text, max(0, m.start - 4), m.start) is not None
        if opening and " " not in bare and re.search(rf"\b{re.escape(bare.lower())}\b", text):
            continue  # "Veteran star Ossie Davis": the story's "veteran" in lower case
        if opening and " " not in bare and bare.casefold() in _GENRES:
            continue
        yield i
