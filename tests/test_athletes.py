"""Competitors on results lines are people (factx.extract.athletes)."""

import pytest

from factx.extract.athletes import athlete_spans

_COUNTRIES = {"U.S.", "France", "Italy", "Belarus", "Germany", "Lithuania", "Nigeria"}


def athletes(text: str) -> list[str]:
    return [text[s:e] for s, e in athlete_spans(text, 0, len(text), _COUNTRIES.__contains__)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A rank, the name, the country, the time or distance.
        ("2. Vasily Kaptyukh (Belarus) 66.24", ["Vasily Kaptyukh"]),
        ("1. Falilat Ogunkoya ( Nigeria ) 50.31 seconds", ["Falilat Ogunkoya"]),
        # Golf's total before the name, the rounds after it.
        ("285 Costantino Rocca (Italy) 71 73 72 69", ["Costantino Rocca"]),
        # Tennis: both players of "beat", the second at the end of its line.
        (
            "8 - Lindsay Davenport (U.S.) beat Anne-Gaelle Sidot (France)",
            ["Lindsay Davenport", "Anne-Gaelle Sidot"],
        ),
        # A team's country comes with its points; a one-word name is left to the model.
        ("3. Bayern Munich (Germany) 12 points", []),
        ("Benetton (Italy) 92 Dinamo (Russia) 81", []),
        # Words in brackets that are no country: a party.
        ("John Smith (Labour) 12,345", []),
        # Prose with no figures is no results line.
        ("Lindsay Davenport (U.S.) beat her compatriot", []),
        # A cricket batting line: batsman, fielder and bowler, whatever the dismissal.
        ("Saeed Anwar c Stewart b Gough 33", ["Saeed Anwar", "Stewart", "Gough"]),
        ("A. Ranatunga lbw b Fleming 0", ["A. Ranatunga", "Fleming"]),
        # A bowling line: each bowler before overs, maidens, runs and wickets.
        (
            "Bowling : Akram 9.5-1-40-3 , Law 2-0-23-0 , de Villiers 10-2-31-1",
            ["Akram", "Law", "de Villiers"],
        ),
        ("The score was 3-1-2-0 after the break", []),
        (
            "J. Gillespie st Kaluwitharana b Jayasuriya 4",
            ["J. Gillespie", "Kaluwitharana", "Jayasuriya"],
        ),
        ("A.de Silva not out 83", ["A.de Silva"]),
        # A batting line is the whole line: no sentence that happens to hold " b ".
        ("Plan b Gough said 33 times", []),
        # A team sheet: three or more shirt numbers before names, substitutes included.
        (
            "France - 1 - Bernard Lama ; 2 - Lilian Thuram ( 14 - Sabri Lamouchi 87th ) , "
            "5 - Laurent Blanc",
            ["Bernard Lama", "Lilian Thuram", "Sabri Lamouchi", "Laurent Blanc"],
        ),
        # Results with dashes are no team sheet: a name before a score is a team's.
        ("Bayern Munich 2 - Hamburg 1 , Schalke 3 - Werder Bremen 0 , Dortmund 1 - Koln 1", []),
        ("Won 3 - Lost 2", []),
        # Scorers with the minute of their goal, on a line that says it is minutes.
        (
            "Romania - Viorel Moldovan ( 21st minute ) , Dan Petrescu ( 65th )",
            ["Viorel Moldovan", "Dan Petrescu"],
        ),
        # A scorers line by its opening, the side and a dash or "Scorers :", without "minute".
        (
            "Portugal - Rui Costa Neves ( 14th ) , Tomas Varela ( 80th )",
            ["Rui Costa Neves", "Tomas Varela"],
        ),
        ("Scorers : Ben Oduya ( 9th ) , Karl Winters ( 52nd )", ["Ben Oduya", "Karl Winters"]),
        # Ordinals alone may be a table's places: no scorers.
        ("Arsenal (2nd) v Chelsea (1st) 3", []),
        # A cricketer's figures in a scorecard's brackets, by initials and surname.
        (
            "Glamorgan 259 and 207 (A. Dale 69, H. Morris 69; D. Blenkiron 4-43)",
            ["A. Dale", "H. Morris", "D. Blenkiron"],
        ),
    ],
)
def test_competitors_on_results_lines(line, expected):
    assert athletes(line) == expected


def test_a_competitor_the_model_misses_becomes_a_person(extractor):
    record = extractor.extract_text(
        "Results\n\n2. Vasily Kaptyukh (Belarus) 66.24\n\n3. Bayern Munich (Germany) 12 points"
    )
    labels = {f.name: f.label for f in record.facts if f.type == "entity"}
    assert labels.get("Vasily Kaptyukh") == "PERSON"
    assert labels.get("Bayern Munich") != "PERSON"


def test_a_country_in_a_line_of_capitals_is_a_place(extractor):
    # A wire headline in capitals: the model tags neither country.
    record = extractor.extract_text(
        "CRICKET - SRI LANKA BEAT AUSTRALIA BY FOUR WICKETS .\n\nThey won in Colombo on Friday."
    )
    places = {m.text for f in record.facts if f.type == "entity" and f.label == "GPE"
              for m in f.mentions}  # fmt: skip
    assert {"SRI LANKA", "AUSTRALIA"} <= places


def test_a_country_after_a_first_name_in_capitals_is_no_place(extractor):
    record = extractor.extract_text(
        "BASKETBALL - MICHAEL JORDAN SCORES 40 .\n\nMichael Jordan scored 40 points."
    )
    assert not [f for f in record.facts if f.type == "entity" and f.label == "GPE"]
