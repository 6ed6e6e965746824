"""The lead's entity rules of round 36 (docs/entity-handcheck.md, "The lead's entity rules of
round 36")."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: (f.label, len(f.mentions)) for f in record.facts if f.type == "entity"}


def test_a_surname_alone_joins_the_full_name_with_its_generation(extractor):
    # "Jr" ends the full name, but the surname the article uses alone is the word before it.
    found = _entities(
        extractor,
        "Drummer Larry Mullen Jr echoed those sentiments. The group were born when Mullen put "
        "an appeal on a notice board. Ken Griffey Jr. hit two home runs. Griffey said he was "
        "pleased.",
    )
    assert found["Larry Mullen Jr"] == ("PERSON", 2)
    assert found["Ken Griffey Jr."] == ("PERSON", 2)
    assert "Mullen" not in found and "Griffey" not in found


def test_a_surname_shared_by_two_generations_joins_neither(extractor):
    found = _entities(
        extractor,
        "Dale Earnhardt Jr and Dale Earnhardt Sr raced on Sunday. Earnhardt won the race.",
    )
    assert found["Dale Earnhardt Jr"] == ("PERSON", 1)
    assert found["Dale Earnhardt Sr"] == ("PERSON", 1)


def test_a_name_never_opens_with_a_preposition(extractor):
    # The model tags "Without Borders" a person; the body's first word is the capitalised
    # plural before it.
    found = _entities(
        extractor,
        "China has been accused of blocking access to Google News by the media watchdog, "
        "Reporters Without Borders.",
    )
    assert found.get("Reporters Without Borders") == ("ORG", 1)
    assert "Without Borders" not in found


def test_a_preposition_at_a_sentences_start_takes_no_words_before_it(extractor):
    found = _entities(extractor, "The vote was close. Against Labour stood the Tories.")
    assert not [name for name in found if name.endswith("Against Labour")]


def test_a_clauses_conjunction_never_glues_two_names(extractor):
    found = _entities(
        extractor,
        "Van Persie was sent off at Southampton when Arsenal had a numerical advantage.",
    )
    assert "Southampton when Arsenal" not in found
    assert found["Southampton"][0] == "ORG" and found["Arsenal"][0] == "ORG"


def test_a_saints_possessive_alone_is_a_place(extractor):
    found = _entities(
        extractor,
        "Strachan left St Mary's in February. Pires was hurt at St Mary's. The mosque on St "
        "Helen's Road opened.",
    )
    assert found["St Mary's"] == ("FAC", 2)
    assert found["St Helen's Road"][0] == "FAC"
    assert "St Mary" not in found


def test_a_saints_possessive_before_what_the_saint_owns_stays_the_saints(extractor):
    found = _entities(extractor, "The vicar read from St Paul's letters to the Corinthians.")
    assert not [name for name in found if name.startswith("St Paul's")]


def test_a_firm_of_three_words_called_by_its_last(extractor):
    found = _entities(
        extractor,
        "Twentieth Century Fox is still to announce which technology it will support. If Fox "
        "decided to go with Blu-ray too, it would mean the format won.",
    )
    assert found["Twentieth Century Fox"] == ("ORG", 2)
    assert "Fox" not in found


def test_a_person_of_the_firms_last_word_keeps_it(extractor):
    found = _entities(
        extractor,
        "Twentieth Century Fox made the film. Defence Secretary Liam Fox saw it. Fox said he "
        "liked it.",
    )
    assert found["Liam Fox"] == ("PERSON", 2)
    assert found["Twentieth Century Fox"] == ("ORG", 1)


def test_the_first_word_of_a_sport_is_no_people(extractor):
    found = _entities(
        extractor,
        "Pole vaulter Janine Whitlock won the title. A Pole, Robert Kubica, came second.",
    )
    assert found["Pole"] == ("NORP", 1)  # the second sentence's, not the vaulter's
    assert found["Janine Whitlock"][0] == "PERSON"


def test_a_comics_publisher_by_its_kind_word(extractor):
    found = _entities(
        extractor,
        "Another Marvel Comics adaptation, The Fantastic Four, will be released this summer.",
    )
    assert found["Marvel Comics"][0] == "ORG"


def test_a_sentences_first_word_run_into_a_nationality(extractor):
    found = _entities(
        extractor,
        "Portishead back\n\nCult British group Portishead have revealed they are writing "
        "their third album.",
    )
    assert found["British"] == ("NORP", 1)
    assert "Cult British" not in found


def test_a_book_after_its_kind_autobiography_or_memoir(extractor):
    found = _entities(
        extractor,
        "Former US President Bill Clinton won the spoken word award for the audio version of "
        "his autobiography My Life.",
    )
    assert found["My Life"][0] == "WORK_OF_ART"
    assert found["Bill Clinton"][0] == "PERSON"


def test_a_firm_named_as_a_person_is_parted_from_the_person(extractor):
    # The key drops "Inc.", which would join the firm to the man and make him ORG.
    found = _entities(
        extractor,
        'Douglas Band helped run what he called "Bill Clinton Inc." Bill Clinton was paid '
        "$2 million. Band said Bill Clinton had agreed.",
    )
    assert found["Bill Clinton"] == ("PERSON", 2)
    assert found["Bill Clinton Inc."][0] == "ORG"


def test_a_firm_whose_name_ends_in_its_kind_keeps_its_short_form(extractor):
    found = _entities(
        extractor,
        "Magna will compete with Johnson Controls Inc and Lear Corp. Magna and Johnson "
        "Controls have been working to build up their business.",
    )
    assert "Johnson Controls" not in found or found["Johnson Controls"][0] == "ORG"
    assert not [
        name for name, (label, _) in found.items() if "Johnson" in name and label == "PERSON"
    ]
