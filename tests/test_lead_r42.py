"""The lead's rules of round 42: a royal known by a whole style ("the Queen Mother") is a
person, named by that style (the model reads "the Queen Mother" as a work, and the title
"Queen" was cut off the name, leaving "Mother")."""

from entity_reading import label_by_name


def test_the_queen_mother_is_a_person_by_her_whole_style(extractor):
    # politics/375, read as a user: "plans for a memorial to the Queen Mother" was a work.
    labels = label_by_name(
        extractor,
        "Budget\n\nMr Brown also unveiled plans for a memorial to the Queen Mother, funded"
        " through a special coin.",
    )
    assert labels["Queen Mother"] == "PERSON"
    assert "Mother" not in labels


def test_a_style_keeps_its_words_in_the_key():
    from factx.extract.entities import core_words, name_key

    assert name_key("the Queen Mother") == "queen mother"
    assert core_words("the Queen Mother") == ["Queen", "Mother"]
    assert core_words("Queen Elizabeth") == ["Elizabeth"]  # a title before a name still goes


def test_a_title_before_a_name_is_still_cut(extractor):
    labels = label_by_name(extractor, "Visit\n\nQueen Elizabeth opened the bridge on Monday.")
    assert labels.get("Elizabeth") == "PERSON"
    assert "Queen Elizabeth" not in labels


def test_a_product_whose_sales_rose_is_no_firm(extractor):
    # Probing r42-mt's merge with sentences of my own: "Sales of the iPod rose 20%" read the
    # share price's cue ("<Firm> rose 20%") over a known product, ORG.
    labels = label_by_name(
        extractor, "Gadgets\n\nSales of the iPod rose 20% to 4.5 million in 2004."
    )
    assert labels["iPod"] == "PRODUCT"


def test_a_firm_whose_shares_rose_is_still_a_firm(extractor):
    labels = label_by_name(extractor, "Markets\n\nShares in Vodafone rose 5% on Monday.")
    assert labels["Vodafone"] == "ORG"
