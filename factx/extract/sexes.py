"""Whether a person the article names is a man or a woman, as far as the name shows.

A "he" never points to a woman nor a "she" to a man: "Trump was defiant. '...,' he said" is
not Kelly Ayotte, who spoke last. The evidence is the person's honorific where the text gives
one ("Mr.", "Mrs.", "Ms.") and else their first name, when the 1990 US census gives it to one
sex in at least 10 of 11 cases (`factx/data/first_name_sexes.json`): "Hillary", "Jonathan";
not "Kelly" or "Chris". Anything else is unknown ("").
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from factx.extract.wordlists import data_file

Sex = Literal["m", "f", ""]

# Honorifics before a name, as a speaker's word or in front of a mention.
_HONORIFICS: dict[str, Sex] = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


@cache
def _first_names() -> dict[str, Sex]:
    data = data_file("first_name_sexes.json")
    found: dict[str, Sex] = dict.fromkeys(data["male"], "m")
    found.update(dict.fromkeys(data["female"], "f"))
    return found


def of_name(name: str) -> Sex:
    """ "m", "f" or "" for a person's name ("Hillary Clinton", "Mr. Trump", "Trump")."""
    words = name.replace(".", " ").split()
    if len(words) < 2:
        return ""  # a surname alone says nothing
    first = words[0].lower()
    return _HONORIFICS.get(first) or _first_names().get(first, "")


def of_honorific(before: str) -> Sex:
    """ "m", "f" or "" for the text just before a mention ("... said Mrs. " is "f")."""
    words = before.replace(".", " ").split()
    return _HONORIFICS.get(words[-1].lower(), "") if words else ""
