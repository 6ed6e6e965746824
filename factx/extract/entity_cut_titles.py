"""A work's title the model cut to its last word, read as a person: "ABC serial Desperate
Housewives" gives "Housewives" PERSON, "the hit show Robbing Peter" gives "Peter" PERSON.

A title's first word written with a capital inside a sentence, right after a work's kind word
("serial", "show", "film", "album", ...) and right before the model's one-word PERSON, is the
title's: the title is the whole run, a work. The kind word must stand right before the run, so
"the film's star, Peter Hale" or "in the film Ms Grace said" do not match (no capitalised
word between the kind and the name, or a person's title there). A run that opens with a first
name ("the film Will Smith") or a person's title is a person's name. The kind words are data
(`cut_title_kinds` in factx/data/entities.json). Round r33-titles.

`title cut after a role or a year` (round r35-tv): after a role's words ("leading role in",
"the female lead in", "title role in") the capitalised run up to the model's one-word name is a
work's whole title, kept over its contraction ("leading role in Girls Can't Dance" gives `Dance`
ORG); after a year's possessive ("1999's American Dreamer", `American` NORP and `Dreamer`
PERSON) the run and the model's one-word PERSON are one work, its people's word kept. A role is
played in a work, and a year's possessive before a run that ends in a lone "person" names the
year's film or album, not a person (a person of a year is "the 1999 winner X"). A run opening
with a first name or a person's title is left alone, as above; the mentions inside the run
("American" NORP) go with it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.first_names import first_names, person_by_first_name
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention


@cache
def _kind_before() -> re.Pattern[str]:
    """A work's kind word and the title's first word after it, anchored at the mention."""
    data = data_file("entities.json")
    kinds = "|".join(data["cut_title_kinds"])
    return re.compile(rf"(?<![\w'’-])(?:{kinds}) (?P<head>[A-Z][a-z]+) $")


@cache
def _person_titles() -> frozenset[str]:
    return frozenset(data_file("entities.json")["cut_title_person_titles"])


def titles_cut_to_a_person(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each one-word PERSON of the model's grown back over the title's first word
    after a work's kind word, as a work (see the module docstring)."""
    result: list[RawMention] = []
    for m in mentions:
        if m.label == "PERSON" and not m.headline and " " not in m.text and m.text.isalpha():
            found = _kind_before().search(text, max(0, m.start - 40), m.start)
            head = found.group("head") if found is not None else ""
            start = found.start("head") if found is not None else m.start
            if (
                found is not None
                and head.casefold() not in first_names()
                and head not in _person_titles()
                and not any(o.start < m.start and o.end > start for o in mentions if o is not m)
            ):
                m = replace(m, text=text[start : m.end], start=start,
                            label="WORK_OF_ART", cue="WORK_OF_ART")  # fmt: skip
        result.append(m)
    return result


# Round r35-tv: a role's words or a year's possessive, and the title's capitalised words up to
# the mention (one to three words, a contraction's "Can't" among them).
_ROLE_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?P<role>(?:(?:leading|lead|starring|title|supporting|main|female|male)"
    r" (?:role|part|lead)|the (?:female|male) lead) in)"
    r"|(?<![\w'’-])(?P<year>(?:19|20)\d\d['’]s)) "
    r"(?P<head>(?:[A-Z][\w'’-]* ){1,3})$"
)
_ROLE_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})


