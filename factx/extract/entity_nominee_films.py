"""Films in a prize's lists of nominees (round r44b-films; seed 136's entertainment/063, a list
of French film nominees with 6 of its 33 entities wrong and the film `L'Equipier` PERSON).

A list of a category's nominees pairs each nominee with the film they are up for: "Best actors
are Daniel Auteuil for 36, Mathieu Amalric for Kings And Queen ... Philippe Torreton for
L'Equipier and Benoit Poelvoorde for Podium". The model reads each title by its look (a person
for "L'Equipier", a building for "Le Voyageur") or misses it; where the sentence pairs two
names or more so, each title after "<First> <Surname> for" is a work, whole to the list's next
comma or "and", with its "of the", its capitalised "And" and a leading number ("36").

A list of films named by their category ("Other films in the best film category include Police
drama 36, Quai Des Orfevres, Arnaud Desplechin's Kings And Queen ...") or before "are (all)
vying in|for the best <kind> film|picture prize" names a film in each member, parted at the
list's commas and "and"; a member's kind words ("Police drama") and a director's possessive
("Arnaud Desplechin's") stay outside its title.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factx.extract.entity_screen_titles import made_whole
from factx.extract.evidence import country_keys
from factx.extract.first_names import person_by_first_name
from factx.extract.place_names import known_place
from factx.extract.title_shapes import TITLE_SMALL_WORDS, small_words, title_run

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_WORK = "WORK_OF_ART"
# A title's words: capitalised ("L'Equipier", "And" inside "Kings And Queen") or a number
# ("36", "21 Grams", "Fahrenheit 9/11"); its small words between them, never a lower-case "and"
# (the list's own join).
_CAP = r"[A-Z][\w'’:-]*"
_NUMBER = r"\d[\d/.]*(?<!\.)"
_SMALL = small_words(
    *TITLE_SMALL_WORDS, "with", "is", "my", "de", "des", "du", "la", "le", "les", "et"
)
# A number stands first or right after a capitalised word ("21 Grams", "Fahrenheit 9/11"), never
# after a small word ("The Shining in 1980": the year is no part of the title).
_TITLE = title_run(_CAP, _SMALL, first=rf"(?:{_CAP}|{_NUMBER})", number=_NUMBER)
# "<First> <Surname> for <Title>" ending at the list's next join or the sentence's end.
_NOMINEE_FOR = re.compile(
    rf"(?<![\w'’-])[A-Z][a-z]+(?: [A-Z][\w'’-]+){{1,2}},? for (?P<title>{_TITLE})"
    r"(?=,? and |, |[.;:!?]|\n|$)"
)
# A prize's list: its category or its nominees.
_PRIZE = re.compile(
    r"\b(?:[Bb]est (?:actors?|actress(?:es)?|directors?|films?|pictures?|screenplays?"
    r"|supporting|foreign|documentar(?:y|ies)|newcomers?)|[Nn]ominees?|[Nn]ominat\w+"
    r"|[Ss]hortlist\w*|categor(?:y|ies))\b"
)
# The words of a sports page: a player's prize is for his club ("Steven Gerrard for Liverpool").
_SPORT = re.compile(
    r"\b(?:player|players|footballer|goals?|season|clubs?|team|league|coach|manager|match|cup"
    r"|squad|caps?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def films_for_nominees(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each title after "<First> <Surname> for" one work where a prize's
    sentence pairs two nominees or more with their films (the module's doc). Guards: two pairs
    in one sentence (one "Smith for Jones" is no list), a prize's words in it and none of
    sport."""
    if " for " not in text:
        return mentions
    pairs = list(_NOMINEE_FOR.finditer(text))
    if len(pairs) < 2:
        return mentions  # most articles
    by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for pair in pairs:
        bounds = _sentence_bounds(text, pair.start())
        by_sentence.setdefault(bounds, []).append(pair.span("title"))
    spans: list[tuple[int, int]] = []
    for (start, end), titles in by_sentence.items():
        sentence = text[start:end]
        if len(titles) >= 2 and _PRIZE.search(sentence) and not _SPORT.search(sentence):
            spans.extend(titles)
    if not spans:
        return mentions
    return made_whole(text, _unglued(mentions, spans), spans, layouts, add, _WORK)


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The start and end of the sentence around text[at]."""
    opening = 0
    for found in _SENTENCE_END.finditer(text, max(0, at - 600), at):
        opening = found.end()
    closing = _SENTENCE_END.search(text, at)
    return opening, closing.start() if closing else len(text)


# "films in the best film category include <list>", up to the sentence's end.
_CATEGORY_LIST = re.compile(
    r"\b(?:films|movies) (?:in|for) the best [\w -]{1,30}? (?:category|categories|prize|award)"
    r" (?:include|includes|included|are|were) (?P<films>[^.;:!?\"“”()\n]+?)(?=[.;:!?(\"“”]|\n|$)"
)
# "<list> are (all) vying in|for the best foreign film prize": a film's prize, not an actor's.
_VYING = re.compile(
    r" (?:are|were) (?:all )?vying (?:in|for) (?:the )?best (?:[\w-]+ ){0,2}"
    r"(?:film|picture|movie|documentary|feature)\b"
)
# A member's kind words before its title: "Police drama 36", "Crime drama 24".
_KIND_THEN_TITLE = re.compile(rf"(?:^|(?<=[a-z] ))(?P<title>{_TITLE})$")
_JOIN = re.compile(r",? and |, ")
# A director's possessive before a member's title: "Arnaud Desplechin's Kings And Queen".
_OWNER = re.compile(r"[A-Z][\w-]+ [A-Z][\w-]+['’]s (?=[A-Z\d])")


def films_in_a_category(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each member of a list of films named by a prize's category one work,
    whole (the module's doc): "Other films in the best film category include Police drama 36,
    Quai Des Orfevres, ..." and "Michael Moore's Fahrenheit 9/11, The Motorcycle Diaries ... and
    21 Grams are all vying in the best foreign film prize". Guards: the list says films, in its
    opening words or in the prize's ("best foreign film": not "best actor", whose list is of
    people); a list of two members or more."""
    if "best " not in text:
        return mentions
    spans: list[tuple[int, int]] = []
    for found in _CATEGORY_LIST.finditer(text):
        spans.extend(_members(text, found.start("films"), found.end("films")))
    for found in _VYING.finditer(text):
        opening = 0
        for end in _SENTENCE_END.finditer(text, max(0, found.start() - 400), found.start()):
            opening = end.end()
        while opening < found.start() and text[opening].isspace():
            opening += 1
        spans.extend(_members(text, opening, found.start()))
    return (
        made_whole(text, _unglued(mentions, spans), spans, layouts, add, _WORK)
        if spans
        else mentions
    )


