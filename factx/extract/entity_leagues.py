"""A league's name run into a club's: "Premiership Everton" is the club Everton.

Papers set a club's league before its name ("they knocked out Premiership Everton", "a
trip to Championship Hull"), and the model tags the two words as one name, often a person.
A league's name opens no person's or place's name, so where a span the model tags a person
or a place opens with one, the words after it are the club; a span it tags an organisation
is cut only where those words are a club's by their shape or a known town's ("Premiership
Rugby" and "Conference North" are bodies and leagues of their own). The league names are a
closed class, data (`league_names` in `factx/data/entities.json`); the words that make the
whole span a league's own thing ("Championship Manager", a game; "Conference Centre") are
`league_things`.

A club's standing outside the leagues, "non-League" ("a money-spinner for non-League Woking"),
is no part of its name either: the model tags the whole span, `repair` drops the "non-" prefix,
and the "League" left before the name is the standing's word (`_standing_league`); the name
after it is the club, ORG, whatever label the model gave it.
"""

from __future__ import annotations

from functools import cache

from factx.extract.place_names import home_place, known_place
from factx.extract.wordlists import data_file


@cache
def _league_names() -> tuple[str, ...]:
    names = data_file("entities.json")["league_names"]
    # Longest first: "League One" before a bare "League" would ever match.
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@cache
def _league_things() -> frozenset[str]:
    return frozenset(data_file("entities.json")["league_things"])


@cache
def _club_words() -> frozenset[str]:
    data = data_file("entities.json")
    return frozenset([*data["club_kinds"], *data["club_nicknames"]])


def _standing_league(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with the "League" of a "non-League" standing, a capitalised
    name after it ("non-League Yeading"): round r36b-clubs, seed 76's `League Yeading` PERSON."""
    span = text[start:end].split()
    return (
        (span[:1] == ["Non-League"] or text[max(0, start - 4) : start].casefold() == "non-")
        and 2 <= len(span) <= 4
        and span[0] in ("League", "Non-League")
        and all(w[:1].isupper() for w in span[1:])
        and span[1] not in _league_things()
    )


def standing_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the "League" of a "non-League" standing: no mention of a
    league named "League" elsewhere in the article (round r36b-clubs: sport/205's
    "non-League Yeading" beside "Ryman Premier League")."""
    return text[start:end] == "League" and text[max(0, start - 4) : start].casefold() == "non-"


def club_after_league(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    """The start of the club's name after a league's name opening text[start:end], with the
    label ORG; (start, label) unchanged where no league's name opens it."""
    span = text[start:end]
    if _standing_league(text, start, end):
        return start + len(text[start:end].split()[0]) + 1, "ORG"
    for league in _league_names():
        if not span.startswith(league + " "):
            continue
        rest = span[len(league) + 1 :]
        words = rest.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return start, label
        if words[-1] in _league_things() or words[0] in _league_things():
            return start, label
        club = words[-1] in _club_words() or known_place(rest) or home_place(rest)
        if label in ("PERSON", "GPE") or (label == "ORG" and club):
            return start + len(league) + 1, "ORG"
        return start, label
    return start, label
