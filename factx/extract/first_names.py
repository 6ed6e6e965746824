"""A full name that opens with a common first name is a person's, whatever the model says.

The small model reads many people's names as firms or places ("Scott Draper" ORG, "Britney
Spears" ORG, "Gethin Jenkins" GPE), most often names it has not seen. A first name is strong
evidence: the first names of the 1990 US census (about 5,100, `factx/data/first_names.txt`,
as the `names` package ships them), 252 more listed by hand that British, Irish and
international news uses and the census lacks ("Clive", "Thierry", "Vladimir"), and about 5,000
of European and Latin American locales taken from the Faker package ("Igor", "Ludovico",
"Pepito"; no word BBC news writes in lower case, no place, people or kind word), and about
7,700 more of Faker's African, Asian, Arabic, Turkic, Russian and other locales ("Arnaud",
"Mervyn", "Hind", "Yetunde"; also less the words the articles write more often as surnames,
rebuilt by `scripts/build_first_names.py`), open the name, and the last word is no word that
ends the names of places and organisations ("Ellis Park", "Johnson Controls", "Crystal
Palace"). Words the census lists that open other names more often
in news ("Hong Kong", "Golden Globe") are data (`factx/data/entities.json`), as are the kind
words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from factx.extract.wordlists import data_file

# Two capitalised words, or three with a particle or an initial between: "Todd Van Poppel". The
# first may be two first names joined by a hyphen: "Sven-Goran Eriksson", "Jean-Pierre Raffarin".
_SHAPE = re.compile(
    r"(?P<first>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) "
    r"(?:(?:[A-Z]\.?|[Vv]an|[Dd]e|[Dd]i|[Dd]a|[Ll]e|[Dd]el|[Dd]er|[Vv]on) )?"
    # "McGregor", "MacDonald": a capital after a Scottish or Irish "Mc" or "Mac".
    r"(?P<last>(?:Ma?c)?[A-Z][a-z]*(?:['’-][A-Za-z]+)*[a-z])"
)


@cache
def _data() -> dict[str, list[str]]:
    data: dict[str, list[str]] = data_file("entities.json")
    return data


@cache
def first_names() -> frozenset[str]:
    """Common first names in lower case, less the words that mostly open other names."""
    text = resources.files("factx.data").joinpath("first_names.txt").read_text("ascii")
    found = {line for line in text.splitlines() if line and not line.startswith("#")}
    return frozenset(found - {w.casefold() for w in _data()["first_name_misses"]})


@cache
def _kinds() -> frozenset[str]:
    return frozenset(w.casefold() for w in _data()["name_kinds"])


def name_kind(word: str) -> bool:
    """Whether `word` ends the names of places, organisations and events ("Open", "Park")."""
    return word.casefold() in _kinds()


@cache
def _nicknames() -> frozenset[str]:
    return frozenset(w.casefold() for w in _data()["club_nicknames"])


@cache
def _article_names() -> frozenset[str]:
    return frozenset(w.casefold() for w in _data()["article_names"])


def _arabic_article(match: re.Match[str]) -> bool:
    """Whether the name is the Arabic article "Al" before a word that follows it in the names
    of Arab bodies, outlets and places (`article_names`: "Al Qaeda", "Al Jazeera", "Al Aqsa"),
    no first name and surname however "Al" reads (round r50-bodies, the Lee sheets' `Al Qaeda`
    PERSON over the model's ORG). "Al Gore", "Al Sharpton" keep their first name."""
    return match.group("first") == "Al" and match.group("last").casefold() in _article_names()


def article_name(name: str) -> bool:
    """Whether `name` is "Al" and a word of `article_names` ("Al Qaeda"): an Arab body's name
    with its article, no person's (`_arabic_article`)."""
    match = _SHAPE.fullmatch(name)
    return match is not None and _arabic_article(match)


# Articles of French, Spanish and Italian that are also listed first names ("Les", "Le", "La",
# "El"): before a capitalised word they open a work, a team or a place far more often than a
# person ("Les Sylphides", "Les Bleus", "La Fenice", "El Alto"; "Les Ferdinand", whom the model
# itself calls a person, needs no first name's cue).
_ROMANCE_ARTICLES = frozenset({"les", "le", "la", "los", "las", "el", "il", "du"})


def person_by_first_name(name: str) -> bool:
    """Whether `name` ("Scott Draper") is a first name and a surname, not a place, a firm or a
    club ("Bradford Bulls": a town that is a first name too, and a club's nickname)."""
    match = _SHAPE.fullmatch(name)
    if match is None or _arabic_article(match):
        return False
    if match.group("first").casefold() in _ROMANCE_ARTICLES:
        return False
    last = match.group("last").casefold()
    return _first_name(match.group("first")) and last not in _kinds() and last not in _nicknames()


def _first_name(word: str) -> bool:
    """Whether `word` is a common first name, or two joined by a hyphen ("Jean-Pierre"): both
    halves must be, so that "Rolls-Royce" or "Baden-Powell" is none."""
    return all(part in first_names() for part in word.casefold().split("-"))


def opens_with_first_name(name: str) -> bool:
    """Whether `name` has a person's shape and opens with a common first name, whatever its last
    word: "Philip Green" (a surname that also ends places' names, as "Bethnal Green"). Weaker
    evidence than `person_by_first_name`: only for a name whose own words say more."""
    match = _SHAPE.fullmatch(name)
    return match is not None and _first_name(match.group("first")) and not _arabic_article(match)


_TITLE = r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof|Professor)\.? "


def written_as_a_person(text: str, name: str, names: Iterable[str]) -> bool:
    """Whether the article writes the one-word `name` after a title ("Mr Kipper") or ends a
    person's full name with it (one of `names`, its mentions' texts: "David Beckham"), so the
    rules that read a lone name as a firm or a make leave it a person."""
    if re.search(_TITLE + re.escape(name) + r"\b", text):
        return True
    tail = " " + name
    return any(full.endswith(tail) and opens_with_first_name(full) for full in names)