def titles_cut_after_a_role(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each one-word name of the model's after a role's words or a year's
    possessive grown back over the title's capitalised run, as a work (see the module
    docstring); the mentions inside the run are dropped."""
    grown: dict[int, RawMention] = {}
    for index, m in enumerate(mentions):
        if m.headline or " " in m.text or not m.text[:1].isupper() or m.label not in _ROLE_LABELS:
            continue
        found = _ROLE_BEFORE.search(text, max(0, m.start - 60), m.start)
        if found is None or (found.group("year") is not None and m.label != "PERSON"):
            continue
        start = found.start("head")
        head = found.group("head").split()[0]
        inside = [o for o in mentions if o is not m and o.start < m.start and o.end > start]
        if (
            head.casefold() in first_names()
            or head in _person_titles()
            or any(o.start < start or o.label == "WORK_OF_ART" for o in inside)
        ):
            continue
        grown[index] = replace(m, text=text[start : m.end], start=start,
                               label="WORK_OF_ART", cue="WORK_OF_ART")  # fmt: skip
    if not grown:
        return mentions
    spans = [(g.start, g.end) for g in grown.values()]
    return [
        grown.get(i, m)
        for i, m in enumerate(mentions)
        if i in grown or not any(s <= m.start and m.end <= e for s, e in spans)
    ]


# Round r36-works: a film or record's chart move right after a mention ("fell two places to
# number four", "climbed to number one"), and the capitalised words of the title before it, after
# a lower-case word or a comma (no sentence's first word).
_CHART_MOVE = re.compile(
    r" (?:fell|falls|slipped|slips|slid|dropped|drops|rose|rises|climbed|climbs|jumped|jumps"
    r"|moved|moves) (?:(?:one|two|three|four|five|six|seven|eight|nine|\d+) places? )?"
    r"(?:to|into) (?:number|No\.?) (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
)
_CHART_HEAD = re.compile(r"(?<=[a-z,] )(?P<head>(?:[A-Z][\w'’-]* ){1,2})$")


def titles_cut_before_a_chart_move(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each one-word work (by its cue) right before a chart move grown back over
    the title's capitalised words: "while Coach Taylor fell two places to number four, taking
    $8m" gives `Taylor` PERSON, cued a film by its takings, and the model's cut leaves "Coach"
    out (a coach's title before a surname to the model). Only a film or a record moves places
    to a chart's number, so the capitalised run right before the cued word is its title's; a
    run that opens with a first name or a person's title is left alone ("Mr Taylor fell to
    number four" is no shape of news, but a name it would be), as is a run holding another
    mention."""
    grown: dict[int, RawMention] = {}
    for index, m in enumerate(mentions):
        if (
            m.headline
            or " " in m.text
            or m.cue != "WORK_OF_ART"
            or not _CHART_MOVE.match(text, m.end)
        ):
            continue
        found = _CHART_HEAD.search(text, max(0, m.start - 40), m.start)
        if found is None:
            continue
        start = found.start("head")
        head = found.group("head").split()[0]
        if (
            head.casefold() in first_names()
            or head in _person_titles()
            or any(o is not m and o.start < m.start and o.end > start for o in mentions)
        ):
            continue
        grown[index] = replace(m, text=text[start : m.end], start=start,
                               label="WORK_OF_ART", cue="WORK_OF_ART")  # fmt: skip
    return [grown.get(i, m) for i, m in enumerate(mentions)]


# Round r38-films: a prize's "-winning" glued to the front of a title ("Oscar-winning Lord of
# the Rings: The Return of the King", "Golden Globe-winning Sideways"), and the title's capital.
_AWARD_WINNING = re.compile(r"(?:[A-Z][\w'’]* )*[A-Z][\w'’]*-winning (?=[A-Z0-9])")


