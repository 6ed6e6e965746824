"""Mention spans that glue two names, or a name and a score, cut into the names alone.

The small model tags "Leinster to Toulouse", "Yorkshire at Headingley", "Romania - Cosmin
Contra", "Grace Road, Leicestershire", "Norwich 1 Wolverhampton", "Scott Draper (Australia"
and "Somerset 83" as single entities. Names of people,
places and organisations do not contain a spaced dash, "to", "at", "vs" or a comma before another
name, and a number after such a name is a score or a figure unless the name is numbered
("Channel 4"). Titles of works, laws, events and products may contain any of these, so they
are left whole. The word lists are data (`factx/data/entities.json`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factx.extract.acronyms import abbreviates
from factx.extract.entity_personas import persona_name
from factx.extract.first_names import first_names, person_by_first_name
from factx.extract.wordlists import data_file

# A number or score token: "83", "2-0", "4-43", "1=", ".533".
_NUMBER = r"[.\d][\d.,:/\-–]*=?"
# After a name, also a dialling code or a minute: "Warsaw Newsroom +48", "Roberto Carlos 79th"
# (before a name an ordinal is its own: "21st Century Fox").
_TRAILING_NUMBERS = re.compile(rf"(?:\s+(?:\+?{_NUMBER}|\d+(?:st|nd|rd|th)))+$")
# An honorific ending a span opens the name after it.
_TRAILING_HONORIFIC = re.compile(r"\s+(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Baroness)\.?$")
# A day of the week, with its "on" or without, ending a span; not "on Sunday", which ends the
# names of newspapers ("the Mail on Sunday").
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur)day"
_TRAILING_DAY = re.compile(rf"(?:\s+on\s+{_WEEKDAY}|(?<!\son)\s+(?:{_WEEKDAY}|Sunday))$")
# Two names of two words or more, that open with the same word, joined by "and".
_SAME_OPENER_PAIR = re.compile(
    r"(?P<opener>[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*)+(?P<and> and )(?P=opener)(?: [A-Z][\w'’.-]*)+"
)
# A quotation mark closing after a word or opening before one, with a space on its other side.
_QUOTE_INSIDE = re.compile(r"(?<=\w)[.!?,]?[\"”]\s+|\s+[\"“](?=\w)")
# Common nouns the model runs on after a name: "Interfax news agency", "Jiangsu province",
# "Stansted airport". A name's last word is capitalised; a lower-case word there is not its.
_COMMON_TAIL = re.compile(r"(?:\s+[a-z][a-z'’-]*)+$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_LEADING_NUMBERS = re.compile(rf"^(?:{_NUMBER}\s+|\d+=\s*)+")
# Two set scores or more after a name ("Sebastien Grosjean 2-6 6-3 6-2", "7-6 (7-4)"): a
# tennis result, never a model number, so they go whatever the label ("Boeing 747-400" has one).
_SET_SCORES = re.compile(r"(?:\s+\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}-\d{1,2}\))?){2,}$")
# One match score after a name ("Liverpool beat Fenerbahce 2-0", PRODUCT; "Stamford Bridge
# 3-1", FAC): a result, no model number, which has three digits or more on a side ("Boeing
# 747-400") or a letter ("F-16"), so it goes whatever the label too (r32-sport).
_MATCH_SCORE = re.compile(r"(?<=[A-Za-z])\s+\d{1,2}-\d{1,2}$")


_LAST_WORD = re.compile(r"\s+([A-Z][\w'’-]*)$")


@cache
def _posts() -> frozenset[str]:
    """One-word posts a person holds ("Treasurer", "Minister"), in lower case."""
    titles: list[str] = data_file("aliases.json")["titles"]
    return frozenset(t for t in titles if " " not in t)


def _post(word: str) -> bool:
    return word.casefold() in _posts()


@cache
def _data() -> dict[str, list[str]]:
    data: dict[str, list[str]] = data_file("entities.json")
    return data


@cache
def _joining_words() -> frozenset[str]:
    """Lower-case words the model may end a span with while the name goes on in its next span,
    which joins them again: a particle ("Albert van" + "den Bergh") or a joining word ("the
    Internet Corporation for Assigned Names and" + "Numbers"). A tail with one stays."""
    particles: list[str] = data_file("aliases.json")["particles"]
    return frozenset([*particles, "and", "or", "of", "for", "the", "y", "e"])


def _connectors(label: str) -> str:
    """The words no name of this label contains, as regex alternatives, longest first."""
    words = list(_data()["connectors"])
    if label == "PERSON":
        words += _data()["person_connectors"]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _separator(label: str) -> re.Pattern[str]:
    alternatives = _connectors(label)
    # A comma, an opening bracket, a score between two names ("Norwich 1 Wolverhampton"), a
    # connector word between spaces (case-blind for "AT" in all-caps tables), or a "for" after
    # a person (`_inside_name` decides).
    # A sentence end inside a span ("Jay-Z. Soul singer") cuts it too, unless an initial or an
    # abbreviation ends with the period ("J. Smith", "St. Louis").
    return re.compile(
        rf"\s*,\s+|\s*\(\s*|\s+{_NUMBER}\s+|\s+(?i:{alternatives})\s+|(?<=\w)\.\s+(?=[A-Z])"
        r"|\s+for\s+(?=[A-Z])"
    )


@cache
def _dangling(label: str) -> re.Pattern[str]:
    return re.compile(rf"\s+(?i:{_connectors(label)})$")


def without_set_scores(text: str, start: int, end: int) -> int:
    """The end of text[start:end] before the set scores that end it, if any: "Sebastien
    Grosjean 2-6 6-3 6-2" whatever its label, before a title or nationality is cut from it
    ("Frenchman Gilles Simon 7-6 6-3")."""
    if not text[end - 1].isdigit():
        return end
    scores = _SET_SCORES.search(text, start, end) or _MATCH_SCORE.search(text, start, end)
    return scores.start() if scores and scores.start() > start else end


def pieces(text: str, start: int, end: int, label: str) -> Iterator[tuple[int, int]]:
    """The names inside text[start:end], in order; the span itself when it is one name.

    Pieces may be empty of letters ("83"); the caller drops what does not look like a name.
    A quotation mark that opens or closes inside the span ends a name whatever its label:
    'Cell Block H." Labour', 'an "Axis of Evil'; a person's nickname keeps its quotes
    ('Jim "Bull" Kane'). So does a bracket that opens inside it and does not close there.
    """
    opening = text.rfind("(", start, end)
    if start < opening and text.find(")", opening, end) < 0:
        # "T Shanklin (Blues": a bracket that opens inside the span and does not close in it
        # ends one name (a player's) and opens another (his club's).
        left = opening
        while left > start and text[left - 1].isspace():
            left -= 1
        yield from pieces(text, start, left, label)
        yield from pieces(text, opening + 1, end, label)
        return
    cut = start
    quoted = False
    if label != "PERSON":
        for match in _QUOTE_INSIDE.finditer(text, start, end):
            if not _scare_quoted(text, cut, match):
                yield from _pieces(text, cut, match.start(), label)
            cut, quoted = match.end(), True
    if quoted:
        # A name the model ran past a quotation mark ends at its last capitalised word:
        # '"New" Labour through and through' is Labour's, no work's "Labour through".
        tail = _COMMON_TAIL.search(text, cut, end)
        if tail and tail.start() > cut and tail.group().split()[-1] not in _joining_words():
            end = tail.start()
    yield from _pieces(text, cut, end, label)


def _scare_quoted(text: str, start: int, closing: re.Match[str]) -> bool:
    """Whether text[start:closing.start()] is one word in its own quotation marks right before
    the name the mark is closed on: '"New" Labour', '"Red" Ken', a word set off, no name."""
    word = text[start : closing.start()]
    return (
        start > 0
        and text[start - 1] in '"“'
        and " " not in word
        and closing.group().strip() in ('"', "”")
        and closing.end() < len(text)
        and text[closing.end()].isupper()
    )


def _pieces(text: str, start: int, end: int, label: str) -> Iterator[tuple[int, int]]:
    if start >= end:
        return
    if label in _data()["unsplit_labels"]:
        yield start, end
        return
    honorific = _TRAILING_HONORIFIC.search(text, start, end)
    if honorific and honorific.start() > start:
        end = honorific.start()  # "told the Sunday Times Mr Campbell would": the next name's
        # "former Tory Treasurer Lord Ashcroft": the posts before the honorific are the next
        # name's too, no word of this one's.
        while (last := _LAST_WORD.search(text, start, end)) and _post(last.group(1)):
            end = last.start()
        if _post(text[start:end]):
            return
    day = _TRAILING_DAY.search(text, start, end)
    if day and (day.group().split()[0] == "on" or len(_words_of(text, start, day.start())) >= 2):
        # "President Bill Clinton Saturday said", "told the Commons on Monday": the day of a
        # wire report's verb, no word of the name (but "Mike Friday" is a person's, "Bloody
        # Sunday" an event's).
        end = day.start()
    house = _party_before_house(text, start, end)
    if house:
        # "SNP Westminster leader Alex Salmond": the party and the house its members sit in,
        # two names, as no party's name goes on with a parliament's.
        yield start, house
        yield text.index(" ", house, end) + 1, end
        return
    members = _party_members_before_person(text, start, end)
    if members:
        # "including Tories Ken Clarke and Sir George Young": the party's members and one of
        # them, two names, as no person's name opens with a party's plural.
        yield start, members
        yield members + 1, end
        return
    pair = _SAME_OPENER_PAIR.fullmatch(text, start, end)
    if pair:
        # "Real Madrid and Real Sociedad", "Manchester United and Manchester City": two names
        # that open with one word, not one name with an "and" inside ("Marks and Spencer").
        yield start, pair.start("and")
        yield pair.end("and"), end
        return
    # "Exeter v" in "Man Utd or Exeter v Middlesbrough": a connector that ends the span is cut.
    dangling = _dangling(label).search(text, start, end)
    if dangling and dangling.start() > start and not _regnal_v(text[start:end]):
        end = dangling.start()
    # A lower-case tail is cut unless it ends with a word that joins the next span ("the
    # Internet Corporation for Assigned Names and" + "Numbers"): "Dyer on the edge of the
    # area", which the model tags ORG, ends with a common noun, as no name does.
    tail = _COMMON_TAIL.search(text, start, end)
    if tail and tail.start() > start and tail.group().split()[-1] not in _joining_words():
        end = tail.start()
    cut = start
    for match in _separator(label).finditer(text, start, end):
        if _inside_name(text, start, end, match):
            continue
        yield from _without_numbers(text, cut, match.start(), label)
        cut = match.end()
    yield from _without_numbers(text, cut, end, label)


def _regnal_v(span: str) -> bool:
    """Whether `span` is a first name and a capital "V", a king's number ("Henry V", "George
    V"), not a side left before its "v" ("Exeter v" of "Exeter v Middlesbrough"): r35-plays."""
    words = span.split()
    return len(words) == 2 and words[1] == "V" and words[0].casefold() in first_names()


def _party_before_house(text: str, start: int, end: int) -> int:
    """The end of a party's word that opens text[start:end] before a house's name alone
    ("SNP Holyrood", "Tory Westminster"), else 0. The parties' words are the ones that stand
    before a person's name (`party_members.before_names`), the houses `party_houses`."""
    span = text[start:end]
    parties: dict[str, list[str]] = _data()["party_members"]  # type: ignore[assignment]
    for party in parties["before_names"]:
        if span.startswith(party + " ") and span[len(party) + 1 :] in _data()["party_houses"]:
            return start + len(party)
    return 0


def _party_members_before_person(text: str, start: int, end: int) -> int:
    """The end of a party's plural that opens text[start:end] before a person's full name
    ("Tories Ken Clarke", "Democrats Nancy Pelosi"), else 0: the model runs the party's members
    into the first of the people it lists after them (round r42c-awards, seed 126's "the
    all-party group, including Tories Ken Clarke and Sir George Young"). The plurals are
    `party_members.words`; the rest must open with a common first name and have a person's
    shape (`first_names.person_by_first_name`)."""
    space = text.find(" ", start, end)
    if space < 0 or text[start:space] not in _data()["party_members"]["words"]:  # type: ignore[call-overload]
        return 0
    return space if person_by_first_name(text[space + 1 : end]) else 0


# A sequel's or a version's number: one digit from 2, then a lower-case word or a possessive.
_SEQUEL_NUMBER = re.compile(r"\s+[2-9]")
_WORD_AFTER = re.compile(r" [a-z]|['’]s\b")


def _sequel(text: str, trailing: re.Match[str], end: int, label: str) -> bool:
    """Whether the number ending a span is a sequel's or a version's, no score: "Half-Life 2
    fell to number nine", "Xbox 2 may be unveiled" (not "Somerset 83", "Henry 2, 29")."""
    return (
        label != "PERSON"
        and _SEQUEL_NUMBER.fullmatch(trailing.group()) is not None
        and _WORD_AFTER.match(text, end) is not None
    )


# A number a name is written with, which no score, minute or time is: four figures that are no
# year ("Nokia 6600"), a version's one decimal ("Firefox 1.0", "Opera 8.0"; a sprinter's time
# has two: "Gardener 6.56") or a day's and a month's slash ("Fahrenheit 9/11", "7/7"). A score
# has one to three figures or a hyphen ("Somerset 83", "Drogba 107", "Mexico 2-0"), a cricket
# total its wickets after a slash ("245/6": three figures first). A year after a name is an
# edition's or a date's as often as the name's own ("the Guardian First Book Award 2004", "the
# Royal Academy of Engineering 2004 Hinton Lecture"): it goes, as before.
_OWN_NUMBER = re.compile(r"\s+(?:(?![12]\d{3})\d{4}|\d\.\d|(\d{1,2}/\d{1,2}))")
# More figures after the number: a row of a table ("Wigan 2005 4 3"), a range ("1.0-2.0").
_FIGURES_AFTER = re.compile(r"[ \t]*[-–+.,:/]?\d")


def _own_number(text: str, start: int, trailing: re.Match[str], end: int, label: str) -> bool:
    """Whether the one number ending text[start:end] is the name's own (`_OWN_NUMBER`), no
    score: after a capitalised word ("Budget of 2002" ends in a date's "of"), before no more
    figures."""
    before = text[start : trailing.start()].split()
    own = _OWN_NUMBER.fullmatch(trailing.group())
    return (
        own is not None
        # No person is named with a model or a release ("Kestrel 2.0" PERSON is a program the
        # cues may show); a date's slash makes a title of any label; a persona's chosen name
        # keeps its number ("calling himself Guccifer 2.0", r49b-misc).
        and (label != "PERSON" or own.group(1) is not None or persona_name(text, start, end))
        and bool(before)
        and before[-1][:1].isupper()
        and _FIGURES_AFTER.match(text, end) is None
    )


def _words_of(text: str, start: int, end: int) -> list[str]:
    """The words of text[start:end] but a leading "the"."""
    words = text[start:end].split()
    return words[1:] if words[:1] in (["the"], ["The"]) else words


def _inside_name(text: str, start: int, end: int, separator: re.Match[str]) -> bool:
    """Whether a separator belongs to the name around it."""
    mark = separator.group().strip()
    before = text[start : separator.start()].split()
    after = text[separator.end() : end].split()
    if mark == "for":
        # "Shane Meadows for Dead Man" ORG, "Luc Bondy for Cruel" PERSON: a director and the
        # work of a nomination, a scorer and his club; no person's full name opens a firm's
        # name with "for" after it ("National Council for Adoption" stays whole).
        return not person_by_first_name(" ".join(before))
    if mark == "(":
        return _bracketed_initials_in_a_name(text, separator, end, before)
    if (
        mark == "To"
        and after[:1] in (["The"], ["A"], ["An"])
        and any(w != w.upper() for w in before)
    ):
        # "The Hitchhiker's Guide To The Galaxy": a title's "To" in title case before its
        # capitalised article, no connector's "to" between two names ("Leinster to Toulouse");
        # an all-caps table's "TO" stays one (round r49-works, seed 77's entertainment/299).
        return True
    if mark in ("V", "V.") and len(before) == 1 and before[0].casefold() in first_names():
        return True  # "Vladimir V. Putin": a middle initial, not "versus"
    if mark == ",":
        # "Martin Luther King, Jr.", "Toys R Us, Inc."; a list inside one name: "Department
        # for Environment, Food and Rural Affairs".
        return bool(after) and (
            after[0].lower() in _data()["comma_keeps"] or bool({"and", "&"} & set(after))
        )
    if mark == "." and before:
        word = before[-1]
        return (
            len(word) <= 3
            or word.lower() in _data()["period_keeps"]
            or bool(_INITIALS.fullmatch(word))
        )
    if mark[:1].isdigit() or mark[:1] == ".":
        # "Channel 4 News": a numbered name goes on after its number.
        if before and before[-1].lower() in _data()["numbered_names"]:
            return True
        # "Fathers 4 Justice", "Parents 4 Change": a "4" or a "2" standing for "for" or "to"
        # between two capitalised words, when no figure follows the name; a results line goes
        # on with the other side's score ("Bury 4 Bristol City 0", "Hajduk 2 Proleter
        # (Zrenjanin) 1"), which makes the number a score.
        return (
            mark in ("2", "4")
            and bool(before)
            and bool(after)
            and after[0][:1].isupper()
            and not any(word.strip("()[],").isdigit() for word in after)
            and not _score_follows(text, end)
        )
    # "Wal - Mart" in tokenised text: a hyphen between two single words joins them, when both
    # are written alike: "GERMANY - Bunds" is a wire report's heading and its first word,
    # "Oscars - the" a dash in a sentence.
    return (
        mark == "-"
        and len(before) == 1
        and len(after) == 1
        and after[0][:1].isupper()
        and before[0].isupper() == after[0].isupper()
    )


_TOKEN = re.compile(r"\S+")


def _score_follows(text: str, end: int) -> bool:
    """Whether a figure stands after text[:end] on its line before a lower-case word or a
    sentence's end: the other side's score of a results line ("Bristol City 0", "Proleter
    (Zrenjanin) 1"), not "Fathers 4 Justice campaign group, 33"."""
    line_end = text.find("\n", end)
    for count, token in enumerate(
        _TOKEN.finditer(text, end, len(text) if line_end < 0 else line_end)
    ):
        word = token.group().strip("()[],")
        if word.isdigit():
            return True
        if count >= 6 or word[:1].islower() or token.group()[-1:] in ".!?;:":
            return False
    return False


# The kind words an event's or a prize's name ends with after its initials in brackets.
_EVENT_KIND_AFTER_INITIALS = re.compile(
    r"([A-Za-z][A-Za-z.&]{1,11})\s*\)\s+(?:Awards?|Prizes?|Festival|Championships?|Games)$"
)


def _bracketed_initials_in_a_name(
    text: str, bracket: re.Match[str], end: int, before: list[str]
) -> bool:
    """Whether the bracket opening at `bracket` holds the initials of the words before it and
    closes before the kind word that ends the span, so that it is part of one name (r36b-music,
    `bracketed initials before Awards`): "the Music of Black Origin (Mobo) Awards" is one
    ceremony, not "Music of Black Origin" and "Mobo) Awards"."""
    found = _EVENT_KIND_AFTER_INITIALS.fullmatch(text, bracket.end(), end)
    return found is not None and abbreviates(found.group(1), " ".join(before))


def _without_numbers(text: str, start: int, end: int, label: str) -> Iterator[tuple[int, int]]:
    """The span without scores before or after the name ("Somerset 83", "1= Igor Trandenkov")."""
    if start >= end:
        return
    if label not in _data()["numbered_labels"]:
        trailing = _TRAILING_NUMBERS.search(text, start, end)
        if (
            trailing
            and trailing.start() > start
            and not _sequel(text, trailing, end, label)
            and not _own_number(text, start, trailing, end, label)
        ):
            before = text[start : trailing.start()].split()
            if before[-1].lower() not in _data()["numbered_names"]:
                end = trailing.start()
        leading = _LEADING_NUMBERS.match(text, start, end)
        if leading and leading.end() < end:
            start = leading.end()
    yield start, end
