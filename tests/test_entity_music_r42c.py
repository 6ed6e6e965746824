"""Round r42c-music: acts in a producer's list ("the <Plural> and the <Plural>" one act, "the
<Plural>" after "for|by|with" a band, a short first name before a surname), a song after "hits
such as" whole across its own repeated comma, and a firm after "record company"."""

from entity_reading import mention_labels

_PRODUCER = (
    "Record producer dies aged 62\n\nThe music producer Jim Walsh, who was behind hits by the"
    " Eagles, Ry Cooder and the Kinks, has died. He joined a record label as a producer in the"
    " mid-1960s, and also worked with Neil Diamond and the Angels and the Demons. He helped"
    " write Surfin for the Beach Boys, which was used in the movie Cocktail. He also produced"
    " the album for the Hollies, as well as other hits such as Go, Go Go. He died on Friday."
    " His new single was released on Monday and the album tops the chart."
)


def test_two_plurals_with_their_own_the_are_one_act(extractor):
    # Seed 125's shape (`Mamas` ORG and `Papas` ORG): `Angels` and `Demons` apart at the base,
    # and `Neil Diamond` ORG.
    found = mention_labels(extractor, _PRODUCER)
    assert ("Angels and the Demons", "ORG") in found
    assert ("Neil Diamond", "PERSON") in found
    assert not any(text in ("the Angels", "Angels", "the Demons", "Demons") for text, _ in found)


def test_a_plural_after_for_or_by_is_a_band(extractor):
    # Seed 125's `Eagles` and `Beach Boys` missed at the base.
    found = mention_labels(extractor, _PRODUCER)
    assert ("the Eagles", "ORG") in found
    assert ("the Beach Boys", "ORG") in found
    assert ("the Hollies", "ORG") in found


def test_a_short_first_name_stays_with_its_surname(extractor):
    # Seed 125's `Cooder` PERSON cut from "Ry Cooder".
    found = mention_labels(extractor, _PRODUCER)
    assert ("Ry Cooder", "PERSON") in found
    assert ("Cooder", "PERSON") not in found


def test_a_song_repeating_its_word_across_a_comma_is_whole(extractor):
    # Seed 125's `Turn Turn` ORG for "Turn, Turn Turn": `Go` and `Go Go` apart at the base.
    found = mention_labels(extractor, _PRODUCER)
    assert ("Go, Go Go", "WORK_OF_ART") in found


def test_a_list_of_songs_stays_apart(extractor):
    found = mention_labels(
        extractor,
        "Beatles news\n\nThe band's new album is out. Fans bought singles such as Help, Yesterday"
        " and Let It Be.",
    )
    assert ("Help", "WORK_OF_ART") in found
    assert ("Yesterday", "WORK_OF_ART") in found
    assert not any(text.startswith("Help,") for text, _ in found)


def test_a_firm_after_record_company_is_an_organisation(extractor):
    # Seed 125's `SonyBMG` missed ("Record company SonyBMG are releasing").
    found = mention_labels(
        extractor,
        "Elvis singles return\n\nRecord company WarnerEMI are releasing the singles at the rate"
        " of one a week in Britain.",
    )
    assert ("WarnerEMI", "ORG") in found


def test_prizes_and_titles_after_by_are_no_bands(extractor):
    found = mention_labels(
        extractor,
        "Singer wins again\n\nThe singer was honoured by the Brits and praised by the Tories."
        " Her new album and single sold well, and she thanked Mr Smith and Dr Jones.",
    )
    assert ("the Brits", "ORG") not in found
    assert not any(text in ("Mr Smith", "Dr Jones") and label == "ORG" for text, label in found)


def test_a_title_before_a_surname_is_no_first_name(extractor):
    found = mention_labels(
        extractor,
        "Singer's comeback\n\nThe new album was produced with Mr Cooder and mixed by Dr Walsh."
        " The single is out on Monday.",
    )
    assert not any(text in ("Mr Cooder", "Dr Walsh") for text, _ in found)
