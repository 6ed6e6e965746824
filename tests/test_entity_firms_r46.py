"""Round r46-firms: a firm the model labels PERSON where a deal names it (bought, sold, taken
over, merged with) is an organisation, in an article about firms and not about players."""

from entity_reading import entities, labels


def test_a_firm_bought_is_an_organisation(extractor):
    # Seed 143's shape ("having bought Amey in 2003"): a firm's coined name after a deal's verb,
    # which the model reads as a person's.
    found = entities(
        extractor,
        "The engineering group said profits rose last year, having bought Dorlan in 2001."
        " Its shares rose 3% on Tuesday.",
    )
    assert labels(found, "Dorlan") == {"ORG"}


def test_a_firm_bought_for_a_sum_is_an_organisation(extractor):
    # "Last year, GE bought Vivendi Universal": a two-word name, whole.
    found = entities(
        extractor, "The company said profits rose. Last year, it bought Carver Lindell for $2bn."
    )
    assert labels(found, "Carver Lindell") == {"ORG"}


def test_a_player_or_a_person_after_a_deal_word_is_left_alone(extractor):
    # A club buys players: an article naming a striker is no firm's.
    found = entities(
        extractor,
        "Chelsea bought Drogba for £24m in the summer. The striker scored twice on Saturday"
        " and the club's shares rose.",
    )
    assert labels(found, "Drogba") == {"PERSON"}
    # A person named after a deal word, with "he" after him, stays a person.
    found = entities(
        extractor,
        "The company's shares fell after it bought Amey in 2003, as he refused to sell.",
    )
    assert labels(found, "Amey") == {"PERSON"}
    # A name that opens with a first name stays a person; so does an owner before "'s".
    found = entities(
        extractor, "The company's shares rose after it bought Brenda Willis last year."
    )
    assert labels(found, "Brenda Willis") == {"PERSON"}
    found = entities(
        extractor, "The company's shares rose after it bought Picasso's portrait of a boy."
    )
    assert labels(found, "Picasso") == {"PERSON"}


def test_a_club_before_a_players_calling_is_an_organisation(extractor):
    # Seed 143's "well-known Londonderry YM player Jim Huey": the row "team before its named
    # player" read positions, not the bare "player".
    found = entities(
        extractor,
        "The well-known Carrick YM player Sam Doherty scored twice in the cup final on Saturday.",
    )
    assert labels(found, "Carrick YM") == {"ORG"}
    assert labels(found, "Sam Doherty") == {"PERSON"}


def test_a_place_before_a_players_calling_is_left_alone(extractor):
    # "Hollywood player Howard Hughes": a place's player is a trade's, no club.
    found = entities(extractor, "The former Hollywood player Howard Hughes built aircraft.")
    assert "ORG" not in labels(found, "Hollywood")
    assert labels(found, "Howard Hughes") == {"PERSON"}


def test_a_shop_by_its_possessive_is_an_organisation(extractor):
    # "queues in Starbuck's": the model tags the chain without its "'s" a person.
    found = entities(
        extractor, "Shoppers formed long queues in Starbuck's and at Sainsbury's on Saturday."
    )
    assert labels(found, "Starbuck's") == {"ORG"}
    assert "Starbuck" not in {name for _, name, _ in found}


def test_a_persons_possessive_or_a_ground_is_left_alone(extractor):
    # A man the article names with "Mr" keeps his own name; a saint's ground is a place.
    found = entities(extractor, "Mr Starbuck said the queues in Starbuck's were long.")
    assert "Starbuck's" not in {name for _, name, _ in found}
    found = entities(extractor, "The side played at St Mary's on Sunday.")
    assert "ORG" not in labels(found, "St Mary's")


def test_a_name_ending_in_incorporated_is_a_firm(extractor):
    # "Paws Incorporated - the owner of the rights": "Inc" written out ends no person's name.
    found = entities(
        extractor,
        "And on Monday, Fenwick Incorporated - the owner of the rights to the cartoon dog -"
        " filed a suit.",
    )
    assert labels(found, "Fenwick") == {"ORG"}


def test_a_person_beside_incorporated_is_left_alone():
    from builders import cue_at

    text = "Tom Fenwick joined Lowther Incorporated in May."
    assert cue_at(text, "Tom Fenwick", "PERSON") is None
