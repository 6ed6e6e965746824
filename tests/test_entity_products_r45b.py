"""Round r45b-products: products named in tech and business stories (seeds 139-141's "Rules
these errors suggest"): the name in a list of a firm's new products, or after "an upgrade to
<Firm>'s", a product, never a firm; a maker and a model's code before "model", "handset" or
"camera" one product without the kind word; a quoted name a clause after "The service, ...
dubbed" the service, a product. The sentences are made up."""

from entity_reading import entities, labels, names, texts_of


def test_name_among_a_firms_new_products_is_a_product(extractor):
    # Seed 141's tech/295, "Among the other new products she showcased was the Digital Media
    # Hub, a big upgrade to HP's Digital Entertainment Centre", `Digital Media Hub` ORG; the
    # grader's sentence gave `Home Media Station` ORG.
    text = (
        "Sony shows off new boxes\n\n"
        "Among the other new products she showcased was the Home Media Station, a networked "
        "recorder. Coming out in the autumn, the box records television."
    )
    found = entities(extractor, text)
    assert labels(found, "Home Media Station") == {"PRODUCT"}


def test_name_after_an_upgrade_to_a_firms_is_a_product(extractor):
    text = (
        "Sony shows off new boxes\n\n"
        "The recorder is a big upgrade to Sony's Home Media Station, which came out last year."
    )
    found = entities(extractor, text)
    assert labels(found, "Home Media Station") == {"PRODUCT"}
    assert labels(found, "Sony") == {"ORG"}


def test_a_firm_launching_a_campaign_is_left_alone(extractor):
    # "launched|unveiled the" opens campaigns, shows and bodies too: no cue there.
    text = (
        "Charity drive\n\n"
        "The bank launched the Children's Reading Trust, which gives books to schools."
    )
    found = entities(extractor, text)
    assert "PRODUCT" not in {label for label, _, _ in found}


def test_maker_and_code_before_model_is_the_product_without_model(extractor):
    # Seed 141's tech/295, "are based on the HP 607 model", `HP 607 model` PRODUCT (and seeds
    # 68 and 114); the grader's "the Nokia 6630 model" gave nothing.
    text = (
        "New cameras\n\n"
        "The digital cameras, which go on sale in the summer, are based on the Nokia 6630 "
        "model. Others are based on the HP 607 model."
    )
    found = entities(extractor, text)
    assert labels(found, "Nokia 6630") == {"PRODUCT"}
    assert labels(found, "HP 607") == {"PRODUCT"}
    assert not any(name.endswith(" model") for name in names(found))


def test_maker_and_code_before_handset_or_phone_stays_the_product(extractor):
    # Right at the base too (the cue "maker and its model's code"): the kind word stays out.
    text = (
        "Phone sales\n\n"
        "A Motorola V3 handset now costs less than the Sony Ericsson P910 phone, Motorola said."
    )
    found = entities(extractor, text)
    assert labels(found, "Motorola V3") == {"PRODUCT"}
    assert labels(found, "Sony Ericsson P910") == {"PRODUCT"}


def test_a_year_or_a_date_before_a_kind_word_is_no_model(extractor):
    text = (
        "Phone sales\n\n"
        "In March 2005 phone sales rose, and HP said its printer business grew. The 2004 model "
        "sold well."
    )
    found = entities(extractor, text)
    assert "PRODUCT" not in {label for label, _, _ in found}
    assert labels(found, "HP") == {"ORG"}


def test_quoted_name_a_clause_after_the_service_dubbed_is_a_product(extractor):
    # Seeds 30, 140 and 141's business/124, 'The service, launched in December and dubbed
    # "Otoku" or "bargain"', `Otoku` ORG; the grader's sentence gave `Yasui` WORK_OF_ART.
    text = (
        "Phone firm's loss\n\n"
        'The service, launched in March and dubbed "Yasui" or "cheap", has had almost 500,000 '
        "orders, the firm said. But without the Yasui marketing spend it would have made a "
        "profit."
    )
    found = entities(extractor, text)
    assert labels(found, "Yasui") == {"PRODUCT"}
    assert texts_of(found, "Yasui") == [["Yasui", "Yasui"]]


def test_quoted_nickname_of_a_scheme_is_left_alone(extractor):
    # A plan or a scheme dubbed in quotes is a nickname: no product.
    text = (
        "Tax row\n\n"
        'The Conservatives attacked the scheme, launched in May and dubbed "Brown\'s Raid" by '
        "critics."
    )
    found = entities(extractor, text)
    assert "PRODUCT" not in {label for label, _, _ in found}


def test_a_maker_before_its_possessive_among_new_products_is_left_alone(extractor):
    text = (
        "Phone show\n\nAmong the new products on show were Nokia's latest phones, which play music."
    )
    found = entities(extractor, text)
    assert labels(found, "Nokia") == {"ORG"}


def test_windows_edition_alone_is_the_product(extractor):
    # The even half's tech/194 "The upgrade closed security loopholes in XP" GPE and tech/210
    # "machines running Windows 2000, 95, 98, Me, NT, XP and Server 2003" ORG.
    text = (
        "Security update\n\n"
        "Microsoft has released a fix for Windows XP. The fix closes security loopholes in XP "
        "and makes it easier to keep machines up to date."
    )
    found = entities(extractor, text)
    assert labels(found, "XP") <= {"PRODUCT"}
    assert "GPE" not in {label for label, _, _ in found}


def test_xp_in_a_game_story_without_windows_is_left_alone(extractor):
    text = (
        "Role-playing hit\n\n"
        "Players earn XP by beating monsters, and the Ravenfall Knights guild tops the charts."
    )
    found = entities(extractor, text)
    assert "XP" not in {name for label, name, _ in found if label == "PRODUCT"}
