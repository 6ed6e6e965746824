"""Round r44b-sport: team sheets, national sides and governing bodies in sport."""

import pytest

from factx.extract.entities import country_keys, name_key
from factx.extract.entity_sheets import sheet_spans


def _is_country(words: str) -> bool:
    return name_key(words) in country_keys(name_key)


def players(text: str) -> list[str]:
    return [text[s:e] for s, e in sheet_spans(text, 0, len(text), _is_country)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bench with a player named as a country is still a bench.
        ("Subs Not Used: Reid, Parker, Barnes, Jordan.", ["Reid", "Parker", "Barnes", "Jordan"]),
        # A side's line-up with one country's name among its eleven.
        (
            "Kiely, Hope, Perry, Young, Ross (Bell 78), Holland, Kemp, Thomas, Hart, Lowe, Cole.",
            [
                "Kiely",
                "Hope",
                "Perry",
                "Young",
                "Ross",
                "Bell",
                "Holland",
                "Kemp",
                "Thomas",
                "Hart",
                "Lowe",
                "Cole",
            ],
        ),
    ],
)
def test_a_sheet_keeps_its_players_named_as_countries(text: str, expected: list[str]) -> None:
    assert players(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Lists of countries stay no sheet, headed or not.
        "England, France, Ireland, Italy, Scotland, Wales.",
        "Goals: England, Wales.",
        "Brazil, Argentina (holders), Germany, France, Italy.",
        "Group C: Spain, Jordan, Smith, Brown.",
    ],
)
def test_a_list_of_countries_is_still_no_sheet(text: str) -> None:
    assert players(text) == []


def test_a_last_bench_s_country_named_player_is_a_person(extractor) -> None:
    text = (
        "City held to a draw\n\n"
        "City were held to a goalless draw at home on Saturday.\n\n"
        "James, Mills, Distin, Dunne, Thatcher, Bosvelt, Barton, Sibierski (McManaman 85), "
        "Musampa, Fowler.\n\n"
        "Subs Not Used: Macken, Weaver, Onuoha, Jordan.\n\n"
        "Bosvelt.\n"
    )
    labels = {f.name: f.label for f in extractor.extract_text(text).facts if f.type == "entity"}
    assert {labels.get(n) for n in ("Macken", "Weaver", "Onuoha", "Jordan")} == {"PERSON"}


def _entities(extractor, text: str) -> dict[str, str]:
    return {f.name: f.label for f in extractor.extract_text(text).facts if f.type == "entity"}


def test_a_country_named_republic_of_is_one_place(extractor) -> None:
    text = (
        "Republic of Ireland seal win\n\n"
        "Republic of Ireland manager Brian Kerr admitted he was frustrated.\n\n"
        "Republic of Korea coach Guus Hiddink was pleased with the draw.\n"
    )
    labels = _entities(extractor, text)
    assert labels.get("Republic of Ireland") == "GPE"
    assert labels.get("Republic of Korea") == "GPE"
    assert "Ireland" not in labels and "Korea" not in labels


def test_longer_names_holding_republic_are_left_alone(extractor) -> None:
    text = (
        "Congo draw\n\nThe Democratic Republic of Congo drew with the Czech Republic on Saturday.\n"
    )
    labels = _entities(extractor, text)
    assert "Republic of Congo" not in labels


def test_tennis_tours_by_their_capitals_are_bodies(extractor) -> None:
    text = (
        "Mirza reaches final\n\n"
        '"The WTA are trying to handle this problem," she said.\n\n'
        "Mirza, playing in her first WTA final, began nervously. He reached his first ATP "
        "final. She qualified for the WTA Championships.\n"
    )
    labels = _entities(extractor, text)
    assert labels.get("WTA") == "ORG"
    assert labels.get("ATP") == "ORG"
    assert labels.get("WTA Championships") == "EVENT"
