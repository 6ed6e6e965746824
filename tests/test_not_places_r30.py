"""Venues, award bodies and services the model tags as places, and places it tags as people
or firms by their town centre or a home there (round r30-places).

Every sentence here is made up for the test; none is from the evaluation data.
"""

from builders import cue_at

VENUE = ("venue before its kind word, not a place", "FAC")
AWARDS = ("awards body before its awards, not a place", "ORG")
SERVICE = ("service before its users or boxes, not a place", "ORG")


def test_a_name_before_a_venue_word_is_the_venue():
    # "Haldmoor prison", "Kelvane hospital", "Vardsen stadium": a name no place list knows,
    # then the lower-case kind of a building, names the building (GPE, NORP, LOC to the model).
    assert cue_at("Two men are held in Haldmoor prison, south of the city.", "Haldmoor", "GPE") == (
        VENUE
    )
    assert cue_at("A patient walked out of Kelvane hospital.", "Kelvane", "NORP") == VENUE
    assert cue_at("The band play at Vardsen stadium in June.", "Vardsen", "LOC") == VENUE


def test_a_place_before_a_venue_word_stays_a_place():
    # A known place, a city of the world, a people's word, or a name after "a": a building
    # in the place ("a Dorset hospital", "the Swansea theatre"), not the building's own name.
    assert cue_at("She was taken to the Swansea theatre.", "Swansea", "GPE") is None
    assert cue_at("He works at the Kampala hospital.", "Kampala", "GPE") is None
    assert cue_at("He was flown to a Brennick hospital.", "Brennick", "GPE") is None
    assert cue_at("It is the Kenyan museum of the year.", "Kenyan", "NORP") is None


def test_a_name_before_its_awards_is_the_body_that_gives_them():
    assert cue_at("The film won at the Varda awards on Sunday.", "Varda", "GPE") == AWARDS
    assert cue_at("It led the Varda interactive awards.", "Varda", "GPE") == AWARDS
    # A country's or a people's awards are the place's or the people's.
    assert cue_at("It won at the Scottish awards.", "Scottish", "NORP") is None
    assert cue_at("The Ireland awards are held in May.", "Ireland", "GPE") is None


def test_a_name_before_its_users_or_boxes_is_a_service():
    assert cue_at("Most Telvio boxes lack a card slot.", "Telvio", "GPE") == SERVICE
    assert cue_at("Despite Quernova administrator Bo Lind's role.", "Quernova", "GPE") == SERVICE
    assert cue_at("Some Zappit subscribers complained.", "Zappit", "NORP") == SERVICE
    # A country's or a people's users are its people.
    assert cue_at("Some 40 million Chinese users went online.", "Chinese", "NORP") is None
    assert cue_at("Most UK users pay for it.", "UK", "GPE") is None


def test_a_town_before_its_centre_is_a_place():
    found = ("place before its town or city centre", "GPE")
    assert cue_at("Shoppers filled Dunbury town centre on Saturday.", "Dunbury", "PERSON") == found
    assert cue_at("Police closed Halworth's city centre.", "Halworth", "ORG") == found
    # A firm's stores there are the firm's.
    assert cue_at("It shut Halworth's town centre stores.", "Halworth", "ORG") is None


def test_a_known_place_before_a_home_is_the_place():
    found = ("known place before a home", "GPE")
    text = "The minister spent the weekend at his official Kent house."
    assert cue_at(text, "Kent", "PERSON") == found
    # A name no place list knows is a family's house ("the Marlow house" of the Marlows).
    assert cue_at("They met at the Marlowe house.", "Marlowe", "PERSON") != found


def test_a_name_before_its_magazine_word_is_the_publication():
    found = ("publication before its kind word, not a place", "ORG")
    assert cue_at("A poll of Vroom! magazine readers put it first.", "Vroom", "GPE") == found
    assert cue_at("He told Dutch newspaper Volkskrant so.", "Dutch", "NORP") is None


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def test_a_prison_and_a_home_county_end_to_end(extractor):
    text = (
        "Most of the men are held in Halmoor prison, north of Leeds. Halmoor prison has been "
        "called a disgrace by lawyers."
    )
    assert _entities(extractor, text)["Halmoor"] == "FAC"
    text = "The minister spent the weekend at his official Kent house with his family."
    assert _entities(extractor, text)["Kent"] == "GPE"


def test_a_venue_named_after_a_person_the_article_names_stays_the_persons(extractor):
    # "the Hendrix museum" shape: the model's place for the surname of a person the article
    # names in full is the person's (their museum), no venue's own name.
    text = (
        "Fans of singer Jomo Trelawny want a Trelawny museum in his home town. Plans for the "
        "Trelawny museum were drawn up in 2004. Trelawny died in 1970."
    )
    assert _entities(extractor, text).get("Jomo Trelawny") == "PERSON"
