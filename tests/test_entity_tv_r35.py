"""Round r35-tv: shows and films in awards and listings news: a show that became the first of
its kind, a channel's rival or fellow show, shows a show beat to a prize, a work about an event
that won, a crime show, films a winner beat (one each over their "and"), and a title cut after a
role's words or a year's possessive."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_the_first_soap_and_a_channels_rival_are_programmes(extractor):
    # `show that became the first of its kind`, `show after its channel's rival`.
    names = _entities(
        extractor,
        "Soap wins top prize\n\nBrookside has become the first soap to win the top prize at the"
        " Rose Awards. In 2003, Brookside drew level with its BBC One rival EastEnders in the"
        " ratings.",
    )
    assert names["Brookside"][0] == "WORK_OF_ART"
    assert names["EastEnders"][0] == "WORK_OF_ART"
    assert names["BBC One"][0] == "ORG"


def test_a_fellow_channels_show_is_a_programme(extractor):
    # `show after a fellow channel's show`.
    names = _entities(
        extractor,
        "Drama prize\n\nThe serial beat fellow BBC One show Holby Nights and Channel 5's Lawless"
        " to the drama award.",
    )
    assert names["Holby Nights"][0] == "WORK_OF_ART"
    assert names["BBC One"][0] == "ORG"


def test_shows_a_show_beat_to_a_prize_are_programmes(extractor):
    # `show a show beat to a prize`: the model's PERSON too.
    names = _entities(
        extractor,
        "Comedy prize\n\nIts third series beat Gavin Stacey and The Mighty Boosh to the best"
        " comedy award on Sunday.",
    )
    assert names["Gavin Stacey"][0] == "WORK_OF_ART"
    assert names["Mighty Boosh"][0] == "WORK_OF_ART"


def test_a_show_beating_rivals_with_no_prize_leaves_them_alone(extractor):
    # The guard: no prize after the list ("unless"), so a channel or a club stays a body.
    names = _entities(
        extractor,
        "Ratings\n\nThe show beat BBC One in the ratings, beating Arsenal and Manchester United"
        " fans' favourite.",
    )
    assert names["BBC One"][0] == "ORG"
    assert names["Arsenal"][0] == "ORG"


def test_a_work_about_an_event_that_won_is_a_work(extractor):
    # `work about an event that won`: a town's name as a film's.
    names = _entities(
        extractor,
        "Drama prize\n\nThe prize went to Stephen Frears' period piece The Deal, while Omagh,"
        " about the 1998 attack in the town, won the year before.",
    )
    assert names["Omagh"][0] == "WORK_OF_ART"


def test_a_crime_show_is_a_programme(extractor):
    # `show after its kind` now knows crime, police, medical, legal, ... shows.
    names = _entities(
        extractor,
        "Advert rapped\n\nThe regulator told Channel 4 to stop promoting crime show NCIS. The"
        " posters for NCIS showed a gun.",
    )
    assert names["NCIS"] == ("WORK_OF_ART", ["NCIS", "NCIS"])
    assert names["Channel 4"][0] == "ORG"


def test_films_a_prize_winner_beat_are_one_work_each(extractor):
    # `works a prize's winner beat` (listed_sides): two words or more each side of "and".
    names = _entities(
        extractor,
        "Film prize\n\nThe Vera Drake team took the best film award, beating Night of the"
        " Living Dead and Layer Cake.",
    )
    assert "Night of the Living Dead and Layer Cake" not in names
    assert names["Night of the Living Dead"][0] == "WORK_OF_ART"
    assert names["Layer Cake"][0] == "WORK_OF_ART"


def test_a_title_cut_after_a_role_or_a_years_possessive_is_whole(extractor):
    # `title cut after a role or a year` (entity_cut_titles): over its contraction and its
    # people's word.
    names = _entities(
        extractor,
        "Role missed\n\nHer performance was passed over in favour of Emma Stone's leading role"
        " in Girls Can't Dance. She first won praise in 1999's American Dreamer.",
    )
    assert names["Girls Can't Dance"][0] == "WORK_OF_ART"
    assert names["American Dreamer"][0] == "WORK_OF_ART"
    assert "Dance" not in names and "Dreamer" not in names and "American" not in names
    assert names["Emma Stone"][0] == "PERSON"
