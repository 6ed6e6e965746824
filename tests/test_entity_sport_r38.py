"""Round r38-sport: clubs, sides, meetings and places in sport news (a club met in a named cup,
parted from the cup it is glued to; the clubs of a manager's "since arriving at ... from ...";
two sides' plurals after "The" before a verb of speech; a county before "athlete"; a shirt's
"No 9"; a "<name> Memorial" meeting; `factx/extract/entity_sides.py`,
`factx/extract/entity_non_names.py` and the cues of `factx/data/entities.json`)."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_club_met_in_a_named_cup_is_a_club(extractor):
    # `Chelsea` PERSON at the base (seed 90's shape on a sentence of my own).
    names = _entities(
        extractor,
        "Football\n\nMoyes hopes to end the run of defeats when they play Chelsea in the"
        " Carling Cup on Sunday.",
    )
    assert names["Chelsea"][0] == "ORG"


def test_a_club_glued_to_the_cup_it_is_met_in_is_parted(extractor):
    # `Arsenal in the FA Cup` EVENT at the base.
    names = _entities(
        extractor,
        "Football\n\nMoyes is hoping to win his first trophy since arriving at Everton from"
        " Preston when they play Arsenal in the FA Cup on Sunday in Leeds.",
    )
    assert names["Arsenal"][0] == "ORG"
    assert names["FA Cup"][0] == "EVENT"
    assert not any(" in the " in name for name in names)
    # The manager's move: `Preston` GPE at the base.
    assert names["Preston"][0] == "ORG"


def test_a_player_met_in_a_final_keeps_his_person(extractor):
    names = _entities(
        extractor,
        "Tennis\n\nRoger Federer will play Cyril Saulnier in the final on Sunday in Rotterdam.",
    )
    assert names["Cyril Saulnier"][0] == "PERSON"


def test_the_club_a_manager_came_from_is_a_club(extractor):
    # `Valencia` GPE at the base (the model's PERSON, then "known place someone comes from").
    names = _entities(
        extractor,
        "Football\n\nBenitez is hoping to win his first trophy since arriving at Liverpool from"
        " Valencia when they meet Fulham next month.",
    )
    assert names["Valencia"][0] == "ORG"


def test_a_traveller_arriving_from_a_city_keeps_the_city(extractor):
    names = _entities(
        extractor,
        "Travel\n\nThe family have been stuck at the airport since arriving at Heathrow from"
        " Lagos on Monday.",
    )
    assert names["Lagos"][0] == "GPE"


def test_two_sides_plurals_before_a_verb_of_speech_are_two_sides(extractor):
    # `Sharks` PERSON at the base.
    names = _entities(
        extractor,
        "Rugby\n\nThe Falcons and Sharks say they are happy to support the England cause, but"
        " the Tigers have expressed disappointment.",
    )
    assert names["Sharks"][0] == "ORG"


def test_two_peoples_before_a_verb_of_speech_keep_their_label(extractor):
    names = _entities(
        extractor, "Talks\n\nThe Germans and Italians say the deal must be signed this year."
    )
    assert names["Italians"][0] == "NORP"


def test_a_county_before_athlete_after_the_is_a_place(extractor):
    # `Kent` PERSON and `Essex` ORG at the base.
    names = _entities(
        extractor,
        "Athletics\n\nBut alarm bells start ringing when the Kent athlete begins questioning"
        " herself. Later the Essex athlete won the race.",
    )
    assert names["Kent"][0] == "GPE"
    assert names["Essex"][0] == "GPE"


def test_a_club_before_player_after_the_keeps_its_club(extractor):
    names = _entities(
        extractor, "Football\n\nThe Fulham player was booked after ten minutes at Craven Cottage."
    )
    assert names.get("Fulham", ("ORG",))[0] != "GPE"


def test_a_shirt_number_before_prospects_is_no_name(extractor):
    # `No 10` LAW at the base (seed 89's `No 9` WORK_OF_ART).
    names = _entities(
        extractor,
        "Rugby\n\nThe Welsh region has two outstanding young No 10 prospects in Gareth Jones"
        " and Tom Evans.",
    )
    assert "No 10" not in names


def test_a_meeting_by_its_memorial_is_an_event(extractor):
    # `Juan Perez Memorial` FAC at the base.
    names = _entities(
        extractor,
        "Athletics\n\nShe finished fourth in the 60m hurdles at the Juan Perez Memorial meeting"
        " in Seville.",
    )
    assert names["Juan Perez Memorial"][0] == "EVENT"


def test_two_sides_glued_over_and_before_a_verb_of_speech_are_parted(extractor):
    # `Ospreys and Scarlets` WORK_OF_ART at the base (the model's one span).
    names = _entities(
        extractor,
        'Rugby\n\n"Once we are in the Six Nations, the players will only be released in his and'
        " the WRU's best interests.\" The Ospreys and Scarlets say they are happy to support the"
        " Wales cause, but the Dragons have expressed disappointment.",
    )
    assert names["Ospreys"][0] == "ORG"
    assert names["Scarlets"][0] == "ORG"
    assert not any(" and " in name for name in names)


def test_a_title_of_two_plurals_before_a_noun_stays_whole(extractor):
    names = _entities(
        extractor, 'Film\n\nHe starred in "The Birds and Bees" which was released in May.'
    )
    assert not ("Birds" in names and "Bees" in names)
