"""Round r35-sides: sides by their own "and", two sides by a hyphen, a country before a team's
cup, a club after a player's switch (`factx/extract/entity_sides.py`)."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_two_nationalities_joined_before_a_sides_nickname_are_one_side(extractor):
    # `sides by their own "and"`: the model's `British` NORP + `Irish Lions` ORG.
    names = _entities(
        extractor,
        "Rugby\n\nThe Wasps flanker said he was still dreaming of a place on the British and"
        " Irish Lions tour to New Zealand this summer.",
    )
    assert names["British and Irish Lions"][0] == "ORG"
    assert "Irish Lions" not in names
    assert "British" not in names


def test_two_nationalities_joined_before_a_plain_noun_stay_apart(extractor):
    # No nickname after them: the fans are British and Irish, no side.
    names = _entities(
        extractor, "Rugby\n\nThousands of British and Irish fans travelled to Cardiff on Friday."
    )
    assert not any(" and " in name for name in names)


def test_two_countries_joined_by_a_hyphen_before_a_fixture_are_two_sides(extractor):
    # `two sides by a hyphen`: the model's one `Wales-Ireland` ORG.
    names = _entities(
        extractor,
        "Hockey\n\nThe league was wound up in 1979, with the traditional Wales-Ireland fixture"
        " kept going until 1995.",
    )
    assert names["Wales"][0] == "GPE"
    assert names["Ireland"][0] == "GPE"
    assert "Wales-Ireland" not in names


def test_a_country_glued_to_the_davis_cup_is_apart_from_the_cup(extractor):
    # `country before a team's cup`: the model's `British Davis Cup` EVENT.
    names = _entities(
        extractor,
        "Tennis\n\nTim Henman is said to be close to hiring British Davis Cup coach Peter"
        " Fleming as his new coach.",
    )
    assert names["British"][0] == "NORP"
    assert names["Davis Cup"][0] == "EVENT"
    assert "British Davis Cup" not in names


def test_a_name_after_a_players_switch_is_the_club(extractor):
    # `club after a player's switch`: the model's PERSON and GPE of two words.
    names = _entities(
        extractor,
        "Football\n\nThe winger has starred for Everton this season following a switch from"
        " Ajax Amsterdam in the summer. His team-mate arrived at Goodison after a move from"
        " Feyenoord Rotterdam last year.",
    )
    assert names["Ajax Amsterdam"][0] == "ORG"
    assert names["Feyenoord Rotterdam"][0] == "ORG"


def test_a_city_after_a_move_from_stays_the_city(extractor):
    # A place pycountry knows after "a move from" is the place left, no club.
    names = _entities(
        extractor, "Business\n\nThe bank confirmed a move from New York to London next year."
    )
    assert names["New York"][0] == "GPE"
