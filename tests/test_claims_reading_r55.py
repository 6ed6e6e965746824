"""Round 55 (r55-claims): three shapes found reading the claims of 40 even-half BBC articles,
each shown general with sentences of our own. The tests of a rule fail at 8250c78; those of
what a rule leaves alone pass there too."""

import pytest
from claim_reading import attributed, spans


def _headline(extractor, headline, body="The row went on for a week."):
    record = extractor.extract_text(f"{headline}\n\n{body}")
    return [
        (c.speaker, c.cue, c.content)
        for c in record.facts
        if c.type == "claim" and c.claim_type == "attributed" and c.zone == "headline"
    ]


# 1. A headline's bare participle is a passive: the name before it is acted upon.


@pytest.mark.parametrize(
    ("headline", "claim"),
    [
        ("Minister attacked over school plans", (None, "attack", "school plans")),
        ("Airline accused of misleading passengers", (None, "accuse", "misleading passengers")),
        ("Coach urged to quit at once", (None, "urge", "to quit at once")),
    ],
)
def test_a_headline_participle_names_who_is_acted_upon(extractor, headline, claim):
    assert _headline(extractor, headline) == [claim]


def test_found_dead_in_a_headline_is_no_claim(extractor):
    assert _headline(extractor, "Singer found dead at home") == []


@pytest.mark.parametrize(
    ("headline", "claim"),
    [
        ("Plans criticised by MPs", ("MPs", "criticise", "Plans")),
        ("Minister attacks school plans", ("Minister", "attack", "school plans")),
        ("Bank voted 8-1 for no rate change", ("Bank", "vote", "8-1 for no rate change")),
    ],
)
def test_a_headline_agent_or_present_tense_still_speaks(extractor, headline, claim):
    assert _headline(extractor, headline) == [claim]


# 2. '"...," NAME, TITLE said': the name before the title is part of the speaker.


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        (
            '"We will not sell the plant," Anna Berg, the firm\'s finance director said.',
            (
                "Anna Berg, the firm's finance director",
                "say",
                '"We will not sell the plant,"',
            ),
        ),
        (
            '"Sales were poor," Mrs Ellen Hart, the shop\'s owner said.',
            ("Mrs Ellen Hart, the shop's owner", "say", '"Sales were poor,"'),
        ),
        (
            '"Prices will rise again," Pierre Dupont, OECD chief economist said.',
            ("Pierre Dupont, OECD chief economist", "say", '"Prices will rise again,"'),
        ),
    ],
)
def test_the_name_before_a_title_is_the_speakers(extractor, body, claim):
    assert attributed(extractor, body) == [claim]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"The market is weak," the head of research said.', "the head of research"),
        (
            '"The market is weak," said John Smith, head of research.',
            "John Smith, head of research",
        ),
    ],
)
def test_a_title_alone_or_after_the_verb_is_left(extractor, body, speaker):
    assert [c[0] for c in attributed(extractor, body)] == [speaker]


# 3. "..., claimed the union organisation.": the speaker after the verb, parsed as its object.


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        (
            "Staff were often ignored, claimed the union organisation.",
            ("the union organisation", "claim", "Staff were often ignored"),
        ),
        (
            "The plan will fail, warned the magazine.",
            ("the magazine", "warn", "The plan will fail"),
        ),
        (
            "The team will not sell him this month, claims his agent.",
            ("his agent", "claim", "The team will not sell him this month"),
        ),
        (
            "Some 5,000 jobs will go in the next two years, predicts a study by the union.",
            ("a study by the union", "predict", "Some 5,000 jobs will go in the next two years"),
        ),
        (
            "The show would go ahead on Friday, added the spokesman.",
            ("the spokesman", "add", "The show would go ahead on Friday"),
        ),
    ],
)
def test_a_speaker_after_its_verb_read_as_the_object(extractor, body, claim):
    assert attributed(extractor, body) == [claim]


def test_a_told_object_is_left_alone(extractor):
    # The person told is the verb's object, not who speaks.
    assert [
        c[0] for c in attributed(extractor, "The minister told the committee the plan would fail.")
    ] == ["The minister"]


def test_the_cue_span_of_an_inverted_object_speaker(extractor):
    assert spans(extractor, "Staff were often ignored, claimed the union organisation.") == [
        ("the union organisation", "claimed", "Staff were often ignored")
    ]
