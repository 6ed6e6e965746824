"""Round r33-games: games, online services and names with a patronymic."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_patronymic_between_a_first_name_and_a_surname_keeps_the_person_whole(extractor):
    # `patronymic between first name and surname`: the model ends the name at the hyphened
    # patronymic ("Timur Bekmurat" and "Sultanov" apart).
    names = _entities(
        extractor,
        "Bishkek\n\nThe talks were chaired by the minister Timur Bekmurat-uly Sultanov, who"
        " flew in on Monday. Mr Sultanov said little.",
    )
    assert names["Timur Bekmurat-uly Sultanov"][0] == "PERSON"
    assert not [n for n in names if n.startswith("Timur") and n != "Timur Bekmurat-uly Sultanov"]


def test_the_last_word_of_a_games_title_before_fans_or_games_is_the_series(extractor):
    # `series of a named game`: the model's `Everquest` ORG before "fans" and "games".
    text = (
        "Online worlds\n\nThousands of Everquest fans queued on Friday. The launch of the"
        " Legends of Everquest online role-playing game drew 80,000 players. It turns the"
        " old Everquest games into a shared world."
    )
    names = _entities(extractor, text)
    assert names["Everquest"][0] == "WORK_OF_ART"


def test_a_club_and_its_player_glued_in_a_list_of_players_are_parted(extractor):
    # `club and player glued in a list of players`: the model's one ORG span "Lyon's Juninho"
    # names neither; the list's cues label the club and the player once the span is parted.
    names = _entities(
        extractor,
        "Shortlist\n\nGerrard is on the Uefa shortlist with Lyon's Juninho and Chelsea's Drogba.",
    )
    assert "Lyon's Juninho" not in names
    assert names["Juninho"][0] == "PERSON"
    assert names["Lyon"][0] == "ORG"
