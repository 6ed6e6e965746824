"""The players of a team sheet's lines of bare surnames are people (factx.extract.entity_sheets)."""

import pytest

from factx.extract.entity_sheets import numbered_spans, sheet_marks, sheet_spans

_COUNTRIES = {"England", "France", "Ireland", "Italy", "Scotland", "Wales"}

# A football report's closing lines as the BBC prints them: a side, its bench, its bookings,
# its scorers, the crowd and the referee (the team's name before the first colon is cut off).
_REPORT = """Chelsea went on to win the game.

: Cech, Paulo Ferreira, Terry, Gallas (Kezman 74), Drogba, Duff.

Subs Not Used: Pidgeley, Tiago.

Lampard, Drogba.

Gerrard 79 og, Drogba 107.

78,000

S Bennett (Kent).
"""


def players(text: str) -> list[str]:
    return [text[s:e] for s, e in sheet_spans(text, 0, len(text), _COUNTRIES.__contains__)]


def test_a_report_s_sheet_bench_bookings_scorers_and_referee_are_people() -> None:
    assert players(_REPORT) == [
        "Cech", "Paulo Ferreira", "Terry", "Gallas", "Kezman", "Drogba", "Duff",
        "Pidgeley", "Tiago", "Lampard", "Drogba", "Gerrard", "Drogba", "S Bennett",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rugby side: its units joined by semicolons, a captain, a particle, a month's name.
        (
            "Walder; May, Tait, van der Walt, Stephenson; Wilkinson, Dallaglio (capt).",
            ["Walder", "May", "Tait", "van der Walt", "Stephenson", "Wilkinson", "Dallaglio"],
        ),
        # A head word makes a short line a sheet; "for" names the player replaced.
        ("Referee: M Riley", ["M Riley"]),
        (
            "R O'Gara, P Stringer; J-P Grandclaude (capt), M Johnson, L Deacon.",
            ["R O'Gara", "P Stringer", "J-P Grandclaude", "M Johnson", "L Deacon"],
        ),
        ("Replacements: Everitt for Mapletoft (53), Reid.", ["Everitt", "Mapletoft", "Reid"]),
        # A side and its bench on one line, each closed by a full stop: both parts are read.
        (
            "Phillips, Hill, Fortune, Murray (Anyinsah 59), Gillespie. Subs Not Used: Orr, Brown.",
            ["Phillips", "Hill", "Fortune", "Murray", "Anyinsah", "Gillespie", "Orr", "Brown"],
        ),
        # A head word after a full stop in a line of prose opens a run of the sheet's parts
        # (round r29: the line-ups run into the paragraph of the managers' words); its
        # sentence of prose is none of it, nor are words after a head word that are no list.
        ("Lita scored twice for City. Subs Not Used: Orr, Brown.", ["Orr", "Brown"]),
        ("Lita scored twice for City. Goals: Orr said they came too late.", []),
        # Alone, a short list of names could be anything; so could a list of countries.
        ("Lampard, Kezman, Drogba, Duff.", []),
        ("England, France, Ireland, Italy, Scotland, Wales.", []),
        # Five names with no sheet's mark (a bracket, a semicolon, a colon before them): a
        # group's teams.
        ("Barcelona, Bayern Munich, PSV Eindhoven, Real Madrid, Werder Bremen.", []),
        # Nor is a side's name before them (round r29) a sheet's mark alone.
        ("Group B: Ajax, Lyon, Porto, Roma, Celtic.", []),
        # Prose is no sheet.
        ("Cech, Terry, Gallas, Drogba and Duff all played well.", []),
    ],
)
def test_sheet_lines(text: str, expected: list[str]) -> None:
    assert players(text) == expected


def test_a_report_s_players_are_people_in_prose_and_sheet(extractor):
    # Before the rule: "Drogba" ORG (three mentions), "Tiago" ORG, "Kezman 74" and "Kezman 112"
    # LAW, "Gudjohnsen", "Pidgeley" and "Gerrard" missed.
    text = (
        "Chelsea clinch cup in extra-time\n\n"
        "Drogba and Kezman scored from close range before Antonio Nunez's header made for a "
        "tense finale.\n\n"
        "Cech, Paulo Ferreira, Terry, Gallas (Kezman 74), Jarosik (Gudjohnsen 45), Lampard, "
        "Drogba, Duff.\n\n"
        "Subs Not Used: Pidgeley, Tiago.\n\n"
        "Gerrard 79 og, Drogba 107, Kezman 112.\n"
    )
    entities = [f for f in extractor.extract_text(text).facts if f.type == "entity"]
    assert {f.name: f.label for f in entities} == {
        name: "PERSON"
        for name in ("Drogba", "Kezman", "Antonio Nunez", "Cech", "Paulo Ferreira", "Terry",
                     "Gallas", "Jarosik", "Gudjohnsen", "Lampard", "Duff", "Pidgeley", "Tiago",
                     "Gerrard")
    }  # fmt: skip
    assert [len(f.mentions) for f in entities if f.name in ("Drogba", "Kezman")] == [3, 3]


def numbered(text: str) -> list[str]:
    return [text[s:e] for s, e in numbered_spans(text, 0, len(text), _COUNTRIES.__contains__)]


