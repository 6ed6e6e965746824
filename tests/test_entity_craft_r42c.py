"""Round r42c-craft: aircraft by their designation, devices by maker and model, trade shows by
name and year, airlines listed after their plural (`factx.extract.entity_craft`). The sentences
are made up."""

from entity_reading import labelled, mentions


def names(extractor, text):
    return [name for _, name, _ in mentions(extractor, text)]


def test_a_coded_aircraft_with_its_name_is_one_product(extractor):
    # The model tags "C-130 Hercules" ORG.
    text = "The two air forces will share spare parts for the C-130 Hercules transport aircraft."
    assert "C-130 Hercules" in labelled(extractor, text, "PRODUCT")
    assert "C-130 Hercules" not in labelled(extractor, text, "ORG")


def test_an_aircraft_named_by_a_number_listed_beside_a_coded_one(extractor):
    # The model cuts "Mirage" and tags it ORG.
    text = "The navy may buy second-hand Mirage 2000 as well as F-16 fighter jets from abroad."
    assert "Mirage 2000" in labelled(extractor, text, "PRODUCT")
    assert "Mirage" not in names(extractor, text)


def test_a_makers_aircraft_and_a_name_and_year_alone_are_left(extractor):
    # A maker before the designation is the maker's rule's; "Euro 2004 and" names no aircraft.
    text = "The airline will fly Airbus A321 aircraft. Euro 2004 and the World Cup drew crowds."
    found = names(extractor, text)
    assert "A321" not in found
    assert "Euro 2004" not in labelled(extractor, text, "PRODUCT")


def test_a_device_by_its_maker_and_model_code(extractor):
    # The model tags "Epson" PERSON (a firm as a person) and "Canon" LAW.
    text = "The Epson R800 printer was cheaper to run than a Canon i865 printer, the survey found."
    products = labelled(extractor, text, "PRODUCT")
    assert "Epson R800" in products and "Canon i865" in products
    assert not labelled(extractor, text, "PERSON")
    assert not labelled(extractor, text, "LAW")


def test_a_device_word_after_no_model_code_is_left(extractor):
    # "3G" is a network's generation, "Radio 4" a station before a phone-in.
    text = "Vodafone 3G phone sales rose. Listeners called the BBC Radio 4 phone-in on Monday."
    assert not labelled(extractor, text, "PRODUCT")


def test_a_trade_show_by_name_and_year_is_one_event(extractor):
    # The model tags "India" GPE alone.
    text = "The president opened the country's Aero India 2007 air show on Monday."
    assert "Aero India 2007" in labelled(extractor, text, "EVENT")
    assert "India" not in labelled(extractor, text, "GPE")


def test_each_airline_listed_after_airlines_and_a_dash(extractor):
    # The model misses the first member of each list.
    text = (
        "Boeing signed deals with two Indian airlines - Air Deccan and Kingfisher. Three "
        "European airlines - Lufthansa, Air France and Alitalia - joined the scheme."
    )
    orgs = labelled(extractor, text, "ORG")
    assert {"Air Deccan", "Kingfisher", "Lufthansa", "Air France", "Alitalia"} <= set(orgs)


def test_airlines_named_by_such_as_are_left_to_their_cue(extractor):
    text = "Rival carriers such as Ryanair and easyJet cut fares."
    assert labelled(extractor, text, "EVENT") == []
