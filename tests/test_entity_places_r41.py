"""Round r41-places: sides before a player's position, regions by their compass, broadcasters
and bodies written with common words (the rules named in each test). The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_club_before_a_players_position_is_a_club(extractor):
    # `entity_clubs.clubs_before_their_manager`, widened to a player's position: the model
    # tags the player and leaves the club before his position out.
    found = entities(
        extractor,
        "Centre out\n\nBath centre Olly Barkley will miss the game on Saturday. The injury is a"
        " blow for Bath.",
    )
    assert found["Bath"][0] == "ORG"
    assert "Bath" in found["Bath"][1]
    assert found["Olly Barkley"][0] == "PERSON"


def test_a_town_before_a_players_position_is_a_club(extractor):
    found = entities(
        extractor,
        "Moody doubtful\n\nLeicester flanker Lewis Moody has a finger injury, his club said.",
    )
    assert found["Leicester"][0] == "ORG"
    assert found["Lewis Moody"][0] == "PERSON"


def test_a_country_before_a_players_position_is_the_country(extractor):
    found = entities(
        extractor,
        "Six Nations\n\nWales wing Shane Williams scored twice in the second half.",
    )
    assert found["Wales"][0] == "GPE"
    assert found["Shane Williams"][0] == "PERSON"


def test_a_national_sides_nickname_before_its_captain_is_the_side(extractor):
    # "Wallabies" in `club_nicknames`, read by `clubs_before_their_manager`.
    found = entities(
        extractor,
        "Tsunami match\n\nWallabies captain George Gregan said the players were keen to help.",
    )
    assert found["Wallabies"][0] == "ORG"
    assert found["George Gregan"][0] == "PERSON"


def test_a_common_word_opening_the_sentence_is_no_side(extractor):
    found = entities(
        extractor,
        "Squad named\n\nUncapped fly-half Andy Goode is in the squad. Former captain Keith Wood"
        " said the uncapped players would learn a lot.",
    )
    assert "Uncapped" not in found
    assert "Former" not in found
    assert found["Andy Goode"][0] == "PERSON"
