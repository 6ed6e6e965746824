"""Round r46-products: products labelled ORG or PERSON after their maker. A game's title before
its platform's code ("Mario Kart DS") one work, whole; "X and X <Suffix>" near a product's word
two products; a technology maker's name and a model's own name the model tags ORG ("Microsoft
Word") a product. The sentences are made up."""

from entity_reading import entities, labels, names, texts_of


def test_a_game_before_its_handhelds_code_is_one_work_with_the_code(extractor):
    # `games_by_their_platform`: tech/084's "the eight-player Mario Kart DS" (`Mario Kart`
    # PERSON, a work labelled PERSON).
    text = (
        "Handheld fair\n\n"
        'Nintendo showed its new handheld at the fair. "Everyone queued to play the four-player'
        ' Mario Kart DS," said one visitor. Fans also tried Super Mario 64 DS.'
    )
    found = entities(extractor, text)
    assert labels(found, "Mario Kart DS") == {"WORK_OF_ART"}
    assert labels(found, "Super Mario 64 DS") == {"WORK_OF_ART"}
    assert "Mario Kart" not in names(found)
    assert "PERSON" not in {label for label, _, _ in found}


def test_a_game_before_a_nintendo_code_is_whole_where_nintendo_is_named(extractor):
    text = (
        "Retro games\n\n"
        "Nintendo will sell its old games again. Owners of the console can buy Wave Racer 64"
        " for a few pounds, and the title is said to play well."
    )
    found = entities(extractor, text)
    assert labels(found, "Wave Racer 64") == {"WORK_OF_ART"}


def test_consoles_makers_and_scores_before_a_code_are_left(extractor):
    # The console itself, its maker's name with it, and a footballer's minute are no games.
    text = (
        "Consoles\n\n"
        "The Nintendo DS and the Sony PSP are the year's handhelds, and Game Boy Advance games"
        " still sell.\n\nGiggs 64 scored in a fine game."
    )
    found = entities(extractor, text)
    assert "WORK_OF_ART" not in {label for label, _, _ in found}
    assert labels(found, "Nintendo DS") == {"PRODUCT"}


def test_a_line_and_its_variant_near_a_products_word_are_two_products(extractor):
    # `product_pairs`: tech/269's "Microsoft's Outlook and Outlook Express e-mail programs" and
    # MEANTIME's "the Macbook and Macbook Pro", each one glued ORG at the base.
    found = entities(
        extractor,
        "Mail flaw\n\nThe flaw affects the Mailbox and Mailbox Express e-mail programs, the firm"
        " said.",
    )
    assert labels(found, "Mailbox") == {"PRODUCT"}
    assert labels(found, "Mailbox Express") == {"PRODUCT"}
    assert "Mailbox and Mailbox Express" not in names(found)
    found = entities(
        extractor,
        "New laptops\n\nThe new laptop range includes the Macbook and Macbook Pro, Apple said.",
    )
    assert labels(found, "Macbook") == {"PRODUCT"}
    assert labels(found, "Macbook Pro") == {"PRODUCT"}


def test_a_pair_with_no_products_word_or_a_films_word_is_left(extractor):
    # "Real Madrid and Real Sociedad" is glue.py's; a film and its sequel are no products.
    found = entities(
        extractor,
        "Films\n\nThe studio put Robocop and Robocop 2 on one disc, with a new version of the"
        " film.\n\nReal Madrid and Real Sociedad drew.",
    )
    assert "PRODUCT" not in {label for label, _, _ in found}
    assert labels(found, "Real Madrid") == {"ORG"}


def test_a_makers_name_and_a_models_own_name_are_a_product(extractor):
    # `models_after_their_maker`: the even half's "documents prepared using Microsoft Word"
    # (ORG), the odd half's "the Sinclair Spectrum", "the Psion Organiser" (ORG).
    found = entities(
        extractor,
        "Old machines\n\nThe Sinclair Spectrum and the Psion Organiser were on show beside IBM"
        " Blue Gene. Writing a Microsoft Word document can be risky.",
    )
    for name in ("Sinclair Spectrum", "Psion Organiser", "IBM Blue Gene", "Microsoft Word"):
        assert labels(found, name) == {"PRODUCT"}, name


def test_a_makers_name_and_a_firms_or_a_places_word_stay_a_firm(extractor):
    found = entities(
        extractor,
        "Results\n\nSony Pictures and Microsoft Research reported gains. Nokia China and LG"
        " Electronics hired staff.",
    )
    assert "PRODUCT" not in {label for label, _, _ in found}
    assert texts_of(found, "Sony Pictures") == [["Sony Pictures"]]
