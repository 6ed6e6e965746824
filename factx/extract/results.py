"""Results and standings lines: every name on them is a team's, whatever the model made of it.

A sports page prints results and tables as lines of names and numbers: "Leicester 21 Bath 10",
"Sussex 363 (W. Athey 111) and 197-8, Lancashire 197-8", "Wigan 4 3 1 0 9 4 10", "BOSTON 69 65
.515 5 1/2", and a headline's "Wasps 31-37 Leicester". The model, reading no sentence, tags most
of these names as places or people, or misses them. A line that is nothing but names with
scores, or one name with a row of table columns, is read here instead: its names are teams. A
name that opens with a common first name is a player's ("Colin Montgomerie 69 70 71") and a
month a column's ("July 96 June 96"), never taken. A cycling or motor racing result prints
the rider's team after the country in brackets ("1. Rolf Sorensen ( Denmark ) Rabobank
20:36:54", "8. Eleuterio Anguita ( Spain ) MX Onda"): the words there, before the time or the
line's end, are a team as well, and so is each side of a fixture list's line ("May 18 v
Worcestershire", "Postponed : Walsall v Wrexham"). The parts of a line are data (`results` in
factx/data/entities.json). A town's initial in brackets after a club's name is part of it
("Mladost ( L ) 2", one of several clubs named Mladost). On a schedule's line ("KANSAS CITY AT
DETROIT") the town after "AT" is where the game is played, a place (`venue_spans`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factx.extract.first_names import person_by_first_name
from factx.extract.wordlists import data_file
from factx.normalize.timex import MONTH_PATTERN, WEEKDAY_PATTERN

# Results lines are short; a paragraph of prose is never read as one.
_LINE_MAX = 400
_DIGIT = re.compile(r"\d")
# A table's header of periods is no team: "July 96 June 96 July 95".
_PERIOD = re.compile(rf"(?i:{MONTH_PATTERN}|{WEEKDAY_PATTERN})\.?")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """A results line's item (a team and its score), a results line, a table row, a result."""
    parts: dict[str, str] = data_file("entities.json")["results"]
    team, score, column = parts["team"], parts["score"], parts["column"]
    country = r"(?: \( ?[A-Z][\w. ]*?\))?"  # "Benetton (Italy) 92": the team's country
    scorers = r"(?: \([^()]*\))?"  # "Bayern Munich 3 (Klose 2, Ballack)"
    item = rf"{team}{country} {score}{scorers}"
    # A result joins its teams by a space ("Chelsea 2 Arsenal 1"); a scorecard joins them by
    # commas, after its venue or with a second innings or wickets ("Hove: Sussex 363,
    # Lancashire 197-8", "Somerset 83 and 174, Leicestershire 296"). A list of scorers joined
    # by commas is no result: "Terry 17, Gudjohnsen 46".
    venue = rf"{team}(?: \([^()]*\))? ?: "
    innings = r"(?=.*\d(?: and \d|-\d))"
    joined = rf"{item}(?: ?[,;]? {item})+ ?\.?"
    line = re.compile(rf"{item}(?: {item})+ ?\.?|{venue}{joined}|{innings}{joined}")
    row = re.compile(rf"(?:\d{{1,2}}\.? )?(?P<team>{team})(?: {column}){{3,}} ?\.?")
    # A headline's result puts both scores between the teams: "Wasps 31-37 Leicester".
    pair = re.compile(rf"(?P<team>{team}) \d{{1,3}}-\d{{1,3}} (?P<away>{team})")
    return re.compile(rf"(?P<team>{team}){country} {score}{scorers}"), line, row, pair


def short_lines(
    text: str, start: int, end: int, *, figures: bool = True
) -> Iterator[tuple[int, int]]:
    """The bounds of the lines of text[start:end] that may be results: short, with a figure
    (unless `figures` is False: a team sheet may have none), without their own leading and
    trailing spaces (so patterns can be anchored at both ends)."""
    for first, last in stripped_lines(text, start, end):
        if last - first <= _LINE_MAX and (
            not figures or _DIGIT.search(text, first, last) is not None
        ):
            yield first, last


def stripped_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The bounds of the lines of text[start:end] that hold a word, of any length, without
    their own leading and trailing spaces."""
    while start < end:
        stop = text.find("\n", start, end)
        stop = end if stop < 0 else stop
        first, last = start, stop
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        if first < last:
            yield first, last
        start = stop + 1


@cache
def _entrant_team() -> re.Pattern[str]:
    """A competitor, the country in brackets and the team: "Rolf Sorensen ( Denmark ) Rabobank"."""
    return re.compile(data_file("entities.json")["results"]["entrant_team"])


@cache
def _fixtures() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A fixture list's line: a date, "v" and the opponent ("May 18 v Worcestershire", "June
    14-16 v Leicestershire ( three days )"); or games alone, after a heading ("Postponed :
    Walsall v Wrexham , Manchester City v Charlton", two games at least without a heading);
    and one game of such a line."""
    team = data_file("entities.json")["results"]["team"]
    month = rf"(?i:{MONTH_PATTERN})\.?"
    day = r"\d{1,2}(?:-\d{1,2})?"
    dated = re.compile(
        rf"{month} {day}(?: - (?:{month} )?{day})? v (?P<team>{team})(?: \([^()]*\)?)?"
    )
    game = re.compile(rf"(?P<home>{team}) v (?P<away>{team})")
    either = rf"{team} v {team}"
    heading = r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)? ?: )?"
    games = re.compile(rf"{heading}{either}(?: ?[,;] {either})* ?\.?")
    return dated, games, game


