"""Venues, landmarks, waters and constituencies named by a kind word (and the people whose
surname is such a word), bands named like people, and painters after their works."""

import pytest

from factx.extract.evidence import cue_of


def cue(text, name, label):
    start = text.index(name)
    found = cue_of(text, start, start + len(name), label)
    return found.name if found else None


@pytest.mark.parametrize(
    ("text", "name", "label", "expected"),
    [
        ("Crowds met in Trafalgar Square.", "Trafalgar Square", "PERSON", "venue by its kind"),
        # A general election is an event, however the model reads its capitals.
        ("ahead of the General Election in May", "the General Election", "ORG",
         "general election by its name"),
        ("the game at Stamford Bridge.", "Stamford Bridge", "ORG", "venue by its kind"),
        # Courses and tracks for racing, and with the "the" the model took into the span.
        ("the sprint staged at Kelso Racecourse", "Kelso Racecourse", "ORG", "venue by its kind"),
        ("records set at the National Indoor Arena", "the National Indoor Arena", "ORG",
         "venue by its kind"),
        # A common first name before a plural kind word: no surname ("Alton" is a first name).
        ("Madame Tussauds and Alton Towers", "Alton Towers", "PERSON", "venue by its kind"),
        ("Joy Division were signed to Factory.", "Joy Division", "PERSON", "band as a plural"),
        ("They sailed on Loch Lomond.", "Loch Lomond", "PERSON",
         "water or mountain before its name"),
        ("down the River Tyne.", "River Tyne", "FAC", "water or mountain before its name"),
        ("the Labour MP for Birkenhead asked", "Birkenhead", "PERSON",
         "constituency of its member"),
        # A constituency named before its kind word ("seat", "constituency"), which the model
        # reads as a person or a firm; a town's name is no party's.
        ("she will fight the Wexley Heath seat again", "Wexley Heath", "ORG",
         "constituency before its kind"),
        ("his Burnside constituency voted to stay", "Burnside", "PERSON",
         "constituency before its kind"),
        # The year a member first entered the Commons for a constituency.
        ("He entered Parliament for Leeds Harewood in 1992.", "Leeds Harewood", "ORG",
         "constituency a member enters Parliament for"),
        # A place by its kind word, named by what it is called today (or was renamed).
        ("He has held the seat now known as Kelworth Vale since 1987.", "Kelworth Vale", "ORG",
         "place by its kind now known as"),
        ("the town later renamed Port Ellis", "Port Ellis", "PERSON",
         "place by its kind now known as"),
        ("ports like Peterhead or Fraserburgh would", "Fraserburgh", "PERSON",
         "places after their kind"),
        # Painters named after their works, and those joined to the first.
        ("exhibitions of the work of Caravaggio, Stubbs and Rubens", "Stubbs", "GPE",
         "artist of the works"),
    ],
)  # fmt: skip
def test_a_kind_word_shows_what_the_name_is(text, name, label, expected):
    assert cue(text, name, label) == expected


@pytest.mark.parametrize(
    ("text", "name", "label", "not_expected"),
    [
        # A common first name: a person, no venue.
        ("Stuart Hall and Bruce Arena spoke.", "Stuart Hall", "PERSON", "venue by its kind"),
        ("Stuart Hall and Bruce Arena spoke.", "Bruce Arena", "ORG", "venue by its kind"),
        # A work named after a building keeps its label.
        ("Howl's Moving Castle opened.", "Howl's Moving Castle", "WORK_OF_ART",
         "venue by its kind"),
        # A plural verb after a person who is one of two subjects.
        ("Mr Howard and shadow chancellor Oliver Letwin have met.", "Oliver Letwin", "PERSON",
         "band as a plural"),
        # A party's, a body's or a person's seat is no constituency.
        ("Labour lost a Labour seat.", "Labour", "ORG", "constituency before its kind"),
        ("a Security Council seat", "Security Council", "ORG", "constituency before its kind"),
        ("she took the Mary Dale seat", "Mary Dale", "PERSON", "constituency before its kind"),
        ("He entered Parliament for Labour in 1992.", "Labour", "ORG",
         "constituency a member enters Parliament for"),
        # A firm by another name, a party after a seat's kind: no place.
        ("the company now known as Halwick", "Halwick", "ORG", "place by its kind now known as"),
        ("a seat now known as Labour territory", "Labour", "ORG",
         "place by its kind now known as"),
        # A place's own possessive after "the work of".
        ("the work of Europe's scientists", "Europe", "LOC", "artist of the works"),
    ],
)  # fmt: skip
def test_a_kind_word_is_not_read_where_the_name_says_otherwise(text, name, label, not_expected):
    assert cue(text, name, label) != not_expected


def test_a_body_named_after_a_hall_is_no_venue():
    assert cue("the Hall of Fame voted.", "Hall of Fame", "ORG") is None


def test_a_camp_by_its_name_is_a_facility():
    # The model reads a camp's name as a person or a firm after "in" or "visit".
    assert cue("Her aunt was held in Dachau and Belsen.", "Belsen", "PERSON") == "camp by its name"
    assert cue("The minister will visit Auschwitz.", "Auschwitz", "ORG") == "camp by its name"


def test_a_venues_short_name_says_nothing_of_its_label(extractor):
    # "the Garrick said it was pleased": the short name's words speak of the company, but the
    # venue's full name says what the entity is.
    text = (
        "Show\n\nThe show opens at the Fennick Theatre in May. Tickets for The Fennick sold "
        "fast, and the Fennick said it was pleased."
    )
    found = [f for f in extractor.extract_text(text).facts if f.type == "entity"]
    venue = [f for f in found if f.name == "Fennick Theatre"]
    assert len(venue) == 1 and venue[0].label == "FAC" and len(venue[0].mentions) == 3


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A theatre, a playhouse, an auditorium or a hotel by its name is the building, which
        # the model reads as the company that runs it.
        ("The revival opens at the Hollins Theatre in May.", "the Hollins Theatre", "ORG"),
        ("a gala at the Marlowe Playhouse", "the Marlowe Playhouse", "ORG"),
        ("They met in the lobby of the Grand Esterly Hotel.", "the Grand Esterly Hotel", "PERSON"),
        ("the prize was handed out at the Corbin Auditorium", "the Corbin Auditorium", "ORG"),
    ],
)  # fmt: skip
def test_a_theatre_or_a_hotel_by_its_name_is_a_venue(text, name, label):
    assert cue(text, name, label) == "venue by its kind"


def test_a_national_theatre_is_a_company_as_often_as_a_building():
    # "a season for the National Theatre": the national company, not only its stage.
    assert (
        cue("She wrote a season for the National Theatre.", "the National Theatre", "ORG") is None
    )


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A club's ground named by its moor, after the "at" or "to" of a match away.
        ("their first trip to Calder Moor 0-2 in years", "Calder Moor", "ground by its moor"),
        ("Fans at Brunton Moor sang all game.", "Brunton Moor", "ground by its moor"),
        # A moor of open land is no ground: no "at" or "to" before it.
        ("They walked across Saddleworth Moor on Sunday.", "Saddleworth Moor", None),
    ],
)
def test_a_ground_named_by_its_moor_is_a_venue(text, name, expected):
    assert cue(text, name, "ORG") == expected
