"""Round r55-firms: a name before a firm's kind noun in lower case ("from Sal Oppenheim
investment bank") the firm; the firm of an analyst "from" it; a name ending in a trade's plural
("NCB Stockbrokers", "Davy Stockbrokers") a firm, found where the model tags nothing; a body's
initials written bare ("an FA statement") joined to the body named in full (BBC
sheets 54G and 54H; sentences of my own)."""

from entity_reading import entities, label_by_name, labels, texts_of


def test_a_name_before_an_investment_bank_is_the_bank(extractor):
    text = (
        '"Demand will slow," said Karin Vogt, from Sal Hausner investment bank, adding that '
        "the shares were dear."
    )
    assert labels(entities(extractor, text), "Sal Hausner") == {"ORG"}


def test_a_name_before_a_lower_case_bank_or_brokers_is_the_firm(extractor):
    text = "Shares rose 3%. Tom Ryan, of Bergmann Haas bank, said the figures were poor."
    assert labels(entities(extractor, text), "Bergmann Haas") == {"ORG"}
    text = "Marta Klein, an economist at Petra Wolff brokers, told Reuters prices would recover."
    assert labels(entities(extractor, text), "Petra Wolff") == {"ORG"}


def test_a_bank_word_of_another_kind_leaves_the_name(extractor):
    for text, name in (
        ("Police caught Tom Ryan of Bergmann Haas bank robbery fame.", "Bergmann Haas"),
        ("Sal Hausner, a bank analyst, said the shares would rise.", "Sal Hausner"),
        ("Sal Hausner's bank lent the money, said the court.", "Sal Hausner"),
    ):
        assert "ORG" not in labels(entities(extractor, text), name), text


def test_a_place_before_a_bank_stays_the_place(extractor):
    text = "The loan came from China bank accounts, said Tom Ryan of US bank Citigroup."
    found = label_by_name(extractor, text)
    assert found.get("China") == "GPE"
    assert found.get("Citigroup") == "ORG"


def test_a_firm_named_by_stockbrokers_is_a_firm(extractor):
    text = "John Smith, head of research at NCB Stockbrokers, said the deal was good."
    assert labels(entities(extractor, text), "NCB Stockbrokers") == {"ORG"}


def test_a_firm_named_by_stockbrokers_the_model_leaves_out_is_found(extractor):
    text = "John Smith, head of research at Davy Stockbrokers, said the deal was good."
    assert labels(entities(extractor, text), "Davy Stockbrokers") == {"ORG"}
    text = "The fund is run by Kestrel Consultants, which advises pension schemes."
    assert labels(entities(extractor, text), "Kestrel Consultants") == {"ORG"}


def test_lower_case_trades_and_bodies_after_them_are_left(extractor):
    found = entities(extractor, "He works with Irish stockbrokers and local brokers in Dublin.")
    assert {name for _, name, _ in found} <= {"Irish", "Dublin"}
    text = "The British Bankers' Association said lending rose in May."
    assert labels(entities(extractor, text), "British Bankers") == set()
    text = "She starred in the film The Consultants last year."
    assert "ORG" not in {label for label, _, _ in entities(extractor, text)}


def test_the_firm_an_analyst_is_from_is_a_firm(extractor):
    text = "Shares fell, said strategist Paul Grey from Hauck Aufhaeuser."
    assert labels(entities(extractor, text), "Hauck Aufhaeuser") == {"ORG"}
    text = "Shares fell, analysts from Bernstein Wolff said."
    assert labels(entities(extractor, text), "Bernstein Wolff") == {"ORG"}


def test_the_town_an_analyst_is_from_stays_a_town(extractor):
    found = label_by_name(extractor, "Analyst John Smith from Leeds said the shares were cheap.")
    assert found.get("Leeds") == "GPE"


def test_a_bodys_bare_initials_are_the_body(extractor):
    text = (
        "The Football Association has charged the club. An FA statement said the players had "
        "failed to control themselves."
    )
    assert texts_of(entities(extractor, text), "Football Association") == [
        ["The Football Association", "FA"]
    ]


def test_initials_of_a_longer_name_or_of_two_bodies_are_left(extractor):
    text = "The Football Association met on Monday. The draw for the FA Cup was made later."
    found = entities(extractor, text)
    assert texts_of(found, "Football Association") == [["The Football Association"]]
    text = (
        "The Cricket Association and the Consumers Association met. Both said CA members "
        "would vote."
    )
    found = entities(extractor, text)
    assert texts_of(found, "Cricket Association") == [["The Cricket Association"]]
    assert texts_of(found, "Consumers Association") == [["the Consumers Association"]]