# The title after it, whole over its small words ("Lord of the Rings"), its own "and the"
# and ": " ("Lord of the Rings: The Return of the King").
_AWARDED_TITLE = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’]*-winning (?P<title>[A-Z][\w'’-]*(?: (?:(?:of|the|a|an|in|on|"
    r"and the) ){0,2}[A-Z0-9][\w'’-]*|: [A-Z][\w'’-]*)*)"
)


def titles_after_award_winning(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each one that opens with a prize's "-winning" cut to the name after it,
    and the title after a prize's "-winning" whole over its "of the": "last year's
    Oscar-winning Lord of the Rings: The Return of the King" gives the model's `Oscar-winning
    Lord of the Rings: ...` WORK_OF_ART, or `the Rings` ORG alone where it cuts the title at
    "of the". A reader names the film without the prize it won ("Oscar-winning" says what the
    film did, as "award-winning" does), and the capitalised run after a prize's "-winning" is
    one name, a work where the model cut it at its small words ("Oscar-winning actor" has no
    capital after it). The model's label stays where it only glued the prize on; a run the
    model cut becomes a work. Not a run opening with a first name ("Oscar-winning Tom Hanks")
    or reaching past a mention, nor in a headline (whose every word has a capital)."""
    if "-winning " not in text:
        return mentions
    result: list[RawMention] = []
    for m in mentions:
        if "-winning " in m.text and not m.headline:
            found = _AWARD_WINNING.match(m.text)
            if found is not None and found.end() < len(m.text):
                start = m.start + found.end()
                m = replace(m, text=text[start : m.end], start=start)
        result.append(m)
    for found in _AWARDED_TITLE.finditer(text):
        start, end = found.span("title")
        inside = [i for i, m in enumerate(result) if m.start < end and start < m.end]
        if (
            " " not in found.group("title")
            or found.group("title").split()[0].casefold() in first_names()
            or not inside
            or any(result[i].start < start or result[i].end > end for i in inside)
            or any(result[i].headline for i in inside)
            or [(result[i].start, result[i].end) for i in inside] == [(start, end)]
        ):
            continue
        whole = replace(result[inside[0]], text=text[start:end], start=start, end=end,
                        label="WORK_OF_ART", cue="WORK_OF_ART")  # fmt: skip
        result = [whole if i == inside[0] else m for i, m in enumerate(result) if i == inside[0]
                  or i not in inside]  # fmt: skip
    return result


# Round r38-films: what names a work right before a title: a year's possessive, a debut, a
# role, a genre or kind noun, the year's "film"; the title's own "The" may follow.
_WORK_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:19|20)\d\d['’]s|(?:film|movie|screen|stage) debut(?: in)?|"
    r"(?:lead|role|part) in|comedy|drama|thriller|musical|film|movie|sitcom|satire|western|"
    r"romance|epic|documentary|cartoon|album|single|song|novel) (?P<the>The )?$"
)
# The title's capitalised words after the people's word, up to three.
_TITLE_REST = re.compile(r"(?: (?!(?:The|A|An|In|On|At|Of|And)\b)[A-Z][\w'’-]*){1,3}")


def titles_opening_with_a_people(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each one-word people's name (NORP) that opens a title after a work's words
    grown over the title's capitalised words, as a work: "her role in 1999's American Beauty",
    "romantic comedy The American President" give `American` NORP, the rest of the title left
    out (seed 90). After a year's possessive, a debut, a role's "in" or a genre noun, a people's
    word and capitalised words name a film or a record, not a people ("the comedy Americans
    love" has no capital after). Not where the run meets another mention or opens with a first
    name ("the film British Tom Jones"); the mentions inside go with it."""
    grown: dict[int, RawMention] = {}
    for index, m in enumerate(mentions):
        if m.label != "NORP" or m.headline or " " in m.text or not m.text.isalpha():
            continue
        found = _WORK_BEFORE.search(text, max(0, m.start - 40), m.start)
        rest = _TITLE_REST.match(text, m.end)
        if found is None or rest is None or rest.group().split()[0].casefold() in first_names():
            continue
        start = found.start("the") if found.group("the") else m.start
        end = rest.end()
        if any(o is not m and o.start < end and start < o.end for o in mentions):
            continue
        grown[index] = replace(m, text=text[start:end], start=start, end=end,
                               label="WORK_OF_ART", cue="WORK_OF_ART")  # fmt: skip
    if not grown:
        return mentions
    return [grown.get(i, m) for i, m in enumerate(mentions)]


# Round r46-works: a capital "A" inside a sentence right before the model's PERSON ("a candid
# documentary about the life of singer George Michael, A Different Story will also be screened",
# "The film, to be directed by A Beautiful Mind's Ron Howard"), and a work's word in the same
# sentence. A team sheet's initial ("A Masi, L Nitoglia") has no work's word beside it.
_A_BEFORE = re.compile(r"(?<=[\w,;'’)-]) A $")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_A_WORK_WORD = re.compile(
    r"\b(?:film|films|movie|movies|documentary|documentaries|biopic|drama|comedy|thriller|"
    r"musical|play|novel|book|album|single|song|series|sitcom|programme|screened|screening|"
    r"sequel|prequel|remake|premiere|directed|director|starring|starred|box office|Oscar|Oscars|"
    r"Bafta)\b"
)


def titles_opening_with_a(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each PERSON of the model's with a capital "A" right before it inside a
    sentence grown over that "A", as a work, where a work's word stands in the same sentence:
    "singer George Michael, A Different Story will also be screened" gives `Different Story`
    PERSON, "directed by A Beautiful Mind's Ron Howard" `Beautiful Mind` PERSON (the even half's
    entertainment/102 and 376). An article inside a sentence takes no capital, so the "A" opens
    a title; a person's name never follows one. Not at a sentence's or a line's start ("A
    Labour spokesman"), nor a name opening with a first name, nor where no work's word is near
    (a team sheet's initials: "A Masi, L Nitoglia")."""
    result: list[RawMention] = []
    for m in mentions:
        if (
            m.label == "PERSON"
            and not m.headline
            and m.start >= 3
            and _A_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
            and not person_by_first_name(m.text)
        ):
            start = m.start - 2
            opening = max(
                (f.end() for f in _SENTENCE_END.finditer(text, max(0, start - 300), start)),
                default=max(0, start - 300),
            )
            closing = _SENTENCE_END.search(text, m.end)
            end = closing.start() if closing is not None else len(text)
            if _A_WORK_WORD.search(text, opening, end) and not any(
                o is not m and o.start < m.start and o.end > start for o in mentions
            ):
                m = replace(m, text=text[start : m.end], start=start,
                            label="WORK_OF_ART", cue="WORK_OF_ART")  # fmt: skip
        result.append(m)
    return result
