"""Names listed together are of one kind: "Michael Owen, Gethin Jenkins, Dwayne Peel and Gavin
Henson" are four players, though the model reads "Gethin Jenkins" as a place.

A list is three or more mentions joined only by ", ", " and ", ", and " or " or " (" , " in
tokenised text). A name whose
label differs from the one most others in its list share (people or organisations, the kinds
the model confuses) takes that label, where the article's words around it said nothing else;
a name tagged PERSON or ORG that is a known place takes a place's label from a list of places
(not an ORG where the article names sides: there it is a club), as does an ORG in a list of
known places the model split between firms and places; a known place tagged a place keeps it
in a list whose firms are mostly known places too. A list that a word of electoral seats opens
("The marginals are Aberdeen South, Dumfriesshire, ...") is one of places, whatever the model
made of each seat (`seat_lists`). Two names paired by "and" or "or" are of one kind where their
look or the article's words show it: a name with no first name beside an organisation the
article shows ("the match between Lazio and Sampdona"), two people's full names
(`paired_labels`). A people's word tagged NORP listed beside a language or after a word of
languages is a language ("in English and Russian", `listed_languages`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from functools import cache
from typing import Protocol

from factx.extract.first_names import opens_with_first_name, person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.wordlists import data_file

_JOINS = frozenset({", ", " and ", ", and ", " or ", ", or ", " , ", " , and ", " , or "})
# The kinds a list lends, and the labels of names that may take them.
_LENT = frozenset({"PERSON", "ORG"})
# A place's label goes only to a name the model took for a person that is a known place
# ("towns including Cardiff, Bangor and Wrexham" PERSON): surnames on a team sheet are often
# read as places, and clubs named by their town are listed among places in sport.
_PLACE = "GPE"
_TAKERS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})
_SHORTEST = 3


class _Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def cue(self) -> str: ...


# "S. Best", "G Thomas": an initial and a surname is a person's name.
_INITIAL_AND_NAME = re.compile(r"[A-Z]\.? [A-Z][\w'’-]+")


def known_labels(text: str, mentions: Sequence[_Mention]) -> tuple[list[str], set[int]]:
    """The label each mention is known by: its cue's, else the model's; a person's for the
    surname of a person the article names in full ("Larkin" after "Adam Larkin", whatever the
    model made of either) and for an initial and a surname ("S. Best"). Also the indexes of
    the mentions whose label the article shows (a cue, a surname, an initial): a list never
    changes those.
    """
    labels = [("ORG" if m.cue == "TEAM" else m.cue) or m.label for m in mentions]
    certain = {i for i, m in enumerate(mentions) if m.cue}
    surnames = {
        text[m.start : m.end].split()[-1].casefold()
        for m, label in zip(mentions, labels, strict=True)
        if label == "PERSON" and " " in text[m.start : m.end].strip()
    }
    for i, m in enumerate(mentions):
        name = text[m.start : m.end]
        if name.casefold() in surnames or _INITIAL_AND_NAME.fullmatch(name):
            labels[i] = "PERSON"
            certain.add(i)
    return labels, certain


# One capitalised word between two listed names that the model left out ("Basingstoke,
# Shrewsbury, Dorset and Torbay" with no mention of "Shrewsbury"): the list goes on over it.
_MISSED_MEMBER = re.compile(r", [A-Z][a-z]+(?:-[A-Z][a-z]+)?, ")


def lists(
    text: str, mentions: Sequence[_Mention], shortest: int = _SHORTEST, *, gaps: bool = False
) -> Iterator[list[int]]:
    """The indexes of the mentions of each list of `shortest` names or more, in order;
    `mentions` sorted by start. With `gaps`, a list goes on over one capitalised word the
    model tagged nothing."""
    run: list[int] = []
    for i, m in enumerate(mentions):
        between = text[mentions[run[-1]].end : m.start] if run else ""
        if run and (between in _JOINS or (gaps and _MISSED_MEMBER.fullmatch(between))):
            run.append(i)
            continue
        if len(run) >= shortest:
            yield run
        run = [i]
    if len(run) >= shortest:
        yield run


# The words that join the two names of a pair: no comma ("Bath and Wells" is one list's end).
_PAIR_JOINS = frozenset({" and ", " or "})


def paired_labels(
    text: str,
    mentions: Sequence[_Mention],
    labels: Sequence[str],
    certain: Collection[int],
    country: Callable[[str], bool],
) -> Iterator[tuple[int, str]]:
    """(index, label) for the member of a pair of names ("A and B", no list around it) that
    the model read as a person beside an organisation, or as an organisation beside a person,
    where the two are of one kind by their look.

    Two names neither of which opens with a common first name, one an organisation, are two
    organisations ("search engines like Hotbot and Altavista": the model's PERSON and ORG);
    two that both open with one are two people ("hosts Owen Pratt and Ellen Ward"). `labels`
    and `certain` are as for `listed_labels`: a name the article shows (a person's surname, a
    cue) keeps its label, and a lone word the article names in full as a person's surname
    stays a person's ("Safin and Hewitt"). A country's side lends nothing: its name also
    qualifies the person after it ("Brazilian Rui and England captain Tom Hale"), and
    `country` tells it.
    """
    for run in lists(text, mentions, 2):
        if len(run) != 2 or text[mentions[run[0]].end : mentions[run[1]].start] not in _PAIR_JOINS:
            continue
        if text.startswith(("'s", "’s"), mentions[run[1]].end):
            continue  # "Fulham's Edwin van der Sar and Parma's Sebastien Frey": no pair
        pair = [labels[i] for i in run]
        if sorted(pair) != ["ORG", "PERSON"]:
            continue
        names = [text[mentions[i].start : mentions[i].end] for i in run]
        person = run[pair.index("PERSON")]
        firm = run[pair.index("ORG")]
        first = [opens_with_first_name(name) for name in names]
        if not any(first) and firm in certain and person not in certain:
            if country(names[run.index(firm)]):
                continue
            yield person, "ORG"
        elif all(first) and firm not in certain and all(map(person_by_first_name, names)):
            yield firm, "PERSON"


def listed_labels(
    text: str, mentions: Sequence[_Mention], labels: Sequence[str], certain: Collection[int]
) -> Iterator[tuple[int, str]]:
    """(index, label) for each listed mention whose label most others in its list do not share.

    `labels` and `certain` are the mentions' labels as the article knows them and those it
    shows (`known_labels`).

    The label must be that of more than half of the other names and of two at least; a person's
    only goes to a name of one word where most of the others are of one word too.
    """
    # Whether the article names teams, asked once: no cue this yields is a team's.
    sides = _sides(mentions)
    for run in lists(text, mentions, gaps=True):
        run = _closed_by_and(text, mentions, run)
        if len(run) < _SHORTEST:
            continue
        counts = Counter(labels[i] for i in run)
        for i in run:
            own = labels[i]
            if i in certain:
                if own == "PERSON" and mentions[i].label != own and not mentions[i].cue:
                    yield i, own  # "S. Best" tagged ORG: known a person by its form
                continue
            if own not in _TAKERS:
                continue
            if own == "ORG" and _known_places_as_firms(text, mentions, labels, run, i, sides):
                yield i, _PLACE
                continue
            others = counts.copy()
            others[own] -= 1
            label, votes = max(others.items(), key=lambda kv: (kv[1], kv[0]))
            if label == own or votes < 2 or votes * 2 <= len(run) - 1:
                continue
            if label not in _LENT:
                name = text[mentions[i].start : mentions[i].end]
                if (
                    label == _PLACE
                    and own in _PLACE_TAKERS
                    and known_place(name)
                    and (own == "PERSON" or _places_only(text, mentions, labels, run, sides))
                ):
                    yield i, label
                continue
            if label == "ORG" and _places_as_firms(text, mentions, labels, run, i):
                continue
            if label == "PERSON" and _party_name(text[mentions[i].start : mentions[i].end]):
                continue
            # One word among people's full names is more often a band or a firm ("Charlotte
            # Church, Coldplay and ..."); among surnames ("Houghton, Quinn"), a surname.
            if label != "PERSON" or _alike(text, mentions, labels, run, i):
                yield i, label


@cache
def _party_names() -> frozenset[str]:
    """The parties' words and plurals (`party_members`): "Tory", "Liberal Democrat", "Tories"."""
    members = data_file("entities.json")["party_members"]
    return frozenset(members["before_names"]) | frozenset(members["words"])


def _party_name(name: str) -> bool:
    """Whether `name` is a party's word or its members' plural, which a list of people lends
    no person's label: "Labour's Robin Cook and Tony Wright and Liberal Democrat Paul Tyler"
    lists the party between two people, as the news sets a party before each member's name
    (round r42c-awards, seed 126's `Liberal Democrat` PERSON); its own label stands."""
    return name in _party_names()


# The joins that close a list: its last item follows "and" or "or".
_LAST_JOINS = frozenset({" and ", ", and ", " or ", ", or ", " , and ", " , or "})
_COMMAS = frozenset({", ", " , "})


def _closed_by_and(text: str, mentions: Sequence[_Mention], run: list[int]) -> list[int]:
    """The run without a last name that follows a comma after the list's "and": "starring
    Frank Sinatra and the Rat Pack, Ocean's Eleven was directed by" closes its list of two
    stars at "and"; the name after the comma opens the clause, a film, no third star (round
    r37e-screen, seed 87). A list goes on after "and" only where another "and" closes it
    again ("Leeds and Bolton, Chelsea and Arsenal" is kept whole)."""
    if len(run) < _SHORTEST:
        return run
    before = text[mentions[run[-2]].end : mentions[run[-1]].start]
    if before not in _COMMAS:
        return run
    closing = text[mentions[run[-3]].end : mentions[run[-2]].start]
    return run[:-1] if closing in _LAST_JOINS else run


# The labels of a known place that a list of places makes a place: a town read as a person
# ("Cardiff, Bangor and Wrexham" PERSON) or as a firm ("visits to Exeter, Devon and Truro",
# ORG), where most of the other names are places by the model's word.
_PLACE_TAKERS = frozenset({"PERSON", "ORG"})
_PLACE_OR_FIRM = frozenset({"GPE", "LOC", "ORG"})


def _places_only(
    text: str, mentions: Sequence[_Mention], labels: Sequence[str], run: list[int], sides: bool
) -> bool:
    """Whether a list holds only places and firms, in an article that names no sides: a person
    among them ("Leeds, Gateshead, Sheffield and Wilkinson") makes it a sports page's, where a
    town tagged ORG is its club. A known place tagged PERSON is a town the model misread
    ("visits to Exeter, Torbay, Devon and Truro"), no person."""

    def place_or_firm(j: int) -> bool:
        if labels[j] == "PERSON":
            return known_place(text[mentions[j].start : mentions[j].end])
        return labels[j] in _PLACE_OR_FIRM

    return not sides and all(map(place_or_firm, run))


def _sides(mentions: Sequence[_Mention]) -> bool:
    """Whether the article names teams (a TEAM cue): there a town tagged ORG among places is
    more often its club ("Bath, Gloucester and Leicester" in a rugby report)."""
    return any(m.cue == "TEAM" for m in mentions)


def _known_places_as_firms(
    text: str,
    mentions: Sequence[_Mention],
    labels: Sequence[str],
    run: list[int],
    i: int,
    sides: bool,
) -> bool:
    """Whether mention i, tagged ORG, is a known place in a list of known places, some of which
    the model read as places and the rest, like it, as firms: "polls at Bristol, the Isle of
    Man and Stockton" (ORG, ORG, GPE), where no vote gives the places a majority. Every firm of
    the list must be a known place ("Bristol, Vodafone and Leeds" lists a firm), at least as
    many names must be tagged a place as a firm besides i, and the article names no sides
    (a list of towns tagged ORG and GPE there is of clubs)."""

    def place(j: int) -> bool:
        return known_place(text[mentions[j].start : mentions[j].end])

    firms = [j for j in run if labels[j] == "ORG"]
    places = [j for j in run if labels[j] in _PLACE_LABELS]
    return (
        bool(places)
        and len(places) >= len(firms) - 1
        and len(firms) + len(places) == len(run)
        and all(map(place, firms))
        and not sides
    )


# The labels of a place the model read rightly, which a list of places it read as firms must
# not take away.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _places_as_firms(
    text: str, mentions: Sequence[_Mention], labels: Sequence[str], run: list[int], i: int
) -> bool:
    """Whether mention i is a known place tagged a place, listed among names tagged ORG that are
    mostly known places too: "spread to the Midlands, Merseyside, Bristol and Leeds", where the
    model read the first three as firms; the list is one of places, and lends no firm's label.
    Not where most of the firms are no known place ("Chelsea, Arsenal and Leeds": clubs)."""

    def place(j: int) -> bool:
        return known_place(text[mentions[j].start : mentions[j].end])

    if labels[i] not in _PLACE_LABELS or not place(i):
        return False
    firms = [j for j in run if j != i and labels[j] == "ORG"]
    return sum(place(j) for j in firms) * 2 > len(firms)


