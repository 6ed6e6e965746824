"""Round r42c-awards: parties before people and awards nights (seed 126's "Rules these errors
suggest"): a party's plural run into the first person of a list parted from the person; a
party's name between people in a list no person; the films of a list tipped for nominations
works, whole with their own "The"; a name ending "Awards Dinner|Ceremony|..." the ceremony; a
compass word before a continent a region. The sentences are made up."""

from entity_reading import entities, labels, names


def test_party_plural_before_a_person_is_parted(extractor):
    # Seed 126's "including Tories Ken Clarke and Sir George Young": `Tories Ken Clarke` PERSON.
    text = (
        "Reform plan backed\n\n"
        "The group, including Tories Ken Brown and Sir John Major, is confident of support."
    )
    found = entities(extractor, text)
    assert labels(found, "Ken Brown") == {"PERSON"}
    assert labels(found, "Tories") == {"NORP"}
    assert not any("Tories Ken" in e[1] for e in found)


def test_party_between_people_in_a_list_is_no_person(extractor):
    # Seed 126's "Labour's Robin Cook and Tony Wright and Liberal Democrat Paul Tyler":
    # `Liberal Democrat` PERSON, lent by the list of people around it.
    text = (
        "Reform plan backed\n\n"
        "The cross-party group, including Tories Dominic Grieve and Sir Peter Bottomley, "
        "Labour's Frank Dobson and Kate Hoey and Liberal Democrat Mark Oaten, is confident."
    )
    found = entities(extractor, text)
    assert "PERSON" not in labels(found, "Liberal Democrat")
    assert labels(found, "Liberal Democrat")
    assert labels(found, "Mark Oaten") == {"PERSON"}
    assert labels(found, "Dominic Grieve") == {"PERSON"}


def test_a_party_name_alone_in_a_list_of_people_keeps_people_as_people(extractor):
    text = (
        "Reform plan backed\n\n"
        "The letter was signed by Frank Dobson, Kate Hoey and Mark Oaten on Monday."
    )
    found = entities(extractor, text)
    for person in ("Frank Dobson", "Kate Hoey", "Mark Oaten"):
        assert labels(found, person) == {"PERSON"}


def test_films_expected_to_receive_nominations_are_works_whole(extractor):
    # Seed 126's "Among those expected to receive nominations are The Aviator, Million Dollar
    # Baby and Sideways"; the grader's sentence gave `Ray` and `Vera Drake` PERSON and missed
    # `The Interpreter`.
    text = (
        "Oscar race hots up\n\n"
        "Among those expected to receive nominations are The Interpreter, Ray and Vera Drake."
    )
    found = entities(extractor, text)
    assert labels(found, "Ray") == {"WORK_OF_ART"}
    assert labels(found, "Vera Drake") == {"WORK_OF_ART"}
    assert any(e[0] == "WORK_OF_ART" and "The Interpreter" in e[2] for e in found)


def test_films_tipped_for_nominations_skip_their_stars(extractor):
    # The grader's "... include Alfie, starring Jude Law, Hotel Rwanda, with Don Cheadle as
    # hotelier Paul Rusesabagina": `Rwanda` GPE, the film cut to a place.
    text = (
        "Oscar race hots up\n\n"
        "Other movies tipped for nominations include Alfie, starring Jude Law, Hotel Rwanda, "
        "with Don Cheadle as hotelier Paul Rusesabagina, and The Terminal."
    )
    found = entities(extractor, text)
    assert labels(found, "Hotel Rwanda") == {"WORK_OF_ART"}
    assert "Rwanda" not in names(found)
    assert labels(found, "Jude Law") == {"PERSON"}
    assert labels(found, "Don Cheadle") == {"PERSON"}


def test_people_expected_to_receive_nominations_stay_people(extractor):
    text = (
        "Oscar race hots up\n\n"
        "Among those expected to receive nominations are Jamie Foxx, Hilary Swank and Clint "
        "Eastwood."
    )
    found = entities(extractor, text)
    for person in ("Jamie Foxx", "Hilary Swank", "Clint Eastwood"):
        assert labels(found, person) == {"PERSON"}


def test_awards_dinner_is_the_event_whole(extractor):
    # Seed 126's "at the Scientific and Technical Awards Dinner on 12 February" ORG.
    text = (
        "Engineer honoured\n\n"
        "The editor will be honoured at the British Press Awards Dinner on 3 March."
    )
    found = entities(extractor, text)
    assert labels(found, "British Press Awards Dinner") == {"EVENT"}


def test_compass_before_a_continent_is_a_region(extractor):
    # Seed 126's "strong sales in Turkey, Russia and North Africa" GPE.
    text = (
        "Carmaker's sales rise\n\n"
        "Growth came from particularly strong sales in Turkey, Russia and West Africa."
    )
    found = entities(extractor, text)
    assert labels(found, "West Africa") == {"LOC"}
    assert labels(found, "Russia") == {"GPE"}


def test_south_africa_stays_a_country(extractor):
    text = (
        "Carmaker's sales rise\n\n"
        "The firm has plants in South Africa and Eastern Europe, and sells across South East Asia."
    )
    found = entities(extractor, text)
    assert labels(found, "South Africa") == {"GPE"}
    assert labels(found, "Eastern Europe") == {"LOC"}


def test_game_a_prize_went_to_is_a_work(extractor):
    # Seed 126's "the best online game of the year went to Battlefield Vietnam" FAC.
    text = (
        "Shooter wins top prize\n\n"
        "The top honour for the best online game of the year went to Warfront Korea."
    )
    found = entities(extractor, text)
    assert labels(found, "Warfront Korea") == {"WORK_OF_ART"}


def test_a_person_an_acting_prize_went_to_stays_a_person(extractor):
    text = "Foxx wins\n\nThe best actor award went to Jamie Foxx for his role."
    found = entities(extractor, text)
    assert labels(found, "Jamie Foxx") == {"PERSON"}
