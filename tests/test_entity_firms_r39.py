"""Round r39-firms: firms, programs, products and events of business and tech news that the
model or factx took for people, places or peoples (seeds 94-96): sentences of my own."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def labels(found):
    return {name: label for label, name, _ in found}


def test_firms_listed_after_among_the_companies_present_are_firms_each(extractor):
    # At c77653b: "Frontier Silicon and Imagination" ORG glued, `Opera` GPE.
    text = (
        "Chips\n\n"
        "Among the chip companies present were Frontier Silicon and Imagination. "
        "Among the software firms present were Symbian and Opera."
    )
    found = labels(entities(extractor, text))
    assert found.get("Frontier Silicon") == "ORG"
    assert found.get("Imagination") == "ORG"
    assert found.get("Opera") == "ORG"
    assert "Frontier Silicon and Imagination" not in found


def test_people_listed_after_among_the_companies_present_stay_people(extractor):
    text = "Fair\n\nAmong the companies present were John Smith and Mary Jones."
    found = labels(entities(extractor, text))
    assert found.get("John Smith") == "PERSON"
    assert found.get("Mary Jones") == "PERSON"


def test_programs_listed_after_viruses_such_as_are_products(extractor):
    # At c77653b: `Plonker` ORG, `Rexbot` PERSON.
    text = "Virus\n\nPolice said the code for viruses such as Plonker, Rexbot and Vandar was held."
    found = labels(entities(extractor, text))
    assert found.get("Plonker") == "PRODUCT"
    assert found.get("Rexbot") == "PRODUCT"
    assert found.get("Vandar") == "PRODUCT"


def test_programs_listed_before_mass_mailers_are_products(extractor):
    # At c77653b: `Zorba` GPE, `Kelpie` ORG, `Fizzmail` GPE.
    text = (
        "Virus\n\n"
        "The first months of the year did see the appearance of the Zorba, Kelpie and "
        "Fizzmail mass mailers."
    )
    found = labels(entities(extractor, text))
    assert found.get("Zorba") == "PRODUCT"
    assert found.get("Kelpie") == "PRODUCT"
    assert found.get("Fizzmail") == "PRODUCT"


def test_the_name_trojan_is_the_program_without_its_kind_word(extractor):
    # At c77653b: `Daggers Trojan` ORG.
    text = (
        "Virus\n\nSeparately, in October the Daggers Trojan came to light which can cripple phones."
    )
    found = entities(extractor, text)
    assert ("PRODUCT", "Daggers", ["Daggers"]) in found


def test_a_name_between_a_firms_possessive_and_product_is_the_product(extractor):
    # At c77653b: `Nebula` PERSON, `Falcon` ORG.
    text = (
        "Leak\n\n"
        "The blog ran online articles about Sony's Nebula product. The firm sued over leaking "
        "secrets about the Nebula music product."
    )
    assert labels(entities(extractor, text)).get("Nebula") == "PRODUCT"
    text = (
        "Leak\n\n"
        "Microsoft has won its fight over leaks about its Falcon product. The blog wrote about "
        "the Falcon music product."
    )
    assert labels(entities(extractor, text)).get("Falcon") == "PRODUCT"


def test_a_firm_before_product_after_the_stays_a_firm(extractor):
    text = "Delay\n\nAnalysts said the Microsoft product was late, and Microsoft agreed."
    assert labels(entities(extractor, text)).get("Microsoft") == "ORG"


def test_the_name_car_company_is_the_firm(extractor):
    # At c77653b: `Lancia` PERSON.
    text = (
        "Cars\n\nThe group is to integrate the Lancia car company - currently owned by Peugeot - "
        "into its unit."
    )
    assert labels(entities(extractor, text)).get("Lancia") == "ORG"


def test_a_regions_adjective_before_operator_and_firm_is_norp(extractor):
    # At c77653b: `Nordic` ORG (the cue 'role at a company' after "chief executive of").
    text = (
        "Mobile TV\n\n"
        "Lars Nygren, chief executive of Nordic operator Telenor, tipped it as the next big thing."
    )
    found = labels(entities(extractor, text))
    assert found.get("Nordic") == "NORP"
    assert found.get("Telenor") == "ORG"


def test_a_fair_in_apposition_and_its_short_name_after_at_are_the_event(extractor):
    # At c77653b: `CTIA Wireless Congress` ORG and `CTIA` ORG.
    text = (
        "Mobile TV\n\n"
        "Mr Park made the remarks in a speech at the CTIA Wireless Congress, a mobile trade fair, "
        "in Las Vegas this week. Mr Park, also at CTIA, said Motorola was demonstrating one at "
        "CTIA."
    )
    found = labels(entities(extractor, text))
    assert found.get("CTIA Wireless Congress") == "EVENT"
    assert found.get("CTIA") == "EVENT"


def test_a_body_in_capitals_that_is_no_fairs_short_name_stays(extractor):
    text = "Phones\n\nCTIA said the show was busy. He spoke at the Tokyo Game Show, a games fair."
    found = labels(entities(extractor, text))
    assert found.get("CTIA") == "ORG"


def test_a_fair_whose_name_opens_with_a_digit_is_whole(extractor):
    # At c77653b: "the 3GSM World Congress" cut to `World Congress` ORG.
    text = (
        "Mobile TV\n\n"
        "He spoke at the 3GSM World Congress, a mobile trade fair, in Cannes this week. LG was "
        "demonstrating one at 3GSM."
    )
    found = labels(entities(extractor, text))
    assert found.get("3GSM World Congress") == "EVENT"
    assert "World Congress" not in found


def test_across_a_continent_opening_a_sentence_is_no_part_of_the_name(extractor):
    # At c77653b: `Across Europe` ORG.
    text = (
        "Accounts\n\n"
        "Across Europe, all listed companies are moving to new and complex accounting standards."
    )
    found = labels(entities(extractor, text))
    assert "Across Europe" not in found
    assert found.get("Europe") == "LOC"


def test_new_world_before_wines_is_a_region(extractor):
    # At c77653b: `New World` ORG (2).
    text = (
        "Wine\n\n"
        "There is growing popularity of New World wines. Spain fell behind the 'New World' "
        "producers of Argentina."
    )
    assert labels(entities(extractor, text)).get("New World") == "LOC"
