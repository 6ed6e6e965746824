"""Round r47b-goods: a station's full name before its programme, products after a software
kind, a band named "<Word>in' <Word>" before a member's role, and a place that opens a civic
body's name where it stands alone with a place's words."""

from entity_reading import label_by_name


def test_a_station_runs_through_its_possessive_programme(extractor):
    # The model gives `BBC Radio` ORG and `Five Live's Sportsweek` WORK_OF_ART.
    found = label_by_name(
        extractor, '"We were lucky," Harris told BBC Radio Five Live\'s Sportsweek programme.'
    )
    assert found.get("BBC Radio Five Live") == "ORG"
    assert found.get("Sportsweek") == "WORK_OF_ART"
    assert "BBC Radio" not in found


def test_a_programme_named_for_a_day_is_no_person(extractor):
    # "Sunday" is a first name: the model's `Sunday Live` PERSON, a work labelled PERSON.
    found = label_by_name(
        extractor, '"We will win," she told BBC Radio Scotland\'s Sunday Live programme.'
    )
    assert found.get("Sunday Live") == "WORK_OF_ART"
    assert found.get("BBC Radio Scotland") == "ORG"


def test_a_programme_with_its_own_possessive_after_on(extractor):
    found = label_by_name(
        extractor, "Speaking on BBC Radio 4's Woman's Hour, Mr Grant said rates would fall."
    )
    assert found.get("Woman's Hour") == "WORK_OF_ART"


def test_a_post_or_a_presenter_after_a_stations_possessive_is_left_alone(extractor):
    found = label_by_name(
        extractor, "Steve Mitchell, BBC Radio 4's Head of News, said the plan was fine."
    )
    assert found.get("Head of News") != "WORK_OF_ART"
    found = label_by_name(extractor, '"It was close," he told Radio 1\'s Chris Moyles.')
    assert found.get("Chris Moyles") == "PERSON"
    found = label_by_name(extractor, '"It was close," she told BBC Radio 4\'s Today programme.')
    assert found.get("Today") == "WORK_OF_ART"
    assert found.get("BBC Radio 4") == "ORG"


def test_names_after_a_security_softwares_kind_are_products(extractor):
    # The model gives `ZoneAlarm` ORG, and nothing at all in the brackets.
    found = label_by_name(
        extractor, "On my laptop I run the free anti-virus program Avira and the firewall Outpost."
    )
    assert found.get("Outpost") == "PRODUCT"
    found = label_by_name(
        extractor,
        "She relies on free anti-virus software (Sophos) and firewall protection (BlackICE).",
    )
    assert found.get("Sophos") == "PRODUCT"
    assert found.get("BlackICE") == "PRODUCT"


def test_a_firm_in_brackets_after_a_firms_words_is_left_alone(extractor):
    found = label_by_name(extractor, "He moved his line to the phone company (BT) last year.")
    assert found.get("BT") == "ORG"


def test_a_band_with_a_dropped_g_before_a_members_role_is_whole(extractor):
    # The model gives `Livin` PERSON (a band labelled PERSON) and `Blazin` ORG, both cut.
    found = label_by_name(
        extractor,
        "Punters have backed Livin' Joy singer Janice to win, while Blazin' Squad singer"
        " Kenzie is second.",
    )
    assert found.get("Livin' Joy") == "ORG"
    assert found.get("Blazin' Squad") == "ORG"
    assert "Livin" not in found


def test_a_dropped_g_without_a_members_role_is_left_alone(extractor):
    # Round r37d-acts's rule made this list's chain PERSON; no role word, no change.
    found = label_by_name(
        extractor, "Sales rose at snack chains such as Dunkin' Donuts and Baskin-Robbins."
    )
    assert found.get("Dunkin' Donuts") is None
    assert "PERSON" not in found.values()


def test_a_place_opening_a_civic_body_is_the_place_beside_its_words(extractor):
    # The model tags the lone county PERSON and the short-name lending makes it the board.
    found = label_by_name(
        extractor,
        "Mary Evans, head of Powys Local Health Board, backed the plan. Doctors in Powys"
        " agreed, and Powys people will gain.",
    )
    assert found.get("Powys") == "GPE"
    assert found.get("Powys Local Health Board") == "ORG"
    found = label_by_name(
        extractor,
        "Wards at Chester County Hospital are full. Chester hospital is struggling, and"
        " patients can choose Chester for treatment.",
    )
    assert found.get("Chester") == "GPE"


def test_a_place_as_its_bodys_short_name_or_a_towns_club_is_left_alone(extractor):
    found = label_by_name(
        extractor, "Powys Local Health Board has lost its case. Powys said it would appeal."
    )
    assert found.get("Powys") == "ORG"
    found = label_by_name(extractor, "Newcastle Falcons beat Leeds, and Newcastle are third.")
    assert found.get("Newcastle Falcons") == "ORG"


def test_a_research_firms_name_runs_through_its_firm_words(extractor):
    # The model ends the firm at its first word: `Informa` ORG.
    found = label_by_name(
        extractor, "One analyst at research firm Informa Media thinks rentals will grow."
    )
    assert found.get("Informa Media") == "ORG"
    assert "Informa" not in found


def test_a_firm_before_a_word_that_is_no_firms_is_left_alone(extractor):
    found = label_by_name(extractor, "Research firm Screen Digest says DVD sales rose.")
    assert found.get("Screen Digest") == "ORG"
    found = label_by_name(extractor, "Tom Hart, an analyst at Enders Analysis, was wary.")
    assert found.get("Enders Analysis") == "ORG"


def test_the_palace_of_a_place_is_a_building(extractor):
    # The model reads the palace as a body (ORG) or finds nothing.
    found = label_by_name(
        extractor, "The Green Party put up a poster opposite the Palace of Westminster today."
    )
    assert found.get("Palace of Westminster") == "FAC"
    found = label_by_name(extractor, "Nurses marched to the Houses of Parliament on Tuesday.")
    assert found.get("Houses of Parliament") == "FAC"


def test_a_palace_with_no_of_is_left_alone(extractor):
    found = label_by_name(extractor, "Crystal Palace beat Norwich on Saturday.")
    assert found.get("Crystal Palace") == "ORG"
