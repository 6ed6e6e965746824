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


def test_a_peer_with_his_seat_is_one_person(extractor):
    # `entity_missed.peers_by_their_seat`: the model tags the seat alone as a town or a body
    # and the peer before "of", or leaves him out.
    found = entities(
        extractor,
        "Peers\n\nThe then Lord Chancellor, Lord Falconer of Thoroton, was also involved. Lord"
        " Walker of Gestingthorpe, the one law lord to disagree, said otherwise.",
    )
    assert found["Falconer of Thoroton"][0] == "PERSON"
    assert found["Walker of Gestingthorpe"][0] == "PERSON"
    assert "Thoroton" not in found
    assert "Gestingthorpe" not in found


def test_a_peer_the_model_tagged_by_his_name_stays_joined_to_his_full_name(extractor):
    found = entities(
        extractor,
        "Ex-PM dies\n\nFormer prime minister Jim Callaghan became Lord Callaghan of Cardiff in"
        " 1987. Lord Callaghan died on Saturday.",
    )
    assert found["Jim Callaghan"][0] == "PERSON"
    assert "Callaghan of Cardiff" not in found


def test_a_posts_title_with_of_is_no_peer(extractor):
    found = entities(
        extractor,
        "Visit\n\nThe Lord Mayor of London and the Lord Chancellor of England met the Queen.",
    )
    assert not any(label == "PERSON" and " of " in name for name, (label, _) in found.items())


def test_a_compass_point_before_a_small_country_is_the_region(extractor):
    # `place_names.regions_before_country`: the model tags "West" alone (seed 112's sport/285).
    found = entities(
        extractor,
        "Derby\n\nGloucester won the West country derby on Saturday, their coach said.",
    )
    assert found["West country"][0] == "LOC"
    assert "West" not in found


def test_the_country_alone_is_no_region(extractor):
    found = entities(
        extractor,
        "Vote\n\nThe West must help, he said, and the country will vote in May.",
    )
    assert "West country" not in found


def test_englands_regions_by_their_compass_are_places(extractor):
    # The cue "the Midlands, a region", widened; "Home Counties" in `missed_names`.
    found = entities(
        extractor,
        "Homes\n\nPrices rose fastest in the Home Counties and the West Country, while the"
        " West Midlands lagged.",
    )
    assert found["Home Counties"][0] == "LOC"
    assert found["West Country"][0] == "LOC"
    assert found["West Midlands"][0] == "LOC"


def test_a_screen_agency_by_its_nation_is_a_body(extractor):
    # "Screen" in `national_bodies` (seed 103's "backed by the Scottish Screen" `Scottish` NORP).
    found = entities(
        extractor,
        "Film funds\n\nThe film was backed by the Scottish Screen and BBC Films.",
    )
    assert found["Scottish Screen"][0] == "ORG"
    assert "Scottish" not in found


def test_a_name_before_a_small_building_society_is_the_society(extractor):
    # The cue "body before its kind words" (seed 109's `Britannia` GPE).
    found = entities(
        extractor,
        "Savings\n\nBritannia building society raised its rates on Monday.",
    )
    assert found["Britannia"][0] == "ORG"


def test_a_town_before_its_society_of_another_kind_is_left_alone(extractor):
    found = entities(
        extractor,
        "Walk\n\nHe moved to Leeds, where the local society meets in the town hall.",
    )
    assert found["Leeds"][0] == "GPE"
