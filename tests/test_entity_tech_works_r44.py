"""Round r44-games: games by their year or code, titles through "of the", coined software
names and technology shows (seeds 91, 130 and 132)."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_game_after_its_makers_possessive_is_whole_with_its_year_or_code(extractor):
    # `games_by_their_code`: seed 130's "Konami's MLB Slam 2005 for baseball" (`MLB Slam` ORG)
    # and "Sega's NFL 2K5" (missed).
    names = _entities(
        extractor,
        "Sports games\n\nI slightly preferred Midway's Arena Hoops 2005 for basketball, and was"
        " more impressed by Sega's NBA 2K5. Both games look good.",
    )
    assert names["Arena Hoops 2005"][0] == "WORK_OF_ART"
    assert names["NBA 2K5"][0] == "WORK_OF_ART"
    assert "Arena Hoops" not in names
    assert names["Midway"][0] == "ORG"
    assert names["Sega"][0] == "ORG"


def test_a_game_before_its_platform_is_whole_with_its_number(extractor):
    # `games_by_their_code`: the even half's "Gran Turismo 4 for the PlayStation 2" (PRODUCT)
    # and "Football Manager 2005 out now for the PC" (missed).
    names = _entities(
        extractor,
        "Charts\n\nRally Masters 4 for the PlayStation 2 is still the best-selling game this"
        " week. Golf Legends 2005 out now for the PC. Fans of Golf Legends 2005 queued.",
    )
    assert names["Rally Masters 4"][0] == "WORK_OF_ART"
    assert names["Golf Legends 2005"] == (
        "WORK_OF_ART",
        ["Golf Legends 2005", "Golf Legends 2005"],
    )


def test_consoles_systems_and_events_with_a_number_are_no_games(extractor):
    # `games_by_their_code` leaves consoles, software suites, events and places' possessives.
    names = _entities(
        extractor,
        "Games\n\nSony's PlayStation 3 console will be released in 2006. Microsoft's Windows"
        " Server 2003 needs a patch, games firms said. Germany's Expo 2005 drew gamers.",
    )
    assert names["PlayStation 3"][0] == "PRODUCT"
    assert not any(label == "WORK_OF_ART" for label, _ in names.values())


def test_a_title_through_of_the_before_its_kind_is_one_work(extractor):
    # `titles_through_of_the`: seed 130's "with a Pirates of the Caribbean game" (`Caribbean`
    # ORG), the even half's "the third Lord of the Rings film" (`Rings` ORG).
    names = _entities(
        extractor,
        "Films\n\nShe starred in the third Chronicles of the Deep film last year.",
    )
    assert names["Chronicles of the Deep"][0] == "WORK_OF_ART"
    names = _entities(
        extractor,
        "Games\n\nHe said the film was closer, with a Curse of the Pharaohs game for example.",
    )
    assert names["Curse of the Pharaohs"][0] == "WORK_OF_ART"


def test_a_bodys_name_through_of_the_stays_a_body(extractor):
    # `titles_through_of_the` is not for a body's head word ("Bank", `heads_before_of`).
    names = _entities(extractor, "Films\n\nHe watched the Bank of the West film with friends.")
    assert names.get("Bank of the West", ("ORG",))[0] != "WORK_OF_ART"


def test_a_coined_lower_case_name_before_software_is_a_product(extractor):
    # `coined_software_names`: seed 132's "the widely used myBB software" (missed).
    names = _entities(
        extractor,
        "Worm\n\nThe worm exploits a flaw in the widely used yaBB software. Sites running the"
        " vulnerable yaBB software were hit.",
    )
    assert names["yaBB"] == ("PRODUCT", ["yaBB", "yaBB"])
    names = _entities(extractor, "Virus\n\nThe virus attacks the popular eForum program.")
    assert names["eForum"][0] == "PRODUCT"


def test_a_show_after_its_fields_conference_word_is_an_event(extractor):
    # cue `event after its field's conference word`: seed 130's "At the mobile phone
    # conference 3GSM in Cannes" (ORG), the brief's "the technology conference CeBIT in Hanover".
    names = _entities(
        extractor,
        "Phones\n\nAt the technology conference TechWorld in Hanover last month Nokia"
        " demonstrated a phone.",
    )
    assert names["TechWorld"][0] == "EVENT"
    assert names["Nokia"][0] == "ORG"


def test_a_coined_show_name_before_exhibition_is_an_event(extractor):
    # cue `trade show by its coined name`: the even half's "the E3 exhibition in Los Angeles"
    # (PRODUCT) and "the 3GSM trade show in Cannes" (ORG).
    names = _entities(
        extractor, "Games\n\nSony told an audience at the G4 exhibition in Los Angeles last year."
    )
    assert names["G4"][0] == "EVENT"


def test_a_makers_camel_case_name_before_software_is_left_to_the_model(extractor):
    # `coined_software_names` reads only a name opening in lower case: a capitalised one before
    # "software" may be its maker's ("the RealNetworks software"); no product is added for it.
    names = _entities(extractor, "Music\n\nHe uninstalled the McAfee software on Monday.")
    assert names["McAfee"][0] == "ORG"


def test_a_speaker_after_a_conference_word_stays_a_person(extractor):
    # `event after its field's conference word` is not for a person (people: false, PERSON not
    # in its labels), nor a channel before "show" (`trade show by its coined name`).
    names = _entities(
        extractor,
        "Talk\n\nAt the technology conference Bill Gates said that Microsoft was ready. He"
        " watched the BBC2 show with friends.",
    )
    assert names["Bill Gates"][0] == "PERSON"
    assert names["BBC2"][0] != "EVENT"
