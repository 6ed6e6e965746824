"""Round r46-works: works the model reads as people, by the book's words before "<Title> by
<Author>" and by a plural kind of work before "such as", "like" or "including"."""

from entity_reading import label_by_name


def test_a_title_by_its_author_after_a_book_word_is_a_work(extractor):
    # The model reads a two-word title before "by <First> <Last>" as a person's name.
    found = label_by_name(
        extractor, "The book award went to Paper Lanterns by Clara Hughes, a tale of two cities."
    )
    assert found["Paper Lanterns"] == "WORK_OF_ART"
    assert found["Clara Hughes"] == "PERSON"
    found = label_by_name(extractor, "Also on the shortlist is Cloud Lanterns by Andrea Levy.")
    assert found["Cloud Lanterns"] == "WORK_OF_ART"


def test_a_life_by_its_author_and_a_person_by_another_are_left_alone(extractor):
    # The subject of a biography is a person; with no book word before, "by" follows anyone.
    found = label_by_name(extractor, "He has read a biography of Churchill by Roy Jenkins.")
    assert found["Churchill"] == "PERSON"
    found = label_by_name(extractor, "The novel sold well. Henman was praised by Tim Phillips.")
    assert found["Henman"] == "PERSON"


def test_a_name_after_a_plural_kind_of_work_is_a_work(extractor):
    # The brief's "many histories, including Tudor England" (`Tudor England` PERSON).
    found = label_by_name(extractor, "She has written many histories, including Tudor England.")
    assert found["Tudor England"] == "WORK_OF_ART"
    found = label_by_name(
        extractor, "The shop sold bestsellers such as Silver Harbour and Moon Patrol."
    )
    assert found["Silver Harbour"] == "WORK_OF_ART"
    assert found["Moon Patrol"] == "WORK_OF_ART"


def test_a_person_after_other_plural_words_is_left_alone(extractor):
    # "biographies" and "stories" are not kinds the rule reads: their names are their subjects.
    found = label_by_name(
        extractor, "He wrote several biographies, including Winston Churchill and Clement Attlee."
    )
    assert found["Winston Churchill"] == "PERSON"
    assert found["Clement Attlee"] == "PERSON"


def test_a_song_after_a_songs_kind_or_a_singers_verb_is_a_work(extractor):
    # The brief's "singing Auld Lang Syne" shape, with the kinds and verbs the older cues lack.
    for sentence in (
        "The band played the ballad Danny Boy.",
        "The fans sang along to Sweet Caroline as the players left.",
        "The crowd hummed Danny Boy while they waited.",
        "Danny Boy was sung by the choir at the funeral.",
    ):
        found = label_by_name(extractor, sentence)
        song = "Sweet Caroline" if "Sweet" in sentence else "Danny Boy"
        assert found[song] == "WORK_OF_ART", sentence


def test_a_person_beside_a_singers_words_is_left_alone(extractor):
    # A singer who hums or whistles, and a person a song is sung for, stay people.
    found = label_by_name(extractor, "Tom Hale hummed quietly while the choir sang.")
    assert found["Tom Hale"] == "PERSON"
    found = label_by_name(extractor, "The ballad was sung for Tom Hale at the funeral.")
    assert found["Tom Hale"] == "PERSON"


def test_a_title_opening_with_a_capital_a_inside_a_sentence_is_a_work(extractor):
    # The model drops the title's "A" and reads the rest as a person.
    found = label_by_name(
        extractor, "The picture will be directed by A Lonely Heart's Tom Hale next spring."
    )
    assert found["A Lonely Heart"] == "WORK_OF_ART"
    assert found["Tom Hale"] == "PERSON"
    found = label_by_name(
        extractor, "The sequel will be produced by A Quiet Heart's Peter Jackson next year."
    )
    assert found["A Quiet Heart"] == "WORK_OF_ART"


def test_initials_on_a_team_sheet_are_left_alone(extractor):
    # A player's initial "A" is no title's article: no work's word stands in the sentence.
    # Round r52b-teams: the sheet's "A" is the player's initial (`entity_bare_sheet_initials`),
    # so the player is "A Masi", a person, and no work.
    found = label_by_name(extractor, "Italy: R Smith, A Masi, L Nitoglia, A Troncon.")
    assert found["A Masi"] == "PERSON"
    assert "WORK_OF_ART" not in found.values()
