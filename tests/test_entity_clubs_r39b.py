"""Round r39b-clubs: clubs, players and events of sport news (seeds 97-99's "Rules these errors
suggest"): a town named for its club before its president or as "the <Club> people", a side
beaten by a score or thrown out of the cup, the club a player moved from, the club of a banned
player, a referee by his surname, a sevens tournament after its "the" (the cues of
`factx/data/entities.json` named in each test). The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_town_between_the_and_its_president_is_the_club(extractor):
    # "club before its president, after the": seed 97's `Madrid` GPE.
    found = entities(
        extractor,
        "Transfer talk\n\nHe said that the Madrid president Ramon Calderon and the Milan president"
        " Adriano Galliani had both called his agent.",
    )
    assert found["Madrid"][0] == "ORG"
    assert found["Milan"][0] == "ORG"
    assert found["Ramon Calderon"][0] == "PERSON"


def test_a_country_or_a_people_before_a_coach_keeps_its_label(extractor):
    found = entities(
        extractor,
        "Squad named\n\nThe France coach Raymond Domenech named his squad. The French president"
        " Jacques Chirac watched. The Wales coach Mike Ruddock agreed.",
    )
    assert found["France"][0] == "GPE"
    assert found["Wales"][0] == "GPE"
    assert found["French"][0] == "NORP"


def test_the_club_people_after_its_president_are_the_club(extractor):
    # "club's people, after the, a lone name": seed 97's `Valencia` PERSON.
    found = entities(
        extractor,
        'Transfer talk\n\n"I have heard that the Lyon president Jean-Michel Aulas, the Valencia'
        ' people, as well as Barcelona are interested," he said.',
    )
    assert found["Valencia"][0] == "ORG"
    assert found["Lyon"][0] == "ORG"


def test_a_towns_people_with_no_club_word_are_left_alone(extractor):
    found = entities(extractor, "Protest\n\nThe Glasgow people were angry about the new tax.")
    assert found.get("Glasgow", ("GPE",))[0] != "ORG"


def test_a_name_beaten_by_a_score_and_thrown_out_of_the_cup_is_a_side(extractor):
    # "club beaten by a score, a lone name" and "club thrown out of a cup, a lone name": the
    # grader of seed 98's `Larne` PERSON.
    found = entities(
        extractor,
        "Cup row\n\nIt meant that Larne, beaten 4-0 by Linfield on the field, will play Portadown"
        " in the next round. The league upheld its decision to throw Larne out of the cup.",
    )
    assert found["Larne"] == ("ORG", ["Larne", "Larne"])


def test_a_tennis_player_beaten_in_sets_stays_a_person(extractor):
    found = entities(
        extractor,
        "Tennis\n\nTim Henman lost again. Henman, beaten 6-3 6-4 by Roger Federer, left the"
        " court. Rafael Nadal knocked Tim Henman out of the Davis Cup.",
    )
    assert found["Tim Henman"][0] == "PERSON"


def test_a_town_after_a_players_move_from_is_the_club(extractor):
    # "club a player moved from": seed 97's `Middlesbrough` GPE.
    found = entities(
        extractor,
        "Striker unhappy\n\nHe has become frustrated with his lack of action since his move from"
        " Sunderland in the summer. His team-mate was signed from Middlesbrough in 2003.",
    )
    assert found["Sunderland"][0] == "ORG"
    assert found["Middlesbrough"][0] == "ORG"


def test_a_person_who_moved_from_a_town_leaves_it_a_place(extractor):
    found = entities(
        extractor,
        "Band\n\nThe band formed when guitarist Nick McCarthy moved from Munich, Germany, to the"
        " city.",
    )
    assert found["Munich"][0] == "GPE"


def test_a_towns_possessive_before_a_banned_player_is_his_club(extractor):
    # "club of a banned player, a town": seed 98's `Southampton` GPE.
    found = entities(
        extractor,
        "Ban\n\nThe SFA will be strict after Southampton's David Prutton was banned for ten games"
        " by the FA. England's David Beckham was booked.",
    )
    assert found["Southampton"][0] == "ORG"
    assert found["England"][0] == "GPE"


def test_a_referee_by_his_surname_is_a_person(extractor):
    # "referee by his name": seed 98's `Dallas` GPE.
    found = entities(
        extractor,
        "Red card\n\nRangers boss Alex McLeish accepted referee Dallas had no option but to send"
        " Prso off.",
    )
    assert found["Dallas"][0] == "PERSON"


def test_a_sevens_name_after_the_recent_is_the_tournament(extractor):
    # "sevens tournament after its the": seed 98's `Los Angeles` GPE, the grader's FAC.
    found = entities(
        extractor,
        "Sevens\n\nThey beat Fiji in the recent Wellington Sevens before losing to Samoa.",
    )
    assert found["Wellington Sevens"][0] == "EVENT"


def test_a_sevens_side_before_its_squad_is_no_tournament(extractor):
    found = entities(extractor, "Sevens\n\nThe England Sevens squad flew out to Dubai on Monday.")
    assert found.get("England Sevens", ("ORG",))[0] != "EVENT"


def test_a_club_cut_after_its_opening_word_is_whole(extractor):
    # `entity_clubs.clubs_cut_at_their_opener`: seed 99's `Sociedad` GPE.
    found = entities(
        extractor,
        "Replay\n\nThe players had to wait in the street in their kit after the abandonment."
        ' Real Betis president Manuel Ruiz said: "We thought the best thing was to play."',
    )
    assert found["Real Betis"][0] == "ORG"
    assert "Betis" not in found


def test_a_club_named_whole_keeps_its_name(extractor):
    found = entities(
        extractor, "Derby\n\nInter Milan were there, as were Real Madrid and Bayern Munich."
    )
    assert found["Inter Milan"][0] == "ORG"
    assert found["Real Madrid"][0] == "ORG"
    assert "Real Madrid Bayern" not in found


def test_a_name_the_leaders_meet_at_in_a_country_is_the_place(extractor):
    # "meeting's place before its country": the grader of seed 98's `Turnberry` PERSON.
    found = entities(
        extractor, "Summit\n\nThe G8 leaders will meet at Turnberry in Scotland next July."
    )
    assert found["Turnberry"][0] == "FAC"


def test_a_full_name_after_meet_at_stays_a_person(extractor):
    found = entities(
        extractor, "Talks\n\nOfficials said they would meet at John Prescott's office in London."
    )
    assert found["John Prescott"][0] == "PERSON"