def _alike(
    text: str, mentions: Sequence[_Mention], labels: Sequence[str], run: list[int], i: int
) -> bool:
    """Whether mention i has one word as most other people of the list do, or several."""

    def single(j: int) -> bool:
        return " " not in text[mentions[j].start : mentions[j].end].strip()

    same = [single(j) for j in run if j != i and labels[j] == "PERSON"]
    return (sum(same) * 2 > len(same)) == single(i)


# The words before a list of electoral seats: "The marginals are", "target seats include",
# "the constituencies of", "wards such as".
_SEATS_BEFORE = re.compile(
    r"\b(?:seats|marginals|constituencies|wards)(?: [a-z]+){0,3}? "
    r"(?:are|were|include|included|including|such as|like|of):? $"
)
# The labels a seat the model misread may have; a place's own stay.
_SEAT_MISREADS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "FAC", "WORK_OF_ART"})


def seat_lists(text: str, mentions: Sequence[_Mention]) -> Iterator[int]:
    """The indexes of the mentions listed after a word of electoral seats that are no place by
    the model's label: "The marginals are Aberdeen South, Dumfriesshire, Dundee East and West,
    Ochil, Stirling" lists constituencies, though the model reads some as firms or people.
    Not a name of a person's shape (a first name and a surname: "seats such as Tony Blair's")."""
    for run in lists(text, mentions):
        first = mentions[run[0]]
        if not _SEATS_BEFORE.search(text, max(first.start - 60, 0), first.start):
            continue
        for i in run:
            name = text[mentions[i].start : mentions[i].end]
            if mentions[i].label in _SEAT_MISREADS and not person_by_first_name(name):
                yield i


