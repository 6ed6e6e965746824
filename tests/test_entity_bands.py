"""A band named with its own "the" and a plural, in an article about music, is an
organisation (entity_bands)."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {m.text: f.label for f in record.facts if f.type == "entity" for m in f.mentions}


def test_a_plural_with_its_the_in_a_music_story_is_a_band(extractor):
    found = _labels(
        extractor,
        "Charity single\n\nSingers from the Hollies, America and the Eagles will sing on the"
        " charity song, the band's manager said. The album sold well, and the Stereophonics"
        " played the gig.",
    )
    assert found["the Eagles"] == "ORG"  # the model's GPE
    assert found["the Stereophonics"] == "ORG"  # the model's NORP


def test_places_stay_places_in_a_music_story(extractor):
    found = _labels(
        extractor,
        "Holiday news\n\nThe family flew to the Maldives and then to the Bahamas. Their band"
        " played two songs there.",
    )
    assert found["the Maldives"] == "GPE"
    assert found["the Bahamas"] == "GPE"


def test_a_name_before_its_members_full_name_in_a_music_story_is_a_band(extractor):
    # band before its member (r33-bands): the model reads "Deep Purple" as a person.
    found = _labels(
        extractor,
        "Drummer returns to the stage\n\nThe Tornadoes' drummer sat in with Deep Purple's Ian"
        " Paice at the gig on Friday. The band's new album is out in May.",
    )
    assert found["Deep Purple"] == "ORG"
    assert found["Ian Paice"] == "PERSON"


def test_a_persons_name_before_another_person_stays_a_person(extractor):
    # band before its member: not a name of a first name's shape, nor a surname of a person
    # named in full ("Jackson's" after "Michael Jackson").
    found = _labels(
        extractor,
        "Pop star weds\n\nThe singer Michael Jackson toured with his band and sang on the album."
        " Jackson's Lisa Marie Presley was at the gig.",
    )
    assert found["Jackson"] == "PERSON"
    assert found["Michael Jackson"] == "PERSON"
