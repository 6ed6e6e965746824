"""Round r47b-teams: sport stories' players, clubs and grounds."""

from entity_reading import entities, label_by_name, texts_of


def test_a_club_before_its_staffs_word_and_a_full_name_is_found(extractor):
    # The model tags the chairman or the coach and leaves the club before him out. The rule
    # that finds it (r47-sport's `clubs_by_singular_nickname`, which r47b-teams's own rule
    # duplicated) reads a sport's story, so the sentences say "league".
    found = label_by_name(
        extractor, "Magpies chairman Freddy Shepherd backed the manager after the league defeat."
    )
    assert found.get("Magpies") == "ORG"
    assert found.get("Freddy Shepherd") == "PERSON"
    text = "Harriers boss Tom Ellis was delighted. The win lifts Harriers to third in the league."
    found = label_by_name(extractor, text)
    assert found.get("Harriers") == "ORG"
    assert found.get("Tom Ellis") == "PERSON"


def test_a_club_before_its_coach_joins_its_full_name(extractor):
    text = (
        "Deportivo coach Javier Irureta has quit after a poor run in the league. The board of "
        "Deportivo La Coruna met on Monday."
    )
    found = entities(extractor, text)
    assert texts_of(found, "Deportivo La Coruna") == [["Deportivo", "Deportivo La Coruna"]]


def test_a_common_word_or_a_bodys_kind_word_before_a_staff_word_is_left_alone(extractor):
    text = "Sales manager John Smith said prices would rise. Sales were up."
    assert "Sales" not in label_by_name(extractor, text)
    text = (
        "Committee chairman Alan Beith said the inquiry had been complex. The Constitutional "
        "Affairs Select Committee met on Monday."
    )
    assert "Committee" not in label_by_name(extractor, text)
    found = label_by_name(extractor, "Former captain Keith Wood said the side was strong.")
    assert "Former" not in found
    found = label_by_name(extractor, "Leeds Rhinos coach Tony Smith was pleased.")
    assert "Rhinos" not in found
    assert found.get("Leeds Rhinos") == "ORG"


def test_a_first_name_taken_for_a_people_before_its_surname_is_the_person(extractor):
    # The model tags "Adrian" NORP (the "-ian" of a people's word) and the surname apart.
    text = "Lazio have released Adrian Petrescu. Petrescu scored four goals this season."
    found = label_by_name(extractor, text)
    assert found.get("Adrian Petrescu") == "PERSON"
    assert "Adrian" not in found
    assert "Petrescu" not in found


def test_the_bare_surname_joins_the_grown_full_name(extractor):
    text = "The striker Adrian Mutu was sacked on Friday. But Mutu has hit out at the club."
    found = entities(extractor, text)
    assert texts_of(found, "Adrian Mutu") == [["Adrian Mutu", "Mutu"]]
    assert "Mutu" not in label_by_name(extractor, text)


def test_a_people_or_a_place_or_a_first_name_alone_is_left_alone(extractor):
    found = label_by_name(
        extractor, "They beat German Wolfram Mulle by a second. Mulle was second."
    )
    assert found.get("German") == "NORP"
    assert found.get("Wolfram Mulle") == "PERSON"
    assert label_by_name(extractor, "Lincoln City lost again. City fans were angry.") == {
        "Lincoln City": "ORG"
    }
    found = label_by_name(extractor, "He arrived at Victoria Station on Monday.")
    assert found.get("Victoria Station") == "FAC"
    found = label_by_name(
        extractor, "The plant in Newton Aycliffe will close. Aycliffe staff wait."
    )
    # r52-spans: the town whole is right (`split_names_joined`); what is tested is no team here.
    assert found.get("Newton Aycliffe") in (None, "GPE")


def test_a_listed_names_tail_tagged_alone_grows_to_the_whole_name(extractor):
    # The model reads "Six" as a number and tags "Nations" alone, ORG.
    text = "Wales hope to rescue their Six Nations campaign in Rome."
    found = label_by_name(extractor, text)
    assert found.get("Six Nations") == "EVENT"
    assert "Nations" not in found
    text = "Ireland have made a bright start to their Six Nations campaign."
    assert label_by_name(extractor, text).get("Six Nations") == "EVENT"


def test_other_names_with_the_same_tail_are_left_alone(extractor):
    found = label_by_name(extractor, "The deal was backed by the United Nations on Monday.")
    assert found.get("United Nations") == "ORG"
    assert "Six Nations" not in found
    assert "Home Nations" in label_by_name(extractor, "The Home Nations will meet in Cardiff.")
    assert label_by_name(extractor, "Six nations signed the treaty.") == {}


def test_a_ground_after_at_and_before_a_matchs_day_is_a_building(extractor):
    # The model leaves a ground it does not know out, or takes it for a town.
    text = "Rovers beat them 2-1 in a cup tie at Fernmoor on 16 January."
    assert label_by_name(extractor, text).get("Fernmoor") == "FAC"
    found = label_by_name(extractor, "Wales will face England at Twickenham on Sunday.")
    assert found.get("Twickenham") == "FAC"
    text = "Edinburgh drew with Borders at Netherdale on Friday night."
    assert label_by_name(extractor, text).get("Netherdale") == "FAC"


def test_a_town_or_a_place_with_no_match_is_left_alone(extractor):
    found = label_by_name(extractor, "Barcelona snatched a late 2-1 win at Albacete on Saturday.")
    assert found.get("Albacete") != "FAC"
    found = label_by_name(extractor, "The derby at Liverpool on 20 March will be tense.")
    assert found.get("Liverpool") == "GPE"
    found = label_by_name(extractor, "They had a dinner at Claridges on Monday.")
    assert found.get("Claridges") != "FAC"


def test_a_name_whose_possessive_owns_a_kick_is_a_player(extractor):
    # The model tags a misspelt or unknown player ORG before his possessive kick.
    text = "The centre-half headed Mendozza's free-kick into his own net."
    assert label_by_name(extractor, text).get("Mendozza") == "PERSON"
    text = "The keeper saved Valbuena's low strike."
    assert label_by_name(extractor, text).get("Valbuena") == "PERSON"


def test_a_sides_or_a_firms_possessive_is_left_alone(extractor):
    text = (
        "Fulham's lead did not last. Chelsea's goal came late, and United's first goal was a "
        "header."
    )
    found = label_by_name(extractor, text)
    assert found.get("Chelsea") == "ORG"
    assert found.get("United") == "ORG"
    found = label_by_name(extractor, "Rosenborg's penalty claims were waved away.")
    assert found.get("Rosenborg") != "PERSON"
    found = label_by_name(extractor, "Analysts praised Intel's new chip and Fiat's sales drive.")
    assert found.get("Intel") == "ORG"
