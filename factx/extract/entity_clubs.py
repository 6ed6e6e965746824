"""A club named by the first word of its name alone ("Real" after "Real Madrid").

Sports reports name a club in full once and then by its first word: "Real Madrid ... earned
Real a point", "Bayern Munich ... Bayern are top", "Inter Milan ... Inter now trail". The model
tags the full name and misses the word alone, which it reads as an adjective or a first word
of a sentence. The first words that open clubs' names this way are data (`club_openers` in
`factx/data/entities.json`: "Real", "Inter", "Bayern", "Dynamo", "Sporting"); where the
article names one club that opens with such a word, in two words (whatever the model's label), each
lone capitalised use of the word that no other mention or fact covers, with no capitalised word
right after it, is a mention of that club. Two clubs opening alike ("Real Madrid" and "Real
Betis") leave the word alone: it could be either.

A club named by its town and its kind word ("Exeter City", "Leeds United") is then named by its
town alone ("Exeter had chances", "Leeds were top"), which the model often tags PERSON. Where
the article names one such club, and tags every lone use of the town's word PERSON or ORG (never
a place: "a hotel in Leeds" is the town), those uses are the club's (`towns_of_named_clubs`; the
kind words are data, `club_kinds`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.base import layout_holding
from factx.extract.capitals import capitalised_inside, written_in_lower_case
from factx.extract.evidence import country_keys
from factx.extract.place_names import known_place
from factx.extract.spans import SpanIndex, covering
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A capitalised word or one in capitals (a shouted headline's "REAL"), alone.
_WORD = re.compile(r"(?<![\w'’.-])[A-Z][A-Za-z]+(?![\w'’-])")
_CAPITAL_AFTER = re.compile(r" [A-Z]")
# A word before it that makes it part of a longer name ("Atletico Real"), not a sentence start.
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w.'’-]* $")


# The labels the model gives a club's full name: "Bayern Munich" is often a place to it.
_CLUB_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON", "NORP"})


@cache
def _openers() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_file("entities.json")["club_openers"])


def _clubs(text: str, mentions: Sequence[RawMention]) -> dict[str, str]:
    """The opening word (lower case) -> the club's full name, for openers of one club only:
    not where the text writes the opener before another capitalised word the model tagged
    no club ("the Real Madrid starting line-up" untagged beside "Real Betis": "Real" alone
    may be either)."""
    names: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        if m.label in _CLUB_LABELS and len(words) == 2 and words[0].casefold() in _openers():
            names.setdefault(words[0].casefold(), set()).add(m.text.casefold())
    clubs = {}
    for opener, full in names.items():
        if len(full) != 1:
            continue
        club = next(iter(full))
        # (No apostrophe in the word: "Bayern Munich's" is the club's possessive.)
        written = re.finditer(rf"\b{re.escape(opener.title())} [A-Z][\w-]*", text)
        if all(w.group().casefold() == club for w in written):
            clubs[opener] = club
    return clubs


def _tails(text: str, mentions: Sequence[RawMention]) -> dict[str, str]:
    """The kind word (lower case) -> the club's full name, for kind words of one club only:
    "city" -> "Manchester City", not where "Bristol City" is named beside it, nor where the
    article writes the word alone after "the" ("shares rose in the City": London's markets)."""
    names: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        if (
            m.label in _CLUB_LABELS
            and len(words) == 2
            and words[1] in _club_kinds()
            and words[0].casefold() != "the"
        ):
            names.setdefault(words[1].casefold(), set()).add(m.text.casefold())
    return {
        tail: next(iter(full))
        for tail, full in names.items()
        if len(full) == 1 and not re.search(rf"\b[Tt]he {tail.title()}\b(?! [A-Z])", text)
    }


# The model's labels for a kind word alone that are no club's: "City" GPE after "Manchester
# City" ("moved to City in 2003").
_TAIL_SLIPS = frozenset({"GPE", "LOC", "FAC", "PERSON", "NORP"})


def _tails_as_clubs(mentions: Sequence[RawMention], tails: dict[str, str]) -> None:
    """Cue each lone kind word the model tagged a place or a person a team's."""
    for m in mentions:
        if m.text.casefold() in tails and m.label in _TAIL_SLIPS and not m.cue:
            m.cue = "TEAM"


def with_club_short_names(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
    short_forms: dict[str, str],
    key_of: Callable[[str], str],
) -> list[RawMention]:
    """The mentions, with each lone opening word of a club the article names in full as an
    ORG mention of it, cued a team's, and each lone kind word of a club the article names by
    its town and kind ("City" after "Manchester City"). `add` makes a
    mention of a layout's span, label and cue (`entities._added`); the word's key joins the
    club's in `short_forms` (keys by `key_of`), so that both are one entity."""
    openers = _clubs(text, mentions)
    tails = {w: c for w, c in _tails(text, mentions).items() if w not in openers}
    clubs = {**openers, **tails}
    for word, club in clubs.items():
        # The model's own "Bayern" alone joins the club too.
        short_forms.setdefault(key_of(word), key_of(club))
    if not clubs:
        return list(mentions)
    _tails_as_clubs(mentions, tails)
    covered = SpanIndex([(m.start, m.end) for m in mentions] + list(taken))
    found: list[RawMention] = []
    for layout in layouts:
        for match in _WORD.finditer(text, layout.offset, layout.end):
            start, end = match.span()
            word = match.group()
            if word.casefold() not in clubs or covered.overlaps(start, end):
                continue
            if word.isupper() and not text[layout.offset : layout.end].isupper():
                continue  # capitals only count in a line of capitals
            if _CAPITAL_AFTER.match(text, end, min(layout.end, end + 2)):
                continue
            before = _CAPITAL_BEFORE.search(text, max(layout.offset, start - 30), start)
            if before and (layout.token_at(start - layout.offset) not in layout.sentence_starts):
                continue
            found.append(add(text, layout, start, end, "ORG", "TEAM"))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda m: m.start)


