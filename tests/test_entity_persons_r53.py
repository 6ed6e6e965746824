"""Round r53-persons: companies and bodies the model or factx labels PERSON (issue 14's second
target), from the shapes of BBC sheets 53A-53D (sentences of my own): ", who" after a trade's
noun or a people's plural makes no person ("person who" in factx/data/entities.json); a
charity's or a UN agency's one word and Apple's computers by their line's word are no people (two
cue rows); a run-together firm's name (`entity_run_together_firms`), a marque by its goods' words
(`entity_marques`) and a name paired after "like" with the model's body (`entity_firm_pairs`)
are no people either."""

from entity_reading import label_by_name

# "person who": a firm in apposition to a trade's noun, a people's plural.


def test_a_firm_after_its_trade_noun_and_who_stays_a_firm(extractor):
    found = label_by_name(
        extractor,
        "The racing team has a new backer in the drinks company, Red Bull, who will pay for "
        "the cars.",
    )
    assert found.get("Red Bull") == "ORG"


def test_a_peoples_plural_before_who_stays_a_people(extractor):
    found = label_by_name(
        extractor, "He upset many with remarks about Serbs, who he said were to blame."
    )
    assert found.get("Serbs") == "NORP"


def test_another_peoples_plural_before_who_stays_a_people(extractor):
    found = label_by_name(
        extractor, "He upset many with remarks about Arabs, who he called suicide bombers."
    )
    assert found.get("Arabs") == "NORP"


def test_a_surname_before_who_is_still_a_person(extractor):
    found = label_by_name(
        extractor, "The firm's founder, Vantor, who started in a garage, retired last year."
    )
    assert found.get("Vantor") == "PERSON"


def test_a_player_before_who_is_still_a_person(extractor):
    found = label_by_name(extractor, "The club is chasing Gerrard, who has a year left.")
    assert found.get("Gerrard") == "PERSON"


# `entity_run_together_firms.run_together_firms`.


def test_a_run_together_firm_name_is_no_person(extractor):
    found = label_by_name(
        extractor, "The bank lost its backing from shareholder DaimlerChrysler after the vote."
    )
    assert found.get("DaimlerChrysler") == "ORG"


def test_surnames_with_a_capital_inside_stay_people(extractor):
    found = label_by_name(
        extractor,
        "Leonardo DiCaprio met Tom DeLay and Paul McCartney in Washington. DiCaprio and DeLay "
        "spoke. Edward FitzGerald wrote the poem, and FitzGerald later revised it.",
    )
    assert found.get("Leonardo DiCaprio") == "PERSON"
    assert found.get("Tom DeLay") == "PERSON"
    assert found.get("Paul McCartney") == "PERSON"
    assert found.get("Edward FitzGerald") == "PERSON"


def test_a_run_together_console_stays_a_product(extractor):
    found = label_by_name(extractor, "He bought a PlayStation and a GameBoy for his son.")
    assert found.get("PlayStation") == "PRODUCT"
    assert found.get("GameBoy") == "PRODUCT"


# "charity or agency by its name (r53)".


def test_a_un_agency_given_money_is_no_person(extractor):
    found = label_by_name(extractor, "The band gave the money to Unicef after the flood.")
    assert found.get("Unicef") == "ORG"


def test_a_charity_given_a_donation_is_no_place(extractor):
    found = label_by_name(extractor, "A donation to Oxfam was made by the club.")
    assert found.get("Oxfam") == "ORG"


def test_a_person_named_like_no_charity_stays_a_person(extractor):
    found = label_by_name(extractor, "The singer donated the money to Bob Geldof's appeal.")
    assert found.get("Bob Geldof") == "PERSON"


# "Apple computer by its name (r53)".


def test_apples_small_computer_is_no_person(extractor):
    found = label_by_name(extractor, "A lot of people are buying a Mac Mini because it is cheap.")
    assert found.get("Mac Mini") == "PRODUCT"


# `entity_marques.marques_by_goods_words`.


def test_a_marque_by_its_goods_words_is_no_person(extractor):
    found = label_by_name(
        extractor,
        "Last year, one in ten cars sold in Italy was a Lancia. Lancia production will now move "
        "to Turin.",
    )
    assert found.get("Lancia") == "PRODUCT"


def test_a_small_cars_marque_and_its_plural(extractor):
    found = label_by_name(
        extractor,
        "Buyers queued for a Mini, and the Mini factory in Oxford will hire 200 staff. The "
        "plant built 180,000 Minis last year.",
    )
    assert found.get("Mini") == "PRODUCT"


def test_a_star_with_a_brand_stays_a_person(extractor):
    found = label_by_name(
        extractor,
        "David Beckham is a star. Every advertiser wants a Beckham, and the Beckham brand is "
        "worth millions.",
    )
    assert found.get("David Beckham") == "PERSON"
    assert "PRODUCT" not in found.values()


# `entity_firm_pairs.firms_paired_after_like`.


def test_a_site_paired_after_like_with_a_firm_is_no_person(extractor):
    found = label_by_name(extractor, "The early web had sites such as Webcrawler and Altavista.")
    assert found.get("Webcrawler") == "ORG"


def test_a_pair_after_a_plural_of_people_is_left_alone(extractor):
    found = label_by_name(extractor, "Fans still talk of legends like Webcrawler and Altavista.")
    assert found.get("Webcrawler") == "PERSON"


def test_a_pair_member_the_article_names_in_full_stays_a_person(extractor):
    found = label_by_name(
        extractor,
        "Tom Webcrawler wrote the guide. Sites such as Webcrawler and Altavista were rivals.",
    )
    assert found.get("Tom Webcrawler") == "PERSON"
