"""Round r39c-acts: sides in match reports and ceremonies and festivals named by their year or
month (seeds 100-102's "Rules these errors suggest"): the side a player gave an ideal start or a
goal gave the lead, the side a player equalised for, the side that fell to a score's defeat, a
prize's plural after "this year's", a festival a prize was won at "last month" (the cues of
`factx/data/entities.json` named in each test). The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_the_side_a_player_gave_an_ideal_start_is_a_club(extractor):
    # "side a player gave an ideal start": seed 100's `Betis` NORP.
    found = entities(
        extractor,
        "Derby report\n\nJoaquin gave Betis an ideal start in the derby on Sunday.",
    )
    assert found["Betis"][0] == "ORG"
    assert found["Joaquin"][0] == "PERSON"


def test_the_side_a_goal_gave_the_lead_is_a_club(extractor):
    # "side a goal gave the lead".
    found = entities(
        extractor,
        "Derby report\n\nA fine header from Joaquin gave Betis the lead after ten minutes.",
    )
    assert found["Betis"][0] == "ORG"


def test_the_side_a_player_equalised_for_is_a_club(extractor):
    # "side a player equalised for": seed 100's `Valencia` PERSON, the grader's `Barca` GPE.
    found = entities(
        extractor,
        "Derby report\n\nAimar wasted a second-half chance to equalise for Valencia. A late"
        " chance to equalise for Barca came from Deco.",
    )
    assert found["Valencia"][0] == "ORG"
    assert found["Barca"][0] == "ORG"


def test_the_side_that_fell_to_a_score_s_defeat_is_a_club(extractor):
    # "side that fell to a score's defeat": seed 100's `Valencia` PERSON.
    found = entities(
        extractor,
        "Derby report\n\nValencia fell to a 2-0 defeat at home to Deportivo La Coruna on Sunday.",
    )
    assert found["Valencia"][0] == "ORG"


def test_countries_and_players_of_these_shapes_keep_their_labels(extractor):
    found = entities(
        extractor,
        "Match report\n\nO'Driscoll's try gave Ireland the lead. Tim Henman fell to a 2-0 defeat"
        " in sets, and Henman fell to a 6-3 6-4 defeat again. Duff scored to equalise for"
        " England.",
    )
    assert found["Ireland"][0] == "GPE"
    assert found["England"][0] == "GPE"
    assert found["Tim Henman"][0] == "PERSON"


def test_a_prizes_plural_after_this_years_is_the_ceremony(extractor):
    # "ceremony after this year's": seed 101's `Oscars` ORG.
    found = entities(
        extractor,
        "Short film hopes\n\nThree of the five nominees in the short film category at this"
        " year's Oscars were British.",
    )
    assert found["Oscars"][0] == "EVENT"


def test_a_festival_a_prize_was_won_at_last_month_is_the_festival(extractor):
    # "festival a prize was won at last month": seed 101's `Sundance` ORG, the grader's
    # `Cannes` GPE.
    found = entities(
        extractor,
        'Short film hopes\n\n"My film has won 30 awards worldwide (including one at Sundance last'
        ' month)," she said. Her first film won a prize at Cannes last year.',
    )
    assert found["Sundance"][0] == "EVENT"
    assert found["Cannes"][0] == "EVENT"


def test_a_town_one_stays_in_last_month_is_left_alone(extractor):
    found = entities(
        extractor,
        "Holiday\n\nShe was in Cannes last month, and the minister arrived at Paris last week.",
    )
    assert found["Cannes"][0] == "GPE"
    assert found["Paris"][0] == "GPE"


def test_a_name_before_a_players_role_is_the_band(extractor):
    # "band before its player's role": seed 100's `Black Sabbath` FAC.
    found = entities(
        extractor,
        "Rock news\n\nHe said the Led Zeppelin singer was back. The Pink Floyd guitarist played.",
    )
    assert found["Pink Floyd"][0] == "ORG"
    assert found["Led Zeppelin"][0] == "ORG"


def test_a_place_or_a_people_before_a_players_role_keeps_its_label(extractor):
    found = entities(
        extractor,
        "Rock news\n\nThe US singer and a Welsh singer said nothing. The Chicago drummer was late.",
    )
    assert found["United States"][0] == "GPE"
    assert found["Welsh"][0] == "NORP"
    assert found["Chicago"][0] == "GPE"


def test_a_goalscorers_calling_is_no_part_of_his_name(extractor):
    # "goalscorer" among the roles of factx/data/aliases.json: seed 101's `Goalscorer Smith`.
    found = entities(
        extractor,
        "Smith gives side hope\n\nAlan Smith's late goal gives the side hope. Goalscorer Smith was"
        ' also at fault for two goals, and the manager said: "We need to help Smith rebuild his'
        ' confidence."',
    )
    assert "Goalscorer Smith" not in found
    assert found["Alan Smith"][0] == "PERSON"
    assert len(found["Alan Smith"][1]) == 4
