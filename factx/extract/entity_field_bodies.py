"""A field's word before a country's name is a national body (round r50-bodies, Lee sheets B
and C).

"Geo-science Australia says the epicentre was in Burakin" and "Nutrition Australia dietitian
Rachael Bradford says" give `Australia` GPE alone: the model tags the country and leaves the
field's word before it, where the two are the national body of that field (Geoscience
Australia, Nutrition Australia, as "Cricket Australia", "Tennis Australia", "Tourism Australia",
which the model tags whole).

- `field_bodies`: a mention that is a country's name (`country`), tagged a place or a people,
  right after one to three capitalised words of a field (no direction or region's word:
  "Western Australia", "Central Australia", "South Australia's"; no people, place or
  function word: "Aboriginal Australia", "And Australia said"; no name the run goes on from,
  nor a word written in capitals: "UK Athletics" has its country first; no time's word:
  "Former U.S. president Ronald Reagan", CoNLL's), and right before a body's post ("chief
  executive", "dietitian", "spokesman"; not a country's own: "president", "official", "coach")
  or a speech verb ("says"), grows over the field's words, ORG. Not a country before other
  words ("Tennis Australia" with no post is left as the model tagged it), nor after an
  adverb opening the sentence ("Meanwhile Australia says").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.evidence import a_people_by_name
from factx.extract.place_names import known_place
from factx.extract.wordlists import word_sets

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_FIELD_RUN = re.compile(r"(?:[A-Z][a-z]+(?:-[a-z]+)? ){1,3}$")
_AFTER = re.compile(
    r"(?:['’]s)? (?:[a-z-]+ ){0,3}?(?:chief executive|executive director|managing director|"
    r"director|spokesman|spokeswoman|spokesperson|chairman|chairwoman|dietitian|"
    r"nutritionist|scientist|seismologist|manager)\b"
    r"| (?:says|said|reports|reported|estimates|estimated|warns|warned)\b"
)
# Words that make a region or a people of a country's name, or open a sentence before it as an
# adverb or a time's word ("Meanwhile Australia says", "Former U.S. president").
_REGION_WORDS = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
     "Outback", "Regional", "Rural", "Greater", "Mainland", "Aboriginal", "Indigenous", "Modern",
     "Colonial", "Multicultural", "Middle", "Upper", "Lower", "Far", "Outer", "Inner", "Coastal",
     "Tropical", "Remote", "Suburban", "Urban", "Metropolitan", "Mr", "Mrs", "Ms", "Dr", "Team",
     "New", "Old", "Great", "Little", "Corporate", "Middle-class", "Working", "Former",
     "Then", "Ex", "Acting", "Interim", "Future", "Late", "Proud", "Today", "Yesterday",
     "Meanwhile", "Now", "However", "Here", "Still", "Already", "Earlier", "Later", "Instead",
     "Overall", "Indeed", "Thus", "Hence", "Nevertheless", "Last", "Next", "Tonight", "Also"}
)  # fmt: skip
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


@cache
def _function_words() -> frozenset[str]:
    return word_sets("language.json")["english_function_words"]


def field_bodies(
    text: str, mentions: list[RawMention], country: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, each country's name after a field's words and before a post or a speech
    verb grown over them, ORG (the module's doc)."""
    result: list[RawMention] = []
    for m in mentions:
        grown = _grown(text, m, country) if m.label in _PLACE_LABELS else None
        result.append(m if grown is None else grown)
    return result


def _grown(text: str, m: RawMention, country: Callable[[str], bool]) -> RawMention | None:
    if not country(m.text) or not _AFTER.match(text, m.end):
        return None
    line_start = text.rfind("\n", 0, m.start) + 1
    found = _FIELD_RUN.search(text, max(line_start, m.start - 60), m.start)
    if found is None:
        return None
    words = found.group().split()
    while words and words[0].casefold() in _function_words():
        words.pop(0)  # "The Nutrition Australia dietitian": the sentence's words
    if not words:
        return None
    start = m.start - len(" ".join(words)) - 1
    if re.search(r"[A-Z][\w'’-]* $", text[max(line_start, start - 30) : start]) and len(
        found.group().split()
    ) == len(words):
        return None  # a run of more capitalised words: a longer name goes on
    for word in words:
        if word in _REGION_WORDS or a_people_by_name(word) or known_place(word) or country(word):
            return None
    name = text[start : m.end]
    return replace(m, text=name, start=start, label="ORG", cue="ORG")
