"""Round r36-govt: government, institutions and media names the model cuts or glues
(docs/entity-handcheck.md, "Round r36-govt"). Each sentence is of my own, after the shapes of
seeds 73-75."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: (f.label, len(f.mentions)) for f in record.facts if f.type == "entity"}


def test_a_department_named_by_a_list_of_fields_is_one_body(extractor):
    found = _entities(
        extractor,
        "The Department for Culture, Media and Sport said the plans would go ahead. Officials "
        "at the Department for Education and Skills disagreed.",
    )
    assert found["Department for Culture, Media and Sport"] == ("ORG", 1)
    assert found["Department for Education and Skills"] == ("ORG", 1)
    assert "Department for Culture" not in found
    assert "Media" not in found and "Sport" not in found


def test_a_posts_listed_portfolio_is_no_body(extractor):
    found = _entities(
        extractor,
        "The Secretary of State for Environment, Food and Rural Affairs, Margaret Beckett, "
        "defended the plans. The Department for Culture, Media and Sport said the Secretary "
        "of State for Culture, Media and Sport would reply.",
    )
    assert found["Margaret Beckett"] == ("PERSON", 1)
    assert found["Department for Culture, Media and Sport"] == ("ORG", 1)
    assert not any(name.startswith("State for") for name in found)
    assert "Media" not in found and "Sport" not in found


def test_people_listed_after_a_post_stay_people(extractor):
    found = _entities(
        extractor,
        "The Minister for Sport, Richard Caborn and Tessa Jowell met the Football Association "
        "on Monday.",
    )
    assert found["Richard Caborn"][0] == "PERSON"
    assert found["Tessa Jowell"][0] == "PERSON"


def test_a_project_named_by_two_fields_is_whole_over_its_and(extractor):
    found = _entities(
        extractor,
        "A study by the Knight Internet and Civic Life Project found that phones are the "
        'gadget of choice. "Phones are mainstream," said Lee Smith, director of the Knight '
        "Internet and Civic Life Project.",
    )
    assert found["Knight Internet and Civic Life Project"] == ("ORG", 2)
    assert "Knight Internet" not in found and "Civic Life Project" not in found


def test_a_body_after_another_and_stays_apart(extractor):
    found = _entities(
        extractor,
        "Figures from the Institute for Fiscal Studies and Deloitte showed the gap. Both the "
        "Treasury and Foreign Office declined to comment.",
    )
    assert found["Institute for Fiscal Studies"][0] == "ORG"
    assert found["Deloitte"][0] == "ORG"


def test_a_research_centre_named_by_a_list_of_fields_is_one_body(extractor):
    found = _entities(
        extractor,
        "His creator, Anna Price, lecturer at the Centre for Robotics, Imaging and Machine "
        "Learning at the University of Kent, calls it a pet.",
    )
    assert found["Centre for Robotics, Imaging and Machine Learning"] == ("ORG", 1)
    assert "Machine Learning" not in found
    assert found["University of Kent"] == ("ORG", 1)


def test_a_regiment_is_one_body(extractor):
    found = _entities(
        extractor,
        "He was allegedly beaten while in the custody of the Royal Welch Fusiliers. Soldiers "
        "of the Black Watch and the Duke of Wellington's Regiment were also questioned. He "
        "was beaten to death in the custody of the Queen's Lancashire Regiment.",
    )
    assert found["Royal Welch Fusiliers"] == ("ORG", 1)
    assert found["Duke of Wellington's Regiment"] == ("ORG", 1)
    assert found["Queen's Lancashire Regiment"] == ("ORG", 1)
    assert "Wellington" not in found


def test_a_place_named_after_guards_stays_a_place(extractor):
    found = _entities(
        extractor,
        "The parade on Horse Guards Parade was cancelled, and the Guards' band went home.",
    )
    assert not any(label == "ORG" and "Guards Parade" in name for name, (label, _) in found.items())


def test_a_peer_after_a_posts_word_is_a_person(extractor):
    found = _entities(
        extractor,
        "On 13 March Lord Smith met then Home Office Minister Lord Falconer and Downing "
        "Street adviser Baroness Morgan.",
    )
    assert found["Falconer"] == ("PERSON", 1)
    assert found["Morgan"] == ("PERSON", 1)
    assert found["Home Office"][0] == "ORG"


def test_a_peers_title_is_no_name(extractor):
    found = _entities(
        extractor,
        "The reforms were backed by the Secretary Lord Chancellor on Monday.",
    )
    assert "Chancellor" not in found


def test_a_newspaper_after_a_speakers_verb_is_a_paper(extractor):
    found = _entities(
        extractor,
        "Smith's agent said the striker was struggling. He continued in the Melbourne Morning "
        'Herald: "He is desperate to play." He told the Cape Town Evening Post the same.',
    )
    assert found["Melbourne Morning Herald"] == ("ORG", 1)
    assert found["Cape Town Evening Post"] == ("ORG", 1)


def test_a_news_channel_keeps_its_hours(extractor):
    found = _entities(
        extractor,
        "The 500 adults were quizzed by Populus for BBC News 24. She later told BBC News 24 "
        "the same.",
    )
    assert found["BBC News 24"] == ("ORG", 2)
    assert "BBC News" not in found


def test_a_count_of_hours_after_a_news_name_is_no_channel(extractor):
    found = _entities(
        extractor,
        "Reporters at Sky News 24 hours a day followed the story.",
    )
    assert "Sky News 24" not in found
