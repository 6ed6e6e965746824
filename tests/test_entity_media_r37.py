"""Round r37c-media: films with their own "The" that bookmakers tip or give odds on, and titles
with their own "The" after a possessive and a genre noun; each sentence is this round's own."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {m.text: f.label for f in record.facts if f.type == "entity" for m in f.mentions}


def test_a_film_bookmakers_tip_for_a_film_prize_is_the_film(extractor):
    # The cues `film a bookmaker tips for a film prize` and `film given a bookmaker's odds`:
    # the model's ORG for "The Navigator" at every mention.
    found = _labels(
        extractor,
        "Film\n\nThe Navigator has been tipped by US bookmakers as the favourite to win the best"
        " film award. Coral and Paddy Power have given The Navigator 4/9"
        " odds of winning best film.",
    )
    assert found.get("The Navigator") == "WORK_OF_ART"


def test_a_film_widely_tipped_for_best_director_is_the_film(extractor):
    found = _labels(
        extractor,
        "Film\n\nThe Navigator is also widely tipped to win the best director prize for Tom"
        " Hanks. The Navigator is the favourite for best picture.",
    )
    assert found.get("The Navigator") == "WORK_OF_ART"
    assert found.get("Tom Hanks") == "PERSON"


def test_a_side_a_band_or_a_paper_tipped_or_given_stays(extractor):
    # No film prize after the tip, no odds after "given", or no "The" of its own.
    found = _labels(
        extractor,
        "Sport\n\nChelsea have been tipped by bookmakers to win the league. The Beatles have"
        " given The Sun an interview. The Saints have been tipped as favourite to win the league.",
    )
    assert found.get("Chelsea") == "ORG"
    assert found.get("The Sun") != "WORK_OF_ART"
    assert found.get("The Saints") == "ORG"


def test_a_title_after_a_possessive_and_a_genre_noun_is_the_work(extractor):
    # `work_titles.genre_titles`: the model missed "The Pilot" and "The Long Road".
    found = _labels(
        extractor,
        "Film\n\nJames Cameron's Hollywood biopic The Pilot - which won five Oscars - held on"
        " in ninth place. His war drama The Long Road opened in fourth.",
    )
    assert found.get("The Pilot") == "WORK_OF_ART"
    assert found.get("The Long Road") == "WORK_OF_ART"
    assert found.get("James Cameron") == "PERSON"


def test_a_genre_noun_without_a_possessive_or_a_the_is_left_alone(extractor):
    found = _labels(
        extractor,
        "Film\n\nThe drama The Guardian newspaper praised was shown. Smith's comedy Hitch led.",
    )
    assert found.get("The Guardian") != "WORK_OF_ART"
    assert found.get("The Guardian newspaper") is None


def test_an_act_with_its_own_the_after_a_performers_calling_is_a_person(extractor):
    # `RawMention.act` in `Cluster.label`: the PERSON cue after "rapper", "rap star" or
    # "singer" was dropped for the name's own "the" (ORG, PRODUCT at the base).
    found = _labels(
        extractor,
        "Music\n\nThe single features rapper The Madd Rapper. The Madd Rapper said he was"
        " pleased. Her husband, singer The Dream Boy, said it was over.",
    )
    assert found.get("The Madd Rapper") == "PERSON"
    assert found.get("The Dream Boy") == "PERSON"


def test_a_thing_or_a_party_with_its_own_the_stays(extractor):
    found = _labels(
        extractor,
        "History\n\nThe Titanic sank in 1912. The Tories who met said so.",
    )
    assert "PERSON" not in found.values()
