"""Round r37-sport: sport names cut or mislabelled (a club after "side" whole with its kind word,
a club's nickname before its manager, a side a club's manager speaks of, a club listed with a
club after a league's hopefuls; `factx/extract/entity_clubs.py` and the cues of
`factx/data/entities.json`)."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_club_after_side_keeps_its_kind_word(extractor):
    # `Newcastle` ORG at the base: the model leaves "United" out.
    names = _entities(
        extractor,
        "Football\n\nPremiership side Newcastle United face a trip to Portugal next week.",
    )
    assert names["Newcastle United"][0] == "ORG"
    assert "Newcastle" not in names


def test_a_council_after_side_is_left_alone(extractor):
    # A capitalised word after the kind word makes another name: no club cut there.
    names = _entities(
        extractor,
        "News\n\nOn the other side Bristol City Council said the plan would go ahead.",
    )
    assert "Bristol City" not in names


def test_a_town_and_kind_word_without_side_is_left_to_the_model(extractor):
    names = _entities(extractor, "News\n\nThe new hospital in Newcastle is the largest.")
    assert "Newcastle United" not in names


def test_nicknames_before_their_managers_are_clubs(extractor):
    # The model tags the managers and misses all three clubs at the base.
    names = _entities(
        extractor,
        "Football\n\nSpurs boss Martin Jol said his side deserved the win. Saints boss Harry"
        " Redknapp agreed. Wolves boss Glenn Hoddle was less happy.",
    )
    for club in ("Spurs", "Saints", "Wolves"):
        assert names[club][0] == "ORG"
    assert names["Martin Jol"][0] == "PERSON"


def test_a_nickname_ending_a_longer_name_is_no_club_alone(extractor):
    names = _entities(
        extractor, "Rugby league\n\nLeeds Rhinos coach Tony Smith praised his young side."
    )
    assert "Rhinos" not in names


def test_a_common_word_before_boss_is_no_club(extractor):
    names = _entities(extractor, "Business\n\nSales boss John Smith said profits were up.")
    assert "Sales" not in names


def test_a_side_a_club_manager_sympathised_with_is_a_club(extractor):
    # `Everton` PERSON at the base.
    names = _entities(
        extractor,
        "Football\n\nLiverpool manager Rafael Benitez sympathised with Everton after the defeat.",
    )
    assert names["Everton"][0] == "ORG"
    assert names["Rafael Benitez"][0] == "PERSON"


def test_a_person_a_minister_praised_is_left_alone(extractor):
    names = _entities(
        extractor, "Politics\n\nThe prime minister praised Gordon Brown for the budget."
    )
    assert names["Gordon Brown"][0] == "PERSON"


def test_a_club_listed_with_a_club_after_hopefuls_is_a_club(extractor):
    # `Chelsea` PERSON at the base ("who" after it).
    names = _entities(
        extractor,
        "Football\n\nHe said other Premiership hopefuls, Arsenal or Chelsea, who won their"
        " respective groups, would be wary.",
    )
    assert names["Arsenal"][0] == "ORG"
    assert names["Chelsea"][0] == "ORG"


def test_world_leaders_listed_are_left_people(extractor):
    names = _entities(
        extractor,
        "Politics\n\nHe met world leaders, Chirac and Schroeder, who backed the plan.",
    )
    assert names.get("Schroeder", ("PERSON",))[0] != "ORG"


def test_a_sevens_tournament_with_its_the_is_an_event(extractor):
    # `Hong Kong Sevens` GPE at the base.
    names = _entities(extractor, "Rugby union\n\nEngland won the Hong Kong Sevens last year.")
    assert names["Hong Kong Sevens"][0] == "EVENT"


def test_the_sevens_world_cups_are_events(extractor):
    # `Sevens World Cups` ORG at the base.
    names = _entities(
        extractor,
        "Rugby union\n\nFiji won the first Sevens World Cup in 1993 and both Sevens World Cups"
        " since.",
    )
    assert names["Sevens World Cups"][0] == "EVENT"
    assert "first Sevens World Cup" not in names


def test_a_country_sevens_side_is_left_a_side(extractor):
    names = _entities(extractor, "Rugby union\n\nEngland Sevens beat Fiji in the final.")
    assert names["England Sevens"][0] != "EVENT"


def test_a_charity_match_after_a_day_is_an_event(extractor):
    # `Rugby Aid` ORG at the base.
    names = _entities(
        extractor, "Rugby union\n\nHe will play in Saturday's Rugby Aid match at Twickenham."
    )
    assert names["Rugby Aid"][0] == "EVENT"


def test_a_charity_without_its_match_is_left_alone(extractor):
    names = _entities(extractor, "News\n\nHe gave money to Band Aid last year.")
    assert names["Band Aid"][0] != "EVENT"
