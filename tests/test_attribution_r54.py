"""Round 54 (lead): three misparses of the small model that cut or invent a claim's content.
Sentences of our own, each of a shape found in BBC business copy."""

import pytest
from claim_reading import attributed


@pytest.mark.parametrize(
    "body",
    [
        # The amount is hung as npadvmod, not dobj: a market moving, not anyone adding words.
        "The euro had added 1.2% to reach a new high against the yen.",
        "The index added 40 points to close at 5,012.",
    ],
)
def test_an_amount_added_is_no_claim(extractor, body):
    assert [c for c in attributed(extractor, body) if c[1] == "add"] == []


def test_added_words_are_still_a_claim(extractor):
    assert attributed(extractor, "He added that the deal was off.") == [
        ("He", "add", "that the deal was off")
    ]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Compiled by a charity, the report found 14 councils out of 30 surveyed were "
            "overspending.",
            "14 councils out of 30 surveyed were overspending",
        ),
        (
            "The audit found 20 hospitals out of 120 inspected were breaking the rules.",
            "20 hospitals out of 120 inspected were breaking the rules",
        ),
    ],
)
def test_a_finding_keeps_its_subject_past_the_subjects_modifier(extractor, body, content):
    # The parser makes "14 councils" the verb's object and hangs "out of 30 surveyed" on the
    # verb; the clause "were overspending" has no subject of its own.
    assert [c[2] for c in attributed(extractor, body)] == [content]


def test_a_finding_with_its_own_subject_is_unchanged(extractor):
    assert attributed(extractor, "The poll found most voters in the north were undecided.") == [
        ("The poll", "find", "most voters in the north were undecided")
    ]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Analysts, however, pointed to the euro's inability recently to hold its gains "
            "despite strong data.",
            "the euro's inability recently to hold its gains despite strong data",
        ),
        (
            "Bankers, however, pointed to the market's inability recently to sustain that rally "
            "despite good results.",
            "the market's inability recently to sustain that rally despite good results",
        ),
    ],
)
def test_what_is_pointed_at_is_the_content(extractor, body, content):
    # The parser hangs "to hold its gains" on "pointed"; it completes the noun pointed at.
    assert [c[2] for c in attributed(extractor, body) if c[1] == "point"] == [content]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The singer was praised by critics and said she was delighted.",
            ("The singer", "say", "she was delighted"),
        ),
        (
            "The mayor was questioned by police and denied any wrongdoing.",
            ("The mayor", "deny", "any wrongdoing"),
        ),
        (
            "Smith was also angered by the referee's decisions during the match and praised his "
            "own players.",
            ("Smith", "praise", "his own players"),
        ),
    ],
)
def test_an_active_verb_joined_to_a_passive_shares_its_subject(extractor, body, expected):
    # Not the passive's "by" agent: the critics did not say the singer was delighted.
    assert expected in attributed(extractor, body)


def test_a_passive_joined_to_a_passive_keeps_the_agent(extractor):
    body = "The film was received well by critics and was praised for its script."
    assert attributed(extractor, body) == [("critics", "praise", "its script")]


def test_a_participle_sharing_the_passives_auxiliary_is_passive_too(extractor):
    # "told" shares "was": somebody told the driver; the driver told nobody.
    body = "The driver was given a fine and told to hand in his licence."
    assert [c for c in attributed(extractor, body) if c[0] == "The driver"] == []


@pytest.mark.parametrize(
    "body",
    [
        "The new horror film has knocked the thriller from the top spot at the box office.",
        "The comedy knocked the musical off the top of the chart.",
    ],
)
def test_a_knock_from_a_place_is_no_claim(extractor, body):
    assert attributed(extractor, body) == []


def test_a_knock_as_criticism_is_a_claim(extractor):
    body = "Critics have knocked the new album as lazy and dull."
    assert [c[:2] for c in attributed(extractor, body)] == [("Critics", "knock")]


def test_a_passive_seen_done_is_no_claim(extractor):
    # "warned" is a passive participle of what the summer saw: the banks were warned.
    body = "The summer saw several banks warned over their lending."
    assert attributed(extractor, body) == []


def test_a_clause_seen_with_its_own_that_is_still_read(extractor):
    body = "I saw that the minister said the plan was fair."
    assert ("the minister", "say", "the plan was fair") in attributed(extractor, body)
