"""Round r36-sheets: a side's bare line of surnames, countries with their own "and", sides by
their people's plural, the Six Nations after a side's possessive (`entity_sheets.py`,
`entity_joins.py`, `entity_plural_peoples.py`, `missed_names`)."""

import pytest


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


_REPORT = (
    "Everton boost for Villa clash\n\n"
    "Everton's Tim Cahill has been passed fit for Saturday's Premiership clash with Aston Villa."
    ' "Osman trained on Thursday and will start," said the manager. Bent, Everton\'s £5m'
    " striker, has scored twice in three games.\n\n"
)


def test_a_closing_line_of_eleven_lone_surnames_is_a_side(extractor):
    # `_bare_side`: no head word, colon, bracket or semicolon marks the line; the model reads
    # most of these surnames as places and firms.
    line = "Martyn, Hibbert, Yobo, Weir, Pistone, Osman, Carsley, Arteta, Kilbane, Cahill, Bent."
    names = _entities(extractor, _REPORT + line)
    for surname in line.rstrip(".").split(", "):
        assert any(label == "PERSON" and surname in texts for label, texts in names.values()), (
            surname
        )


def test_the_bench_below_a_bare_side_is_a_sheet_line_too(extractor):
    # The line under a side is a sheet's (`_sheet_above`) once the side is read as one.
    line = "Martyn, Hibbert, Yobo, Weir, Pistone, Osman, Carsley, Arteta, Kilbane, Cahill, Bent."
    bench = "Wright, Naysmith, Ferguson, McFadden, Watson."
    names = _entities(extractor, _REPORT + line + "\n\n" + bench)
    for surname in bench.rstrip(".").split(", "):
        assert any(label == "PERSON" and surname in texts for label, texts in names.values()), (
            surname
        )


def test_a_short_line_of_bare_names_is_left_to_the_model(extractor):
    # Fewer than eleven: a list of clubs or towns as much as a bench.
    line = "Chelsea, Arsenal, Liverpool, Everton, Bolton."
    names = _entities(extractor, _REPORT + line)
    assert names["Chelsea"][0] == "ORG"


def test_a_bare_line_of_countries_is_no_side(extractor):
    # A list of countries is no sheet (`is_country`), however long.
    line = (
        "France, Spain, Italy, Germany, Portugal, Greece, Sweden, Denmark, Norway, Finland,"
        " Austria, Belgium."
    )
    names = _entities(extractor, _REPORT + line)
    assert names["France"][0] == "GPE"
    assert names["Sweden"][0] == "GPE"


@pytest.mark.parametrize(
    ("text", "country", "parts"),
    [
        # `_country_grown_at_and`: the model's "Trinidad" GPE, "Tobago" untagged.
        (
            "Tennis\n\nThe seeds came through.\n\n1 Ana Ivanovic (Serbia and Montenegro)\n"
            "2 Dwight Yorke (Trinidad and Tobago)\n3 Mirza Basic (Bosnia and Herzegovina)",
            "Trinidad and Tobago",
            ["Trinidad"],
        ),
        # `countries`: Serbia and Montenegro, the state of 2003-06, is one country.
        (
            "Football\n\nSerbia and Montenegro held Italy to a goalless draw in Belgrade. The"
            " Serbia and Montenegro coach said his side deserved more.",
            "Serbia and Montenegro",
            ["Serbia", "Montenegro"],
        ),
    ],
)
def test_a_country_with_its_own_and_is_one_place(extractor, text, country, parts):
    names = _entities(extractor, text)
    assert names[country][0] == "GPE"
    for part in parts:
        assert part not in names


def test_two_countries_joined_by_and_stay_two(extractor):
    # No country is named "France and Spain": each stays itself.
    names = _entities(extractor, "Tennis\n\nFrance and Spain reached the final on Sunday.")
    assert names["France"][0] == "GPE"
    assert names["Spain"][0] == "GPE"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # The model's PRODUCT: a side by its people after "to give the".
        (
            "Tennis\n\nMaja Kovac defeated Lena Brandt 6-3 6-1 to give the Slovenes the perfect"
            " start in Zagreb.",
            "Slovenes",
        ),
        # A team's cue before "beat" on the model's PERSON.
        ("Tennis\n\nOn Sunday the Croats beat the Swiss in the final group match.", "Croats"),
    ],
)
def test_a_side_by_its_peoples_plural_is_a_people(extractor, text, people):
    names = _entities(extractor, text)
    label = next(label for name, (label, _) in names.items() if people in name)
    assert label == "NORP"


def test_a_plural_club_nickname_keeps_its_teams_cue(extractor):
    # Not a nationality's plural: "the Saints" stays a side.
    names = _entities(extractor, "Football\n\nOn Sunday the Saints beat the Rovers 2-0.")
    assert all(label != "NORP" for label, _ in names.values())


def test_the_six_nations_after_a_sides_possessive_is_the_tournament(extractor):
    # `missed_names`: the model's "Six" CARDINAL and no name.
    names = _entities(
        extractor,
        "Rugby\n\nIreland coach Eddie O'Sullivan was unhappy with the referee in his side's Six"
        " Nations defeat to France.",
    )
    assert names["Six Nations"][0] == "EVENT"


def test_six_nations_inside_a_longer_name_is_left_whole(extractor):
    names = _entities(
        extractor, "Rugby\n\nTickets for the RBS Six Nations Championship go on sale today."
    )
    assert "Six Nations" not in names


def test_a_newspaper_read_as_an_event_is_the_paper(extractor):
    # `newspaper by its word, not an event`: the model's EVENT for the paper after "continued
    # in the" (seed 74's shape).
    names = _entities(
        extractor,
        "Football\n\nJones's agent said the striker was struggling. He continued in the Perth"
        ' Morning Herald: "He is desperate to play."',
    )
    label = next(label for name, (label, _) in names.items() if "Herald" in name)
    assert label == "ORG"


def test_the_six_nations_after_a_countrys_possessive_is_the_tournament(extractor):
    # A possessive ends the name before it: no longer name holds "Six Nations" here.
    names = _entities(
        extractor,
        "Rugby\n\nThe flanker is an injury doubt for Scotland's Six Nations opener against France.",
    )
    assert names["Six Nations"][0] == "EVENT"
