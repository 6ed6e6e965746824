"""Round r52c-acts: well-known music acts by a curated list (data `bands.known_acts`,
`bands.known_word_acts`, `bands.known_place_acts`; factx/extract/entity_known_acts.py). Sentences
of my own: a band among singers with nothing to tell it by, an invented name in a story of any
kind, a word's name in a music story; and what the lists leave alone."""

from entity_reading import label_by_name

# `invented_acts`: a name no person, place or word shares, the act anywhere.


def test_an_invented_band_among_singers_is_the_band(extractor):
    found = label_by_name(
        extractor,
        "Elton John, Metallica, Kylie Minogue and Tom Jones are among the stars expected at the "
        "London charity night.",
    )
    assert found.get("Metallica") == "ORG"
    assert found.get("Tom Jones") == "PERSON"


def test_an_invented_band_alone_in_a_business_story_is_the_band(extractor):
    found = label_by_name(
        extractor,
        "Shares in the games firm rose after it said Kraftwerk would license the tune for its "
        "next console title.",
    )
    assert found.get("Kraftwerk") == "ORG"


# `word_acts`: a name that is a word or a place, the act in a music story only.


def test_a_word_named_band_in_a_music_story_is_the_band(extractor):
    found = label_by_name(
        extractor,
        "Nirvana's second album sold millions. The band's singer wrote every song on it.",
    )
    assert found.get("Nirvana") == "ORG"


def test_a_word_named_act_outside_a_music_story_is_left_alone(extractor):
    found = label_by_name(
        extractor, "The monks reached Nirvana, they said, after forty days in the mountains."
    )
    assert found.get("Nirvana") != "ORG"


def test_a_place_named_band_keeps_its_place_in_a_music_story(extractor):
    found = label_by_name(
        extractor,
        "The band's tour reaches Chicago in May, and the singer said the new album's songs "
        "were written there.",
    )
    assert found.get("Chicago") == "GPE"


def test_a_surname_of_a_person_named_in_full_stays_the_person(extractor):
    found = label_by_name(
        extractor,
        "Producer Dave Travis worked on the album. Travis said the songs took a year and the "
        "band was happy.",
    )
    assert found.get("Dave Travis") == "PERSON"
    assert found.get("Travis", "PERSON") == "PERSON"


def test_a_solo_singer_is_no_act_of_the_lists(extractor):
    found = label_by_name(
        extractor,
        "Madonna, Sting and Coldplay were among the acts. The singer's new album is out in May.",
    )
    assert found.get("Madonna") == "PERSON"


def test_an_invented_band_read_as_a_work_in_a_list_is_the_band(extractor):
    found = label_by_name(
        extractor,
        "The charity record will feature Tom Jones, Shirley Bassey and the Bee Gees, its "
        "producer said.",
    )
    assert found.get("Bee Gees") == "ORG"


def test_a_band_after_its_album_word_stays_as_the_model_reads_it(extractor):
    found = label_by_name(extractor, 'Critics loved the album "Coldplay" when it came out.')
    assert found.get("Coldplay") != "PERSON"


# `missed_acts`: an invented name the model left untagged, added where music is spoken of.


def test_a_missed_band_in_a_music_story_is_added(extractor):
    found = label_by_name(
        extractor,
        "The awards show will feature performances from Kasabian, Happy Mondays, Joss Stone "
        "and Jamie Cullum. The band's new album is out next week.",
    )
    assert found.get("Happy Mondays") == "ORG"
    assert found.get("Jamie Cullum") == "PERSON"


def test_a_known_act_added_in_a_list_leaves_a_two_word_singer_a_person(extractor):
    found = label_by_name(
        extractor,
        "The show will also feature performances from U2, Green Day, Alicia Keys and Kanye "
        "West. The band's new album is out.",
    )
    assert found.get("Green Day") == "ORG"
    assert found.get("Kanye West") == "PERSON"


def _added_names(text):
    """The names `missed_acts` adds to a text of one paragraph with no mention of the model's."""
    from types import SimpleNamespace

    from factx.extract.entities import RawMention
    from factx.extract.entity_known_acts import missed_acts

    layout = SimpleNamespace(offset=0, end=len(text))

    def add(text, layout, start, end, label, cue):
        return RawMention(text[start:end], start, end, label, 0, 0, False, cue=cue)

    return [m.text for m in missed_acts(text, [], [layout], add)]


def test_a_known_name_outside_music_is_not_added():
    assert _added_names("The firm said its Motorhead engines had stalled in the cold.") == []


def test_a_known_name_among_acts_is_added():
    assert _added_names("The stars on the bill include Motorhead and Slade.") == ["Motorhead"]
