"""Round r47-press: publications, films and shows, and prizes the model reads as people, places,
bodies or ceremonies (sentences of my own)."""

from entity_reading import label_by_name


def test_a_publication_by_its_kinds_last_word_is_an_organisation(extractor):
    # The model reads the foreign title as a person's name.
    found = label_by_name(extractor, "Shares rose. A report in Boersen Zeitung said so.")
    assert found.get("Boersen Zeitung") == "ORG"
    found = label_by_name(extractor, "Profits doubled, Wirtschafts Magazin reported on Monday.")
    assert found.get("Wirtschafts Magazin") == "ORG"


def test_a_publication_a_speaker_is_quoted_by_is_an_organisation(extractor):
    # No periodical's word in the title: the quoting verb says the outlet.
    text = "The minister was quoted as saying by Austria's Kurier Heute that taxes would rise."
    assert label_by_name(extractor, text).get("Kurier Heute") == "ORG"


def test_a_person_with_a_first_name_and_a_papers_word_stays_a_person(extractor):
    found = label_by_name(extractor, "Ian Post scored twice for the visitors on Saturday.")
    assert found.get("Ian Post") == "PERSON"
    found = label_by_name(
        extractor, "Anshuman Magazine, managing director, of CB Richard Ellis said rents rose."
    )
    assert found.get("Anshuman Magazine") == "PERSON"


def test_a_publication_a_speaker_told_before_its_kind_is_an_organisation(extractor):
    # "Gala" is a common first name; "told ... magazine" says the outlet.
    found = label_by_name(extractor, "The actress told Gala Bunte magazine that she would marry.")
    assert found.get("Gala Bunte") == "ORG"


def test_a_name_told_before_a_journalists_noun_is_left_to_the_model(extractor):
    found = label_by_name(extractor, "He told Tina Brown, a magazine editor, that he would stay.")
    assert found.get("Tina Brown") == "PERSON"


def test_a_title_before_star_and_a_full_name_in_a_screen_story_is_a_work(extractor):
    text = (
        "The comedy series returns to television next month. Nighty Night star Julia Davis "
        "will write it. Nighty Night was a hit on TV."
    )
    found = label_by_name(extractor, text)
    assert found.get("Nighty Night") == "WORK_OF_ART"
    assert found.get("Julia Davis") == "PERSON"


def test_a_title_read_as_a_place_before_star_is_a_work(extractor):
    text = (
        "The film is a drama. Sunset Boulevard star Gloria Swanson was in the film, the best "
        "film of its year."
    )
    assert label_by_name(extractor, text).get("Sunset Boulevard") == "WORK_OF_ART"


def test_a_place_a_side_or_a_band_before_star_is_left_alone(extractor):
    text = "The show on TV was a film about Hollywood. Hollywood star Tom Hanks is in the film."
    assert label_by_name(extractor, text).get("Hollywood") == "GPE"
    text = "The film was a drama on TV. UK star Kate Winslet was in the film."
    assert label_by_name(extractor, text).get("United Kingdom") == "GPE"
    text = "Chelsea star Frank Lampard scored twice. The club's manager was pleased."
    assert label_by_name(extractor, text).get("Chelsea") != "WORK_OF_ART"
    text = (
        "The band's new album is out. Westlife star Brian McFadden will tour with the band. "
        "Their single is in the chart, and a film of the tour is on TV."
    )
    assert label_by_name(extractor, text).get("Westlife") != "WORK_OF_ART"
    text = (
        "The film is a drama about football, out on TV in May. Arsenal star Thierry Henry "
        "scored twice in it."
    )
    assert label_by_name(extractor, text).get("Arsenal") != "WORK_OF_ART"


def test_a_film_after_the_prize_it_was_up_for_is_a_work(extractor):
    found = label_by_name(extractor, "Daniel Auteuil starred in the Oscar-nominated Vera Drake.")
    assert found.get("Vera Drake") == "WORK_OF_ART"
    found = label_by_name(
        extractor, "The French actor had a cameo in the Oscar-nominated Alice Grey last year."
    )
    assert found.get("Alice Grey") == "WORK_OF_ART"


def test_a_person_after_the_prize_or_a_role_in_the_is_left_alone(extractor):
    text = (
        "Clive Owen won the award. Celebrating his win, the Oscar-nominated Owen told "
        "reporters he was happy."
    )
    assert label_by_name(extractor, text).get("Clive Owen") == "PERSON"
    found = label_by_name(extractor, "He had a key role in the Conservative party.")
    assert found.get("Conservative") != "WORK_OF_ART"
    found = label_by_name(extractor, "The firm showed the award-winning Rover 75 car.")
    assert found.get("Rover 75") != "WORK_OF_ART"


def test_an_awards_plural_after_a_count_is_the_prizes(extractor):
    found = label_by_name(
        extractor, "She won a Grammy in 2001 and two further Grammys in later years."
    )
    assert found.get("Grammys") == "WORK_OF_ART"


def test_an_awards_plural_at_its_ceremony_stays_the_event(extractor):
    found = label_by_name(extractor, "The singer will attend the Grammys next month.")
    assert found.get("Grammys") == "EVENT"
    found = label_by_name(extractor, "This year's Oscars will be handed out in Los Angeles.")
    assert found.get("Oscars") == "EVENT"


def test_a_show_after_its_rhythm_and_kind_is_a_work_with_its_other_mentions(extractor):
    text = "The weekly show Wild Nights returns in May. Wild Nights drew five million viewers."
    assert label_by_name(extractor, text).get("Wild Nights") == "WORK_OF_ART"


def test_the_shows_host_is_left_a_person(extractor):
    found = label_by_name(extractor, "The show's host Dan Miller said he was delighted.")
    assert found.get("Dan Miller") == "PERSON"