@cache
def _club_kinds() -> frozenset[str]:
    return frozenset(data_file("entities.json")["club_kinds"])


_NOT_PLACES = frozenset({"PERSON", "ORG"})


def towns_of_named_clubs(
    mentions: Sequence[RawMention], short_forms: dict[str, str], key_of: Callable[[str], str]
) -> None:
    """Mark each lone town's word of a club the article names by its town and kind word as a
    team, and join its key to the club's in `short_forms`: "Exeter" PERSON after "Exeter City"
    ORG. Not where another club shares the town ("Bristol City", "Bristol Rovers") or a lone
    use is tagged a place."""
    clubs: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        # Whatever the model's label: it often takes "Exeter City" for a place.
        if len(words) == 2 and words[1] in _club_kinds():
            clubs.setdefault(words[0], set()).add(m.text)
    if not clubs:
        return
    lone: dict[str, list[RawMention]] = {}
    for m in mentions:
        if m.text in clubs:
            lone.setdefault(m.text, []).append(m)
    for town, uses in lone.items():
        if len(clubs[town]) > 1 or not all(m.label in _NOT_PLACES for m in uses):
            continue
        if not any(m.label == "PERSON" for m in uses):
            continue  # the model read them as the club already
        short_forms.setdefault(key_of(town), key_of(next(iter(clubs[town]))))
        for m in uses:
            m.cue = m.cue or "TEAM"


# What follows a club on a page of results and team sheets: a bracket's end ("R Lamb (London
# Irish)"), a score ("London Irish 19-33 Wasps") or its staff's word.
_AFTER_A_CLUB = re.compile(
    r"(?:\)| \d{1,3}\b| (?:coach|director of rugby|manager|boss|fans|side|squad|captain|"
    r"prop|lock|flanker|hooker|wing|centre|fly-half|scrum-half|full-back|number eight|"
    r"striker|midfielder|defender|goalkeeper)\b)"
)
_TOWN = re.compile(r"[A-Z][a-z]+")
# The model's labels of the town's word of such a club.
_TOWN_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "FAC"})


def clubs_of_a_town_and_people(
    text: str, mentions: Sequence[RawMention], a_people: Callable[[str], bool]
) -> list[RawMention]:
    """The mentions, with a club named by a town and a people's word ("London Irish", "London
    Welsh") whole, which the model cuts into the town and a nationality (NORP): one ORG
    mention, cued a team's, where the two words are apart by a space and, somewhere in the
    article, right before a bracket's end, a score or a club's staff ("(London Irish)",
    "London Irish 19-33", "London Irish coach"). Not where nothing shows a club: "London Irish
    families" are people. `a_people` tells a nationality's word (`evidence.a_people_by_name`)."""
    pairs: list[tuple[int, RawMention, RawMention]] = []
    for i in range(len(mentions) - 1):
        town, people = mentions[i], mentions[i + 1]
        if (
            town.label in _TOWN_LABELS
            and _TOWN.fullmatch(town.text)
            and people.label == "NORP"
            and " " not in people.text
            and people.start == town.end + 1
            and text[town.end] == " "
            and a_people(people.text)
        ):
            pairs.append((i, town, people))
    clubs = {
        f"{town.text} {people.text}"
        for _, town, people in pairs
        if _AFTER_A_CLUB.match(text, people.end)
    }
    if not clubs:
        return list(mentions)
    gone: set[int] = set()
    result = list(mentions)
    for i, town, people in pairs:
        if f"{town.text} {people.text}" in clubs:
            result[i] = replace(town, text=text[town.start : people.end], end=people.end,
                                label="ORG", cue="TEAM")  # fmt: skip
            gone.add(i + 1)
    return [m for j, m in enumerate(result) if j not in gone]


