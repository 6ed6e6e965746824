"""Round r32-misc: seeds 58-60's shapes of places, programmes, drugs and facilities: a
programme after its owner's possessive with its "The", a seat's place before a member's
letters, two venues before their plural kind, a "Strip" road, a drug given or taken, a firm's
units, and a broadcaster's division."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_title_after_a_possessive_and_before_programme_is_the_programme(extractor):
    # `programmes_after_their_owner`: the capital "The" after a possessive opens the title,
    # and the model's ORG of its rest is the programme's name.
    names = _entities(
        extractor,
        'Interview\n\n"It is going through a quiet patch," he told Radio Clyde\'s The Back Page'
        " programme on Monday.",
    )
    assert names["Back Page"] == ("WORK_OF_ART", ["The Back Page"])


def test_a_title_after_a_possessive_keeps_its_the_where_the_model_had_the_work(extractor):
    # The model's own WORK_OF_ART, cut from its "The", grows back over it.
    names = _entities(
        extractor,
        'Interview\n\n"We were lucky to get a point," she told Radio Clyde\'s The Night Desk'
        " programme.",
    )
    assert names["Night Desk"] == ("WORK_OF_ART", ["The Night Desk"])


def test_a_place_before_a_members_letters_is_the_seats_place(extractor):
    # `place before its member's letters`: the model glues "The Dundee MSP" ORG.
    names = _entities(
        extractor,
        "Row\n\nThe Dundee MSP said he would stand down at the next election.",
    )
    assert names["Dundee"][0] == "GPE"
    assert "Dundee MSP" not in names


def test_a_city_the_model_tags_alone_before_a_members_letters_is_a_place(extractor):
    names = _entities(
        extractor,
        "Row\n\nThe Stirling MSP earns up to £25,000 a year from the accountancy firm Brodie Hart.",
    )
    assert names["Stirling"][0] == "GPE"


def test_a_region_by_its_compass_before_a_members_letters_is_no_town(extractor):
    names = _entities(
        extractor,
        "Row\n\nThe East Midlands MEP said he would stand again.",
    )
    assert all(label != "GPE" for label, _ in names.values())


def test_two_venues_before_their_plural_kind_are_two(extractor):
    # `venues before their plural kind` (listed_sides): no prison is named "X and Y".
    names = _entities(
        extractor,
        "Detainees\n\nLawyers want the release of nine men held at Brixmoor and Oakwell prisons.",
    )
    assert names["Brixmoor"][0] == "FAC"
    assert names["Oakwell"][0] == "FAC"
    assert "Brixmoor and Oakwell" not in names


def test_a_venue_the_model_tags_a_place_before_a_plural_kind_is_a_venue(extractor):
    # `venue before its kind word, not a place`, now with a list and a plural kind.
    names = _entities(
        extractor,
        "Detainees\n\nCampaigners called on the government to free 12 detainees at Wandsworth"
        " and Pentonville prisons.",
    )
    assert names["Pentonville"][0] == "FAC"


def test_a_strip_is_a_road(extractor):
    # `strip by its kind`: "the Sunset Strip" is no place of its own.
    names = _entities(
        extractor,
        "Rich list\n\nThe singer made a debut on the Sunset Strip last year.",
    )
    assert names["Sunset Strip"][0] == "FAC"


def test_the_gaza_strip_stays_a_territory(extractor):
    names = _entities(extractor, "Attack\n\nRockets were fired from the Gaza Strip on Monday.")
    assert names["Gaza Strip"][0] != "FAC"


def test_a_drug_given_to_someone_is_a_product(extractor):
    # `drug given or taken`: the model's PERSON of a lone word given to "me".
    names = _entities(
        extractor,
        'Nerves\n\n"I was so scared they had to give me Prozac before Lima," he said.',
    )
    assert names["Prozac"][0] == "PRODUCT"


def test_a_player_a_goal_took_stays_a_person(extractor):
    # A surname of a person named in full is no drug ("lone").
    names = _entities(
        extractor,
        "Match\n\nCraig Bellamy was on form. It took Bellamy just four minutes to score.",
    )
    assert names["Craig Bellamy"][0] == "PERSON"


def test_a_firms_units_are_firms(extractor):
    # `units after their parent`: each name of the list after "its units".
    names = _entities(
        extractor,
        "Cars\n\nThe carmaker plans to sell its units Vauxhall and Holden next year.",
    )
    assert names["Vauxhall"][0] == "ORG"
    assert names["Holden"][0] == "ORG"


def test_a_broadcasters_division_is_one_body(extractor):
    # `entity_broadcasters`: "BBC" and "Wales Sport" PERSON are one division.
    names = _entities(
        extractor,
        'Rugby\n\n"The squad is in good shape," Evans told BBC Wales Sport.',
    )
    assert names["BBC Wales Sport"][0] == "ORG"
    assert "Wales Sport" not in names


def test_a_division_the_model_tags_without_its_broadcaster_grows_back(extractor):
    names = _entities(
        extractor,
        'Football\n\n"It is a big game for us," Morgan told BBC Ulster Sport.',
    )
    assert names["BBC Ulster Sport"][0] == "ORG"
