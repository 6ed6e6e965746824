"""Round r48b-sport: players, clubs, places and events in sport stories."""

from entity_reading import label_by_name


def test_an_athletes_club_in_brackets_is_one_organisation_whole(extractor):
    # A squad line: the towns that open a club's name read as people or places, the club cut.
    text = (
        "Indoor squad named\n\n"
        "60m: P Nolan (Redhill, Reigate and Banstead AC), T Okafor (Barnsley AC), "
        "R Hale (Bolton Harriers).\n\n"
        "800m: S Kerr (Leeds, Otley and District), L Fenn (Woodford Green with Essex Ladies)."
    )
    found = label_by_name(extractor, text)
    assert found.get("Redhill, Reigate and Banstead AC") == "ORG"
    assert found.get("Leeds, Otley and District") == "ORG"
    assert found.get("Woodford Green with Essex Ladies") == "ORG"
    assert not {"Redhill", "Otley", "Essex Ladies"} & set(found)
    assert found.get("P Nolan") == "PERSON"


def test_brackets_with_no_clubs_word_are_left_alone(extractor):
    text = "The race was won by Mary Lowe (France). The referee was A Walsh (Kent)."
    found = label_by_name(extractor, text)
    assert found.get("France") == "GPE"
    assert "A Walsh (Kent)" not in found
    found = label_by_name(extractor, "The club (Belgrave Harriers) said little about it.")
    assert found.get("Belgrave Harriers") == "ORG"


def test_a_sponsor_before_a_competitions_name_is_one_event(extractor):
    text = "Scotland named a new prop ahead of their RBS Six Nations game against Wales."
    found = label_by_name(extractor, text)
    assert found.get("RBS Six Nations") == "EVENT"
    assert "RBS" not in found
    found = label_by_name(extractor, "He makes his RBS Six Nations debut against Italy in Rome.")
    assert found.get("RBS Six Nations") == "EVENT"
    text = "The winter break ends and the Heineken Cup prepares to resume on Friday."
    assert label_by_name(extractor, text).get("Heineken Cup") == "EVENT"


def test_a_sponsor_with_its_own_words_or_a_broadcaster_is_left_alone(extractor):
    text = "RBS said profits rose. RBS, which sponsors the Six Nations, gained 3%."
    found = label_by_name(extractor, text)
    assert found.get("RBS") == "ORG"
    assert found.get("Six Nations") == "EVENT"
    text = "Leeds play Bath on Sunday. ITV Championship coverage starts at noon."
    assert "ITV Championship" not in label_by_name(extractor, text)
