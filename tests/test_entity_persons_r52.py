"""Round r52-persons: names labelled PERSON that are no person (sentences of my own, from the
even-numbered BBC articles' shapes)."""

from entity_reading import label_by_name

# Cue row "club a player played with" (factx/data/entities.json).


def test_a_town_after_played_on_a_day_with_is_the_club(extractor):
    found = label_by_name(
        extractor,
        "The flanker missed the last Test with a thigh injury. He has now recovered and "
        "played on Saturday with Biarritz, the coach said.",
    )
    assert found.get("Biarritz") == "ORG"


def test_a_town_after_a_titles_year_with_is_the_club(extractor):
    found = label_by_name(
        extractor, "The striker won the Champions League in 1993 with Toulouse, his first club."
    )
    assert found.get("Toulouse") == "ORG"


def test_a_team_mate_after_played_with_stays_a_person(extractor):
    found = label_by_name(extractor, "He played last season with Ronaldo at Madrid.")
    assert found.get("Ronaldo") == "PERSON"


def test_a_town_after_scored_twice_for_is_the_club(extractor):
    found = label_by_name(
        extractor, "He scored twice for Toulouse in the Heineken Cup last season."
    )
    assert found.get("Toulouse") == "ORG"


def test_a_first_name_after_played_a_song_for_stays_a_person(extractor):
    found = label_by_name(extractor, "The band played a song for Sydney, who turned 30.")
    assert found.get("Sydney") == "PERSON"


# `listed_bands` over a member the model left untagged (factx/extract/entity_bands.py).


def test_a_band_after_an_untagged_member_of_an_act_list_is_a_band(extractor):
    found = label_by_name(
        extractor,
        "The tour will see acts such as Def Leppard, Motorhead and Aerosmith playing arenas. "
        "The band said their album was out.",
    )
    assert found.get("Aerosmith") == "ORG"


def test_a_singer_after_an_untagged_member_of_an_act_list_stays_a_person(extractor):
    found = label_by_name(
        extractor,
        "The gig featured acts such as Elton John, Motorhead and Madonna. The band played songs.",
    )
    assert found.get("Madonna") == "PERSON"


# `bands.act_list_cues`' "acts, such as" (factx/data/entities.json).


def test_a_band_after_acts_comma_such_as_is_a_band(extractor):
    found = label_by_name(
        extractor,
        "Classic rock acts, such as Aerosmith and Journey, have sold out. The singer said the "
        "album was ready.",
    )
    assert found.get("Aerosmith") == "ORG"