# A club's kind word after its town (`club_kinds`, and "County", which a club after "side"
# names as well: "Championship side Derby County"), alone before a word that is no name's.
_KIND_AFTER = re.compile(
    r" (?:United|City|County|Rovers|Athletic|Wanderers|Albion)(?![\w'’-])(?! [A-Z])"
)
_SIDE_BEFORE = re.compile(r"\bsides? $")
_CUT_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "FAC", "NORP"})
_TOWNS = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def clubs_cut_at_their_kind(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, with a club named after "side" by its town and its kind word ("Premiership
    side Newcastle United face a trip") whole: the model tags the town alone, a place, and leaves
    the kind word out, so the club was cut to its town. Only right after a lower-case "side" (or
    "sides"), the town one or two capitalised words and the kind word one of the closed class,
    with no capitalised word after it ("Bristol City Council" is no club)."""
    result = list(mentions)
    gone: set[int] = set()
    for i, m in enumerate(mentions):
        if (
            m.label not in _CUT_LABELS
            or not (kind := _KIND_AFTER.match(text, m.end))
            or not _SIDE_BEFORE.search(text, max(0, m.start - 7), m.start)
            or not _TOWNS.fullmatch(m.text)
        ):
            continue
        end = kind.end()
        for j in range(i + 1, len(mentions)):
            if mentions[j].start < end:
                gone.add(j)
        result[i] = replace(m, text=text[m.start : end], end=end, label="ORG", cue="TEAM")
    return [m for j, m in enumerate(result) if j not in gone]


# A club's opening word right before a mention ("Real " of "Real Sociedad"), capitalised, with
# no word of a name right before it ("Copa Real Sociedad" is no such opener).
_OPENER_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")
_OPENER_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]* $")


def clubs_cut_at_their_opener(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """The mentions, with a club the model cut after its opening word whole: "Real Sociedad
    president Jose Luis Astiazaran said" gives `Sociedad` GPE, the club without its "Real"
    (seed 99's sport/247). The opening words are data (`club_openers`: "Real", "Inter",
    "Bayern", "Sporting", "Dynamo"); where one stands right before a mention of one word that
    the model tags a place, a person, a people or a body, with no mention over it and no
    capitalised word before it, the two words are one club, ORG, a team's cue. The model's
    whole "Real Madrid" is left as it is."""
    result = list(mentions)
    previous_end = 0
    for i, m in enumerate(mentions):
        end_before, previous_end = previous_end, max(previous_end, m.end)
        if m.label not in _CUT_LABELS or " " in m.text or m.start < 4 or text[m.start - 1] != " ":
            continue
        opener = _OPENER_BEFORE.search(text, max(0, m.start - 12), m.start)
        if opener is None or opener.group(1).casefold() not in _openers():
            continue
        start = opener.start(1)
        if start < end_before or _OPENER_NAME_BEFORE.search(text, max(0, start - 20), start):
            continue
        result[i] = replace(m, text=text[start : m.end], start=start, label="ORG", cue="TEAM")
    return result


# A club's nickname before its staff's word, right before the staff member's full name.
_NICKNAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) (?:boss|manager|coach) $")
# A capitalised word right before the nickname ("Leeds Rhinos coach"): the nickname ends a
# longer name there, no club alone.
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]* $")


@cache
def _nicknames() -> frozenset[str]:
    return frozenset(data_file("entities.json")["club_nicknames"])


def clubs_before_their_manager(
    text: str,
    mentions: Sequence[RawMention],
    layouts: Sequence[Layout],
    taken: Sequence[tuple[int, int]],
    add: Adder,
) -> list[RawMention]:
    """The mentions, with a club's plural nickname before "boss", "manager" or "coach" and a
    person's full name ("Spurs boss Martin Jol said", "Saints boss Harry Redknapp agreed") as an
    ORG mention of the club, cued a team's: the model tags the manager and leaves the club
    out. Only the closed class of nicknames (`club_nicknames`), a word no mention covers, with
    no capitalised word right before it ("Leeds Rhinos coach" names the club whole).

    A side before a player's position and his full name ("Bath centre Olly Barkley was hurt",
    "Wales wing Shane Williams and ...") is left out the same way (round r41-places): the word
    before the position (`_SIDE_BEFORE_POSITION`) is the side, a country's name GPE (a national
    side, as the model tags "England coach Andy Robinson"), any other ORG, cued an ORG's (no
    team's cue, which a PERSON cue of the model's person outweighs: the position says more than
    "Bath, who face Leicester"). Only
    where the word is a nickname, a country, a known region or town, or a word the article
    writes capitalised inside a sentence and never in lower case ("Uncapped fly-half Andy
    Goode", "Former captain Keith Wood" and "With captain Gareth Thomas" open a sentence with a
    common word)."""
    found: list[RawMention] = []
    covered = covering(mentions, taken)
    for m in mentions:
        if m.label != "PERSON" or " " not in m.text:
            continue
        label, cue = "ORG", "TEAM"
        match = _NICKNAME_BEFORE.search(text, max(0, m.start - 20), m.start)
        if not match or match.group(1) not in _nicknames():
            match = _SIDE_BEFORE_POSITION.search(text, max(0, m.start - 30), m.start)
            if not match:
                continue
            label = cue = _side_label(text, match.group(1))
            if not label:
                continue
        start, end = match.span(1)
        if _NAME_WORD_BEFORE.search(text, max(0, start - 30), start):
            continue
        if covered(start, end):
            continue
        layout = layout_holding(layouts, start, end)
        if layout is not None:
            found.append(add(text, layout, start, end, label, cue))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda m: m.start)


# A side's one word before a player's position on the field: "Bath centre ", "Wales wing ".
_SIDE_BEFORE_POSITION = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z]+) (?:captain|skipper|prop|lock|flanker|hooker|wing|winger|centre"
    r"|fly-half|scrum-half|full-back|number eight|back-row|second-row|stand-off|striker"
    r"|midfielder|defender|centre-back|centre-half|left-back|right-back|goalkeeper|keeper) $"
)


def _side_label(text: str, word: str) -> str:
    """The label of a side's word before a player's position (`clubs_before_their_manager`):
    GPE for a country, ORG for a nickname, a known region or town or a word the article
    writes capitalised inside a sentence and never in lower case; "" for any other word."""
    if word.casefold() in country_keys(str.casefold):
        return "GPE"
    if word in _nicknames() or known_place(word):
        return "ORG"
    if capitalised_inside(text, word) and not written_in_lower_case(text, word):
        return "ORG"
    return ""


# A tournament's group by its letter: "Group F", the letter alone after "Group".
_GROUP_LETTER = re.compile(r" [A-H](?![\w'’-])")


def groups_with_their_letter(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each "Group" the model tagged alone grown over the letter after it ("Group"
    ORG + "F" PRODUCT in "second in Group F behind Lyon", seed 83): a tournament's group is named
    by its letter, as the model tags "Group C" whole elsewhere; the letter's own mention goes."""
    if "Group " not in text:
        return mentions
    result: list[RawMention] = []
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        if m.text == "Group" and (letter := _GROUP_LETTER.match(text, m.end)) is not None:
            end = letter.end()
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt is not None and nxt.start < end:
                if (nxt.start, nxt.end) != (m.end + 1, end):
                    result.append(m)  # another name over the letter: no rule's
                    continue
                skip = i + 1
            m = replace(m, text=text[m.start : end], end=end, label="ORG")
        result.append(m)
    return result


