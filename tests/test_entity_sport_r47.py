"""Round r47-sport: sport stories' names cut, glued or mislabelled (seeds 148-150's shapes)."""

from entity_reading import label_by_name, mentions


def test_counted_or_owned_tests_are_no_body(extractor):
    # The model tags a rugby or cricket "Test" a body where it is counted or owned.
    found = label_by_name(
        extractor, "Rugby. The side have managed only four wins from 13 Tests under him."
    )
    assert "Tests" not in found
    found = label_by_name(
        extractor, "Rugby. Jones won his 30th cap and will play in the next Tests against Fiji."
    )
    assert "Tests" not in found


def test_the_plural_after_a_preposition_or_a_season_is_no_body(extractor):
    found = label_by_name(
        extractor, "Rugby. Evans was the first Wales player to be sent off in Tests."
    )
    assert "Tests" not in found
    found = label_by_name(extractor, "Rugby. Evans missed the summer Tests with a knee injury.")
    assert "Tests" not in found


def test_a_name_holding_test_is_left_alone(extractor):
    found = mentions(
        extractor,
        "Cricket. Tom Hart told BBC Radio Five Live's Test Match Special that they were poor.",
    )
    assert any(text.endswith("Test Match Special") for _, text, _ in found)


def test_a_season_stage_after_an_event_is_cut_off_and_joined(extractor):
    found = mentions(
        extractor,
        "Rugby. Scotland looked strong going into the Six Nations run-in. "
        "The Six Nations ends in March.",
    )
    texts = [text for _, text, _ in found]
    assert not any("run-in" in text for text in texts)
    assert ("Six Nations", "EVENT") in {(t.removeprefix("the "), lab) for _, t, lab in found}


def test_a_name_ending_in_a_name_is_not_cut(extractor):
    found = label_by_name(extractor, "Cycling. Armstrong will ride the Tour de France in July.")
    assert "Tour de France" in found


def test_a_lone_name_shooting_as_he_is_a_player(extractor):
    found = label_by_name(
        extractor,
        "Football. Ronaldino missed a late chance to level for Barca when he shot wide of the "
        "post.",
    )
    assert found.get("Ronaldino") == "PERSON"


def test_a_club_wasting_its_chance_stays_a_club(extractor):
    found = label_by_name(
        extractor, "Football. Porto wasted their best chance when they hit the post."
    )
    assert found.get("Porto") != "PERSON"


def test_a_nickname_opening_a_sentence_before_a_coach_is_the_club(extractor):
    # The model leaves the club's nickname out where it opens the sentence.
    found = label_by_name(
        extractor, "Football. Boro boss Steve McClaren said the league game was hard."
    )
    assert found.get("Boro") == "ORG"


def test_a_common_word_before_a_coach_is_no_club(extractor):
    found = label_by_name(
        extractor, "Football. Assistant coach John Smith praised the striker's goals."
    )
    assert "Assistant" not in found
    found = label_by_name(extractor, "Business. Acme chairman John Smith said profits rose.")
    assert "Acme" not in found or found["Acme"] == "ORG"


def test_a_first_name_and_its_bracketed_surname_in_a_quote_are_one_person(extractor):
    found = label_by_name(
        extractor, 'Rugby. "I think Pierre (Villepreux) has built a fine team," he said.'
    )
    assert found.get("Pierre Villepreux") == "PERSON"
    assert "Pierre" not in found


def test_a_bracketed_country_after_a_name_is_left_alone(extractor):
    found = label_by_name(extractor, 'Tennis. "Maria (Spain) played well," he said.')
    assert found.get("Spain") == "GPE"


def test_a_sheet_initial_a_is_kept(extractor):
    found = label_by_name(
        extractor,
        "Italy: R Ferri (Parma); A Moretti (Viadana), A Galli (Treviso), L Conti (Calvisano).",
    )
    assert found.get("A Moretti") == "PERSON"
    assert "Moretti" not in found


def test_an_a_opening_prose_is_left_alone(extractor):
    found = label_by_name(extractor, "A Labour spokesman (Mr Smith) said nothing.")
    assert not any(name.startswith("A ") for name in found)


def test_a_surname_with_a_lower_case_particle_is_whole(extractor):
    found = label_by_name(
        extractor,
        "Rugby. Italy drafted in Paolo dal Ponte at open-side after star flanker Luca Rossi "
        "was ruled out.",
    )
    assert found.get("Paolo dal Ponte") == "PERSON"
    assert "Paolo" not in found


def test_a_particle_before_a_lower_case_word_is_left_alone(extractor):
    found = label_by_name(extractor, "Politics. John de facto ran the party, Mr Smith said.")
    assert not any("de facto" in name for name in found)


def test_a_road_race_is_an_event_not_a_road(extractor):
    found = label_by_name(
        extractor,
        "Athletics. Jones will run in next month's Great Bristol International Road Race.",
    )
    assert found.get("Great Bristol International Road Race") == "EVENT"


def test_a_road_alone_is_left_alone(extractor):
    found = label_by_name(extractor, "Traffic. The crash closed Manchester Road on Sunday.")
    assert found.get("Manchester Road") != "EVENT"
