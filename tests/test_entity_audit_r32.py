"""Round r32-audit: firms and charities the model reads as people, found by an audit of the
PERSON entities with no person evidence in the even-numbered BBC articles: a firm after its
trade ("miner X", "auctioneers X"), a charity by its last word ("X Aid", "X Concern"), and a
brand before its goods ("X sneakers", "X cough medicine")."""

import pytest


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares in the bank rose after miner Golden Hollow reported output.", "Golden Hollow"),
        ("The sale was run by auctioneers Fenwick Batty in Leeds.", "Fenwick Batty"),
    ],
)
def test_a_firm_after_its_trade_is_a_firm(extractor, text, name):
    # The model reads each as a person.
    assert (name, "ORG") in _mentions(extractor, text)


def test_a_person_after_a_trade_word_stays_a_person(extractor):
    # A jeweller is a person as often as a firm: a common first name keeps the person.
    found = _mentions(
        extractor, "The ring was made by jeweller Stephen Marsh, who said it took a week."
    )
    assert ("Stephen Marsh", "PERSON") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Help for the elderly was demanded by Hearth Concern, which said the plan was cruel.",
            "Hearth Concern",
        ),
        ("Christian Aid condemned the move, saying jobs would be lost.", "Christian Aid"),
    ],
)
def test_a_charity_by_its_last_word_is_a_body(extractor, text, name):
    # The model reads each as a person ("Christian" opens people's names too).
    assert (name, "ORG") in _mentions(extractor, text)


def test_a_person_named_like_a_charity_word_stays_a_person(extractor):
    found = _mentions(extractor, "Christian Bale said the film was hard work.")
    assert ("Christian Bale", "PERSON") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sales were lifted by strong demand for Halvar sneakers and running shoes.", "Halvar"),
        ("Its brands include Pellox cough medicine and Darnley support hosiery.", "Darnley"),
    ],
)
def test_a_brand_before_its_goods_is_a_product(extractor, text, name):
    # The model reads each as a person.
    assert (name, "PRODUCT") in _mentions(extractor, text)


def test_a_person_before_a_goods_word_stays_a_person(extractor):
    found = _mentions(extractor, "Fashion house Marie Duval clothing was sold to investors.")
    assert ("Marie Duval", "PERSON") in found


def test_a_charity_word_after_a_possessive_is_left_alone(extractor):
    # "MTV's Asia Aid": a broadcaster's concert, no charity.
    found = _mentions(extractor, "MTV's Asia Aid will be held in Bangkok.")
    assert ("Asia Aid", "ORG") not in found
