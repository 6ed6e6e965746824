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
