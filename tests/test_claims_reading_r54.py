"""Round r54-claims: shapes found reading the attributed claims of 40 even-half BBC articles,
each shown with sentences of our own. Each test fails at the round's base (b1e2eb1) and passes
at its head; the tests of what a rule leaves alone pass at both."""

import pytest
from claim_reading import attributed


@pytest.mark.parametrize(
    "body",
    [
        "Defending 800m champion Kelly Holmes has pulled out of the meeting.",
        "Defending champion and top seed Andy Kerr rallied to beat Spain's Luis Ortega "
        "3-6 7-6 7-5.",
        "Despite two poor games defending champions Portugal are also unbeaten.",
    ],
)
def test_a_defending_champion_is_no_claim(extractor, body):
    # The small model reads "Defending" as a verb with the title its object.
    assert [c for c in attributed(extractor, body) if c[1] and "efend" in c[1]] == []


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        (
            "Mr Hart defended the plans against criticism from his own party.",
            ("Mr Hart", "defend", "the plans against criticism from his own party"),
        ),
        (
            "She defended her party's record on crime.",
            ("She", "defend", "her party's record on crime"),
        ),
    ],
)
def test_a_defended_view_is_still_a_claim(extractor, body, claim):
    assert claim in attributed(extractor, body)


@pytest.mark.parametrize(
    "body",
    [
        "The new line would go as far as Slough and link Heathrow to the Docklands.",
        "The bridge will link the island to the mainland by 2009.",
        "The tunnel will link Folkestone with Calais.",
    ],
)
def test_a_route_linking_places_is_no_claim(extractor, body):
    assert [c for c in attributed(extractor, body) if c[1] == "link"] == []


def test_a_report_linking_two_things_is_still_a_claim(extractor):
    assert ("The study", "link", "the illness to smoking") in attributed(
        extractor, "The study linked the illness to smoking."
    )


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The trouble, according to Mr Dale, is not the war but the leader himself.",
            "The trouble, according to Mr Dale, is not the war but the leader himself",
        ),
        (
            "The answer, according to the minister, is more money for schools.",
            "The answer, according to the minister, is more money for schools",
        ),
    ],
)
def test_according_to_after_the_subject_keeps_the_subject(extractor, body, content):
    # Before, the content began at the verb ("is more money for schools").
    assert [c[2] for c in attributed(extractor, body) if c[1] == "according to"] == [content]


def test_according_to_after_a_clause_is_left_alone(extractor):
    assert attributed(extractor, "Sales fell by 5% last year, according to the firm.") == [
        ("the firm", "according to", "Sales fell by 5% last year")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "He then went on to tear into the Tory plans to scrap the training scheme.",
        "He criticised the council plans to close the school.",
    ],
)
def test_plans_as_an_object_are_no_claim(extractor, body):
    # "plans" tagged a verb (VBZ) but hung as an object: a plural noun.
    assert [c for c in attributed(extractor, body) if c[1] == "plan"] == []


def test_a_subject_that_plans_is_still_a_claim(extractor):
    assert attributed(extractor, "The government plans to cut taxes next year.") == [
        ("The government", "plan", "to cut taxes next year")
    ]


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        (
            'The minister went on: "It is a disgrace and we will fight it."',
            ("The minister", "go on", '"It is a disgrace and we will fight it."'),
        ),
        (
            'The coach continued: "We have done nothing wrong."',
            ("The coach", "continue", '"We have done nothing wrong."'),
        ),
    ],
)
def test_going_on_with_a_quotation_is_a_claim(extractor, body, claim):
    assert attributed(extractor, body) == [claim]


@pytest.mark.parametrize(
    "body",
    ["Prices continued to rise in March.", "The show went on: the band played for two hours."],
)
def test_going_on_without_a_quotation_is_left_alone(extractor, body):
    assert [c for c in attributed(extractor, body) if c[1] in ("go on", "continue")] == []
