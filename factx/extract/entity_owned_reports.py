"""A report's title between its publisher's possessive and "report": "Oxfam's Paying the Price
report" (round r35-plays).

Charities, banks and bodies name their reports, studies, surveys, campaigns and indexes, and
the news writes the title between the publisher's "'s" and the kind word, in capitals with
small words inside. The model reads the title by its look: "Paying the Price" gives `Price`
ORG or PERSON, "Counting the Cost" a person's surname. Between a possessive and one of these
kind words (a closed class: `_KINDS`), a run of two words or more that opens and ends with a
capital is the title, one WORK_OF_ART; the model's mentions inside it give way. Not a run any
word of which is a country, a region, a city or a people ("the bank's UK Economic survey",
"Labour's Scottish campaign": the place's or the people's survey), and not where a mention of
the model runs across the title's edge (the name goes on outside it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.evidence import a_people, country_keys
from factx.extract.place_names import known_place
from factx.extract.world_cities import world_city

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# The kinds of a body's published or run work that follow its title.
_KINDS = r"report|study|survey|campaign|index"
_WORD = r"[A-Z][\w'’-]*"
_SMALL = r"of|the|a|an|in|on|to|and|for|at|with|our|your|their"
# The publisher's possessive, the title (capitalised words, small words inside), the kind.
_OWNED_REPORT = re.compile(
    rf"[A-Z][\w&.-]*['’]s (?P<title>{_WORD}(?: (?:{_SMALL}))*(?: {_WORD}(?: (?:{_SMALL}))*)*?"
    rf" {_WORD}) (?:{_KINDS})\b"
)


def _a_place_or_people(word: str) -> bool:
    bare = word.rstrip("'’s") if word.endswith(("'s", "’s")) else word
    return (
        bare.casefold() in country_keys(str.casefold)
        or known_place(bare)
        or world_city(bare)
        or a_people(bare)
    )


def owned_reports(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each report's title after its publisher's possessive one WORK_OF_ART.

    Args:
        text: the article, which the mention offsets index.
        mentions: the model's mentions, sorted by start.
    Returns:
        The mentions, the model's mentions inside a title replaced by the title's.
    """
    result = list(mentions)
    for found in _OWNED_REPORT.finditer(text):
        start, end = found.span("title")
        title = found.group("title")
        if any(_a_place_or_people(w) for w in title.split() if w[:1].isupper()):
            continue
        inside = [m for m in result if start <= m.start and m.end <= end]
        across = [m for m in result if m.start < end and m.end > start and m not in inside]
        if not inside or across:
            continue  # the model saw no name there, or one that goes on past the title
        work = replace(inside[0], text=title, start=start, end=end, label="WORK_OF_ART")
        result = sorted(
            [m for m in result if m not in inside] + [work], key=lambda m: (m.start, m.end)
        )
    return result
