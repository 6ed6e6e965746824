"""Round r34-peoples: languages, peoples, tournaments, parties and royal titles."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_peoples_word_taught_or_experimented_with_is_the_language(extractor):
    # `language taught`: the model's NORP after "teach" and "experimenting with".
    names = _entities(
        extractor,
        "Schools\n\nThe club uses a football game changed to teach Spanish, so a pupil reads"
        " the rules. Two other clubs are experimenting with Italian and Dutch.",
    )
    assert names["Spanish"][0] == "LANGUAGE"
    assert names["Italian"][0] == "LANGUAGE"


def test_a_peoples_word_taught_before_a_noun_stays_the_people(extractor):
    # `language taught`'s unless: "teach German pupils" teaches pupils who are German.
    names = _entities(
        extractor, "Schools\n\nShe went to Hamburg to teach German pupils about British history."
    )
    assert names.get("German", ("NORP",))[0] != "LANGUAGE"


def test_a_peoples_word_before_learning_or_speakers_is_the_language(extractor):
    # `language before its text`: "learning" and "speakers" after the word.
    names = _entities(
        extractor,
        "Apps\n\nHe wants to write a simple Russian learning app for phones. The town has few"
        " Welsh speakers left.",
    )
    assert names["Russian"][0] == "LANGUAGE"
    assert names["Welsh"][0] == "LANGUAGE"


def test_a_word_that_is_latin_for_a_word_is_the_language(extractor):
    # `Latin for a word` and `the Latin for, with its the`: the model's NORP.
    names = _entities(
        extractor,
        "Party\n\nHe will lead Lux, Latin for light, which holds its first rally on Friday.",
    )
    assert names["Latin"][0] == "LANGUAGE"
    names = _entities(extractor, "Names\n\nThe town's name comes from the Latin for a bridge.")
    assert names["Latin"][0] == "LANGUAGE"


def test_a_nationalitys_plural_is_a_people_never_a_body(extractor):
    # `plural_peoples`: "The Britons were freed" makes the model's PERSON a band's or a firm's
    # plural (`name as a plural`, ORG).
    names = _entities(
        extractor,
        "Release\n\nSix Britons held in Sudan will be sent home next week. The Britons were"
        " seized in June.",
    )
    assert names["Britons"][0] == "NORP"


def test_a_two_word_nationality_is_cut_from_the_persons_name(extractor):
    # `_after_nationality` for two words: the model's "New Zealander Wayne Smith" PERSON.
    names = _entities(
        extractor,
        "Tour\n\nThe row started on the tour of Australia in 2002, when New Zealander Graham"
        " Mourie was the manager.",
    )
    assert names["Graham Mourie"][0] == "PERSON"
    assert not [n for n, (label, _) in names.items() if "Zealander" in n and label == "PERSON"]


def test_a_country_before_open_and_champion_is_the_tournament(extractor):
    # `national_events` for a place: the model's "US" GPE before "Open champion".
    names = _entities(
        extractor, "Tennis\n\nThe US Open champion will face a qualifier in the first round."
    )
    assert names["US Open"][0] == "EVENT"
    assert "United States" not in names


def test_a_race_named_cross_country_is_an_event(extractor):
    # `sports event by its name` with "Cross Country": the model's FAC.
    names = _entities(
        extractor,
        "Running\n\nMwangi won the 8km race at the Great Falkirk Cross Country on Sunday.",
    )
    assert names["Great Falkirk Cross Country"][0] == "EVENT"


def test_two_parties_joined_by_a_hyphen_are_no_person(extractor):
    # `two parties by a hyphen`: the model's "Lib-Lab" PERSON.
    names = _entities(extractor, "Pact\n\nA Lib-Lab deal was signed in Cardiff last year.")
    assert names["Lib-Lab"][0] == "NORP"


def test_a_name_defected_to_is_a_party(extractor):
    # `party defected to`: the model's PERSON for a party's name in quotes.
    names = _entities(
        extractor,
        "Holyrood\n\nTwo members of the Scottish Parliament have defected to 'Solidus', the new"
        " party.",
    )
    assert names["Solidus"][0] == "ORG"


def test_crown_before_princess_and_a_name_is_the_royals_title(extractor):
    # `crown_titles` and `crown prince or princess`: the model's "Crown" ORG apart from the
    # princess's name, and its "Crown Prince Olav" a product.
    names = _entities(
        extractor,
        "Visit\n\nDenmark's Crown Prince Olav and Crown Princess Ingrid-Marie opened the bridge"
        " on Friday. Crown Princess Ingrid-Marie cut the ribbon.",
    )
    assert "Crown" not in names
    assert all(label == "PERSON" for name, (label, _) in names.items() if "Crown" in name)


def test_a_person_whose_party_was_defected_to_stays_a_person(extractor):
    # `party defected to`'s unless: the party is the possessive's ("Robert Kilroy Silk's Veritas
    # Party", an odd-half count's one change made wrong, narrowed once).
    names = _entities(
        extractor,
        "Assembly\n\nTwo councillors who defected to George Bellamy's Forward Party were sued.",
    )
    assert names["George Bellamy"][0] == "PERSON"
