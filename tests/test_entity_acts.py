"""Music stories: a band's doubled or "and the" name whole (entity_acts), bands listed on a
concert's bill (entity_bands.listed_bands), kinds of music (entity_non_names.genre), two names
glued across "was" (copula_sides), a country's name as a record's title and a song sung
(entity_songs.record_countries, the cue "song sung or performed")."""


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


def test_a_doubled_word_in_a_music_story_is_one_band(extractor):
    found = _mentions(
        extractor,
        "New band signed\n\nThe quartet sound like a cross between Talk Talk and Duran Duran,"
        " their label said after the gig. The band's first album is out in May.",
    )
    assert ("Duran Duran", "ORG") in found  # the model's `Duran` GPE twice
    assert not any(text == "Duran" for text, _ in found)


def test_a_name_and_the_plural_last_in_a_list_is_one_band(extractor):
    found = _mentions(
        extractor,
        "Festival line-up\n\nThe singer has toured with bands including Keane, Athlete and Fred"
        " and the Lanterns, the festival said. Their new album is out in June.",
    )
    assert ("Fred and the Lanterns", "ORG") in found
    assert not any(text in ("Fred", "the Lanterns") for text, _ in found)


def test_a_name_and_the_plural_without_the_list_s_and_stays_two(extractor):
    found = _mentions(
        extractor,
        "Chart tips\n\nThe DJ will back the rapper Verbalicious and the Stereophonics this week,"
        " and the band's new single is out on Monday. The singer plays a gig in Leeds.",
    )
    assert not any(text.endswith("and the Stereophonics") for text, _ in found)


def test_bands_listed_on_a_bill_are_no_people_but_a_first_name_is(extractor):
    found = _mentions(
        extractor,
        "Festival bill\n\nThe headliners were followed by Arcade Fire, Kasabian and Amy Winehouse"
        " on the main stage. Supporting acts include Simple Minds, the festival's singer said."
        " The band's album sold well.",
    )
    labels = dict(found)
    assert labels["Arcade Fire"] == "ORG"  # the model's PERSON
    assert labels["Kasabian"] == "ORG"  # the model's GPE
    assert labels["Simple Minds"] == "ORG"  # the model's PERSON
    assert labels["Amy Winehouse"] == "PERSON"


def test_a_kind_of_music_is_no_name(extractor):
    found = _mentions(
        extractor,
        "Band hopes\n\nThe Leeds band came fifth with a promise to lead a Britpop revival, their"
        " singer said. Their album is out in March.",
    )
    assert not any(text == "Britpop" for text, _ in found)  # the model's PERSON


def test_a_span_glued_across_was_is_two_names(extractor):
    found = _mentions(
        extractor,
        "Tips for 2005\n\nOne of the experts to back The Hollows was The Observer's critic Ann"
        " Lowe, who saw the band play live.",
    )
    assert not any(" was " in text for text, _ in found)  # the model's WORK_OF_ART
    assert ("The Observer", "ORG") in found


def test_a_country_s_name_after_a_record_s_kind_is_the_record(extractor):
    found = _mentions(
        extractor,
        "World music prize\n\nThe Malian singer has been honoured. Her album Morocco won the"
        " award for album of the year, beating rivals from Spain.",
    )
    assert ("Morocco", "WORK_OF_ART") in found  # the model's GPE
    assert ("Spain", "GPE") in found


def test_a_country_cued_a_work_without_a_record_s_kind_stays_a_place(extractor):
    found = _mentions(
        extractor,
        "Film awards\n\nNominees for best foreign film include Spain's Pedro Almodovar for his"
        " latest drama, the academy said.",
    )
    assert ("Spain", "GPE") in found


def test_a_song_sung_or_performed_is_a_work(extractor):
    found = _mentions(
        extractor,
        "Charity concert\n\nThe singer closed the night when he performed Angels to a crowd of"
        " 5,000 fans in Cardiff.",
    )
    assert ("Angels", "WORK_OF_ART") in found  # the model's ORG


def test_a_title_with_a_lower_case_verb_is_not_cut():
    from factx.extract.copula_sides import copula_sides
    from factx.extract.entities import RawMention, name_key

    text = "He won an award for Rain is Golden in 1999."
    start = text.index("Rain")
    title = RawMention("Rain is Golden", start, start + 14, "WORK_OF_ART", 0, 1, False)
    assert copula_sides(text, [title], name_key) == [title]
