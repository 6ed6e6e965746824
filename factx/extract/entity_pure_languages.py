"""A word that names a language and nothing else is the language, never a place (round
r54-names).

- `pure_languages`: the model tags some languages' names GPE or LOC, most of all those of
  India and Pakistan, which it has met beside places: "the steamy Hindi song ..." (BBC sheet
  54A's `Hindi` GPE), "a film dubbed into Urdu" (`Urdu` GPE), "sang in Hindi". factx's own
  language cues ("language spoken" after "in|speak|translated into", "language before its
  text" before "version|subtitles|-language") read only the model's NORP, as a people's word
  ("French") is the one that can be either; and a group with the model's GPE keeps it. A
  one-word name that ISO 639-1 (the 184 major languages pycountry lists with a two-letter
  code) or the data's `language_names` ("Mandarin", "Cantonese", "Farsi") names, which is no
  people's or nationality's word by factx's lists ("Tamil", "Welsh", "Kurdish", "Zulu" are
  peoples too and left to the people's rules), no country and no city or region any place
  list knows, is LANGUAGE wherever the model tags it GPE or LOC (or ORG or PERSON:
  "The Swahili version of the book" ORG): the word has no place, body or person to name. Not
  a language's word inside a longer name ("Hindi Sahitya Sammelan", "Tamil Nadu": a
  capitalised word runs on after it), nor one before a lower-case noun that is no text's or
  speaker's ("the Icelandic forward", "its Malagasy franc", "the Arabic press": a people's
  word, which ISO 639-1 names as a language too; "the Hindi song", "the Hindi film industry"
  are the language's).

Guarded by the words in the text before any mention is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.evidence import _data, a_people_by_name, country_keys

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The model's labels for a language's word: a place, a body ("The Swahili version" ORG) or a
# person. Not NORP: a people's word and a language's the people's rules part
# (`entity_languages_apart`).
_PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON"})
# A capitalised word right before or after the mention: a longer name's word ("Tamil Nadu").
_NAME_GOES_ON = re.compile(r"[ -]?[A-Z]")
# A lower-case word after the mention: a people's word before its noun ("the Icelandic
# forward", "its Malagasy franc": the even half's sport/278 and business/372, NORP), unless the
# noun is a text's or a speaker's that a language qualifies ("the Hindi song", "the Hindi film
# industry"). Not a medium's: "the Arabic press" is the people's (round r51-fixes' test).
_NOUN_AFTER = re.compile(
    r" (?!(?:and|or|nor|but|to|for|in|at|on|by|as|of|from|into|with|than|so|when|while|because"
    r"|after|before|since|until|is|was|are|were|has|had|have|that|which|who|the|a|an|said|says)\b)"
    r"[a-z][\w-]*"
)
_TEXT_NOUN = re.compile(
    r" (?:songs?|films?|movies?|cinema|versions?|language|subtitles|lyrics|dialogue|speakers?"
    r"|speaking|music|poetry|poems?|novels?|books?|literature|translations?|words?|names?"
    r"|phrases?|script|teachers?|lessons|classes|courses?|dub|dubbed|edition|text|dictionary"
    r"|pop|rap|title)\b"
)


@cache
def _major_languages() -> frozenset[str]:
    """The one-word names of the ISO 639-1 languages and of the data's common names, less
    any people's, nationality's or country's word."""
    import pycountry  # deferred: its tables load on first use

    extra: list[str] = _data()["language_names"]  # type: ignore[assignment]
    names = [
        lang.name.removesuffix(" (macrolanguage)")
        for lang in pycountry.languages
        if hasattr(lang, "alpha_2")
    ]
    countries = country_keys(str.casefold)
    return frozenset(
        n
        for n in (*names, *extra)
        if " " not in n and not a_people_by_name(n) and n.casefold() not in countries
    )


@cache
def _language_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(_major_languages())) + r")\b")


def pure_languages(
    text: str, mentions: Sequence[RawMention], a_place: Callable[[str], bool]
) -> Iterator[int]:
    """The indexes of the mentions tagged a place, a body or a person that are a
    language's name and no people's, country's or place's (the module's doc,
    `pure_languages`)."""
    if not _language_words().search(text):
        return
    languages = _major_languages()
    for i, m in enumerate(mentions):
        if m.label not in _PLACE_LABELS or m.text not in languages or a_place(m.text):
            continue
        if _NAME_GOES_ON.match(text, m.end):
            continue  # "Hindi Sahitya Sammelan": a longer name's word
        if _NOUN_AFTER.match(text, m.end) and not _TEXT_NOUN.match(text, m.end):
            continue  # "the Icelandic forward": a people's word before its noun
        yield i
