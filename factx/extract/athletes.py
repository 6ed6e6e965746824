"""Athletes on results lines: a person's name, the country in brackets, then the result.

Results of athletics, golf, tennis or cycling print each competitor as "2. Anthony Washington
(U.S.) 68.44", "Lindsay Davenport (U.S.) beat Anne-Gaelle Sidot (France)" or "285 Costantino
Rocca (Italy) 71 73 72 69". With no sentence around it, the model misses many of these names,
most of all foreign ones that no list of first names holds. A name of two to four words before
a country in brackets, on a line with figures, followed by a figure, "beat", a comma or the end
of the line, is a person: a team's country comes with its points ("3. Bayern Munich (Germany)
12 points"), and one-word names are left to the model ("Benetton (Italy) 92" is a team). So is
every name of a cricket scorecard's batting line ("A. Ranatunga lbw b Fleming 0"), batsman,
fielder and bowler, and every name after a shirt number on a team sheet ("15 - Christian
Cullen , 14 - Jeff Wilson , 13 - Walter Little"); a name before a score is a team's. So are
the scorers of a goal's minute ("Viorel Moldovan (21st minute), Dan Petrescu (65th)") and the
initialled cricketers in a scorecard's brackets ("Glamorgan 259 (A. Dale 69; D. Blenkiron
4-43)"), and the bowlers of a scorecard's bowling line with their analyses ("Bowling : Vass
7-0-29-0 , de Silva 4-0-25-0"). The patterns are data (`athletes` in factx/data/entities.json).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from factx.extract.results import short_lines
from factx.extract.wordlists import data_file

# Shirt numbers before names, at least this many on a line, make a team sheet ("1 - Bernard
# Lama ; 2 - Lilian Thuram"); one or two could be anything ("won 3 - Lost 2").
_SHEET = 3
# A goal's minute: what makes ordinals in brackets a list of scorers.
_MINUTE = re.compile(r"\( ?\d{1,3}(?:st|nd|rd|th) min")
# A scorers line that does not write "minute": it opens with "Scorers :" or with the side's
# name and a dash ("Belgium - Marc Degryse ( 13th ) , Luis Oliveira ( 38th )"). A table's
# places have neither ("Arsenal (2nd) v Chelsea (1st)").
_SCORERS_OPENING = re.compile(r"Scorers? ?: |[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} - (?=[A-Z])")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """A competitor and their country; a cricket scorecard's batting line; a shirt number and
    a player's name; a scorer and the minute; a cricketer's figures in a scorecard; a bowler
    and the analysis."""
    parts: dict[str, str] = data_file("entities.json")["athletes"]
    keys = ("entry", "batting", "lineup", "scorer", "figures", "bowling")
    return tuple(re.compile(parts[key]) for key in keys)


def athlete_spans(
    text: str, start: int, end: int, is_country: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """The spans of the athletes named on the results lines of text[start:end]
    (`is_country`: whether the words in brackets name a country)."""
    entry, batting, lineup, scorer, figures, bowling = _patterns()
    for first, last in short_lines(text, start, end):
        if innings := batting.fullmatch(text, first, last):
            # "Saeed Anwar c Stewart b Gough 33": batsman, fielder and bowler.
            names = (g for g in batting.groupindex if innings[g] is not None)
            yield from sorted(innings.span(g) for g in names)
        for found in entry.finditer(text, first, last):
            if is_country(found["country"]):
                yield found.span("name")
        players = [m.span("name") for m in lineup.finditer(text, first, last)]
        if len(players) >= _SHEET:
            yield from players  # "France - 1 - Bernard Lama ; 2 - Lilian Thuram , ..."
        if _MINUTE.search(text, first, last) or _SCORERS_OPENING.match(text, first, last):
            # "Romania - Viorel Moldovan (21st minute), Dan Petrescu (65th)"; a line of
            # ordinals alone may be a table's places ("Chelsea (1st)").
            yield from (m.span("name") for m in scorer.finditer(text, first, last))
        # "Glamorgan 259 (A. Dale 69, H. Morris 69; D. Blenkiron 4-43)"
        yield from (m.span("name") for m in figures.finditer(text, first, last))
        # "Bowling : S. Waugh 5-1-36-1 , Law 2-0-23-0": overs, maidens, runs and wickets.
        yield from (m.span("name") for m in bowling.finditer(text, first, last))
