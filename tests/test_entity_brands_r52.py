"""Round r52c-brands: well-known firms and products of 1990-2016 news with coined names, which
the model reads as people or places, named by the lists in three cue rows of
factx/data/entities.json ("coined firm by its name (r52c)", ORG; "coined product by its name
(r52c)" and "coined firm's product by its name (r52c)", PRODUCT); sentences of my own, from the
shapes of BBC sheet 52D's gadget list and the r52-persons audit's firms. A founder named like
his firm stays a person."""

from entity_reading import entities, label_by_name, labels

# "coined firm by its name (r52c)".


def test_coined_firms_the_model_reads_as_people_are_firms(extractor):
    found = label_by_name(
        extractor, "Brokers said Vivendi and Accenture had both had a difficult year."
    )
    assert found.get("Vivendi") == "ORG"
    assert found.get("Accenture") == "ORG"


def test_a_coined_firm_after_a_verb_is_no_person(extractor):
    found = label_by_name(extractor, "Analysts said Diageo had a difficult year.")
    assert found.get("Diageo") == "ORG"


def test_coined_firms_the_model_reads_as_places_are_firms(extractor):
    found = label_by_name(
        extractor,
        "Kraft agreed to sell two of its brands to Nestle for $300m. The favourite to win the "
        "auction is Gazprom, traders said.",
    )
    assert found.get("Nestle") == "ORG"
    assert found.get("Gazprom") == "ORG"


def test_a_coined_firm_in_a_list_of_firms(extractor):
    found = label_by_name(
        extractor, "Investors in Yukos and Sibneft lost money as Centrica gained."
    )
    assert found.get("Sibneft") == "ORG"


def test_a_labs_two_word_name_and_a_bodys_short_name_are_no_people(extractor):
    found = label_by_name(
        extractor,
        "The first graphical desktop was developed by Xerox PARC in the 1970s. Staff at Apacs "
        "said card fraud had fallen.",
    )
    assert found.get("Xerox PARC") == "ORG"
    assert found.get("Apacs") == "ORG"


# "coined product by its name (r52c)" and "coined firm's product by its name (r52c)".


def test_a_coined_gadget_is_a_product(extractor):
    found = label_by_name(extractor, "Nobody I know still owns a Powerbook.")
    assert found.get("Powerbook") == "PRODUCT"


def test_a_coined_music_player_is_a_product(extractor):
    found = label_by_name(extractor, "Her son still keeps his old Discman in a drawer.")
    assert found.get("Discman") == "PRODUCT"


def test_a_coined_gadget_the_model_reads_as_a_firm_is_a_product(extractor):
    found = label_by_name(
        extractor,
        "He recorded the interview on a MiniDisc recorder. Children in 1997 wanted nothing but "
        "a Tamagotchi.",
    )
    assert found.get("MiniDisc") == "PRODUCT"
    assert found.get("Tamagotchi") == "PRODUCT"


def test_a_recorder_named_like_its_maker_is_no_person(extractor):
    found = label_by_name(extractor, "Analysts said TiVo had a difficult year.")
    assert found.get("TiVo") == "PRODUCT"


# What the rows leave alone.


def test_a_founder_named_like_his_firm_stays_a_person(extractor):
    found = entities(
        extractor, "Bill Hewlett said the company would grow. Hewlett was an engineer."
    )
    assert labels(found, "Bill Hewlett") == {"PERSON"}


def test_a_surname_firm_is_not_listed(extractor):
    found = label_by_name(extractor, "Lord Sainsbury said the shop had lost its way.")
    assert found.get("Sainsbury") == "PERSON"


def test_a_firm_named_like_its_product_keeps_the_models_org(extractor):
    found = label_by_name(extractor, "TiVo said it would cut the price of its recorders.")
    assert found.get("TiVo") == "ORG"
