"""Round r45c-works: a song's or a film's title that opens with a rank's word ("Judge", "Lord",
"Mr") after "a song called" or before "film soundtrack" is the work whole, never a person cut
from the rank."""

from entity_reading import mention_labels


def test_a_song_called_a_rank_and_a_name_is_the_song_whole(extractor):
    # Seed 144's entertainment/244, "a song called Judge Y'Self": `Y'Self` PERSON.
    found = mention_labels(
        extractor,
        "Band news\n\nThe band recorded a song called Judge Jury in Cardiff last year.",
    )
    assert ("Judge Jury", "WORK_OF_ART") in found
    assert ("Jury", "PERSON") not in found


def test_a_single_titled_after_its_owner_keeps_its_rank(extractor):
    found = mention_labels(
        extractor,
        "Singer news\n\nHer new single titled Lord Grey is out in May.",
    )
    assert ("Lord Grey", "WORK_OF_ART") in found
    assert ("Grey", "PERSON") not in found


def test_a_rank_and_a_name_before_film_soundtrack_is_the_film(extractor):
    # Seed 144's entertainment/244, "for the Judge Dredd film soundtrack": `Dredd` PERSON.
    found = mention_labels(
        extractor,
        "Band news\n\nThe song was used for the Judge Dredd film soundtrack in 1995.",
    )
    assert ("Judge Dredd", "WORK_OF_ART") in found
    assert ("Dredd", "PERSON") not in found


def test_a_judge_or_a_lord_in_running_text_stays_a_person(extractor):
    found = mention_labels(
        extractor,
        "Court news\n\nThe judge, Lord Smith, said the song was poor. Judge Brown agreed with the"
        " film's makers.",
    )
    assert ("Lord Smith", "WORK_OF_ART") not in found
    assert ("Judge Brown", "WORK_OF_ART") not in found
    assert ("Brown", "WORK_OF_ART") not in found


def test_a_song_called_a_plain_name_is_left_to_the_cue(extractor):
    # No rank: the cue "work called, its kind a few words back" reads it; the run is not taken.
    found = mention_labels(
        extractor,
        "Band news\n\nThe band sang a song called Cardiff Afterlife at the gig.",
    )
    assert ("Cardiff Afterlife", "PERSON") not in found


def test_a_titles_own_small_words_before_a_lower_case_word_stay_in_it(extractor):
    found = mention_labels(
        extractor,
        "Band news\n\nThey sang a song called Doctor in the House at the gig.",
    )
    assert ("Doctor", "WORK_OF_ART") not in found
