"""Round r46b-music: the members of a film race's list of finalists or nominees works, whole,
and a known band named like a person a band in an article about music."""

from entity_reading import mention_labels


def test_a_film_polls_other_two_finalists_are_films(extractor):
    # Seed 146's shape: after a film poll, "The other two finalists, <A> and <B>" named films,
    # read as a person and a town by their look.
    found = mention_labels(
        extractor,
        "Film poll\n\nThe audience voted overwhelmingly for The Godfather as the best movie in"
        " the film poll. The other two finalists, Citizen Kane and Casablanca split the"
        " remaining votes roughly equally.",
    )
    assert ("Citizen Kane", "WORK_OF_ART") in found
    assert ("Casablanca", "WORK_OF_ART") in found
    assert ("Citizen Kane", "PERSON") not in found


def test_the_lists_count_keeps_a_titles_own_and(extractor):
    found = mention_labels(
        extractor,
        "Film poll\n\nCritics picked Vertigo as the best film of all time in the poll of movies."
        " The other two finalists, Citizen Kane and A Matter of Life and Death, came close.",
    )
    assert ("Citizen Kane", "WORK_OF_ART") in found
    assert ("A Matter of Life and Death", "WORK_OF_ART") in found


def test_finalists_in_sport_and_nominated_people_are_left(extractor):
    sport = mention_labels(
        extractor,
        "Tennis\n\nThe film star watched the match before the movie premiere. The other two"
        " finalists, Roger Federer and Andy Roddick, met in the final set.",
    )
    assert ("Roger Federer", "PERSON") in sport
    people = mention_labels(
        extractor,
        "Film prize\n\nThe film is a favourite for the movie prize. Other nominees included"
        " Imelda Staunton and Kate Winslet.",
    )
    assert ("Imelda Staunton", "PERSON") in people
    assert ("Kate Winslet", "PERSON") in people


def test_a_known_band_named_like_a_person_in_a_polls_list_is_a_band(extractor):
    # Seed 146's `Franz Ferdinand` PERSON: a poll's list and "supporting" give no group's words.
    found = mention_labels(
        extractor,
        "Band poll\n\nSecond-placed rock band Athlete began their rise after supporting Franz"
        " Ferdinand. In last year's survey of bands, Keane were followed by Franz Ferdinand,"
        " Razorlight and Joss Stone in the top five.",
    )
    assert ("Franz Ferdinand", "PERSON") not in found
    assert found.count(("Franz Ferdinand", "ORG")) == 2
    assert ("Joss Stone", "PERSON") in found


def test_the_bands_namesake_and_a_solo_singer_stay_people(extractor):
    namesake = mention_labels(
        extractor,
        "Band news\n\nThe band named themselves after Archduke Franz Ferdinand, whose killing"
        " started the war. Their new album and their gigs sold well.",
    )
    assert ("Archduke Franz Ferdinand", "ORG") not in namesake
    assert ("Franz Ferdinand", "ORG") not in namesake
    solo = mention_labels(
        extractor,
        "Chart news\n\nThe singer released her album. Jamie Cullum's album and his single went"
        " to the top of the charts.",
    )
    assert ("Jamie Cullum", "PERSON") in solo


def test_an_awards_short_name_before_nominations_is_the_awards_alone(extractor):
    # Seed 145's `Brit nominations` EVENT: a nomination is no part of the prize's name.
    found = mention_labels(
        extractor,
        "Kelis wins award\n\nR&B star Kelis had three Brit nominations last year. She was up"
        " for best album at the Brit Awards, and the Brits are in London.",
    )
    assert ("Brit nominations", "EVENT") not in found
    assert ("Brit", "EVENT") in found
    assert ("the Brit Awards", "EVENT") in found


def test_a_capitalised_award_after_the_short_name_is_part_of_the_prize(extractor):
    # The model's "Brit" ORG before "Award nominations", and "Brit nominees" later: the
    # prize's name grows over its "Award", never over "nominees".
    found = mention_labels(
        extractor,
        "Band news\n\nIndie band Kasabian secured three Brit Award nominations. The singer said"
        " they were unlike fellow Brit nominees such as Keane, and their album sold well.",
    )
    assert ("Brit Award", "EVENT") in found
    assert ("Brit", "EVENT") in found
    assert ("Brit nominees", "EVENT") not in found


def test_a_brit_award_and_a_brit_abroad_are_left(extractor):
    award = mention_labels(
        extractor,
        "Singer wins\n\nThe singer picked up his 12th Brit award for his album at the Brit"
        " Awards in London.",
    )
    assert ("Brit award", "EVENT") in award
    abroad = mention_labels(
        extractor,
        "Travel\n\nA Brit abroad often orders tea. The Brit said the hotel was fine.",
    )
    assert all(label != "EVENT" for _, label in abroad)