@cache
def _draw_line() -> re.Pattern[str]:
    """A draw's line of one game alone, each side a club or a replay's two clubs by a slash
    ("Luton v Hinckley/Brentford", "Swindon/Notts Co v Middlesbrough")."""
    team = data_file("entities.json")["results"]["team"]
    side = rf"{team}(?:/{team})?"
    return re.compile(rf"(?P<home>{side}) v (?P<away>{side})")


# Lines of one game each in a row that make a draw's list, at least: "Roe v Wade" alone, or two
# court cases, are no draw.
_DRAW_RUN = 3


def _near_lines(text: str, start: int, end: int, count: int) -> tuple[list[str], list[str]]:
    """Up to `count` lines with a word before text[start:end]'s line (nearest first), and after."""
    before = [line.strip() for line in text[:start].split("\n") if line.strip()][-count:]
    after = [line.strip() for line in text[end:].split("\n") if line.strip()][:count]
    return before[::-1], after


def _draw_teams(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The clubs of a draw's line of one game alone ("Luton v Hinckley/Brentford"), where it is
    one of `_DRAW_RUN` such lines in a row: round r36b-clubs, seed 76's FA Cup draw, where the
    model tags nothing on six of 32 lines, glues lines ("Crewe\nDerby") and reads a replay's
    two clubs across their slash as one person (`Hinckley/Brentford` PERSON). A slash between
    two names is the replay's two clubs, each a club of its own."""
    line = _draw_line()
    if not line.fullmatch(text, start, end):
        return
    before, after = _near_lines(text, start, end, _DRAW_RUN - 1)
    run = 1
    for lines in (before, after):
        for near in lines:
            if not line.fullmatch(near):
                break
            run += 1
    if run < _DRAW_RUN:
        return
    found = line.fullmatch(text, start, end)
    assert found is not None
    for group in ("home", "away"):
        s, e = found.span(group)
        slash = text.find("/", s, e)
        if slash < 0:
            yield s, e
        else:
            yield s, slash
            yield slash + 1, e


def _fixture_teams(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The teams of a fixture list's line of text[start:end] (`_fixtures`), or of a draw's
    line of one game among others (`_draw_teams`)."""
    dated, games, game = _fixtures()
    if date_line := dated.fullmatch(text, start, end):
        yield date_line.span("team")
    elif (draw := list(_draw_teams(text, start, end))) and "/" in text[start:end]:
        yield from draw
    elif games.fullmatch(text, start, end):
        heading = text.find(": ", start, end)
        found = list(game.finditer(text, start if heading < 0 else heading + 2, end))
        if heading < 0 and len(found) < 2:
            yield from _draw_teams(text, start, end)  # one of a draw's lines in a row
            return  # "Roe v Wade" alone may be a court case's name: a list has a heading
        for one in found:
            yield one.span("home")
            yield one.span("away")


# A town's initial in brackets after a team's name, which tells apart clubs of one name
# ("Mladost ( L ) 2", "Mladost ( BJ ) 0"): a part of the name as the league writes it.
_TOWN_INITIAL = re.compile(r" \( ?[A-Z]{1,2} ?\)")


# A schedule's line: the visitors, "AT", the hosts, whose town is where the game is played
# ("KANSAS CITY AT DETROIT"). In capitals only, on a line alone: a subheading in title case
# ("Trouble at Chelsea") names the club.
_SCHEDULE_LINE = re.compile(
    r"(?P<away>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}) AT "
    r"(?P<home>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})"
)


def venue_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the towns a schedule's lines of text[start:end] name as the venue (the
    words after "AT"): the place of the game, though the same words name the home side
    elsewhere on the page."""
    for first, last in short_lines(text, start, end, figures=False):
        if found := _SCHEDULE_LINE.fullmatch(text, first, last):
            yield found.span("home")


def team_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the teams named on the results or standings lines of text[start:end]."""
    patterns = _patterns()
    for first, last in short_lines(text, start, end):
        for s, e in _line_teams(text, first, last, *patterns):
            initial = _TOWN_INITIAL.match(text, e, last)
            yield s, initial.end() if initial else e
        yield from (m.span("team") for m in _entrant_team().finditer(text, first, last))
    for first, last in short_lines(text, start, end, figures=False):
        yield from _fixture_teams(text, first, last)


def _line_teams(
    text: str,
    start: int,
    end: int,
    item: re.Pattern[str],
    line: re.Pattern[str],
    row: re.Pattern[str],
    pair: re.Pattern[str],
) -> Iterator[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if line.fullmatch(text, start, end):
        spans = [m.span("team") for m in item.finditer(text, start, end)]
    elif found := row.fullmatch(text, start, end):
        spans = [found.span("team")]
    elif found := pair.fullmatch(text, start, end):
        spans = [found.span("team"), found.span("away")]
    for s, e in spans:
        if not person_by_first_name(text[s:e]) and not _PERIOD.fullmatch(text, s, e):
            yield s, e
