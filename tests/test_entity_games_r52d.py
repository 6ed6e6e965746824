"""Round r52d-games: well-known video games and game series of roughly 1980-2016 with invented
names, which the model reads as people, places or firms, named by the list in the cue row
"known game by its name (r52d)" of factx/data/entities.json (WORK_OF_ART); sentences of my own,
from the shape of the round 52 user read's games round-up. Names that are words or people are
listed only with an instalment's number; characters, a coach and a publisher stay as they are."""

from entity_reading import label_by_name


def test_games_the_model_reads_as_people_are_works(extractor):
    found = label_by_name(
        extractor, "This week we look at Call of Duty, Splinter Cell - Pandora Tomorrow and more."
    )
    assert found.get("Splinter Cell") == "WORK_OF_ART"
    assert found.get("Pandora Tomorrow") == "WORK_OF_ART"


def test_a_game_after_a_verb_is_no_person(extractor):
    found = label_by_name(extractor, "Analysts said Tetris had sold well again.")
    assert found.get("Tetris") == "WORK_OF_ART"


def test_a_game_series_the_model_reads_as_a_firm_or_a_building_is_a_work(extractor):
    found = label_by_name(
        extractor,
        "Fans queued for Metal Gear Solid at midnight, and Final Fantasy fans were pleased.",
    )
    assert found.get("Metal Gear Solid") == "WORK_OF_ART"
    assert found.get("Final Fantasy") == "WORK_OF_ART"


def test_a_game_in_a_list_of_sales(extractor):
    found = label_by_name(
        extractor, "Sales of World of Warcraft rose, while Tomb Raider slipped in the chart."
    )
    assert found.get("Tomb Raider") == "WORK_OF_ART"


def test_word_names_people_and_characters_are_left_alone(extractor):
    found = label_by_name(
        extractor,
        "Coach John Madden said Halo was his favourite word, and Doom followed. "
        "Mario met Lara Croft at the show, said Ubisoft.",
    )
    assert found.get("John Madden") == "PERSON"
    assert found.get("Lara Croft") == "PERSON"
    assert found.get("Ubisoft") == "ORG"
    assert found.get("Halo") != "WORK_OF_ART"
    assert found.get("Doom") != "WORK_OF_ART"


def test_a_car_named_like_a_game_is_left_alone(extractor):
    # "Gran Turismo" is also a kind of car: only "Gran Turismo 4" is listed.
    found = label_by_name(extractor, "The new Gran Turismo looked superb, said the carmaker.")
    assert found.get("Gran Turismo") != "WORK_OF_ART"


# entity_missed_games: a listed game the model missed, in a story about video games.


def test_a_missed_game_in_a_story_about_video_games_is_added(extractor):
    found = label_by_name(
        extractor,
        "On the console, gamers rated Deus Ex: Invisible War highly, with Morrowind and "
        "Vice City close behind.",
    )
    assert found.get("Vice City") == "WORK_OF_ART"


def test_a_missed_game_outside_a_games_story_is_not_added(extractor):
    found = label_by_name(
        extractor,
        "Critics rated Deus Ex: Invisible War highly, with Morrowind and Vice City close behind.",
    )
    assert "Vice City" not in found


# entity_missed_games.word_games: a game named by a word, in a story about video games.


def test_a_game_named_by_a_word_in_a_games_story_is_a_work(extractor):
    found = label_by_name(
        extractor,
        "Gamers bought consoles in record numbers. Halo, The Sims, Driver, Need for Speed and "
        "Burnout were among the best sellers on the PlayStation and Xbox.",
    )
    assert found.get("Driver") == "WORK_OF_ART"
    assert found.get("Burnout") == "WORK_OF_ART"


def test_a_person_named_like_a_game_stays_a_person(extractor):
    found = label_by_name(
        extractor,
        "Gamers bought consoles in record numbers, said John Madden. Madden said the Xbox was "
        "popular, and Mr Driver agreed.",
    )
    assert found.get("John Madden") == "PERSON"
    assert found.get("Driver") == "PERSON"


def test_a_word_game_outside_a_games_story_is_left_alone(extractor):
    found = label_by_name(extractor, "Driver and Burnout met the press in Leeds on Monday.")
    assert found.get("Driver") != "WORK_OF_ART"
    assert found.get("Burnout") != "WORK_OF_ART"
