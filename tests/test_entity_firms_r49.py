"""Round r49-firms: firms, laws and the people inside firms' and campaigns' names (sentences of
my own)."""

from entity_reading import label_by_name, mention_labels

# `surname joined before its partner's campaign` and `surname joined after its partner before
# their campaign` (factx/data/entities.json): the candidates of a hyphened campaign stay people.


def test_a_candidate_inside_a_hyphened_campaign_stays_a_person(extractor):
    found = label_by_name(
        extractor,
        '"We will win Ohio," said a spokeswoman for the Clinton-Kaine campaign. Hillary '
        "Clinton spoke in Ohio later.",
    )
    assert found.get("Hillary Clinton") == "PERSON"
    found = label_by_name(
        extractor,
        "Aides said so, and a spokesman for the McCain-Palin campaign agreed. John McCain "
        "backed the plan on Monday.",
    )
    assert found.get("John McCain") == "PERSON"


def test_a_firms_spokesman_and_a_peoples_hyphen_are_left_alone(extractor):
    found = label_by_name(
        extractor,
        "Profits rose, said a spokesman for the Anglo-Dutch group Unilever. Unilever sells soap.",
    )
    assert found.get("Unilever") == "ORG"
    found = mention_labels(
        extractor, "A spokesman for Ubisoft said the Anglo-French team would finish the game."
    )
    assert ("Ubisoft", "ORG") in found
    assert ("Anglo", "PERSON") not in found and ("French", "PERSON") not in found


# `law by its authors' hyphened surnames`: two surnames joined before a law's word are the law.


def test_a_law_named_by_its_sponsors_is_a_law(extractor):
    found = label_by_name(
        extractor,
        "Donors have found ways round the McCain-Feingold rules. Republicans want to repeal "
        "Dodd-Frank, and the Dodd-Frank law is unpopular with banks.",
    )
    assert found.get("McCain-Feingold") == "LAW"
    assert found.get("Dodd-Frank") == "LAW"
    found = label_by_name(extractor, "Senators backed the Graham-Cassidy bill on Tuesday.")
    assert found.get("Graham-Cassidy") == "LAW"


def test_a_double_barrelled_surname_before_rules_as_a_verb_stays_a_person(extractor):
    found = label_by_name(
        extractor,
        "Robert Kilroy-Silk spoke in Derby. Kilroy-Silk rules out a return to the party.",
    )
    assert found.get("Robert Kilroy-Silk") == "PERSON"


# `firm in apposition as a provider`: a name before ", a ... provider" is the firm.


def test_a_firm_in_apposition_as_a_provider_is_a_firm(extractor):
    found = label_by_name(
        extractor,
        "The deal would give Qwest, a local phone service provider, more customers. Analysts "
        "said Qwest had paid too much.",
    )
    assert found.get("Qwest") == "ORG"
    found = label_by_name(
        extractor, "Shares in Zentel, a mobile phone software supplier, rose 4% on Monday."
    )
    assert found.get("Zentel") == "ORG"


def test_a_country_or_a_person_as_a_provider_is_left_alone(extractor):
    found = label_by_name(
        extractor,
        'Canada, a key gas supplier to the US, raised prices. "It works," said Ann Lee, a '
        "care provider in Leeds.",
    )
    assert found.get("Canada") == "GPE"
    assert found.get("Ann Lee") == "PERSON"


# `place before its firm's subsidiary`: the place before "subsidiary <Name>" stays the place.


def test_a_place_before_a_firms_subsidiary_stays_a_place(extractor):
    found = mention_labels(
        extractor,
        "The games maker bought the London subsidiary Morpheme last year. Morpheme makes "
        "animation software.",
    )
    assert ("London", "GPE") in found
    assert ("Morpheme", "ORG") in found


def test_a_firm_before_its_unit_is_still_the_firm(extractor):
    found = mention_labels(
        extractor, "The Yukos unit Yuganskneftegas was sold at auction to Baikal Finance Group."
    )
    assert ("Yukos", "ORG") in found


# `entity_opening_words`: a plain plural or a past participle opening a sentence is no name.


def test_a_plural_opening_a_sentence_before_its_verb_is_no_name(extractor):
    found = label_by_name(
        extractor,
        "Court delay\n\nDeliberations will start after the hearing on Monday. The judge said so.",
    )
    assert "Deliberations" not in found


def test_a_participle_opening_a_sentence_is_no_name(extractor):
    found = label_by_name(
        extractor,
        "Car boss moves\n\nDubbed 'the cost cutter' for closing plants across Europe, Mr Lutz "
        "will now run the US arm.\n\nDubbed 'le cost killer' for pushing through huge cuts at "
        "Nissan, the Brazilian is expected to run both firms.",
    )
    assert "Dubbed" not in found
    assert found.get("Nissan") == "ORG"


def test_a_firm_named_by_a_plural_and_a_club_named_inside_stay(extractor):
    found = label_by_name(
        extractor,
        "Shop sales\n\nBorders said sales fell in January. Analysts said the chain would cut jobs.",
    )
    assert found.get("Borders") == "ORG"
    found = label_by_name(
        extractor,
        "Cup tie\n\nHearts looked set for a comfortable win. The Edinburgh side beat Hibs, and "
        "fans of Hearts cheered.",
    )
    assert found.get("Hearts") == "ORG"


def test_a_plural_said_again_and_never_in_lower_case_may_be_a_name():
    # A band's invented plural opens sentence after sentence; a plain plural is said once or
    # also in lower case (`entity_opening_words.said_as_a_common_word`).
    from factx.extract.entity_opening_words import said_as_a_common_word

    assert said_as_a_common_word("Layoffs hit the firm in May.", "Layoffs")
    assert said_as_a_common_word("Layoffs hit the firm. More layoffs will follow.", "Layoffs")
    assert not said_as_a_common_word(
        "Dogwhistles played in Leeds. Dogwhistles took the stage at ten.", "Dogwhistles"
    )


# `entity_slashed_models` and the cue `machine by its model's letters after a slash`.


def test_a_machine_cut_before_its_slashed_letter_is_grown_whole(extractor):
    found = label_by_name(
        extractor, "Fast chips\n\nThe IBM Blue Gene/L is only a prototype, the firm said."
    )
    assert found.get("IBM Blue Gene/L") == "PRODUCT"


def test_letters_joined_by_a_slash_are_left_alone(extractor):
    found = label_by_name(
        extractor, "Gig\n\nAC/DC played in Leeds, and the Red Storm/Linux code was shown."
    )
    assert "AC/DC" in found
    assert "Red Storm/Linux" in found


# `entity_maker_tails`: a product's name without its maker is the product.


def test_a_machine_named_without_its_maker_is_the_product(extractor):
    found = label_by_name(
        extractor,
        "Fast machine\n\nJapan's NEC Earth Simulator was the fastest until now. The Earth "
        "Simulator has held on to the top spot since June 2002, and the new machine is "
        "marginally surpassing the Earth Simulator's performance.",
    )
    assert found.get("Earth Simulator") == "PRODUCT"


def test_a_place_named_like_a_products_tail_without_that_product_stays(extractor):
    found = label_by_name(
        extractor,
        "Trip\n\nThe Lake District drew more walkers this year. The Lake District is busy.",
    )
    assert found.get("Lake District") in ("LOC", "GPE")
