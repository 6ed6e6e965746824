"""Words the model runs on after a name that are no part of it (round r31-seed58).

- `county before its office`: a county's or a parish's name before an office's title and the
  holder's name ("Orleans Parish Sheriff Marlin Gusman", "Cook County Sheriff Tom Dart") is
  tagged with the title, as a work or a person; the place is the county, GPE, and the title
  is the holder's post, no name (the offices are a closed class, data
  `cut_tails.county_offices`).
- `medium after its firm`: "TV" after a firm's name and before "and" and another medium in
  lower case ("by Pixar TV and movie productions", "on BBC TV and radio") is the first of two
  kinds of the firm's output, no part of its name; the firm is named alone (the media are a
  closed class, data `cut_tails.media`).
- `city before Federal court`: a city's name and "Federal" before a lower-case "court" ("in a
  Boston Federal court", round r37b-fields, seed 80's `Boston Federal` ORG) are a court of
  that city, no body's name of two words: the city is GPE and "Federal" goes, as the
  county's office does.
- `prepositions_run_on`: a lower-case preposition the model runs on after a name's last word
  ("protested against the Good Friday Agreement for years" tagged "Good Friday Agreement for",
  "the G8 of top industrialised nations"): a name never ends in one, and it goes (round
  r36-bodies, seed 71), before the cues read the name; only before a lower-case word (before a
  number the name may go on over it, "the Sound of 2004 list", and before a capital another name
  may follow, "Faik Nerweyi of the Kurdistan Democratic Party").
- `hyphened_titles_run_on`: a post's title written with a hyphen ("Co-Chairman", "Under-Secretary",
  "Deputy-Secretary", "Vice-President") after a party's or a body's name, which the model runs
  the name into whole ("The Conservative Party Co-Chairman said", seed 97) or up to the hyphen
  ("US Treasury Under" of "US Treasury Under-Secretary John Taylor", seed 98): the title is the
  holder's post, no word of the body's name, and goes (round r39b-cuts). Only a name of another
  capitalised word before the title, never a person's (whose name follows the title).
- `rounds_run_on`: a lower-case round's first word ("quarter", "semi") the model runs a cup's
  name into before the round's "-final" ("Scottish Cup quarter" of "Scottish Cup quarter-final
  tie", seed 146): the cup ends before it (round r46b-towns). A capital "Quarter" is a place's
  ("the Latin Quarter") and stays.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.spans import alternation
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention


@cache
def _words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = data_file("entities.json")["cut_tails"]
    return words


@cache
def _county_office() -> re.Pattern[str]:
    return re.compile(
        r"(?P<place>(?:[A-Z][\w.'’-]* ){1,3}(?:Parish|County)) "
        rf"(?:{alternation(_words()['county_offices'])})"
    )


_NAME_AFTER = re.compile(r" [A-Z][\w'’-]+")
# A city's one to three capitalised words before "Federal" ("Boston Federal", "New York
# Federal"), and the lower-case court after it.
_CITY_FEDERAL = re.compile(r"(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}) Federal")
_COURT_AFTER = re.compile(r" (?:district )?courts?\b")


@cache
def _medium_after() -> re.Pattern[str]:
    return re.compile(rf" and (?:{alternation(_words()['media'])})\b")


def cut_tails(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each county cut from the office after it (GPE), each city from the
    "Federal" of its court (GPE) and each firm from the "TV" it runs on into before "and
    <medium>"."""
    result: list[RawMention] = []
    for m in mentions:
        office = _county_office().fullmatch(m.text)
        if office is not None and _NAME_AFTER.match(text, m.end):
            end = m.start + office.end("place")
            result.append(replace(m, text=text[m.start : end], end=end, label="GPE", cue="GPE"))
            continue
        if m.text.endswith(" Federal") and _COURT_AFTER.match(text, m.end):
            city = _CITY_FEDERAL.fullmatch(m.text)
            if city is not None:
                end = m.start + city.end("place")
                result.append(replace(m, text=text[m.start : end], end=end, label="GPE", cue="GPE"))
                continue
        if (
            m.label == "ORG"
            and m.text.endswith(" TV")
            and len(m.text) > 3
            and _medium_after().match(text, m.end)
        ):
            end = m.end - 3
            result.append(replace(m, text=text[m.start : end], end=end))
            continue
        result.append(m)
    return result


