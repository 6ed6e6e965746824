"""Round r54-audit: an audit of PERSON entities with no person evidence (issue 14's target, no
company, organisation or work labelled PERSON), sentences of my own: a name before ", which" and
a verb only a firm takes, or before ", whose" and a firm's shares or officers, and a name listed
on a stock exchange are firms (three cue rows in factx/data/entities.json), and a title that
opens with a verb's -ing form in an article about works is a work (`entity_gerund_titles`)."""

from entity_reading import entities, label_by_name, labels

# "firm by its staff, works or founding after its which".


def test_a_name_before_which_employs_is_a_firm(extractor):
    found = label_by_name(
        extractor,
        "Analysts said Marlowe had been hit by weak demand. Marlowe, which employs 2,000 "
        "staff, said it would close two stores.",
    )
    assert found.get("Marlowe") == "ORG"


def test_a_name_before_which_manufactures_is_a_firm(extractor):
    found = label_by_name(
        extractor,
        "The union said Tremaine had broken the deal. Tremaine, which manufactures car parts, "
        "rejected the claim.",
    )
    assert found.get("Tremaine") == "ORG"


def test_a_name_before_who_employs_stays_a_person(extractor):
    found = label_by_name(
        extractor, "The council praised Marlowe, who employs 2,000 staff at his farms."
    )
    assert found.get("Marlowe") == "PERSON"


def test_a_name_the_article_gives_a_title_stays_a_person(extractor):
    found = label_by_name(
        extractor,
        "Mr Tremaine spoke first. Tremaine, which was founded in 1902, is his family's firm.",
    )
    assert found.get("Tremaine") == "PERSON"


# "firm by its shares or officers after its whose", "firm listed on a stock exchange".


def test_a_name_before_whose_shares_is_a_firm(extractor):
    found = label_by_name(extractor, "Marlowe, whose shares have halved this year, is for sale.")
    assert found.get("Marlowe") == "ORG"


def test_a_name_listed_on_a_stock_exchange_is_a_firm(extractor):
    found = label_by_name(extractor, "Marlowe is listed on the London Stock Exchange.")
    assert found.get("Marlowe") == "ORG"


def test_a_shareholder_named_in_full_before_whose_shares_stays_a_person(extractor):
    found = label_by_name(
        extractor,
        "Malcolm Glazer has raised his bid. Glazer, whose shares in the club are worth "
        "£300m, wants more.",
    )
    assert found.get("Malcolm Glazer") == "PERSON"
    assert "Glazer" not in found


# `entity_gerund_titles.works_opening_with_a_gerund`.


def test_a_title_opening_with_an_ing_form_is_a_work(extractor):
    found = label_by_name(
        extractor,
        "The children's favourite film was Raising Helen, while adults chose Sideways.",
    )
    assert found.get("Raising Helen") == "WORK_OF_ART"


def test_an_ing_clause_opening_a_sentence_makes_no_work(extractor):
    found = entities(
        extractor, "Welcoming Blair to the film premiere, Bush said the movie was fine."
    )
    assert "WORK_OF_ART" not in {label for label, _, _ in found}
    assert "PERSON" in labels(found, "Bush")


def test_a_first_name_ending_in_ing_stays_a_person(extractor):
    found = label_by_name(
        extractor, "The new film is based on a book by Irving Welsh, the author of Trainspotting."
    )
    assert found.get("Irving Welsh") == "PERSON"
