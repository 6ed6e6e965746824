from factx.extract.entities import RawMention
from factx.extract.makers import with_models


def mentions(text, *tagged):
    found = []
    for name, label in tagged:
        start = text.index(name)
        found.append(RawMention(name, start, start + len(name), label, 0, 1, False))
    return found


def joined(text, *tagged):
    return [(m.text, m.label) for m in with_models(text, mentions(text, *tagged))]


def test_a_maker_and_its_model_number_are_one_product():
    text = "The Boeing 787 and the Airbus A380 will fly after the Boeing 737-800s."
    assert joined(
        text,
        ("Boeing", "ORG"),
        ("787", "PRODUCT"),
        ("Airbus", "ORG"),
        ("A380", "PRODUCT"),
    ) == [("Boeing 787", "PRODUCT"), ("Airbus A380", "PRODUCT")]
    text = "He held a Nokia 6600 and a Nintendo 64."
    assert joined(text, ("Nokia", "ORG"), ("6600", "PRODUCT")) == [("Nokia 6600", "PRODUCT")]


def test_names_that_are_no_model_number_stay_apart():
    # A building after a firm, a maker and its model with a possessive, a date-like year.
    text = "TFC 101 Tower opened; Boeing's 787 flew; Sony 2004 sales."
    tagged = [("TFC", "ORG"), ("101 Tower", "PRODUCT"), ("Boeing", "ORG"), ("787", "PRODUCT")]
    assert joined(text, *tagged) == [(name, label) for name, label in tagged]
    assert joined(text, ("Sony", "ORG"), ("2004", "PRODUCT")) == [
        ("Sony", "ORG"),
        ("2004", "PRODUCT"),
    ]
    # A team's row in a standings table: games, draws, losses.
    text = "Hyundai 57 5 49 .536 6 1/2"
    assert joined(text, ("Hyundai", "ORG"), ("57", "PRODUCT")) == [
        ("Hyundai", "ORG"),
        ("57", "PRODUCT"),
    ]
    # Only a maker the model tagged as an organisation: "Sarah 787" is no product.
    assert joined("said Sarah 787", ("Sarah", "PERSON"), ("787", "PRODUCT")) == [
        ("Sarah", "PERSON"),
        ("787", "PRODUCT"),
    ]
