"""Round r38-places: clubs, states, villages, grounds and airlines the model reads as people,
bodies or countries (a club between a playing position's "for" and "and <country>",
`factx/extract/entity_sides.py`; a nationality's word standing as a noun among airlines,
`factx/extract/entity_airlines.py`; a country inside "the Stade de <Name>",
`factx/extract/entity_grounds.py`; a name between a country's possessive and "state", and
"<Name> St <Name>" after "in|near|leaving", `factx/extract/place_names.py`)."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_club_a_player_played_in_a_position_for_is_a_club(extractor):
    # `Bridgend` PERSON at the base (seed 93's shape on a sentence of my own).
    names = _entities(
        extractor,
        "Rugby\n\nDavies, a fine centre for Bridgend and Wales in the 1990s, said the side could"
        " cope.",
    )
    assert names["Bridgend"][0] == "ORG"
    assert names["Wales"][0] == "GPE"


def test_a_club_glued_to_the_country_of_a_position_is_parted(extractor):
    # `Neath and Wales` one ORG at the base.
    names = _entities(
        extractor,
        "Rugby\n\nBennett, an inspirational fly-half for Neath and Wales in the 1970s, insisted"
        " they would win.",
    )
    assert names["Neath"][0] == "ORG"
    assert names["Wales"][0] == "GPE"
    assert "Neath and Wales" not in names


def test_a_country_a_player_played_for_keeps_its_place(extractor):
    names = _entities(
        extractor,
        "Rugby\n\nJones, a striker for Wales and England, said the side could cope.",
    )
    assert names["Wales"][0] == "GPE"
    assert names["England"][0] == "GPE"


def test_a_nationality_word_named_among_airlines_is_the_airline(extractor):
    # `American` NORP (3) at the base (seed 93's shape on sentences of my own).
    names = _entities(
        extractor,
        "Business\n\nTwo of the largest carriers in the US - American and Delta - have blamed"
        " record fuel prices. American, the world's biggest airline by some measures, said it"
        " would cut jobs. Both American and Delta have been squeezed.",
    )
    assert names["American"][0] == "ORG"
    assert names["Delta"][0] == "ORG"


def test_a_nationality_word_before_airlines_keeps_its_people(extractor):
    names = _entities(
        extractor,
        "Business\n\nEuropean and American airlines have lost money this year. The American"
        " carrier said it would cut flights, and American troops were sent home.",
    )
    assert names["American"][0] == "NORP"


def test_a_country_inside_a_grounds_name_is_the_ground(extractor):
    # `France` GPE (3, the ground's among them) and no ground at the base (seed 92's shape).
    names = _entities(
        extractor,
        "Rugby\n\nFrance play Italy at the Stade de France on 26 February. France coach Bernard"
        " Laporte will announce his line-up.",
    )
    assert names["Stade de France"][0] == "FAC"
    assert names["France"] == ("GPE", ["France", "France"])


def test_a_club_named_stade_is_no_ground(extractor):
    names = _entities(
        extractor,
        "Rugby\n\nStade Francais beat Toulouse 20-13 in Paris on Saturday.",
    )
    assert all(label != "FAC" for label, _ in names.values())


def test_a_region_a_country_calls_its_state_is_a_state(extractor):
    # `Tamil Nadu` PERSON (2) at the base (seed 93's shape on sentences of my own).
    names = _entities(
        extractor,
        "Business\n\nThe industry minister of India's Tamil Nadu state said a team of Fiat"
        " officials were due to visit. A Tamil Nadu official added that talks went well.",
    )
    assert names["Tamil Nadu"] == ("GPE", ["Tamil Nadu", "Tamil Nadu"])


def test_a_firm_before_a_states_firm_keeps_its_firm(extractor):
    names = _entities(
        extractor,
        "Business\n\nRussia's Rosneft state oil company bought the unit, officials said.",
    )
    assert names.get("Rosneft", ("ORG",))[0] != "GPE"


def test_a_village_named_for_its_saint_is_a_place(extractor):
    # `Stoke St Mary` PERSON (2) and `Chalfont St Peter` FAC at the base (seed 92's shape).
    names = _entities(
        extractor,
        "Crime\n\nThe incident happened at 0400 GMT on Monday in Stoke St Mary. Police are keen"
        " to hear from anyone who may have seen a van leaving Stoke St Mary at speed. A man was"
        " arrested near Chalfont St Peter.",
    )
    assert names["Stoke St Mary"][0] == "GPE"
    assert names["Chalfont St Peter"][0] == "GPE"


def test_a_club_named_for_a_saint_keeps_its_club(extractor):
    names = _entities(
        extractor,
        "Football\n\nHe joined on a move from Paris St Germain last year.",
    )
    assert names["Paris St Germain"][0] == "ORG"


def test_a_peoples_word_before_state_keeps_its_people(extractor):
    # The CoNLL dev set's "the Jewish state" (MISC there): a people's, no state of that name.
    names = _entities(
        extractor,
        "World\n\nMilitants killed 59 people in the Jewish state in February, officials said.",
    )
    assert names["Jewish"][0] == "NORP"
