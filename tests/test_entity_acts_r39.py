"""Round r39-acts: bands, albums, books and performers in entertainment news (seeds 93-96's
"Rules these errors suggest"); each sentence is this round's own."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {m.text: f.label for f in record.facts if f.type == "entity" for m in f.mentions}


def _all_labels(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


def test_a_full_name_after_as_well_as_before_have_stays_a_person(extractor):
    # "band as a plural": "as well as" is the list's, as "and" is (factx's own `Tom Cruise` ORG).
    found = _labels(
        extractor,
        "Scam\n\nTennis player Anna Kournikova, popstars Britney Spears and Avril Lavigne as"
        " well as Tom Cruise have all been used in the past.",
    )
    assert found.get("Tom Cruise") == "PERSON"


def test_a_band_before_a_plural_verb_is_still_a_band(extractor):
    found = _labels(
        extractor, "Music\n\nThe festival was a triumph. Massive Attack were the best act."
    )
    assert found.get("Massive Attack") == "ORG"


def test_an_album_after_the_follow_up_without_its_hyphen_is_a_work(extractor):
    # "record after its kind and a comma": the model's `Portishead` PERSON.
    found = _labels(
        extractor,
        "Music\n\nThe follow up, Portishead, was released three years later. The band toured.",
    )
    assert found.get("Portishead") == "WORK_OF_ART"


def test_a_critics_favourite_is_a_work(extractor):
    # "work as a critics' favourite": the model's `Dummy` PERSON.
    found = _labels(extractor, "Music\n\nDummy was a critics' favourite in 1994.")
    assert found.get("Dummy") == "WORK_OF_ART"


def test_a_person_named_in_full_as_a_critics_favourite_stays(extractor):
    found = _labels(
        extractor, "Film\n\nThe actor Tom Hanks was a critics' favourite in 1994, they said."
    )
    assert found.get("Tom Hanks") == "PERSON"


def test_two_titles_before_followed_are_two_works(extractor):
    # "works that followed": the model glues `The Last Word and In Deep Water`.
    found = _labels(
        extractor,
        "Books\n\nMarsh's first novel, Deadline Nine, appeared in 1960. The Last Word and In Deep"
        " Water followed, both achieving a popular following.",
    )
    assert found.get("Last Word") == "WORK_OF_ART"
    assert found.get("In Deep Water") == "WORK_OF_ART"


def test_a_title_holding_and_with_a_lone_side_before_followed_stays_whole(extractor):
    found = _labels(
        extractor,
        "Books\n\nHis first novel appeared in 1960. The novel War and Peace followed, a success.",
    )
    assert found.get("War and Peace") == "WORK_OF_ART"


def test_a_title_holding_and_the_before_followed_stays_whole(extractor):
    found = _labels(
        extractor,
        "Books\n\nHis first novel appeared in 1960. The book Harry Potter and the Goblet of Fire"
        " followed, a success.",
    )
    assert found.get("Harry Potter and the Goblet of Fire") == "WORK_OF_ART"


def test_a_work_dated_after_not_until_is_a_work(extractor):
    # "work dated in a career's turn": the model's `Harbour` PERSON.
    found = _labels(
        extractor,
        "Books\n\nBut it was not until Harbour, in 1970, that Hollywood came calling. The hit"
        " novel took four years to write.",
    )
    assert found.get("Harbour") == "WORK_OF_ART"


def test_a_person_after_not_until_without_a_year_stays(extractor):
    found = _labels(
        extractor, "Politics\n\nIt was not until Gordon Brown spoke that the crowd calmed down."
    )
    assert found.get("Gordon Brown") == "PERSON"


def test_a_band_after_play_alongside_is_a_band(extractor):
    # `bands.list_cues` "play alongside": the model's `Massive Attack` PERSON.
    found = _labels(
        extractor,
        "Music\n\nPortishead will play alongside Massive Attack at the appeal concert. The"
        " band's new album is out.",
    )
    assert found.get("Massive Attack") == "ORG"


def test_a_player_after_play_alongside_in_sport_stays(extractor):
    found = _labels(
        extractor,
        "Football\n\nThe striker will play alongside Wayne Rooney at Old Trafford next season.",
    )
    assert found.get("Wayne Rooney") == "PERSON"


def test_a_plural_band_after_a_rappers_name_and_is_a_band(extractor):
    # The rapper's cue holds for no "the <Plural>" joined to him: the model's `Stereophonics`
    # NORP, the cue PERSON kept `entity_bands.plural_bands` off it.
    found = _labels(
        extractor,
        "Radio\n\nRoss will be plumping for chart success from rapper Verbalicious and the"
        " Kooks on Sunday. The band's new album is out.",
    )
    assert found.get("the Kooks") == "ORG"


def test_a_plural_band_after_a_singers_name_and_is_a_band_outside_music_news(extractor):
    # `_CALLING_AND`: one music word only, the model's `Kooks` LOC.
    found = _labels(
        extractor,
        "Radio\n\nRoss will be plumping for chart success from singer Jamelia and the Kooks on"
        " Sunday.",
    )
    assert found.get("the Kooks") == "ORG"


def test_a_people_after_a_singers_name_and_stays_outside_music_news(extractor):
    found = _labels(
        extractor, "Politics\n\nThe minister met singer Bono and the Irish on Sunday in Dublin."
    )
    assert found.get("the Irish") != "ORG"


def test_a_name_with_its_bang_inside_a_sentence_is_a_band(extractor):
    # "coined name with its bang inside a sentence", and `town_of_an_event` reads no end of a
    # sentence at "! through": the model's `Yazoo` GPE.
    found = _all_labels(
        extractor,
        "Music\n\nVince Clarke spoke of everything from his days in Yazoo! through to more recent"
        " events. His early days in Yazoo! were happy.",
    )
    assert [label for text, label in found if text == "Yazoo"] == ["ORG", "ORG"]


def test_a_place_before_a_bang_that_ends_the_sentence_stays(extractor):
    found = _labels(extractor, "Travel\n\nShe said she had a wonderful time in Paris! It rained.")
    assert found.get("Paris") == "GPE"


def test_names_after_backing_singers_are_people(extractor):
    # "people listed after their calling": the model's `Fanta` GPE.
    found = _labels(
        extractor,
        "Music\n\nThe star will appear with backing singers Fanta and Shirley at the concert.",
    )
    assert found.get("Fanta") == "PERSON"
    assert found.get("Shirley") == "PERSON"


def test_a_family_after_of_is_the_family(extractor):
    # `entity_bands.families` after "of", and a surname's plural in "es": the model's
    # `Adamses` FAC.
    found = _labels(
        extractor,
        "Fame\n\nFans of Victoria Adams are curious. Experts warned that the private life of the"
        " Adamses might lead some into trouble.",
    )
    assert found.get("the Adamses") == "PERSON"


def test_a_band_after_of_with_no_member_of_its_name_stays_a_band(extractor):
    found = _labels(
        extractor,
        "Music\n\nFans of the Smiths are curious. The band's album is out. John Lennon sang.",
    )
    assert found.get("the Smiths") == "ORG"


def test_a_band_among_performers_after_performances_from_is_a_band(extractor):
    # `bands.list_cues` "performances from": the model's `Keane` PERSON; the singers stay.
    found = _labels(
        extractor,
        "Music\n\nThe show will also feature performances from Madonna, Keane and Elton John."
        " The band's album is out.",
    )
    assert found.get("Keane") == "ORG"
    assert found.get("Madonna") == "PERSON"
    assert found.get("Elton John") == "PERSON"


def test_singers_by_first_name_after_performances_by_stay_people(extractor):
    found = _labels(
        extractor,
        "Music\n\nThe night featured performances by Sherry and Dee. The band's album is out.",
    )
    assert found.get("Sherry") == "PERSON"
    assert found.get("Dee") == "PERSON"
