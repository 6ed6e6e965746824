"""Round r37-works: bands, films and acts the model labels PERSON or a place (the brief's
examples); each sentence is this round's own."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {m.text: f.label for f in record.facts if f.type == "entity" for m in f.mentions}


def test_a_band_of_a_full_name_and_a_count_is_a_band(extractor):
    # `band by a person's name and a count`, now read over a first name and a surname
    # (`evidence._before_count`): "the Dave Clark Five" was PRODUCT.
    found = _labels(
        extractor,
        "Music\n\nThe record uses samples of Glad All Over by the Dave Clark Five and the"
        " Jackson Five's I Want You Back.",
    )
    assert found.get("the Dave Clark Five") == "ORG"
    assert found.get("Jackson Five") == "ORG"


def test_a_count_after_no_first_name_is_left_alone(extractor):
    found = _labels(
        extractor,
        "Law\n\nThe Guildford Four were freed in 1989 after years in jail.",
    )
    assert found.get("The Guildford Four") != "ORG"
    assert "PERSON" not in found.values()


def test_a_place_before_star_in_an_actors_prize_race_is_the_film(extractor):
    # The cue `work before its star in a film award's race`: the model's GPE.
    found = _labels(
        extractor,
        "Film\n\nChicago star Richard Gere won a Golden Globe. Philadelphia star Tom Hanks was"
        " nominated for best actor again.",
    )
    assert found.get("Chicago") == "WORK_OF_ART"
    assert found.get("Philadelphia") == "WORK_OF_ART"
    assert found.get("Richard Gere") == "PERSON"


def test_a_country_an_industry_or_a_club_before_star_stays(extractor):
    found = _labels(
        extractor,
        "Film\n\nUS star Tom Hanks was nominated for an Oscar. Hollywood star Julia Roberts"
        " won a Bafta. Chelsea star Frank Lampard is the favourite to win the award.",
    )
    assert found.get("US") == "GPE"
    assert found.get("Hollywood") == "GPE"
    assert found.get("Chelsea") == "ORG"


def test_awards_counted_over_a_word_before_them_are_the_prizes(extractor):
    # `awards counted`, now over one word between the count and the name ("posthumous").
    found = _labels(
        extractor,
        "Music\n\nRay Charles, who has won a string of posthumous Grammy Awards, sold millions."
        " The band won two consecutive Brit Awards last year.",
    )
    assert found.get("Grammy Awards") == "WORK_OF_ART"
    assert found.get("Brit Awards") == "WORK_OF_ART"


def test_the_awards_night_stays_an_event(extractor):
    found = _labels(extractor, "Music\n\nCharles sang at the Grammy Awards in Los Angeles.")
    assert found.get("the Grammy Awards") == "EVENT"