# A name's last word, capitalised or with a digit, and a lower-case preposition the model ran
# on after it: "Good Friday Agreement for", "the G8 of". The prepositions are a closed class.
_RUN_ON = re.compile(
    r"(?P<name>.*(?:^|\s)[A-Z0-9][^\s]*) (?:of|for|in|on|at|to|with|by|from|since|until)"
)


# A lower-case word right after the preposition ("for years", "of top industrialised
# nations"), not an article before a capital: the preposition opens no name. Before a number
# the name may go on over it ("the BBC's Sound of 2004 list", tagged "Sound of"), and before a
# capital another name follows that the rules of "of" join or keep apart ("Faik Nerweyi of" +
# "the Kurdistan Democratic Party", a person and his party, in CoNLL-2003's dev set).
_LOWER_AFTER = re.compile(r" (?!(?:the|a|an) [A-Z0-9])[a-z]")


def prepositions_run_on(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each cut before a lower-case preposition the model ran on after the
    name's last word: "Good Friday Agreement for" is "Good Friday Agreement", whose label the
    cues read again (`treaty by its Agreement`). Only a preposition that ends the mention ("the
    Act for Better Schools" and "Return of the King" are whole), and only before a lower-case
    word: not before a number ("Sound of" + " 2004", a list's name and its year) nor a capital,
    with or without its article ("Faik Nerweyi of" + "the Kurdistan Democratic Party")."""
    result: list[RawMention] = []
    for m in mentions:
        found = _RUN_ON.fullmatch(m.text)
        if found is not None and _LOWER_AFTER.match(text, m.end):
            end = m.start + found.end("name")
            m = replace(m, text=text[m.start : end], end=end)
        result.append(m)
    return result


# Round r46b-towns: a round's first word, lower case, that a cup's or a league's name runs on
# into before the rest of the round's hyphened word ("Scottish Cup quarter" + "-final").
_ROUND_RUN_ON = re.compile(r"(?P<name>(?:.* )?[A-Z][^\s]*) (?:quarter|semi)(?:-finals?)?")
_ROUND_REST = re.compile(r"-finals?\b")


def rounds_run_on(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each cut before the round of a cup the model ran the cup's name into:
    "Hearts wrapped up their Scottish Cup quarter-final tie" tags "Scottish Cup quarter" (seed
    146), which is "Scottish Cup"; so "the League Cup semi-final" whole. Only a lower-case
    "quarter|semi" whose "-final(s)" follows (in the mention or right after it): a place's own
    capital "Quarter" stays ("the Latin Quarter", "the French Quarter of New Orleans")."""
    result: list[RawMention] = []
    for m in mentions:
        found = _ROUND_RUN_ON.fullmatch(m.text) if m.label != "PERSON" else None
        if found is not None and (
            m.text.endswith(("-final", "-finals")) or _ROUND_REST.match(text, m.end)
        ):
            end = m.start + found.end("name")
            m = replace(m, text=text[m.start : end], end=end)
        result.append(m)
    return result


# Round r55 (the lead's read of TempEval-3's wire copy): a weekday the model runs a person's
# name into where a wire writes the day straight after the subject, with no "on": "President
# Bill Clinton Thursday condemned the attacks" tags "Bill Clinton Thursday". The name before it
# keeps two capitalised words of its own, so a one-word name and its day ("Man Friday", "Joe
# Friday") stay whole; a lower-case word follows (the verb), not a capital that goes on a name.
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A title with a day of its own ("Sunday Bloody Sunday") is no name and its day.
_WEEKDAY_RUN_ON = re.compile(
    rf"(?P<name>(?!.*\b{_WEEKDAYS}\b.* )[A-Z][^\s]*(?: [A-Z][^\s]*)+) {_WEEKDAYS}"
)
_VERB_AFTER = re.compile(r" [a-z]")


def weekdays_run_on(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each person's cut before a weekday the model ran the name into ("Bill
    Clinton Thursday" + " condemned" is "Bill Clinton"); the day stays the date layer's."""
    result: list[RawMention] = []
    for m in mentions:
        if m.label == "PERSON" and m.text.endswith("day") and _VERB_AFTER.match(text, m.end):
            found = _WEEKDAY_RUN_ON.fullmatch(m.text)
            if found is not None:
                end = m.start + found.end("name")
                m = replace(m, text=text[m.start : end], end=end)
        result.append(m)
    return result


# Round r39b-cuts: a hyphened post's title at a mention's end, or its first part before the
# hyphen the mention stops at; the name before it keeps a capitalised word of its own.
_POST_PARTS = r"Co|Under|Deputy|Vice|Joint|Assistant"
_POST_WORDS = r"Chairman|Chairwoman|Chair|Secretary|President|Leader|Director|Minister|Governor"
_TITLE_RUN_ON = re.compile(
    rf"(?P<name>(?:.* )?[A-Z][^\s]*) "
    rf"(?:(?:{_POST_PARTS})-(?:{_POST_WORDS})|(?P<part>{_POST_PARTS}))"
)
_POST_REST = re.compile(rf"-(?:{_POST_WORDS})\b")


def hyphened_titles_run_on(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each cut before a hyphened post's title the model ran the name into:
    "The Labour Party Co-Chairman" is "The Labour Party", "US Treasury Under" (of
    "Under-Secretary") is "US Treasury" (see the module's docstring). Not a person's mention."""
    result: list[RawMention] = []
    for m in mentions:
        if (
            m.label != "PERSON"
            and " " in m.text
            and ("-" in m.text or text[m.end : m.end + 1] == "-")
        ):
            found = _TITLE_RUN_ON.fullmatch(m.text)
            if found is not None and (
                found.group("part") is None or _POST_REST.match(text, m.end) is not None
            ):
                end = m.start + found.end("name")
                m = replace(m, text=text[m.start : end], end=end)
        result.append(m)
    return result


# Round r42c-titles: a desk's words ("Political", "Home Affairs", opened by "Chief", "Senior" or
# "Deputy") at a mention's end, after the body's own name.
@cache
def _desk_run_on() -> re.Pattern[str]:
    desks = alternation(_words()["desks"])
    return re.compile(
        r"(?P<name>(?:the )?(?:[A-Z][^\s]* )*(?P<last>[A-Z][^\s]*))"
        rf" (?:(?:Chief|Senior|Deputy) )?(?:{desks})"
    )


@cache
def _desk_title_after() -> re.Pattern[str]:
    return re.compile(rf" (?:{alternation(_words()['desk_titles'])})\b")


def desks_run_on(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each broadcaster's or paper's name cut before the desk it runs on into
    before a journalist's title: "ITV Political" of "ITV Political Editor Nick Robinson" is
    "ITV", "BBC Business" of "BBC Business Correspondent Mark Gregory" is "BBC" (seed 124); the
    desk is the journalist's title, no word of the body's name (data `cut_tails.desks`). Not a
    person's mention, not after a paper's or a channel's first word ("Sunday Business
    editor": `cut_tails.desk_not_after`), and only where every word before the desk is
    capitalised, as a broadcaster's or a paper's name is: "Department of Health analysts" and
    "Confederation of British Industry economist" are whole bodies."""
    if not any(word in text for word in ("orrespondent", "ditor", "eporter", "nalyst")):
        return mentions  # no journalist's title: the cheap test first
    result: list[RawMention] = []
    for m in mentions:
        if m.label != "PERSON" and " " in m.text and _desk_title_after().match(text, m.end):
            found = _desk_run_on().fullmatch(m.text)
            if found is not None and found.group("last") not in _words()["desk_not_after"]:
                end = m.start + found.end("name")
                m = replace(m, text=text[m.start : end], end=end)
        result.append(m)
    return result