def test_a_wire_line_up_names_each_player_after_his_shirt_number() -> None:
    # Wire style: the side, then each player after his number on one long line, a
    # substitute in brackets with his minute, with or without his own number.
    line = (
        "Wales - 15 - Kevin Morgan, 14 - Rhys Williams, 13 - Tom Shanklin (Sonny Parker, 61 "
        "mins) 12 - Gavin Henson, 11 - Shane Williams; 10 - Stephen Jones, 9 - Dwayne Peel; "
        "8 - Michael Owen (captain), 7 - Martyn Williams (12 - Ryan Jones 70th)"
    )
    assert numbered(line) == [
        "Kevin Morgan", "Rhys Williams", "Tom Shanklin", "Sonny Parker", "Gavin Henson",
        "Shane Williams", "Stephen Jones", "Dwayne Peel", "Michael Owen", "Martyn Williams",
        "Ryan Jones",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # Seeds in a results line: a few numbered names are no side.
        "1 - Roger Federer (Switzerland) beat 4 - Andy Roddick (U.S.) 6-3 6-4",
        # Countries ranked by number.
        "1 - France, 2 - Italy, 3 - Wales, 4 - Scotland, 5 - Ireland, 6 - England",
    ],
)
def test_numbered_names_that_are_no_line_up(text: str) -> None:
    assert numbered(text) == []


def test_a_wire_line_up_s_players_are_people(extractor):
    # Wire text with its punctuation spaced apart, as tokenised news feeds carry it; before
    # the rule the model missed the substitute "Tanner Vili" (more of CoNLL-2003's Reuters
    # line-ups: 20 of their players).
    text = (
        "Samoa beaten\n\nAPIA 1999-05-10\n\n"
        "Samoa - 15 - Silao Leaega , 14 - Afato So'oialo , 13 - To'o Vaega ( Tanner Vili , 52 "
        "mins ) 12 - Terry Fanolua , 11 - Lome Fa'atau ; 10 - Earl Va'a , 9 - Steven So'oialo ; "
        "8 - Pat Lam ( captain ) , 7 - Sene Ta'ala ( Semo Sititi , 70 ) , 6 - Junior Paramore , "
        "5 - Lio Falaniko , 4 - Opeta Palepoi , 3 - Brendan Reidy , 2 - Trevor Leota ( Onehunga "
        "Matauiau , 61 ) , 1 - Kas Lealamanua .\n"
    )
    entities = [f for f in extractor.extract_text(text).facts if f.type == "entity"]
    people = {f.name for f in entities if f.label == "PERSON"}
    assert {"Tanner Vili", "Silao Leaega", "Pat Lam", "Semo Sititi", "Kas Lealamanua"} <= people
    assert len(people) == 18  # fifteen and three substitutes


def marks(text: str) -> list[tuple[str, str]]:
    found = sheet_marks(text, 0, len(text), _COUNTRIES.__contains__)
    return [(text[s:e], label) for s, e, label in found]


# A report whose line-ups run into the paragraph of the managers' words (round r29), as the
# BBC's pages often print them: each side's name before its colon, its bench, its bookings and
# scorers with their minutes, the crowd and the referee with his county, one after another.
_RUN_IN = (
    "Stockport held on for a point.\n\n"
    '"It was a hard afternoon," said the Stockport manager. "We will take the point." '
    "Stockport: Ames, Bolt, Crane (Dace 71), Eddow, Furse. Subs Not Used: Gould, Harte. "
    "Booked: Bolt. Goals: Crane 23, Eddow 80 pen. Wycombe: Ibbs, Jolly, Kemp, Lusk. "
    "Subs Not Used: Mayo. Goals: Jolly 9, Lusk 88. Att: 6,512 Ref: T Nolan (Lancashire).\n"
)


def test_a_sheet_run_into_prose_names_its_players() -> None:
    # Before the rule: none, the paragraph being no sheet line.
    assert players(_RUN_IN) == [
        "Ames", "Bolt", "Crane", "Dace", "Eddow", "Furse", "Gould", "Harte", "Bolt", "Crane",
        "Eddow", "Ibbs", "Jolly", "Kemp", "Lusk", "Mayo", "Jolly", "Lusk", "T Nolan",
    ]  # fmt: skip


def test_a_sheet_s_sides_head_words_and_referee_s_county() -> None:
    assert marks(_RUN_IN) == [
        ("Stockport", "TEAM"), ("Subs Not Used", ""), ("Booked", ""), ("Goals", ""),
        ("Wycombe", "TEAM"), ("Subs Not Used", ""), ("Goals", ""), ("Att", ""), ("Ref", ""),
        ("Lancashire", "GPE"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rugby referee's union in capitals, and a side's name on a line of its own.
        (
            "Bath: Ashe; Bligh, Corr, Dunne, Ewart; Fagan, Gill.\n\nReferee: K Lowe (SRU)",
            [("Bath", "TEAM"), ("Referee", ""), ("SRU", "ORG")],
        ),
        # A country's side keeps the model's label; its players are still players.
        ("Wales: Ashe; Bligh, Corr, Dunne, Ewart. Replacements: Gill.", [("Replacements", "")]),
        # A group's teams after its name have no sheet's mark: no side and no players.
        ("Group B: Ajax, Lyon, Porto, Roma, Celtic.", []),
    ],
)
def test_sheet_marks(text: str, expected: list[tuple[str, str]]) -> None:
    assert marks(text) == expected


def test_a_run_in_sheet_s_players_sides_crowd_and_referee(extractor):
    entities = [f for f in extractor.extract_text(_RUN_IN).facts if f.type == "entity"]
    labels = {f.name: f.label for f in entities}
    for name in ("Ames", "Bolt", "Crane", "Dace", "Eddow", "Furse", "Gould", "Harte", "Ibbs",
                 "Jolly", "Kemp", "Lusk", "Mayo", "T Nolan"):  # fmt: skip
        assert labels.get(name) == "PERSON", name
    assert labels["Stockport"] == "ORG" and labels["Wycombe"] == "ORG"
    assert labels["Lancashire"] == "GPE"
    # The minute is no part of the scorer's name; the crowd's and referee's heads no names.
    assert not any(any(c.isdigit() for c in name) for name in labels)
    assert "Att" not in labels and "Ref" not in labels
