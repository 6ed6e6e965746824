"""Round r36-works: works the model labels PERSON or cuts (docs/entity-handcheck.md, "Round
r36-works"): a film cut before its chart move, films rounding out a chart, a song written or
produced "for the <band>" and the first of "hits ... including", a director and his film glued
over a capital "For", films and shows after "the directors of" a nominee, a broadcaster before
a programme's kind and a title, a play after "his own play,"."""

from builders import raw_mentions

from factx.extract.entity_cut_titles import titles_cut_before_a_chart_move
from factx.extract.entity_listed_works import works_rounding_out_a_chart


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def test_a_film_cut_before_its_chart_move_is_whole(extractor):
    # `work at a box-office place by its takings` reads "fell two places to number four,
    # taking $8m"; `titles_cut_before_a_chart_move` grows "Taylor" back over "Coach".
    names = _entities(
        extractor,
        "Box office\n\nLast week's top film slipped to second place, while Coach Taylor fell two"
        " places to number four, taking $8m in its third week.",
    )
    assert names.get("Coach Taylor") == "WORK_OF_ART"
    assert "Taylor" not in names


def test_a_singer_at_a_chart_place_stays_a_person(extractor):
    # A full name with a common first name is no film ("people": false), and no run grows.
    names = _entities(
        extractor,
        "Chart\n\nThe singer climbed to number two, while Tom Jones fell two places to number"
        " nine, taking $2m.",
    )
    assert names["Tom Jones"] == "PERSON"


def test_the_chart_growth_needs_a_work_and_a_lower_case_word_before_the_run():
    text = "Rivals fell. Coach Taylor fell two places to number four, while Red Hale fell to No 9."
    mentions = raw_mentions(text, [("Taylor", "PERSON"), ("Hale", "PERSON")])
    for m in mentions:
        m.cue = "WORK_OF_ART"
    grown = titles_cut_before_a_chart_move(text, mentions)
    # "Coach" opens the sentence: no title's word is told from a sentence's first word there;
    # "Red" after "while" is the title's.
    assert [(m.text, m.label) for m in grown] == [("Taylor", "PERSON"), ("Red Hale", "WORK_OF_ART")]


def test_films_rounding_out_a_chart_are_works(extractor):
    names = _entities(
        extractor,
        "Box office\n\nRounding out the top ten were In Good Company - starring Dennis Hale and"
        " Scarlett Jones - Racing Hearts and Attack on Station 9.",
    )
    assert names["Racing Hearts"] == "WORK_OF_ART"
    assert names["Dennis Hale"] == "PERSON"
    assert names["Scarlett Jones"] == "PERSON"


def test_a_chart_list_leaves_its_stars_aside_and_acts_by_first_name():
    text = (
        "Rounding out the top five were Hot Sun - starring Rex Cole - Blue Boy and Tom Jones."
        " Later Red Sky won."
    )
    mentions = raw_mentions(
        text,
        [("Hot Sun", "ORG"), ("Rex Cole", "PERSON"), ("Blue Boy", "PERSON"),
         ("Tom Jones", "PERSON"), ("Red Sky", "PERSON")],
    )  # fmt: skip
    works_rounding_out_a_chart(text, mentions)
    assert [m.cue for m in mentions] == ["WORK_OF_ART", "", "WORK_OF_ART", "", ""]


def test_songs_written_or_produced_for_a_band_are_works(extractor):
    names = _entities(
        extractor,
        "Producer dies\n\nHe helped write Malibu for the Hollies, which was used in the movie"
        " Surf. He also produced Mr Sandman Man for the Kinks.",
    )
    assert names["Malibu"] == "WORK_OF_ART"
    assert names["Mr Sandman Man"] == "WORK_OF_ART"
    assert "Sandman Man" not in names


def test_a_person_or_a_paper_after_wrote_is_no_song(extractor):
    names = _entities(
        extractor,
        "Producer\n\nTom Hale produced Ray Davies for the Kinks album. He wrote the column for"
        " the Times.",
    )
    assert names["Tom Hale"] == "PERSON"
    assert all(label != "WORK_OF_ART" for label in names.values())


def test_a_director_and_his_film_glued_over_a_capital_for_are_two(extractor):
    names = _entities(
        extractor,
        "Film prize\n\nMike Leigh will compete for the British film prize with Shane Meadows for"
        " Dead Man's Shoes, Danny Boyle For Millions and Layer Cake director Matthew Vaughn.",
    )
    assert names["Danny Boyle"] == "PERSON"
    assert names["Millions"] == "WORK_OF_ART"
    assert "Danny Boyle For Millions" not in names


def test_a_slogan_with_a_capital_for_is_left_as_it_was(extractor):
    # No prize in the sentence: the name grows over its "For" as before.
    names = _entities(extractor, "Poll\n\nJohn Smith For Mayor was the slogan of the campaign.")
    assert "John Smith" not in names


def test_works_after_the_directors_of_nominees_are_works(extractor):
    names = _entities(
        extractor,
        "TV prize\n\nThe directors of Longford and Soundproof are among the nominees for a"
        " television movie.",
    )
    assert names["Longford"] == "WORK_OF_ART"
    assert names["Soundproof"] == "WORK_OF_ART"


def test_a_firms_directors_are_left_alone(extractor):
    names = _entities(extractor, "Board\n\nThe directors of Tesco are nominated by shareholders.")
    assert names["Tesco"] == "ORG"


def test_a_broadcaster_before_a_mini_series_is_the_broadcaster(extractor):
    names = _entities(
        extractor,
        "Actor\n\nHe later starred in ITV mini-series The Forsytes and in BBC drama Bleak House.",
    )
    assert names["ITV"] == "ORG"
    assert names["BBC"] == "ORG"
    assert names["Bleak House"] == "WORK_OF_ART"


def test_a_play_after_his_own_play_and_a_comma_is_a_work(extractor):
    names = _entities(
        extractor, "Actor\n\nHe adapted the film from his own play, Purlie Victorious."
    )
    assert names["Purlie Victorious"] == "WORK_OF_ART"


def test_a_song_after_hits_in_the_uk_including_is_a_work(extractor):
    names = _entities(
        extractor,
        "Band\n\nThe band formed in the early 1980s and scored six hits in the UK, including Girls"
        " Girls Girls in 1987. They are on tour.",
    )
    assert names["Girls Girls Girls"] == "WORK_OF_ART"


def test_a_song_after_the_words_to_is_a_work(extractor):
    names = _entities(
        extractor,
        "Song\n\nAt least it was not a dull one. Everybody knows the words to Hotel Rhapsody,"
        " Common People, etc. He read the words of Churchill aloud.",
    )
    assert names["Hotel Rhapsody"] == "WORK_OF_ART"
    assert names["Churchill"] != "WORK_OF_ART"  # a speaker's words


def test_a_work_after_a_nominees_comma_and_for_is_a_work(extractor):
    # `work of a nominee` with the comma an award's list may put before "for".
    names = _entities(
        extractor,
        "Theatre\n\nThe best designer nominees are Hilda Becker, for Iphigenia, and the others.",
    )
    assert names["Iphigenia"] == "WORK_OF_ART"
    assert names["Hilda Becker"] == "PERSON"


def test_a_players_club_after_a_comma_and_for_is_left_alone(extractor):
    names = _entities(
        extractor,
        "Awards\n\nThe nominees include striker Kevin Davies, for Bolton, and the season's best.",
    )
    assert names.get("Bolton") != "WORK_OF_ART"
