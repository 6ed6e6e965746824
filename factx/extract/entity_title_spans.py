"""Spans the model glues over a title or a faith's word, cut back to the names in them.

Round r52-spans. Three shapes the model tags as one body, where the text holds a title and the
names beside it (the Lee articles' hand check; the same in sentences of my own):

- `faith_before_church_title`: "when he was the Anglican Archbishop of Brisbane" gives
  `Anglican Archbishop of` ORG beside `Brisbane` GPE (two Lee articles), "the Catholic Bishop
  of Leeds" `Catholic Bishop` ORG. A church's title is no body: the faith's word before it is
  the name, NORP as the model tags "Anglican" alone. Only where the span ends in the title (or
  its dangling "of") and the word before the title is a faith's; "the Anglican Church", "the
  Catholic Bishops' Conference" and a titled person ("Archbishop Desmond Tutu") are untouched.
- `place_before_faith`: "at a Toowoomba Anglican school" gives `Toowoomba Anglican` ORG (two
  Lee articles), "a Leeds Catholic school" `Leeds Catholic` NORP: a town and a faith's word
  before the lower-case noun they both modify, two names. Parted, the town GPE and the faith
  NORP, only where the first word is a town or region a place list knows and no people's or
  country's word ("Greek Orthodox", "Russian Orthodox", "Roman Catholic" stay whole) and a
  lower-case word or a church's title follows ("the Queensland Anglican Archbishop"; "the Leeds
  Catholic Cathedral" stays).
- `title_before_person`: "US Magistrate Judith Dein refused" gives `US Magistrate` ORG, "a
  spokesman for the Interior Minister, Yunis Kanooni," `Interior Minister` ORG (two Lee
  articles), "the Foreign Minister, Ali Khan," `Foreign Minister` ORG: a title before the
  person who holds it, no body. Where an ORG ends in a one-word title (the alias lists' roles
  and titles: Minister, Magistrate, Secretary, ...) and a PERSON follows at once (after a space
  or ", "), the title and the portfolio words before it go; what is left is kept only as the
  country (GPE) or the people (NORP) it names ("US"); anything else before the title (a body's
  own words: "Scottish Executive First Minister") leaves the span alone. "<Title> of State"
  is a title too ("US Undersecretary of State John Bolton", an even article).
- `without_dangling_of`: a name never ends in "of": "the Quarterly Economic Commentary of" +
  "Strathclyde University" (an even article), "the Anglican Archbishop of" (two Lee articles)
  lose the "of" the model took from the name after it. Only an ORG's: CoNLL's "Faik Nerweyi
  of" MISC, cut, took the person's lone surname into its wrong label.
- `split_names_joined`: one name the model tagged as two mentions side by side (one space, one
  sentence, no headline), where the first can be no name of its own label: "Susilo Bambang" +
  "Yudhoyono", two PERSONs the second of one word (one person's name is never two people's
  side by side; a title the model tags PERSON is no part of it, "Sheikh" + "Ahmed Yassin" of a
  Lee article, nor a party before a whole name, "Lib Dem" + "Norman Baker" of an even one,
  nor a town after a club's word, CoNLL's "Rotor" + "Volgograd");
  "Pelican" NORP + "Point Nudist Resort" (Lee) and "Swan" NORP + "Hunter" (an even article),
  a NORP word that is no people's, faith's, party's or country's word before a mention not
  ORG (PolNeAR's "Democratic House candidates" stays two); "Newton" + "Aycliffe" (an even
  article, GPE and the model's PERSON), a place before a mention whose words together are a
  town a list knows, GPE. (A one-word place no list knows before a PERSON, "Talal" + "El
  Karkouri", was tried and dropped: "Clash" GPE + "John Strummer", a band before its member.)
  The joined span takes the second mention's label ("Pelican Point Nudist Resort" LOC). A
  real people's word ("British Royal Marine", "American Spencer Tunick") and a country before
  a body ("US Ahold") stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from factx.extract import entity_wrong_joins as wrong_joins
from factx.extract.entity_acts import replaced
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A faith's or a church's adjective: entity_wrong_joins' faiths and the churches' names.
FAITHS = wrong_joins.FAITHS | {
    "Anglican",
    "Methodist",
    "Baptist",
    "Presbyterian",
    "Lutheran",
    "Episcopal",
    "Episcopalian",
    "Uniting",
    "Coptic",
    "Maronite",
    "Shia",
    "Shiite",
    "Sunni",
}
# A church's or a faith's titles, singular: a post held by one person.
CHURCH_TITLES = frozenset(
    {
        "Archbishop",
        "Bishop",
        "Cardinal",
        "Primate",
        "Dean",
        "Vicar",
        "Rector",
        "Priest",
        "Chaplain",
        "Rabbi",
        "Imam",
        "Mufti",
        "Patriarch",
        "Moderator",
        "Cleric",
        "Archdeacon",
        "Canon",
        "Abbot",
    }
)
# "Southern Baptist": a compass word a place list knows opens a church's name.
_COMPASS = frozenset({"Southern", "Northern", "Eastern", "Western", "Central", "North", "South"})
_THE = re.compile(r"(?:[Tt]he )?")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
# A minister's portfolio, the words between a country's and the title ("Israeli Foreign
# Minister"); they go with the title.
PORTFOLIOS = frozenset(
    {
        "Foreign",
        "Interior",
        "Home",
        "Defence",
        "Defense",
        "Finance",
        "Health",
        "Justice",
        "Trade",
        "Education",
        "Agriculture",
        "Environment",
        "Transport",
        "Energy",
        "Economy",
        "Immigration",
        "Industry",
        "Labour",
        "Information",
        "Communications",
        "Culture",
        "Tourism",
        "Treasury",
        "Affairs",
        "Prime",
        "Chief",
        "Deputy",
        "Federal",
        "State",
        "Acting",
    }
)


@cache
def _one_word_titles() -> frozenset[str]:
    """The alias lists' roles and titles of one word, as written capitalised ("Minister")."""
    aliases = data_file("aliases.json")
    words = {w.capitalize() for w in aliases["roles"] + aliases["titles"] if " " not in w}
    return frozenset(words | CHURCH_TITLES | {"Undersecretary"})


