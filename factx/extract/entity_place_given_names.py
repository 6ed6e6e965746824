"""A given name the first-name list lacks, taken back with a surname after a place's name.

Round r51c-people (Lee sheet V, "the UN special envoy for Afghanistan <Given> <Surname>"): the
model tags nothing in that sentence and tags the bare surname later, so factx finds the surname
again by its spelling (`entities.add_string_matches`) and `_with_first_name` moves its start
back over a first name of the list, or over any capitalised word after a nationality ("Russian
Nikolay Davydenko"). A given name the list lacks after a country or a known region was left
out, and the person was cut to his surname. A role phrase ends with its place ("envoy for
Afghanistan", "ambassador to Iraq"), so the capitalised word between the place and the surname
is the person's given name. Not a word that is itself a place, a people's or a country's word
("for France Britain Smith" reads no name), nor a day's or a month's name, nor one the article
also writes in lower case (a common word).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factx.extract.capitals import written_in_lower_case
from factx.extract.place_names import known_place
from factx.extract.world_cities import world_city

# The word before the given name: "... for Afghanistan Lakhdar".
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")
# The days' and months' names, lower case (entity_gapped_places reads them too).
CALENDAR = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


def given_name_after_place(
    text: str, offset: int, at: int, word: str, is_country_or_people: Callable[[str], bool]
) -> bool:
    """Whether `word`, at text[at], is a given name the list lacks, right after a country or a
    known region that ends a role phrase ("envoy for Afghanistan Lakhdar"); `offset` is where
    the paragraph opens, and `is_country_or_people` tells a country's or a people's word."""
    test = is_country_or_people
    if test(word) or known_place(word) or world_city(word):
        return False
    if word.casefold() in CALENDAR or written_in_lower_case(text, word):
        return False
    before = _PLACE_BEFORE.search(text, max(offset, at - 30), at)
    if before is None:
        return False
    place = before.group(1)
    return test(place) or known_place(place)
