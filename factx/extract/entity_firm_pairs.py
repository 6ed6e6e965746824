"""A name the model reads as a person, paired after "like" with a firm the model reads as a body.

`firms_paired_after_like` (round r53-persons, BBC sheet 53B's tech/267: "Veteran surfers will
remember old-timers like Hotbot and Altavista.", `Hotbot` PERSON beside `Altavista`, which the
model tags NORP and the cluster's "a NORP that is no people is a body" default makes ORG):
`lists.paired_labels` makes the person of such a pair a firm only where its partner's ORG comes
from a cue, and the default is none. Here the pair follows a plural and "like|such as|
including", the model tags one name PERSON (with no cue) and the other ORG, or NORP where no
list knows the word as a people's or a country's ("Altavista"): the person is a firm, ORG. My
"Surfers remember sites like Lycosa and Altavista." gives `Lycosa` PERSON at the base.

Not after a plural of people ("legends like Pele and Maradona", "stars such as Beckham and
Owen": `_PEOPLE_PLURALS`), nor for a name that opens with a common first name or that the
article writes after a title or a first name elsewhere ("Hewitt" beside "Lleyton Hewitt"),
nor where a list goes on around the pair ("like A, B and C" is `listed_labels`' work).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.evidence import a_people_by_name, a_peoples_plural, country_keys
from factx.extract.first_names import opens_with_first_name, written_as_a_person

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# A plural and its "like" right before the pair: "old-timers like ", "firms, such as ".
_LIKE_BEFORE = re.compile(r"\b(?P<plural>[a-z][\w-]*s),? (?:like|such as|including) $")
# Plurals of people, whose pairs are people: "legends like Pele and Maradona".
_PEOPLE_PLURALS = frozenset(
    {
        "activists",
        "actors",
        "actresses",
        "analysts",
        "artists",
        "athletes",
        "authors",
        "billionaires",
        "bosses",
        "boxers",
        "campaigners",
        "candidates",
        "celebrities",
        "characters",
        "chiefs",
        "coaches",
        "colleagues",
        "comedians",
        "contenders",
        "critics",
        "defenders",
        "designers",
        "directors",
        "drivers",
        "economists",
        "entrepreneurs",
        "executives",
        "experts",
        "fans",
        "favourites",
        "figures",
        "footballers",
        "founders",
        "friends",
        "goalkeepers",
        "golfers",
        "greats",
        "guys",
        "heavyweights",
        "heroes",
        "icons",
        "idols",
        "individuals",
        "internationals",
        "leaders",
        "legends",
        "luminaries",
        "managers",
        "members",
        "men",
        "midfielders",
        "ministers",
        "musicians",
        "names",
        "nominees",
        "novelists",
        "opponents",
        "people",
        "personalities",
        "pioneers",
        "players",
        "poets",
        "politicians",
        "presenters",
        "pundits",
        "riders",
        "rivals",
        "singers",
        "sprinters",
        "stars",
        "strikers",
        "talents",
        "thinkers",
        "tycoons",
        "veterans",
        "women",
        "writers",
        "youngsters",
    }
)
_PAIR_JOINS = frozenset({" and ", " or "})


def _a_body_by_the_model(mention: RawMention) -> bool:
    """Whether the model's label of `mention` reads it as a body: ORG, or NORP of a word no
    people or country list knows ("Altavista", not "Arabs" nor "French")."""
    if mention.cue not in ("", "ORG"):
        return False
    if mention.label == "ORG":
        return True
    name = mention.text
    return (
        mention.label == "NORP"
        and not a_people_by_name(name)
        and not a_peoples_plural(name)
        and name.casefold() not in country_keys(str.casefold)
    )


def firms_paired_after_like(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indices of the PERSON members of such pairs (module docstring)."""
    for first, second in zip(range(len(mentions)), range(1, len(mentions)), strict=False):
        a, b = mentions[first], mentions[second]
        if text[a.end : b.start] not in _PAIR_JOINS:
            continue
        like = _LIKE_BEFORE.search(text, max(0, a.start - 40), a.start)
        if like is None or like.group("plural").casefold() in _PEOPLE_PLURALS:
            continue
        if re.match(r"\s*(?:,|and\b|or\b)", text[b.end : b.end + 5]):
            continue  # "like A and B, C ...": a list goes on
        for person, partner in ((first, second), (second, first)):
            p = mentions[person]
            if p.label != "PERSON" or p.cue not in ("", "ORG"):
                continue
            if not _a_body_by_the_model(mentions[partner]):
                continue
            if opens_with_first_name(p.text) or written_as_a_person(
                text, p.text, (m.text for m in mentions)
            ):
                continue
            yield person
