"""Round r40-sides: clubs, towns and labels of sport and music news (seeds 103-105's "Rules these
errors suggest"): a side's plural nickname before the possessive's bare apostrophe, a club
before its fouled player, a town before a performer's kind after "the", the record company an
album is released through. The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_nickname_before_its_bare_apostrophe_is_the_side(extractor):
    # `entity_sides.nicknames_before_their_apostrophe`: seed 104's `Blues` PERSON.
    found = entities(
        extractor,
        "Winger hurt\n\nRobben, who has been a key part of the Blues' push for four trophies, was"
        " hurt in the match. Arsenal striker Thierry Henry said the Gunners' season was not over.",
    )
    assert found["Blues"][0] == "ORG"
    assert found["Gunners"][0] == "ORG"
    assert found["Thierry Henry"][0] == "PERSON"


def test_a_familys_or_a_surnames_apostrophe_is_left_alone(extractor):
    found = entities(
        extractor,
        "Sisters out\n\nVenus Williams lost in the first round of the cup. The Williams' season"
        " ended when their mother fell ill.",
    )
    assert all(label == "PERSON" for name, (label, _) in found.items() if "Williams" in name)


def test_a_nickname_outside_sport_news_is_left_alone(extractor):
    # No word of the game in the text: a band's or a family's plural.
    found = entities(
        extractor, "Album out\n\nFans loved the Blues' season of concerts at the hall last year."
    )
    assert found.get("Blues", ("PERSON",))[0] != "ORG"


def test_a_club_before_its_fouled_player_is_the_club(extractor):
    # `entity_sides.clubs_of_a_fouled_player`: seed 104's `Lazio` PERSON and the one ORG
    # `Roma's Olivier Dacourt`.
    found = entities(
        extractor,
        "Striker out\n\nHe went off after a challenge with Lazio's Jaap Stam in the first half."
        " The forward was hurt after a challenge with Roma's Olivier Dacourt in the league match.",
    )
    assert found["Lazio"][0] == "ORG"
    assert found["Jaap Stam"][0] == "PERSON"
    assert found["Roma"][0] == "ORG"
    assert found["Olivier Dacourt"][0] == "PERSON"


def test_a_full_names_possessive_after_a_tackle_stays_a_person(extractor):
    found = entities(
        extractor,
        "Striker out\n\nHe was hurt in a tackle by John Smith's brother Peter Smith in the match.",
    )
    assert found["John Smith"][0] == "PERSON"


def test_a_town_between_the_and_a_performers_kind_is_the_town(extractor):
    # Cue "town before a performer's kind after the": seed 104's `Wolverhampton` ORG.
    found = entities(
        extractor,
        "Singer tops chart\n\nBut the Wolverhampton singer has struggled to repeat its success."
        " The Glasgow actor said he was happy.",
    )
    assert found["Wolverhampton"][0] == "GPE"
    assert found["Glasgow"][0] == "GPE"


def test_a_work_or_a_club_before_star_is_left_alone(extractor):
    found = entities(
        extractor,
        "Prize night\n\nThe Office star won a prize for her role in the show.",
    )
    assert found.get("Office", ("ORG",))[0] != "GPE"
    # "star" is a club's player as often as a performer's: the cue leaves it.
    found = entities(
        extractor, "Transfer talk\n\nChelsea are top. The Fulham star said he was happy."
    )
    assert found["Fulham"][0] == "ORG"


def test_a_label_an_album_is_released_through_is_a_company(extractor):
    # `entity_bands.released_labels`: seed 104's `Jet Star` PERSON.
    found = entities(
        extractor,
        "Album news\n\nThe band will release the album through Jet Star, which is advertising it"
        " on its website.",
    )
    assert found["Jet Star"][0] == "ORG"


def test_a_person_a_single_is_released_through_with_no_which_is_left(extractor):
    found = entities(
        extractor,
        "Album news\n\nThe band will release the single through John Smith next week, he said.",
    )
    assert found["John Smith"][0] == "PERSON"
