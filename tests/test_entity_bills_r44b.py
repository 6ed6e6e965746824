"""Round r44b-bills: a festival's bill parted into its acts ("headliners", "line-up
alongside", "Other bands ... include"), "<Word> in the Park" one festival, and a song after a
singing's words or a chart place's "with" a work."""

from entity_reading import mention_labels

_BILL = (
    "Festival adds rock acts\n\nRock veterans Oasis have joined the Rock in the Park line-up"
    " alongside Embrace and Keane Street. The band's new album is out in May and the singer said"
    " the gig would be huge. They will be joining main stage headliners Razorlight and Kaiser"
    " Chiefs. Other bands at the sold-out festival include The Coral, Doves and Snow Patrol."
)


def test_headliners_glued_at_their_and_are_two_bands(extractor):
    # Seed 138's "joining main stage headliners Kaiser Chiefs and Bloc Party", one ORG.
    found = mention_labels(extractor, _BILL)
    assert ("Razorlight", "ORG") in found
    assert ("Kaiser Chiefs", "ORG") in found
    assert not any(" and " in text for text, _ in found)


def test_other_bands_at_the_festival_are_acts(extractor):
    # Seed 138's "Other bands at the sold-out festival include ..., The Zutons and Snow Patrol",
    # both missed.
    found = mention_labels(
        extractor,
        "Festival adds acts\n\nThe band's new album is out in May and the singer said the gig"
        " would be huge. Other bands at the sold-out festival include Doves, The Zutons, Elbow"
        " and Snow Patrol.",
    )
    assert ("Snow Patrol", "ORG") in found
    assert ("The Zutons", "ORG") in found
    assert ("Elbow", "ORG") in found


def test_a_line_up_alongside_lists_acts(extractor):
    found = mention_labels(extractor, _BILL)
    assert ("Keane Street", "ORG") in found


def test_word_in_the_park_is_one_festival(extractor):
    # Seed 138's `Park` LOC of "the Rock in the Park line-up"; the even half's "crowds at
    # Glastonbury, T in the Park and Reading/Leeds", missed.
    found = mention_labels(extractor, _BILL)
    assert ("Rock in the Park", "EVENT") in found
    assert ("Park", "LOC") not in found
    found = mention_labels(
        extractor,
        "Band on tour\n\nThe festival season starts soon. They have played to huge crowds at"
        " Glastonbury, T in the Park and Reading.",
    )
    assert ("T in the Park", "EVENT") in found


def test_in_the_park_outside_a_festival_story_is_left_alone(extractor):
    found = mention_labels(
        extractor,
        "Musical revived\n\nThe theatre will stage Sunday in the Park with George next spring.",
    )
    assert ("Sunday in the Park", "EVENT") not in found


def test_a_bill_outside_music_news_is_left_alone(extractor):
    found = mention_labels(
        extractor,
        "Party conference\n\nOther groups at the conference include Friends of the Earth and"
        " Greenpeace Scotland.",
    )
    assert ("Friends", "ORG") not in found


def test_a_song_sung_is_a_work(extractor):
    # The even half's "dedicated a rendition of Georgia on My Mind" (`Georgia` GPE), seed
    # 133's `Auld Lang Syne` PERSON.
    found = mention_labels(
        extractor,
        "Star sings for friends\n\nThe singer dedicated a rendition of Georgia on My Mind to"
        " old friends. Later the crowd sang Auld Lang Syne as the clock struck twelve.",
    )
    assert ("Georgia on My Mind", "WORK_OF_ART") in found
    assert ("Auld Lang Syne", "WORK_OF_ART") in found
    assert ("Georgia", "GPE") not in found


def test_a_record_an_act_went_into_the_chart_with_is_a_work(extractor):
    # Seed 137's "Pet Shop Boys entered the chart at four with Heart" (`Heart` ORG).
    found = mention_labels(
        extractor,
        "Chart return\n\nPet Shop Boys entered the chart at four with Heart, their first hit"
        " in years.",
    )
    assert ("Heart", "WORK_OF_ART") in found


def test_a_singer_or_an_acts_possessive_after_a_singing_word_is_left_alone(extractor):
    found = mention_labels(
        extractor,
        "Gala night\n\nThe show included a rendition of The Beatles' Across The Universe by"
        " Bono. Fans were singing Elton John's praises.",
    )
    assert ("Elton John", "PERSON") in found
    assert ("Elton John", "WORK_OF_ART") not in found


def test_a_ranking_with_a_player_is_no_song(extractor):
    found = mention_labels(
        extractor,
        "Table\n\nLiverpool climbed to number five with Steven Gerrard scoring twice.",
    )
    assert ("Steven Gerrard", "WORK_OF_ART") not in found
