"""Bodies and meetings named for what they serve, which the model cuts at "for" or "on"."""

from builders import raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_served import bodies_cut_at_for


def served(text, named):
    return [(m.text, m.label) for m in bodies_cut_at_for(text, raw_mentions(text, named), name_key)]


def test_a_commission_cut_at_its_for_is_one_body():
    text = "Sales fell, according to the UN Trade Commission for South Asia, in March."
    named = [("the UN Trade Commission", "ORG"), ("South Asia", "LOC")]
    assert served(text, named) == [("the UN Trade Commission for South Asia", "ORG")]


def test_a_summit_cut_at_its_on_keeps_its_topic_and_parts_its_town():
    # The town is named alone elsewhere: glued to the topic, it is no word of the summit's name.
    text = "Ministers met at the Global Summit on the Open Ocean in Lisbon. Lisbon was wet."
    named = [("the Global Summit", "EVENT"), ("the Open Ocean in Lisbon", "ORG"),
             ("Lisbon", "GPE")]  # fmt: skip
    assert served(text, named) == [
        ("the Global Summit on the Open Ocean", "EVENT"),
        ("Lisbon", "GPE"),
        ("Lisbon", "GPE"),
    ]


def test_a_topic_after_in_is_no_place():
    # "Social Housing" is named nowhere as a place: the centre's name goes on over its "in".
    text = "A report by the Centre for Research in Social Housing was out."
    named = [("the Centre for Research in Social Housing", "ORG")]
    assert served(text, named) == [("the Centre for Research in Social Housing", "ORG")]


def test_a_kind_and_its_for_left_out_before_the_name_are_the_bodys():
    text = '"Campaign for Coastal Trams is loud," she said. The Fund for Rural Art agreed.'
    named = [("Coastal Trams", "ORG"), ("Rural Art", "ORG")]
    assert served(text, named) == [
        ("Campaign for Coastal Trams", "ORG"),
        ("The Fund for Rural Art", "ORG"),
    ]


def test_a_place_after_on_a_person_after_for_and_a_possessive_stay_apart():
    # A council briefed on a country, a campaign for a person: two names each.
    text = (
        "The Security Council on Chile was split. The Tory Campaign for Ann Lee grew."
        " The Trade Committee on Acme's bid sat."
    )
    named = [("The Security Council", "ORG"), ("Chile", "GPE"), ("The Tory Campaign", "ORG"),
             ("Ann Lee", "PERSON"), ("The Trade Committee", "ORG"), ("Acme", "ORG")]  # fmt: skip
    assert served(text, named) == [
        ("The Security Council", "ORG"),
        ("Chile", "GPE"),
        ("The Tory Campaign", "ORG"),
        ("Ann Lee", "PERSON"),
        ("The Trade Committee", "ORG"),
        ("Acme", "ORG"),
    ]


def test_a_field_after_the_and_of_a_body_named_for_one_field_is_its_second():
    text = "A Department for Farming and Fisheries man spoke, as did the Office of Trade and Acme."
    named = [("Department for Farming", "ORG"), ("Fisheries", "ORG"),
             ("the Office of Trade", "ORG"), ("Acme", "ORG")]  # fmt: skip
    assert served(text, named) == [
        ("Department for Farming and Fisheries", "ORG"),
        ("the Office of Trade", "ORG"),
        ("Acme", "ORG"),
    ]