def _words(text: str) -> list[str]:
    return text[_THE.match(text).end() :].split(" ")  # type: ignore[union-attr]


def faith_before_church_title(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each non-person span "<Faith> <Title>( of)" cut to the faith's word(s),
    NORP (the module's doc)."""
    result = list(mentions)
    for mention in mentions:
        if mention.label == "PERSON":
            continue
        words = _words(mention.text)
        if words and words[-1] == "of":
            words = words[:-1]
        if len(words) < 2 or words[-1] not in CHURCH_TITLES or words[-2] not in FAITHS:
            continue
        if not all(_CAPITALISED.fullmatch(w) for w in words):
            continue
        faith = " ".join(words[:-1])
        start = mention.text.index(faith) + mention.start
        span = (start, start + len(faith), mention.start, mention.end)
        result = replaced(text, result, layouts, add, [span], ("NORP", "NORP"))
    return result


def place_before_faith(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    a_place: Callable[[str], bool],
    a_place_or_people: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, each "<Town> <Faith>" before a lower-case word parted into the town, GPE,
    and the faith, NORP (the module's doc). `a_place` tells a town or region a list knows,
    `a_place_or_people` a country's or a people's word."""
    result = list(mentions)
    for mention in mentions:
        words = _words(mention.text)
        if len(words) != 2 or words[1] not in FAITHS or mention.label == "PERSON":
            continue
        place = words[0]
        if not a_place(place) or a_place_or_people(place) or place in FAITHS | _COMPASS:
            continue
        next_word = text[mention.end + 1 :].split(" ", 1)[0].rstrip(",.")
        if _LOWER_WORD_AFTER.match(text, mention.end) is None and next_word not in CHURCH_TITLES:
            continue  # "a Toowoomba Anglican school", "the Queensland Anglican Archbishop"
        place_start = mention.end - len(words[1]) - 1 - len(place)
        faith_start = mention.end - len(words[1])
        outer = (mention.start, mention.end)
        for start, end, label in (
            (place_start, place_start + len(place), "GPE"),
            (faith_start, mention.end, "NORP"),
        ):
            span = (start, end, *outer)
            result = replaced(text, result, layouts, add, [span], (label, label))
            outer = (faith_start, mention.end)  # the faith now stands alone in the old span
    return result


def title_before_person(
    text: str, mentions: Sequence[RawMention], people_label: Callable[[str], str | None]
) -> list[RawMention]:
    """The mentions less each ORG "<Portfolio> <Title>" right before a PERSON, and each
    "<Country> (<Portfolio>) <Title>" there cut to the country, GPE, or the people, NORP, that
    `people_label` gives (the module's doc)."""
    result: list[RawMention] = []
    mentions = sorted(mentions, key=lambda m: m.start)
    for i, mention in enumerate(mentions):
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        words = _words(mention.text)
        if (
            mention.label != "ORG"
            or after is None
            or after.label != "PERSON"
            or text[mention.end : after.start] not in (" ", ", ")
            or _title_cut(words)[-1] not in _one_word_titles()
        ):
            result.append(mention)
            continue
        rest = _title_cut(words)[:-1]
        while rest and rest[-1] in PORTFOLIOS:
            rest = rest[:-1]
        if not rest:
            continue  # "Interior Minister", "Foreign Minister": the title alone, no name
        label = people_label(rest[0]) if len(rest) == 1 else None
        if label is None:
            result.append(mention)
            continue
        start = mention.start + mention.text.index(rest[0])
        result.append(_cut(mention, start, start + len(rest[0]), label))
    return result


def _cut(mention: RawMention, start: int, end: int, label: str) -> RawMention:
    text = mention.text[start - mention.start : end - mention.start]
    return replace(mention, text=text, start=start, end=end, label=label, cue=label)


# A party's adjective, a NORP word no people list holds ("Democratic House candidates").
_PARTY_ADJECTIVES = frozenset(
    {"Democratic", "Republican", "Conservative", "Liberal", "Socialist", "Communist", "Green"}
)
# Titles before a name that factx keeps out of the person's span ("Sheikh Ahmed Yassin": the
# model's "Sheikh" PERSON beside "Ahmed Yassin", a Lee article).
_NAME_TITLES = frozenset({"Sheikh", "Emir", "Ayatollah", "Prince", "King", "Queen", "Mullah"})


def _a_title(name: str) -> bool:
    """Whether a one-word name is a title that goes before a person's name."""
    return name in _NAME_TITLES or name.rstrip(".").capitalize() in _one_word_titles()


def _title_cut(words: list[str]) -> list[str]:
    """The words of a span without a title's "of State" ("Undersecretary of State")."""
    return words[:-2] if words[-2:] == ["of", "State"] else words


def without_dangling_of(mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, each ORG that ends in " of" cut before it (the module's doc)."""
    return [
        replace(m, text=m.text[:-3], end=m.end - 3)
        if m.label == "ORG" and m.text.endswith(" of")
        else m
        for m in mentions
    ]


def split_names_joined(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
    a_place: Callable[[str], bool],
    a_place_or_people: Callable[[str], bool],
) -> list[RawMention]:
    """The mentions, with each pair side by side that is one name joined (the module's doc).
    `a_place` tells a town or region a list knows, `a_place_or_people` a country's or a
    people's word."""
    result = list(mentions)
    for first, second in pairwise(sorted(mentions, key=lambda m: m.start)):
        if (
            text[first.end : second.start] != " "
            or first.headline
            or first.sentence != second.sentence
            or first.paragraph != second.paragraph
        ):
            continue
        one_word = " " not in first.text and _CAPITALISED.fullmatch(first.text) is not None
        joined = f"{first.text} {second.text}"
        label = None
        if first.label == "GPE" and second.label in ("GPE", "PERSON") and a_place(joined):
            label = "GPE"  # "Newton" + "Aycliffe"
        elif (
            first.label == second.label == "PERSON"
            and " " not in second.text
            and not _a_title(first.text)
            # "Rotor" + "Volgograd" (CoNLL): a club by its town, no person's surname
            and not a_place(second.text)
            and not a_place_or_people(second.text)
        ):
            # "Susilo Bambang" + "Yudhoyono"; not "Sheikh" + "Ahmed Yassin", nor a party's
            # "Lib Dem" + "Norman Baker" (a whole name after the first)
            label = "PERSON"
        elif (
            one_word
            and first.label == "NORP"
            and second.label != "ORG"  # "Democratic" + "House candidates" (PolNeAR)
            and first.text not in FAITHS | _PARTY_ADJECTIVES
            and not a_place_or_people(first.text)
        ):
            label = second.label  # "Pelican" + "Point Nudist Resort"
        if label is None:
            continue
        span = (first.start, second.end, first.start, second.end)
        result = replaced(text, result, layouts, add, [span], (label, label))
    return result