# A club's opening word alone, then a comma: "Inter, " of "Inter, AC Milan and Juventus".
_OPENER_IN_LIST = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+), ")


def openers_heading_a_club_list(
    text: str, mentions: Sequence[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, with a club's opening word ("Inter", "Real", `club_openers`) that the model
    left untagged first in a list of clubs an ORG mention cued a team's: "We could get Inter, AC
    Milan and Juventus" (seed 83) gives the two clubs after it and nothing for "Inter". Only
    where a club the model tagged ORG follows the comma and another follows the list's next
    ", " or " and "."""
    if ", " not in text:
        return list(mentions)
    starts = {m.start: m for m in mentions}
    covered = SpanIndex([(m.start, m.end) for m in mentions])
    found: list[RawMention] = []
    for match in _OPENER_IN_LIST.finditer(text):
        word = match.group(1)
        start, end = match.span(1)
        if word.casefold() not in _openers() or covered.overlaps(start, end):
            continue
        first = starts.get(match.end())
        if first is None or first.label != "ORG":
            continue
        joint = re.match(r", |,? and ", text[first.end :])
        second = starts.get(first.end + joint.end()) if joint else None
        if second is None or second.label != "ORG":
            continue
        layout = layout_holding(layouts, start, end)
        if layout is not None:
            found.append(add(text, layout, start, end, "ORG", "TEAM"))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda m: m.start)
