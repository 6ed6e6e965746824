"""Round r31-seed58: venues and guilds the model cuts at their owner's possessive, made whole
(`entity_owned_venues`), "Pavilion" a venue's kind word, a LOC with a venue's kind word a
venue, an award's plural as prizes (`awards as prizes`), and the shapes after them."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_venue_named_with_its_owners_possessive_is_one_venue(extractor):
    # `owned venue`: the owner's name alone is no person here, and the venue keeps it.
    names = _entities(
        extractor,
        "Gala night\n\nThe awards were later moved to bigger halls, with the grand Pemberton's"
        " Regal Theatre the first to stage the whole show.",
    )
    assert names["Pemberton's Regal Theatre"][0] == "FAC"
    assert "Pemberton" not in names


def test_a_city_before_its_venue_stays_a_place_of_its_own(extractor):
    # `owned venue`: a place owns its venue without naming it ("London's" is no venue's word).
    names = _entities(
        extractor,
        "Concert\n\nThe orchestra will play London's Royal Festival Hall and Manchester's"
        " Palace Theatre next month.",
    )
    assert names["London"][0] == "GPE"
    assert names["Manchester"][0] == "GPE"
    assert "Manchester's Palace Theatre" not in names


def test_a_pavilion_is_a_venue(extractor):
    # `venue by its kind`: "Pavilion" ends a venue's name, as "Auditorium" does (no firm).
    names = _entities(
        extractor,
        "Shows\n\nOther stages included the Beaumont Pavilion and the Roxbury Auditorium.",
    )
    assert names["Beaumont Pavilion"][0] == "FAC"


def test_a_place_with_a_venues_kind_word_is_a_venue(extractor):
    # `stage venue by its kind, no region`: the model's LOC on an auditorium is a building.
    names = _entities(
        extractor,
        "Tour\n\nThe band will end the tour at the Western Auditorium in Leeds.",
    )
    assert names["Western Auditorium"][0] == "FAC"
    assert names["Leeds"][0] == "GPE"


def test_a_guild_after_its_members_plural_possessive_is_one_body(extractor):
    # `plural owner's guild`: not "Editors" and "Guild", each a person.
    names = _entities(
        extractor,
        "Delay\n\nThe series was shelved for a year because the Editors' Guild had called a"
        " strike.",
    )
    assert names["Editors' Guild"][0] == "ORG"
    assert "Guild" not in names and "Editors" not in names


def test_an_awards_plural_after_a_number_or_a_win_is_the_prizes(extractor):
    # `awards as prizes`: the statuettes, WORK_OF_ART as "Oscar", no firm and no awards night.
    names = _entities(
        extractor,
        "Records\n\nThe sitcom picked up 11 Emmys over its run. Only two actors have ever"
        " rejected Emmys.",
    )
    assert names["Emmys"][0] == "WORK_OF_ART"


def test_dr_in_capitals_before_congo_is_the_countrys_no_doctors(extractor):
    # `capitals amid case`: "DR" is the Democratic Republic's, so the country keeps it.
    names = _entities(
        extractor,
        "Squad\n\nThe squad also has Ghana defender Kofi Mensah and DR Congo striker Jean"
        " Kabila. He left DR Congo in 2001.",
    )
    assert names["DR Congo"][0] == "GPE"
    assert "Congo" not in names


def test_a_key_stage_is_no_name(extractor):
    # `school_stage`: a stage of the national curriculum is no place and no building.
    names = _entities(
        extractor,
        "Schools\n\nOnly a third of schools at Key Stage 3 met that target, and half at Key"
        " Stage 4.",
    )
    assert not [n for n in names if "Key Stage" in n]


def test_a_county_before_its_sheriff_is_the_place_and_the_title_no_name(extractor):
    # `county before its office`: not "Orleans Parish Sheriff" as a work or a person.
    names = _entities(
        extractor,
        'Local sheriff\n\n"I am not happy," Orleans Parish Sheriff Marlin Gusman said. Cook'
        " County Sheriff Tom Dart agreed.",
    )
    assert names["Orleans Parish"][0] == "GPE"
    assert names["Cook County"][0] == "GPE"
    assert names["Marlin Gusman"][0] == "PERSON"


def test_a_firm_before_tv_and_another_medium_is_the_firm_alone(extractor):
    # `medium after its firm`: "TV and movie productions" are the firm's, no "Dreamworks TV".
    names = _entities(
        extractor,
        "Deal\n\nThe studio will get a share of profits made since 2001 by Dreamworks TV and"
        " movie productions.",
    )
    assert names["Dreamworks"][0] == "ORG"
    assert "Dreamworks TV" not in names


def test_a_stage_name_before_its_real_name_is_a_person(extractor):
    # `stage name before the real name`: a rapper's name, no group or firm.
    names = _entities(
        extractor,
        "Rap case\n\nThe judge said the clip was worse than Q-Tek. Fans of Big Slate (real name"
        " Owen Price) were angry.",
    )
    assert names["Big Slate"][0] == "PERSON"


def test_a_groups_name_with_an_inner_and_after_group_is_whole(extractor):
    # `group named with its and`: one campaign group, not "Neighbours" alone.
    names = _entities(
        extractor,
        "Protest\n\nThe campaign group Neighbours and Residents Against Noise was angry.",
    )
    assert names["Neighbours and Residents Against Noise"][0] == "ORG"
    assert "Neighbours" not in names


def test_groups_listed_after_a_plural_stay_apart(extractor):
    # `group named with its and` reads a singular "group" only: two bodies after "groups".
    names = _entities(
        extractor,
        "Aid\n\nAid groups Oxfam and Friends of the Earth said the plan would fail.",
    )
    assert "Oxfam" in names


def test_names_listed_before_characters_are_characters_each_apart(extractor):
    # `characters listed before their kind`: no "Mighty Orb, Star-Lord" glued at its comma.
    names = _entities(
        extractor,
        "Comics\n\nAs well as the Flash, Kirby co-created the Mighty Orb, Star-Lord, Nightwing"
        " and Fantastic Five characters.",
    )
    for name in ("Mighty Orb", "Star-Lord", "Nightwing", "Fantastic Five"):
        assert names[name][0] == "PERSON"
    assert "Mighty Orb, Star-Lord" not in names


def test_peoples_listed_before_characters_stay_peoples(extractor):
    # `characters listed before their kind` leaves a people's word alone.
    names = _entities(
        extractor, "Cast\n\nThe British and French characters were written by Tom Hale."
    )
    assert names["British"][0] == "NORP"
