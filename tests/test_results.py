import re

import pytest

from factx.extract.results import team_spans, venue_spans


def teams(text: str) -> list[str]:
    return [text[s:e] for s, e in team_spans(text, 0, len(text))]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A result: every name before a score is a team's.
        ("Leicester 21 Bath 10", ["Leicester", "Bath"]),
        ("Chelsea 2 Arsenal 1", ["Chelsea", "Arsenal"]),
        # Scorers in brackets after a score are no teams.
        ("Bayern Munich 3 (Klose 2, Ballack) Hamburg 1", ["Bayern Munich", "Hamburg"]),
        # A team's country in brackets is no part of its name.
        ("Benetton (Italy) 92 Dinamo (Russia) 81 (halftime 50-28)", ["Benetton", "Dinamo"]),
        # A scorecard line opens with its venue, which is a place.
        (
            "Hove: Sussex 363 (W. Athey 111; I. Austin 4-37), Lancashire 197-8 (W. Hegg 54)",
            ["Sussex", "Lancashire"],
        ),
        (
            "Somerset 83 and 174 (P. Simmons 4-38), Leicestershire 296.",
            ["Somerset", "Leicestershire"],
        ),
        # A headline's result, both scores between the teams.
        ("Wasps 31-37 Leicester", ["Wasps", "Leicester"]),
        ("Hearts of Oak 3-2 Cotonsport", ["Hearts of Oak", "Cotonsport"]),
        # A table row: one name and its columns ("P W D L F A Pts", "W L PCT GB").
        ("Wigan 4 3 1 0 9 4 10", ["Wigan"]),
        ("Queen of the South 3 2 0 1 5 4 6", ["Queen of the South"]),
        ("1. Chelsea 20 15 4 1 40 8 49", ["Chelsea"]),
        ("BOSTON 69 65 .515 5 1/2", ["BOSTON"]),
        # A rider's or driver's team after the country in brackets, before the time or the
        # line's end, with or without commas.
        ("1. Gianni Bugno ( Italy ) Mapei 4 hours 12 mins", ["Mapei"]),
        ("3. Jens Voigt ( Germany ) Credit Agricole same time", ["Credit Agricole"]),
        ("2. Mika Hakkinen ( Finland ) , McLaren Mercedes , 1:21.452", ["McLaren Mercedes"]),
        # An athlete with a time, a player who beat another: no team after the country.
        ("2. Maurice Greene (U.S.) 9.91", []),
        ("Serena Williams (U.S.) beat Amelie Mauresmo (France) 6-2 6-1", []),
        # A town's initial in brackets tells apart clubs of one name: part of the name.
        ("Partizan 3 Radnik ( S ) 1", ["Partizan", "Radnik ( S )"]),
        # A fixture list: a date and the opponent, or games after a heading.
        ("June 14-16 v Warwickshire ( three days )", ["Warwickshire"]),
        ("May 2 - June 1 v Essex", ["Essex"]),
        ("Postponed : Leeds v Hull , Stoke City v Crewe", ["Leeds", "Hull", "Stoke City", "Crewe"]),
        # A court case alone on a line, and in prose: no fixture.
        ("Roe v Wade", []),
        ("The ruling in Roe v Wade stands.", []),
        # A player's row on a leaderboard, a table's header of months, and prose: no team.
        ("Colin Montgomerie 69 70 71 210", []),
        # Scorers and their minutes, joined by commas: players, not teams.
        ("Terry 17, Gudjohnsen 46.", []),
        ("Riise 1, Nunez 113.", []),
        ("July 96 June 96 July 95", []),
        ("Sales rose 3 percent to 20 million in 2004.", []),
        ("The firm sold 3 million units in 2004, up 12%.", []),
    ],
)
def test_teams_of_results_and_standings_lines(line: str, expected: list[str]) -> None:
    assert teams(line) == expected


def test_each_line_of_a_paragraph_is_read_alone() -> None:
    text = "Results on Saturday:\nHarlequins 75 Gloucester 19\nSale 31 Wasps 33\n"
    assert teams(text) == ["Harlequins", "Gloucester", "Sale", "Wasps"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A schedule in capitals: the town after "AT" is where the game is played.
        ("DENVER AT SAN DIEGO\nST LOUIS AT HOUSTON", ["SAN DIEGO", "HOUSTON"]),
        # A subheading in title case names the club, and prose is no schedule.
        ("Trouble at Chelsea", []),
        ("THE TEAM ARRIVED AT DAWN AND TRAINED FOR TWO HOURS IN THE RAIN AT THE STADIUM", []),
    ],
)
def test_venues_of_a_schedule(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in venue_spans(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    ("text", "place", "team"),
    [
        # The city that files a results page is a team on it; its dateline is the city.
        (
            "BASEBALL - LATE RESULTS .\n\nDENVER 1996-09-01\n\nResults of games played on "
            "Sunday :\n\nDENVER 5 SEATTLE 3\n\nHOUSTON 2 DENVER 1",
            "DENVER 1996",
            "DENVER 5",
        ),
        # A schedule's venue, on the last line.
        (
            "BASEBALL - STANDINGS .\n\nDENVER 5 SEATTLE 3\n\nHOUSTON 2 DENVER 1\n\n"
            "MONDAY 'S SCHEDULE\n\nSEATTLE AT DENVER",
            r"DENVER\Z",
            "DENVER 5",
        ),
        # A game report opens each game's paragraph with where it was played.
        (
            "BASEBALL - ROUND-UP .\n\nDENVER 5 SEATTLE 3\n\n"
            "In Denver , Ray Smith hit two homers as Denver beat Seattle for the third time .",
            "Denver ,",
            "DENVER 5",
        ),
    ],
)
def test_a_town_s_place_mention_stays_a_place_beside_its_team(extractor, text, place, team):
    record = extractor.extract_text(text)
    labels = {(m.start, f.label) for f in record.facts if f.type == "entity" for m in f.mentions}
    assert (re.search(place, text).start(), "GPE") in labels
    assert (text.index(team), "ORG") in labels  # the side keeps its label
