"""Team sheets: the players a football or rugby report lists after its prose are people.

A match report ends with each side's line-up, bench, bookings and goals as lines of bare
surnames: "Cech, Paulo Ferreira, Terry, Gallas (Kezman 74), Drogba, Duff.", "Subs Not Used:
Pidgeley, Tiago.", "Walder; May, Tait, Mayerhofler, Stephenson; ...", "Riise 1, Nunez 113.",
"Referee: M Riley". With no sentence around them the model reads these names as firms, places,
dates or laws ("Drogba" ORG, "Finnan" GPE, "May" DATE, "Kezman 74" LAW). A line that is nothing
but capitalised names joined by commas, semicolons or slashes, each with at most a minute,
"og", "(capt)", a substitute and his minute in brackets or "for X (53)", is a sheet line if a
head word opens it ("Subs Not Used:", "Replacements:", "Referee:"), or if it lists at least a
side's worth of names with a sheet's marks (a colon before them, where the BBC's pages cut off
the team's name; a bracket; the semicolons between a rugby side's units). A shorter line of
that shape (a side's bookings, its scorers) is one where a sheet line stands a few lines above
it. Every name on a sheet line is a person's; where the model tagged only the surname after
the initials ("O'Gara" of "R O'Gara"), that mention stays, as the prose names him so; a club or
county in brackets is left to the model, but a country's short form in brackets ("C Smith (NZ)", "J
Brown (Aus, capt)", `sheets.countries`) is the country, GPE, and the stand-in "A N Other" is
no one (`sheets.no_one`; round r37b-fields, seed 80). A line that names
a country is no sheet; a known region is no evidence ("Sutton", "Douglas" are surnames too).
The patterns are data (`sheets` in factx/data/entities.json).

Wire reports give a side's line-up as one long line of shirt numbers and names instead
("South Africa - 15 - Andre Joubert, 14 - Justin Swart, 13 - Japie Mulder (Joel Stransky, 48
mins) 12 - ..."; `numbered_spans`), where the model misses names by the dozen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.results import stripped_lines
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

# Sheet lines are short, as results lines are (`results.short_lines`).
_LINE_MAX = 400
# Names on a line with no head word that make it a sheet line on its own (a bench of five
# or more; a side has eleven or fifteen): "Hyypia, Traore, Hamann." could be anything alone.
_SIDE = 5
# Bare surnames, one word each, between commas with no mark at all: a football side's eleven
# ("Dudek, Finnan, Carragher, ..., Baros."), which a group of clubs or a list of towns hardly
# reaches in one line of single words.
_ELEVEN = 11
# How many lines above a short line a sheet line may stand (a side's bench, bookings, goals
# and the other side's sheet come between).
_LOOK_BACK = 8
_MARKS = re.compile(r"[(;]")
# Initials before a surname on a sheet: "R O'Gara", "J-P Grandclaude", "A N Other".
_INITIALS = re.compile(r"(?:[A-Z](?:-[A-Z])?\.? )+")
# The words in brackets after a referee's name.
_BRACKET = re.compile(r" ?\(([A-Z][^()]*)\)")
# A rugby sheet's slips: a club in brackets alone after a stray semicolon ("A Jones;
# (Neath-Swansea)"), and an initialled player and his club whose bracket never opened ("C
# Sweeney Newport-Gwent)").
_STRAY_CLUB = re.compile(r" ?\(([A-Z][\w'’ -]{0,30})\) ?")
_UNOPENED = re.compile(r"((?:[A-Z] )+[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*) ([A-Z][\w'’ -]{0,30})\) ?")
_SLIPS = (_STRAY_CLUB, _UNOPENED)


@dataclass(frozen=True)
class _Part:
    """One part of a sheet: a head word and what follows it up to its full stop ("Subs Not
    Used: Gate, Fenton.", "Att: 21,400"), a side's name and its players ("Hull: Price,
    Dean."), or players alone. `names`: the players' spans; `marks`: other spans and their
    labels, the side's name "TEAM", the referee's county "GPE" or association "ORG", and "" for
    a head word, which is no name ("Att", "Ref")."""

    headed: bool
    alone: bool
    names: list[tuple[int, int]]
    marks: list[tuple[int, int, str]]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A sheet's part (its head or side's name, and its body), one of its items (a name and its
    bracket), the space before a part inside a line ("..., Gillespie. Subs Not Used: Orr",
    "Att: 21,400 Ref: P Dowd", '"... deserved it." Derby: Lane'), and a crowd's part."""
    parts = data_file("entities.json")["sheets"]
    name, tail, club = parts["name"], parts["tail"], parts["club"]
    item = rf"(?P<name>{name}){tail}"
    heads = "|".join(re.escape(h) for h in sorted(parts["heads"], key=len, reverse=True))
    counted = "|".join(re.escape(h) for h in sorted(parts["counted"], key=len, reverse=True))
    plain_item = re.sub(r"\?P<\w+>", "?:", item)
    # The slips of a rugby sheet (`_STRAY_CLUB`, `_UNOPENED`) are items too, read apart.
    slips = "|".join(re.sub(r"(?<!\\)\((?!\?)", "(?:", p.pattern.strip(" ?")) for p in _SLIPS)
    plain_item = f"(?:{plain_item}|{slips})"
    line = re.compile(
        rf"(?:(?P<head>{heads}) ?: ?|(?P<club>{club}) ?: ?|: ?)?"
        rf"(?P<body>{plain_item}(?: ?[,;/] ?{plain_item})*) ?\.?"
    )
    # A part opens a sentence, after a full stop (and a quote's closing mark); a head word
    # also opens one after the crowd's figure, which has no full stop ("Att: 21,400 Ref:").
    # The space is matched first and the marks before it looked back at: a pattern that opens
    # with a literal is only tried where that character is (it was tried at every one).
    sentence = r"(?:(?<=[.!?] )|(?<=[.!?][\"”’'] ))"
    cut = re.compile(
        rf" (?:{sentence}(?=(?:{heads}|{counted}|{club}) ?:)|(?<=\d )(?=(?:{heads}) ?:))"
    )
    crowd = re.compile(rf"(?P<head>{counted}) ?: ?\d{{1,3}}(?:,\d{{3}})*\.?")
    return line, re.compile(item), cut, crowd


@cache
def _referees() -> frozenset[str]:
    return frozenset(data_file("entities.json")["sheets"]["referees"])


@cache
def _countries() -> frozenset[str]:
    """The countries' short forms a sheet writes in brackets after a player: "NZ", "Aus"."""
    return frozenset(data_file("entities.json")["sheets"]["countries"])


def sheet_country(name: str) -> bool:
    """Whether `name` is a country's short form a team sheet writes in brackets ("NZ")."""
    return name in _countries()


@cache
def _no_one() -> frozenset[str]:
    """The sheet's stand-in for a player not yet named: "A N Other"."""
    return frozenset(data_file("entities.json")["sheets"]["no_one"])


# One item of a sheet's body: the text up to its comma, semicolon or slash, a bracket whole
# ("J Brown (Aus, capt)").
_PIECE = re.compile(r"(?:[^,;/(]|\([^()]*\))+")


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The bounds of the parts of the line text[start:end], cut before each head word or
    side's name that opens a sentence."""
    _, _, cut, _ = _patterns()
    bounds = []
    first = start
    for m in cut.finditer(text, start, end):
        bounds.append((first, m.start()))
        first = m.end()
    return [*bounds, (first, end)]


def _names(text: str, start: int, end: int) -> tuple[bool, list[_Part]] | None:
    """Whether text[start:end] is a sheet line on its own, and its parts; None for a line of
    any other shape.

    A line may hold a side and its bench, each closed by a full stop ("Phillips, Hill, ...,
    Gillespie. Subs Not Used: Orr, Brown."): each part is read as a line of its own, and a
    head word in any part makes the whole line a sheet's."""
    parts = []
    for first, last in _segments(text, start, end):
        part = _part(text, first, last)
        if part is None:
            return None
        parts.append(part)
    return any(p.alone for p in parts), parts


def _part(text: str, start: int, end: int) -> _Part | None:
    """One part of a sheet line (`_Part`), or None for words of another shape."""
    line, item, _, crowd = _patterns()
    if found := crowd.fullmatch(text, start, end):
        return _Part(True, True, [], [(*found.span("head"), "")])
    found = line.fullmatch(text, start, end)
    if found is None:
        return None
    spans: list[tuple[int, int]] = []
    marks: list[tuple[int, int, str]] = []
    referee = found["head"] in _referees()
    body_start, body_end = found.span("body")
    for piece in _PIECE.finditer(text[body_start:body_end]):
        first, last = body_start + piece.start(), body_start + piece.end()
        while text[first] == " ":
            first += 1
        if spans and (club := _STRAY_CLUB.fullmatch(text, first, last)):
            # "A Jones; (Neath-Swansea)": a stray semicolon parts a player from his club.
            marks.append((*club.span(1), "ORG"))
            continue
        one = item.fullmatch(text, first, last)
        if one is None and (glued := _UNOPENED.fullmatch(text, first, last)):
            # "C Sweeney Newport-Gwent)": the club's bracket never opened.
            spans.append(glued.span(1))
            marks.append((*glued.span(2), "ORG"))
            continue
        if one is None:
            return None
        if one["name"] in _no_one():
            # "A N Other": the place a sheet keeps for a player not yet chosen, no one's name.
            marks.append((*one.span("name"), ""))
            continue
        spans += [one.span(g) for g in ("name", "off", "sub") if one[g]]
        if (country := _BRACKET.search(text, one.end("name"), last)) and (
            country[1].split(",")[0] in _countries()
        ):
            # "C Smith (NZ)", "J Brown (Aus, capt)": a Lions or a World XV sheet gives each
            # player's country in its short form, GPE (seed 80's `NZ`, `Aus` ORG).
            first_country = country.start(1)
            marks.append((first_country, first_country + len(country[1].split(",")[0]), "GPE"))
        if referee and (county := _BRACKET.search(text, one.end("name"), last)):
            # "P Dowd (Staffordshire)": the referee's county, or his association ("(WRU)").
            label = "ORG" if county[1].isupper() else "GPE"
            marks.append((*county.span(1), label))
    if found["head"]:
        marks.append((*found.span("head"), ""))
    if found["club"]:
        marks.append((*found.span("club"), "TEAM"))
    # A line of five names alone is a sheet where a sheet's marks show: a colon before it (the
    # team's name cut off), a bracket (a substitute, a captain, a club) or the semicolons
    # between a rugby side's units; "Barcelona, Bayern Munich, Porto, Real Madrid, Werder
    # Bremen." lists a group's teams. A side's name before the colon is no mark on its own
    # ("Group A: Barcelona, ...").
    marked = text[start] == ":" or _MARKS.search(text, start, end) is not None
    headed = found["head"] is not None
    alone = headed or (len(spans) >= _SIDE and marked) or _bare_side(text, found, spans)
    return _Part(headed, alone, spans, sorted(marks))


def _bare_side(text: str, found: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether a part with no head word and no mark is a side's line-up all the same: eleven
    or more lone surnames, one word each, between commas, as a football report closes with
    ("Dudek, Finnan, Carragher, Hyypia, Traore, Alonso, Biscan, Hamann, Riise, Gerrard,
    Baros."). The model reads such a line as places and firms (seed 75: 9 of 11 wrong); no
    sentence words it. A side's name before a colon is no part of it ("Group A: ..." lists
    clubs), nor a semicolon or slash (a rugby side's units are marked already)."""
    return (
        found["club"] is None
        and len(spans) >= _ELEVEN
        and all(" " not in text[s:e] for s, e in spans)
        and not re.search(r"[;/]", text[slice(*found.span("body"))])
    )


def initialled(text: str, start: int, end: int, surname: RawMention) -> bool:
    """Whether the sheet's name text[start:end] is initials before the span `surname`
    ("R O'Gara" and "O'Gara"): the model's mention of the surname stays, as the prose names the
    player by it (a mention of the full span would stand apart from the prose's "O'Gara")."""
    return surname.end == end and _INITIALS.fullmatch(text, start, surname.start) is not None


def another_namesake(name: str, mentions: Sequence[RawMention]) -> bool:
    """Whether the sheet's initialled name ("A Jones") has a namesake in the article's prose
    whose first name another letter opens ("Ryan Jones"): the sheet's player is another man,
    named whole, where his surname alone would join the namesake (seed 96's "A Jones;
    (Neath-Swansea)" among Ryan Jones's mentions)."""
    initials = _INITIALS.match(name)
    if initials is None:
        return False
    initial, surname = name[0], name[initials.end() :]
    return any(
        m.label == "PERSON"
        and m.text.endswith(" " + surname)
        and not _INITIALS.match(m.text)
        and not m.text.startswith(initial)
        for m in mentions
    )


def sheet_spans(
    text: str, start: int, end: int, is_country: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """The spans of the players named on the team sheets of text[start:end]
    (`is_country`: whether a name is a country's; a list of countries is no sheet)."""
    for part in _sheet_parts(text, start, end, is_country):
        yield from part.names


def sheet_marks(
    text: str, start: int, end: int, is_country: Callable[[str], bool]
) -> Iterator[tuple[int, int, str]]:
    """The spans on the team sheets of text[start:end] that are no player's, and their labels:
    a side's name before its players "TEAM" ("Hull: Price, Dean"; a country's is left to the
    model), the referee's county "GPE" or association "ORG" ("Ref: P Dowd (Staffordshire)"),
    and "" for a head word, which is no name ("Att: 21,400", "Ref:")."""
    for part in _sheet_parts(text, start, end, is_country):
        for first, last, label in part.marks:
            if label != "TEAM" or not is_country(text[first:last]):
                yield first, last, label


def _sheet_parts(
    text: str, start: int, end: int, is_country: Callable[[str], bool]
) -> Iterator[_Part]:
    """The parts of the team sheets of text[start:end]: the sheet lines, and the runs of parts
    that a paragraph of prose ends with (`_runs`)."""
    for first, last in stripped_lines(text, start, end):
        read = _names(text, first, last) if last - first <= _LINE_MAX else None
        if read is None:
            runs = _runs(text, first, last)
        elif read[0] or _sheet_above(text, first):
            runs = [read[1]]
        else:
            continue
        for run in runs:
            if not _countries_listed(text, run, is_country):
                yield from run  # a list of countries is no sheet


def _countries_listed(text: str, run: list[_Part], is_country: Callable[[str], bool]) -> bool:
    """Whether the sheet parts `run` list countries, no players: a line with a country's name
    among its names is a group's or a draw's, unless the countries are a few players' surnames
    among many ("Subs Not Used: Macken, Weaver, Onuoha, Jordan.", "..., Murphy (Euell 78),
    Holland, Kishishev, ..."): fewer than a third of the names, on a line with a head word or a
    side's worth of names (seed 133's sport/139 lost its whole last bench to its "Jordan")."""
    names = [text[s:e] for part in run for s, e in part.names]
    countries = sum(1 for name in names if is_country(name))
    if not countries:
        return False
    enough = any(p.headed for p in run) or len(names) >= _SIDE
    return not enough or 3 * countries >= len(names)


def _runs(text: str, start: int, end: int) -> list[list[_Part]]:
    """The runs of sheet parts inside the paragraph text[start:end], each opening a sentence:
    a match report may run its sides' line-ups into the paragraph of the managers' words
    ('... deserved it." Derby: Lane, Moss, Pike. Subs Not Used: Gate. Goals: Reed 12. Att:
    21,400 Ref: P Dowd (Staffordshire).'). A run with a head word in it is a sheet's; names
    after a colon alone could be anything ("Smith said: ...")."""
    runs: list[list[_Part]] = []
    run: list[_Part] = []
    for first, last in [*_segments(text, start, end), (end, end)]:
        part = _part(text, first, last) if first < last else None
        if part is not None:
            run.append(part)
            continue
        if any(p.headed for p in run):
            runs.append(run)
        run = []
    return runs


def numbered_spans(
    text: str, start: int, end: int, is_country: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """The spans of the players of the numbered line-ups in text[start:end]: a line with at
    least a side's worth of names after shirt numbers ("15 - Andre Joubert, 14 - Justin
    Swart"), and the substitutes in its brackets, with a number or without ("(12 - Alfonso Rios
    78th)", "(Joel Stransky, 48 mins)", "(Becerril 46th)"). Fewer numbered names are a seeding
    or a ranking ("1 - Jansher Khan (Pakistan) beat ..."), left to the model; a line whose
    numbered names include a country ranks countries."""
    numbered, substitute = _numbered_patterns()
    first = start
    while first < end:
        last = text.find("\n", first, end)
        last = end if last < 0 else last
        players = [m.span("name") for m in numbered.finditer(text, first, last)]
        if len(players) >= _SIDE and not any(is_country(text[s:e]) for s, e in players):
            subs = [m.span("name") for m in substitute.finditer(text, first, last)]
            yield from sorted(set(players) | set(subs))
        first = last + 1


@cache
def _numbered_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    name = data_file("entities.json")["sheets"]["name"]
    number = r"(?<![\w.-])\d{1,2} ?- ?"
    # The minute closes the bracket: "(captain)" and "(Pakistan)" hold no substitute.
    minute = r" ?,? \d{1,3}(?:st|nd|rd|th| mins?)? ?\)"
    return (
        re.compile(rf"{number}(?P<name>{name})"),
        re.compile(rf"\( ?(?:\d{{1,2}} ?- ?)?(?P<name>{name}){minute}"),
    )


def _sheet_above(text: str, start: int) -> bool:
    """Whether a sheet line stands among the few lines right above position `start`."""
    seen = 0
    stop = start
    while seen < _LOOK_BACK and stop > 0:
        begin = text.rfind("\n", 0, stop - 1) + 1
        first, last = begin, stop - 1 if text[stop - 1] == "\n" else stop
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        if first < last:
            seen += 1
            if last - first <= _LINE_MAX and (read := _names(text, first, last)) and read[0]:
                return True
        stop = begin
    return False
