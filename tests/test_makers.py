from builders import raw_mentions

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


def test_a_model_number_the_model_left_untagged_joins_its_maker_where_it_shows_a_model():
    # Round r15-14 (MEANTIME airbus): the model tags the maker alone.
    text = "Ryanair bought five Boeing 737s; the Boeing 737-800 flew; an Airbus A330-200 came."
    tagged = [("Ryanair", "ORG"), ("Boeing", "ORG"), ("Boeing", "ORG"), ("Airbus", "ORG")]
    found = with_models(text, raw_mentions(text, tagged))
    assert [(m.text, m.label) for m in found] == [
        ("Ryanair", "ORG"),
        ("Boeing 737s", "PRODUCT"),
        ("Boeing 737-800", "PRODUCT"),
        ("Airbus A330-200", "PRODUCT"),
    ]
    # Scores after a team's name are no models (no letter, no series after a hyphen), nor
    # is a decade.
    text = "Leicester 21 Bath 10; Sussex 363 all out; Essex 250-8 declared; Beatles 60s hits."
    tagged = [("Leicester", "ORG"), ("Bath", "ORG"), ("Sussex", "ORG"), ("Essex", "ORG")]
    tagged += [("Beatles", "ORG")]
    assert joined(text, *tagged) == tagged


def test_a_firm_ending_with_a_model_number_is_the_product():
    text = "First Airbus A380 delivered; Channel 4 and Formula 1 stay firms."
    tagged = [("First Airbus A380", "ORG"), ("Channel 4", "ORG"), ("Formula 1", "ORG")]
    assert joined(text, *tagged) == [
        ("First Airbus A380", "PRODUCT"),
        ("Channel 4", "ORG"),
        ("Formula 1", "ORG"),
    ]


def test_a_model_number_with_the_model_name_joins_its_maker():
    text = "Aeroflot bought 22 new Boeing 787 Dreamliners, its biggest order."
    tagged = [("Aeroflot", "ORG"), ("Boeing", "ORG"), ("787 Dreamliners", "PRODUCT")]
    assert joined(text, *tagged) == [("Aeroflot", "ORG"), ("Boeing 787 Dreamliners", "PRODUCT")]


def test_a_makers_code_of_capitals_is_its_product():
    text = "The Nintendo DS went on sale a week after the Sony PSP did."
    assert joined(text, ("Nintendo", "ORG"), ("Sony", "ORG")) == [
        ("Nintendo DS", "PRODUCT"),
        ("Sony PSP", "PRODUCT"),
    ]


def test_capitals_after_a_firm_that_are_no_product_stay_apart():
    # A role, a place, a corporate suffix, a technology, a name that goes on, a video jockey.
    for text in (
        "Nintendo CEO said so.",
        "Microsoft UK said so.",
        "Vodafone AG fell.",
        "Sony DVD sales rose.",
        "Sony BMG Music said so.",
        "An MTV VJ said so.",
    ):
        maker = text.split()[0] if text.split()[0] != "An" else "MTV"
        assert joined(text, (maker, "ORG")) == [(maker, "ORG")], text
