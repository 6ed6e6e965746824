"""Round r38-places: clubs, states, cities, grounds and airlines the model reads as people or
bodies (a club between a playing position's "for" and "and <country>"; a nationality's word standing
as a noun among airlines, `factx/extract/entity_airlines.py`;
`factx/extract/entity_sides.py` and the cues of `factx/data/entities.json`)."""


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
