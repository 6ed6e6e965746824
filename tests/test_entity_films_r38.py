"""Round r38-films: films and songs the model mislabels (seeds 88-90's "Rules these errors
suggest", left over by r38-works): lists of films contesting a film prize or ranked in a
box-office story (`entity_kind_lists`), a film after "animated movie", a title after a prize's
"-winning" and a title opening with a people's word (`entity_cut_titles`), a song between its
act's possessive and its chart place (`entity_songs`). The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_list_contesting_a_film_prize_is_a_list_of_films(extractor):
    # Seed 88's "leaving Dead Man's Shoes, ... and Shaun of the Dead to slug it out for the best
    # British film trophy": one film ORG, two glued over the list's "and" an EVENT.
    text = (
        "Film prizes\n\n"
        "Critics felt the drama was entitled to the best film award - leaving Dead Man's Boots, "
        "Harry Potter and the Goblet of Fire, My Winter of Love and Night of the Dead to slug it "
        "out for the best British film trophy."
    )
    found = entities(extractor, text)
    for title in ("Dead Man's Boots", "My Winter of Love", "Night of the Dead"):
        assert ("WORK_OF_ART", title, [title]) in found
    assert not [e for e in found if e[0] in ("ORG", "EVENT", "PERSON")]


def test_a_list_contesting_an_actors_prize_is_left_alone(extractor):
    text = (
        "Stage prizes\n\n"
        "Richard Hale, Douglas Hodge and Stanley Townsend will battle it out for the best actor "
        "award."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Douglas Hodge", ["Douglas Hodge"]) in found
    assert not [e for e in found if e[0] == "WORK_OF_ART"]


def test_the_films_after_it_was_followed_by_in_a_box_office_story_are_films(extractor):
    # Seed 89's "It was followed by Harry Potter ..., Finding Nemo and ...": films missed or
    # read as places; and "led by animated movie Howl's Moving Castle", missed.
    text = (
        "Cinema takings\n\n"
        "The surge was led by animated movie Howl's Moving Castle, which took 20bn yen at the box "
        "office. It was followed by Shrek 2, Finding Nemo and Troy."
    )
    found = entities(extractor, text)
    for title in ("Howl's Moving Castle", "Finding Nemo", "Troy", "Shrek 2"):
        assert ("WORK_OF_ART", title, [title]) in found


def test_a_list_followed_by_outside_a_box_office_story_is_left_alone(extractor):
    text = (
        "Poll\n\n"
        "In last year's poll, the winners were followed by Kaiser Chiefs, Razorlight and "
        "Troy in the top five. It was followed by Leeds, Troy and Bath on the tour."
    )
    found = entities(extractor, text)
    assert not [e for e in found if e[0] == "WORK_OF_ART"]


def test_a_title_after_a_prizes_winning_is_whole_without_the_prize(extractor):
    # Seed 89's "last year's Oscar-winning Lord of the Rings": the model glues the prize on,
    # or cuts the title at its "of the".
    text = (
        "Box office\n\n"
        "Takings were down for lack of a hit like last year's Oscar-winning Lord of the Rings: "
        "The Return of the King."
    )
    found = entities(extractor, text)
    assert (
        "WORK_OF_ART",
        "Lord of the Rings: The Return of the King",
        ["Lord of the Rings: The Return of the King"],
    ) in found
    text = "Box office\n\nThe season lacked a hit like last year's Oscar-winning Lord of the Rings."
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Lord of the Rings", ["Lord of the Rings"]) in found


def test_a_person_after_a_prizes_winning_keeps_his_name(extractor):
    text = "Cast\n\nThe Oscar-winning actor Jim Broadbent joins the cast."
    found = entities(extractor, text)
    assert ("PERSON", "Jim Broadbent", ["Jim Broadbent"]) in found


def test_a_title_opening_with_a_peoples_word_after_a_year_or_a_genre_is_a_work(extractor):
    # Seed 90's "1999's American Beauty" and "romantic comedy The American President":
    # `American` NORP, the title's other words left out.
    text = (
        "Actress\n\n"
        "Sam Mendes, who directed 1999's American Beauty, also made the romantic comedy The "
        "American President. She fell for a young American."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "American Beauty", ["American Beauty"]) in found
    assert ("WORK_OF_ART", "American President", ["The American President"]) in found
    assert ("NORP", "American", ["American"]) in found


def test_a_song_between_its_acts_possessive_and_its_chart_place_is_a_work(extractor):
    # Seed 90's "Green Day's Holiday Road is currently number two" (FAC) and seed 89's
    # "Boyzone's Flying High - a 1998 track" (the act glued to the song, ORG).
    text = (
        "Download chart\n\n"
        "Green Day's Holiday Road is currently number two. Boyzone's Flying High - a 1998 track "
        "reissued for the occasion - was the first number one. Akon's Locked Up is at number five."
    )
    found = entities(extractor, text)
    for title in ("Holiday Road", "Flying High", "Locked Up"):
        assert ("WORK_OF_ART", title, [title]) in found
    assert ("ORG", "Boyzone", ["Boyzone"]) in found


def test_a_player_after_his_clubs_possessive_is_no_song(extractor):
    text = (
        "Rankings\n\n"
        "Arsenal's Thierry Henry is currently number one in the scoring list, and it's Christmas "
        "Day that is number one for sales."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Thierry Henry", ["Thierry Henry"]) in found
    assert not [e for e in found if e[0] == "WORK_OF_ART"]
