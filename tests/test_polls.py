"""Findings that polls report with no verb of saying (factx/extract/polls.py; real model)."""

import pytest


def attributed(extractor, body):
    record = extractor.extract_text(f"Headline\n\n{body}")
    return [
        (c.speaker, c.cue, c.content)
        for c in record.facts
        if c.type == "claim" and c.claim_type == "attributed"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Smith is up in most of the polls.",
            [("most of the polls", "in", "Smith is up")],
        ),
        (
            "A poll by Quinnipiac had Jones leading Smith by 48% to 42%.",
            [("A poll by Quinnipiac", "have", "Jones leading Smith by 48% to 42%")],
        ),
        (
            "The latest survey gave Smith a two-point lead in Iowa.",
            [("The latest survey", "give", "Smith a two-point lead in Iowa")],
        ),
    ],
)
def test_what_a_poll_finds_is_the_polls_claim(extractor, body, expected):
    assert attributed(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The poll has a margin of error of 3 points.",
        "The survey gives no details of the sample.",
        "Sales rose in the survey period.",
    ],
)
def test_a_poll_that_finds_nothing_says_nothing(extractor, body):
    assert attributed(extractor, body) == []


def test_a_percent_sign_ends_a_content(extractor):
    assert attributed(extractor, "Reuters reported that revenue grew 30%.") == [
        ("Reuters", "report", "revenue grew 30%")
    ]
