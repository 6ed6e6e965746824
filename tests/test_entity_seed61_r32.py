"""Round r32-seed61: rules from seed 61's graded errors. No two entities over one span (a name
`widened` over its neighbour's words holds that neighbour), a game after "board game" or "card
game", a film in apposition before "a comedy based on", the judge an inquiry is named after."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [(m.start, m.end) for m in f.mentions])
        for f in record.facts
        if f.type == "entity"
    }


def _spans(extractor, text):
    record = extractor.extract_text(text)
    return [(m.start, m.end) for f in record.facts if f.type == "entity" for m in f.mentions]


def test_a_widened_span_drops_the_span_it_holds():
    # `nested spans`: "An aide told the Sunday Times Mr Jones": the model's "the Sunday" ORG
    # (pieces 23-29) and "Times Mr" ORG, widened over "Sunday" (23-35); the second holds the
    # first, which is no entity of its own. An identical copy goes too; a neighbour stays.
    from factx.extract.entities import _outermost

    merged = [(23, 29, "ORG", 5), (23, 35, "ORG", 7), (23, 35, "ORG", 8), (40, 45, "PERSON", 9)]
    assert _outermost(merged) == [(23, 35, "ORG", 7), (40, 45, "PERSON", 9)]


def test_no_two_entities_over_one_span(extractor):
    # `nested spans`: the model's "the Sunday" ORG and "Times Mr" ORG; `widened` grows the
    # second over "Sunday", and the first, which it holds, is no entity of its own.
    text = (
        "Leak\n\nThe Sunday Times said the talks had stalled on Friday. An aide told the"
        " Sunday Times Mr Jones would stand down at the next election."
    )
    names = _entities(extractor, text)
    assert names["Sunday Times"][0] == "ORG"
    assert "Sunday" not in names
    starts = [start for start, _ in _spans(extractor, text)]
    assert len(starts) == len(set(starts))


def test_a_game_after_board_game_is_a_game(extractor):
    # `game after its kind` takes "board" and "card": a game, no person.
    names = _entities(
        extractor,
        "Family\n\nThe studio's next release is a comedy based on the board game Monopoly.",
    )
    assert names["Monopoly"][0] == "WORK_OF_ART"


def test_a_film_in_apposition_before_what_it_is_based_on_is_a_film(extractor):
    # `film in apposition before what it is based on`: the model's PRODUCT.
    names = _entities(
        extractor,
        "Career\n\nHer later films included 1987's Maze, a comedy based on a parlour game.",
    )
    assert names["Maze"][0] == "WORK_OF_ART"


def test_an_inquiry_is_named_after_its_judge(extractor):
    # `inquiry named after its judge`: the model's ORG and GPE.
    names = _entities(
        extractor,
        "Verdict\n\nThe Saville inquiry cleared him of any charge. Later the Hutton inquiry"
        " reported to ministers.",
    )
    assert names["Saville"][0] == "PERSON"
    assert names["Hutton"][0] == "PERSON"


def test_a_body_of_state_before_inquiry_is_no_person(extractor):
    # `inquiry named after its judge`: the houses of Parliament hold inquiries too.
    names = _entities(
        extractor,
        "Probe\n\nThe Commons inquiry into the sale will open in March, the Treasury said.",
    )
    assert names.get("Commons", ("ORG",))[0] != "PERSON"


def test_a_town_between_an_age_and_runner_is_the_town(extractor):
    # `town before an athlete's kind after an age`: the model's ORG, a club by its look.
    names = _entities(
        extractor,
        "Squad\n\nSelectors said the 29-year-old Clonmel runner will lead the team in Brussels.",
    )
    assert names["Clonmel"][0] == "GPE"


def test_a_title_after_a_broadcasters_programme_and_a_comma_is_the_programme(extractor):
    # `programme after its broadcaster's name and a comma`: the model's ORG.
    names = _entities(
        extractor,
        "Web\n\nListeners can hear the full interview on the BBC World Service programme,"
        " Tech Talk.",
    )
    assert names["Tech Talk"][0] == "WORK_OF_ART"
