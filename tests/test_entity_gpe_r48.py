"""Round r48-gpe: places that are not places (a university, a club or a town's people by a
town's name), and the real places in the same shapes left alone."""

from entity_reading import label_by_name


def test_a_town_after_a_degrees_words_is_its_university(extractor):
    # The model reads the town after "graduated from" or "a degree at" as the place.
    found = label_by_name(
        extractor, "He graduated from Cambridge in 1985 and later taught at Yale."
    )
    assert found.get("Cambridge") == "ORG"
    found = label_by_name(
        extractor, "She took a degree at Durham and then a doctorate at Edinburgh."
    )
    assert found.get("Durham") == "ORG"
    assert found.get("Edinburgh") == "ORG"


def test_a_town_after_a_move_or_a_students_from_stays_a_place(extractor):
    found = label_by_name(extractor, "He moved from Cambridge to Oxford in 1999.")
    assert found.get("Cambridge") == "GPE"
    found = label_by_name(extractor, "Students from Leeds marched through the town on Saturday.")
    assert found.get("Leeds") == "GPE"


def test_towns_listed_before_other_clubs_are_clubs(extractor):
    found = label_by_name(
        extractor, "Tottenham, Fulham, Queens Park Rangers and other clubs used artificial pitches."
    )
    assert found.get("Tottenham") == "ORG"
    assert found.get("Fulham") == "ORG"


def test_towns_or_countries_before_other_towns_or_teams_keep_their_place(extractor):
    found = label_by_name(extractor, "Leeds, Bradford and other cities bid for the games.")
    assert found.get("Leeds") == "GPE"
    found = label_by_name(extractor, "Brazil, France and other teams have already qualified.")
    assert found.get("Brazil") == "GPE"
    assert found.get("France") == "GPE"


def test_towns_listed_after_sides_such_as_are_clubs(extractor):
    found = label_by_name(
        extractor, "Sides such as Tottenham, Fulham and Bolton want the rule changed."
    )
    assert found.get("Tottenham") == "ORG"
    assert found.get("Bolton") == "ORG"


def test_a_town_a_player_joined_a_side_from_is_his_old_club(extractor):
    found = label_by_name(
        extractor, "The lock has shone since joining the Welsh side from Northampton last year."
    )
    assert found.get("Northampton") == "ORG"


def test_a_town_someone_joined_a_firm_from_is_left_alone(extractor):
    found = label_by_name(
        extractor, "She has thrived since joining the firm from Northampton last year."
    )
    assert found.get("Northampton") == "GPE"


def test_a_town_after_a_club_and_before_a_position_is_a_club(extractor):
    found = label_by_name(
        extractor, "The former Aston Villa and Dumbarton full-back was named coach on Friday."
    )
    assert found.get("Dumbarton") == "ORG"


def test_a_country_or_towns_after_and_keep_their_place(extractor):
    found = label_by_name(extractor, "The former Celtic and Scotland striker was appointed.")
    assert found.get("Scotland") == "GPE"
    found = label_by_name(extractor, "He lives between the Leeds and Bradford areas.")
    assert found.get("Bradford") == "GPE"


def test_a_town_after_a_consultant_at_is_the_club(extractor):
    found = label_by_name(
        extractor, "The Dutchman, now a consultant at Barcelona, will help pick the new coach."
    )
    assert found.get("Barcelona") == "ORG"


def test_a_town_after_a_consultant_in_stays_a_place(extractor):
    found = label_by_name(
        extractor, "He works as a consultant in Barcelona and lives near the port."
    )
    assert found.get("Barcelona") == "GPE"


def test_a_places_residents_by_ers_are_a_people(extractor):
    found = label_by_name(extractor, "New Yorkers queued for hours to see the new exhibition.")
    assert found.get("New Yorkers") == "NORP"


def test_a_side_named_the_region_ers_is_left_alone(extractor):
    # "Highland" is a Scottish council; "the Highlanders" is a rugby side, no people.
    found = label_by_name(extractor, "The Highlanders beat the Crusaders 20-10 in Dunedin.")
    assert found.get("Highlanders") != "NORP"


def test_a_chapel_or_a_minster_by_its_kind_is_a_building(extractor):
    found = label_by_name(
        extractor,
        "The wedding will be followed by a service in St Mary's Chapel at which the bishop"
        " will preach.",
    )
    assert found.get("St Mary's Chapel") == "FAC"
    found = label_by_name(extractor, "Crowds gathered outside York Minster on Sunday morning.")
    assert found.get("York Minster") == "FAC"


def test_a_person_or_a_church_body_by_its_kind_is_left_alone(extractor):
    found = label_by_name(extractor, "Rebecca Chapel said the results were encouraging.")
    assert found.get("Rebecca Chapel") == "PERSON"
    found = label_by_name(extractor, "The Methodist Church said the rules would change.")
    assert found.get("Methodist Church") == "ORG"
