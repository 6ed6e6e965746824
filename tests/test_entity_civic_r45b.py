"""Round r45b-civic: seats, bodies and their "and" on politics pages (seed 139's "Rules these
errors suggest"): the seats of a list of constituencies' shares places, whole through their
"and" (factx.extract.place_names.seats_in_a_share_list), a body's name through "of England and
Wales" one organisation (factx.extract.entity_civic.bodies_of_two_nations) and a body named
"<Members> UK" an organisation, not the country (factx.extract.entity_civic.members_bodies), and
a sentence's first word no name nor part of one ("Party leader", "Today the Tories":
factx.extract.entity_civic.without_opening_time_words).
The sentences are made up."""

from entity_reading import entities, labelled, names

SEATS = (
    "Turnout falls\n\nParticipation at constituency level ranged from 71% in Hammersmith and "
    "Fulham, 66% in the City of London and Westminster and 60% in Bath, down to 10% in Bristol "
    "South and Leeds Central and 8% in Nottingham North and Sheffield Brightside."
)


def test_the_seats_of_a_constituency_list_are_whole_places(extractor):
    # Seed 139's politics/246: `Kensington` and `Chelsea`, `City of London` and `Westminster`.
    found = entities(extractor, SEATS)
    places = {name for label, name, _ in found if label == "GPE"}
    assert "Hammersmith and Fulham" in places
    assert "City of London and Westminster" in places
    assert not {"Hammersmith", "Fulham", "Westminster"} & names(found)


def test_a_seat_of_a_town_and_a_word_in_the_list_is_a_place(extractor):
    # Seed 139's politics/246: `Sheffield Brightside` ORG beside `Nottingham North` GPE.
    places = set(labelled(extractor, SEATS, "GPE"))
    assert {"Bristol South", "Leeds Central", "Nottingham North", "Sheffield Brightside"} <= places


def test_two_places_outside_a_constituency_list_stay_two(extractor):
    text = (
        "Rail delays\n\nTrains between Leeds and York were cancelled. Fares rose 4% in Leeds and "
        "York last year, and house prices rose 5% in England and Wales."
    )
    found = names(entities(extractor, text))
    assert "Leeds and York" not in found
    assert "England and Wales" not in found


def test_two_countries_in_a_constituency_list_stay_two(extractor):
    text = (
        "Turnout falls\n\nTurnout in each constituency fell, by 3% in England and Wales and by 5% "
        "in Scotland."
    )
    found = names(entities(extractor, text))
    assert {"England", "Wales"} <= found
    assert "England and Wales" not in found


def test_a_body_of_england_and_wales_is_one_body(extractor):
    # Seeds 17, 122 and 139's politics/347: `Police Federation of England` ORG and `Wales` GPE.
    text = (
        "Police plan\n\nHe was the chairman of the Lawyers Association of England and Wales, "
        "which represents solicitors."
    )
    found = entities(extractor, text)
    assert ("ORG", "Lawyers Association of England and Wales") in {(e[0], e[1]) for e in found}
    assert "Wales" not in names(found)


def test_a_church_in_england_and_wales_leaves_the_countries(extractor):
    text = (
        "Church view\n\nThe head of the Catholic Church in England and Wales made the comments "
        "on Sunday."
    )
    found = names(entities(extractor, text))
    assert {"England", "Wales"} <= found


def test_a_body_named_for_its_members_and_the_uk_is_a_body(extractor):
    # Seed 139's politics/246: "The group which represents university vice-chancellors,
    # Universities UK, said" gave `UK` GPE (the country).
    text = (
        "Fees plan\n\nThe group which represents bus operators, Coaches UK, said the new system "
        "would help. The group that represents colleges, Colleges Scotland, said it was pleased."
    )
    orgs = set(labelled(extractor, text, "ORG"))
    assert {"Coaches UK", "Colleges Scotland"} <= orgs
    assert "United Kingdom" not in names(entities(extractor, text))


def test_a_nation_after_a_sentence_opening_word_stays_the_nation(extractor):
    text = (
        "Jobs row\n\nMore than 2,000 jobs are threatened. Across Wales, protests were held by "
        "striking staff."
    )
    assert "Wales" in labelled(extractor, text, "GPE")


def test_a_sentence_opening_party_word_is_no_name(extractor):
    # Seeds 17, 122 and 139's politics/347: `Party` ORG, `Today the Tories` WORK_OF_ART.
    text = (
        "Police plan\n\nParty leader John Smith said the new role would replace police "
        'authorities. He said: "Today the Liberals are making more extravagant promises on the '
        'police."'
    )
    found = entities(extractor, text)
    assert "Party" not in names(found)
    assert not [e for e in found if e[1].startswith("Today")]
    assert ("NORP", "Liberals") in {(e[0], e[1]) for e in found}


def test_a_party_named_in_full_and_a_programme_stay(extractor):
    text = (
        "Party row\n\nThe Labour Party said it would fight. Mr Smith told BBC Radio 4's Today "
        "programme the plan would work."
    )
    found = names(entities(extractor, text))
    assert "Labour Party" in found
    assert "Today" in found
