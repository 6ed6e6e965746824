"""Round r40b-tech: robots, developers and firms of a country's list that the model took for
people or products (seed 106): sentences of my own."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def labels(found):
    return {name: label for label, name, _ in found}


def test_a_robot_after_its_makers_possessive_is_a_product(extractor):
    # At f09d6b0: `Qrio Robot` PERSON (the article's "he" keeps it a man).
    text = (
        "Show\n\n"
        "Star of the show will be Sony's Qrio Robot, an all-singing, all-dancing man-machine. "
        "But he is not for sale."
    )
    assert labels(entities(extractor, text)).get("Qrio Robot") == "PRODUCT"


def test_a_robot_after_a_persons_possessive_is_left(extractor):
    text = "Toys\n\nThe boy loved Tom Hale's Rusty Robot, a tin toy, more than any other."
    assert labels(entities(extractor, text)).get("Tom Hale") == "PERSON"
    assert "Tom Hale's Rusty Robot" not in labels(entities(extractor, text))


def test_a_developer_before_software_is_a_firm_in_every_mention(extractor):
    # At f09d6b0: `Bungie` PRODUCT (2), a firm read as its game.
    text = (
        "Game\n\n"
        "Produced by Bungie software, renowned for its innovation in gaming, the game sold "
        "well. Bungie got everything right."
    )
    found = entities(extractor, text)
    assert ("ORG", "Bungie", ["Bungie", "Bungie"]) in found


def test_a_person_before_software_is_left(extractor):
    text = "Code\n\nDeveloped by John Smith software, the tool was praised by Mary Jones."
    assert labels(entities(extractor, text)).get("John Smith") != "ORG"


def test_a_firm_after_a_countrys_possessive_in_a_list_of_companies_is_a_firm(extractor):
    # At f09d6b0: `Club Hotelier` PERSON, a company labelled PERSON.
    text = (
        "Shares\n\n"
        "Travel shares fell, with companies such as Germany's TUI and Lufthansa and France's "
        "Club Hotelier sliding."
    )
    found = labels(entities(extractor, text))
    assert found.get("Club Hotelier") == "ORG"
    assert found.get("France") == "GPE"


def test_a_name_after_a_countrys_possessive_outside_a_list_of_companies_is_left(extractor):
    text = "Visit\n\nFrance's Jacques Chirac met bosses of firms in Paris on Monday."
    assert labels(entities(extractor, text)).get("Jacques Chirac") == "PERSON"


def test_a_person_after_a_towns_possessive_in_a_list_of_companies_is_left(extractor):
    text = (
        "Bids\n\n"
        "Bidders include firms such as Hyundai and people like Leeds's John Smith, a builder."
    )
    assert labels(entities(extractor, text)).get("John Smith") == "PERSON"