def _members(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the titles of the list text[start:end], parted at its commas and "and",
    each less its kind words and its director's possessive; none where the list has fewer than
    two members or a member is no title (a clause, not a list)."""
    spans = []
    at = start
    for join in [*_JOIN.finditer(text, start, end), None]:
        stop = join.start() if join is not None else end
        title = _KIND_THEN_TITLE.search(text[at:stop])
        if title is None:
            return []
        owner = _OWNER.match(text, at + title.start(), at + title.end())
        spans.append((owner.end() if owner else at + title.start(), at + title.end()))
        if join is not None:
            at = join.end()
    return spans if len(spans) >= 2 else []


def _unglued(mentions: list[RawMention], spans: list[tuple[int, int]]) -> list[RawMention]:
    """The mentions less those that run over two titles of a list, glued at its join ("L'Esquive
    and The Chorus" ORG): each title is then read on its own."""
    return [m for m in mentions if sum(m.start < e and s < m.end for s, e in spans) < 2]


# The words before the film a part is played in: "his latest role in", "appeared opposite Dame
# Judi Dench and Juliette Binoche in". A co-star is a full name, a "Dame" or "Sir" before it.
_STAR = r"(?:(?:Dame|Sir) )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
_ACTED_IN = re.compile(
    rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|latest|first|new|last|next|debut|breakthrough|starring|title"
    rf"|lead|leading|supporting|winning) (?:film |screen |movie )?roles? in"
    rf"|\b(?:appeared|appears|appearing|starred|stars|starring|co-starred|cast) opposite {_STAR}"
    rf"(?:,? and {_STAR})?(?: and {_STAR})? in) "
    rf"(?P<title>{_TITLE}(?: and {_CAP})?)(?![\w'’-]| [A-Z\d])"
)
# A director's possessive before the title: "his role in Bernardo Bertolucci's Last Tango".
_TITLE_OWNER = re.compile(r"(?:[A-Z][\w-]+ )+[A-Z][\w-]+['’]s ")


def films_acted_in(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with the title after an actor's role or co-star ("his latest role in
    Finding Neverland", "appeared opposite Dame Judi Dench and Juliette Binoche in Chocolat")
    one work, whole: a part is played in a film, and the model cuts a title that opens with a
    verb's -ing form ("Finding" GPE) or reads a one-word title as a firm or a place
    ("Chocolat" ORG). Not a name before a possessive ("role in Labour's campaign"), a known
    place or a country ("her first role in Paris"), or a person's name by its first name ("his
    role in Tony Blair's fall"); a director's possessive stays outside the title."""
    if " role" not in text and " opposite " not in text:
        return mentions
    spans: list[tuple[int, int]] = []
    for found in _ACTED_IN.finditer(text):
        start, end = found.span("title")
        owner = _TITLE_OWNER.match(text, start, end)
        if owner is not None:
            start = owner.end()
        title = text[start:end]
        if start == end or title.endswith(("'s", "’s")) or text[end : end + 1] in "'’":
            continue
        if _a_place(title) or person_by_first_name(title):
            continue
        spans.append((start, end))
    return made_whole(text, mentions, spans, layouts, add, _WORK) if spans else mentions


def _a_place(name: str) -> bool:
    """Whether a name is a country's or a known place's."""
    return known_place(name) or name.casefold() in country_keys(str.casefold)


# Round r46b-music (seed 146's "The other two finalists, Citizen Kane and A Matter of Life and
# Death" after a film poll: `Citizen Kane` PERSON, `Casablanca` GPE): the list after a race's
# field word ("finalists", "nominees", "contenders", "runners-up"; "the other two films") and
# its verb or comma. The count ("two") says how many members the list holds.
_FIELD_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_FIELD = re.compile(
    r"\b(?:(?:[Oo]ther |[Tt]he )?(?:(?P<count>two|three|four|five|six) )?"
    r"(?:finalists|nominees|contenders|runners-up)"
    r"(?:,? (?:are|were|include|includes|included|including)|,)"
    r"|[Oo]ther (?P<films>two|three|four|five|six) (?:films|movies),)(?: the)? "
)
_FIELD_TITLE = re.compile(_TITLE)
_FIELD_JOIN = re.compile(r"(?:,? and |, )(?:the )?(?=[A-Z\d])")
# A film story: its words, twice in the article.
_FILM_STORY = re.compile(
    r"\b(?:films?|movies?|Oscars?|Baftas?|best picture|cinemas?|box office|film-goers)\b"
)


def films_among_finalists(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with each member of a film race's list of finalists one work, whole (round
    r46b-music): "The audience voted for The Godfather. The other two finalists, Citizen Kane
    and A Matter of Life and Death, split the rest" and "Other nominees included the Motorcycle
    Diaries, Zatoichi and Hero" name films, where the model reads a title by its look (a person
    for "Citizen Kane", a town for "Casablanca"). The list's count ("two") keeps a title's own
    "and" ("A Matter of Life and Death": the members past the count are one title's words).
    Guards: a film story (its words twice in the article) and no sport's words in the sentence
    (a final's "The other two finalists, Federer and Roddick"); two members or more, each a
    title to the list's end (a lower-case word, a verb's, or the sentence's end); no member a
    person's name by its first name, nor every member a known place's: a list of people
    ("nominees include Imelda Staunton") or of places is no list of films."""
    if not any(word in text for word in ("finalists", "nominees", "contenders", "runners-up")) and (
        " films" not in text and " movies" not in text
    ):
        return mentions
    if len(_FILM_STORY.findall(text)) < 2:
        return mentions
    spans: list[tuple[int, int]] = []
    for found in _FIELD.finditer(text):
        start, end = _sentence_bounds(text, found.start())
        if _SPORT.search(text, start, end):
            continue
        members = _field_members(text, found.end())
        count = _FIELD_WORDS.get(found.group("count") or found.group("films") or "")
        if count is not None and len(members) > count:
            # "Citizen Kane and A Matter of Life and Death": the last title's own "and"s.
            members = [*members[: count - 1], (members[count - 1][0], members[-1][1])]
            if ", " in text[members[-1][0] : members[-1][1]]:
                continue
        if len(members) < 2 or _not_films([text[s:e] for s, e in members]):
            continue
        spans.extend(members)
    if not spans:
        return mentions
    return made_whole(text, _unglued(mentions, spans), spans, layouts, add, _WORK)


def _field_members(text: str, at: int) -> list[tuple[int, int]]:
    """The spans of the titles listed from text[at], parted at commas and "and" (a lower-case
    "the" before a member stays outside it); none where the list runs on into a word that ends
    no title (a clause: "nominees, composer Andrew Lloyd Webber")."""
    members: list[tuple[int, int]] = []
    while True:
        title = _FIELD_TITLE.match(text, at)
        if title is None:
            return []
        members.append(title.span())
        join = _FIELD_JOIN.match(text, title.end())
        if join is None:
            break
        at = join.end()
    rest = text[members[-1][1] : members[-1][1] + 2]
    if rest[:1] not in ("", ".", ",", ";", ":", "!", "?", "\n", " ") or (
        rest[:1] == " " and not rest[1:2].islower()
    ):
        return []
    return members


def _not_films(titles: list[str]) -> bool:
    """Whether a list names people or places: a member a person's by its first name ("Imelda
    Staunton"), or every member a known place's ("Paris and Madrid"; a film may share one
    place's name, "Casablanca")."""
    return any(person_by_first_name(title) for title in titles) or all(
        _a_place(title) for title in titles
    )