def city_lists(
    text: str, mentions: Sequence[_Mention], place: Callable[[str], bool]
) -> Iterator[int]:
    """The indexes of the mentions the model tagged PERSON in a list of three or more names
    every one of which is a city or a region (`place`), none shown otherwise by the words
    around it: "The transmission area will initially include Paris, Lille, Lyon and Toulouse"
    came out four people. One city's name may be a person's ("Paris", "Lyon"); a list of
    nothing but places names places."""
    for run in lists(text, mentions):
        names = [text[mentions[i].start : mentions[i].end] for i in run]
        if any(mentions[i].cue for i in run) or not all(place(name) for name in names):
            continue
        yield from (i for i in run if mentions[i].label == "PERSON")


# The words before a list of languages: "in three languages; English, French and Welsh",
# "languages such as Welsh and Gaelic".
_LANGUAGES_BEFORE = re.compile(
    r"\blanguages\b[^.;:]{0,30}?(?:[;:,]|such as|including|like)\s*$|\blanguages[;:]\s*$"
)
# A lower-case word after a list: its names qualify a noun ("English and French clubs"), they
# name no language.
_NOUN_AFTER = re.compile(r" [a-z]")


def listed_languages(
    text: str,
    mentions: Sequence[_Mention],
    labels: Sequence[str],
    language: Callable[[str], bool],
) -> Iterator[int]:
    """The indexes of the listed mentions tagged NORP that name a language (`language` tells),
    in a list of two names or more where another is a language by `labels` (as
    `known_labels` gives them) or after a word of languages: "in English and Russian" (the
    model's LANGUAGE and NORP), "in three languages; English, French and Welsh". Not a list
    before a noun it qualifies ("the English and French clubs": peoples' words), nor a word
    the article also uses of people outside such a list ("a Russian, Anatoly Ivanov"): all
    mentions of a name share one label, and the list's one would take the person's."""
    found = set(_languages_in_lists(text, mentions, labels, language))
    names = {text[mentions[i].start : mentions[i].end] for i in found}
    elsewhere = {
        text[m.start : m.end]
        for j, m in enumerate(mentions)
        if j not in found and labels[j] != "LANGUAGE" and text[m.start : m.end] in names
    }
    for i in sorted(found):
        if text[mentions[i].start : mentions[i].end] not in elsewhere:
            yield i


def _languages_in_lists(
    text: str,
    mentions: Sequence[_Mention],
    labels: Sequence[str],
    language: Callable[[str], bool],
) -> Iterator[int]:
    for run in lists(text, mentions, 2):
        last = mentions[run[-1]]
        if _NOUN_AFTER.match(text, last.end):
            continue
        first = mentions[run[0]]
        opened = _LANGUAGES_BEFORE.search(text, max(first.start - 60, 0), first.start)
        if not opened and not any(labels[i] == "LANGUAGE" for i in run):
            continue
        for i in run:
            m = mentions[i]
            if labels[i] == "NORP" and not m.cue and language(text[m.start : m.end]):
                yield i
