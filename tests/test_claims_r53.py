"""Round r53-attr: span conventions of cues and sources, as attribution corpora (PolNeAR) mark
them. Sentences of our own."""

import pytest
from claim_reading import spans


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Maria Lopez, a nurse at the hospital, said the ward was full.",
            [("Maria Lopez, a nurse at the hospital,", "said", "the ward was full")],
        ),
        (
            "Tom Reed, the head of the drivers' union, has said the offer was too low.",
            [("Tom Reed, the head of the drivers' union,", "has said", "the offer was too low")],
        ),
    ],
)
def test_a_speaker_set_off_by_commas_keeps_its_closing_comma(extractor, body, expected):
    assert spans(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # After its cue: the name ends the phrase.
        (
            '"The ward is full," said Maria Lopez, a nurse at the hospital, pointing to the beds.',
            ("Maria Lopez, a nurse at the hospital", "said", '"The ward is full,"'),
        ),
        # No comma of its own: the relative clause is cut, and so is its comma.
        (
            "Mr Smith, who runs the firm, said the plan was dead.",
            ("Mr Smith", "said", "the plan was dead"),
        ),
        ("Maria Lopez said the ward was full.", ("Maria Lopez", "said", "the ward was full")),
    ],
)
def test_other_speakers_keep_their_edges(extractor, body, expected):
    assert spans(extractor, body)[0] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The mayor called on residents to save water.",
            [("The mayor", "called on", "residents to save water")],
        ),
        (
            "The union was openly critical of the new rota.",
            [("The union", "was openly critical of", "the new rota")],
        ),
    ],
)
def test_the_cue_keeps_the_preposition_before_what_is_said(extractor, body, expected):
    assert spans(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The mayor said on Monday that the dam was safe.",
            [("The mayor", "said", "that the dam was safe")],
        ),
        (
            "The mayor has been pleading with residents to save water.",
            [("The mayor", "has been pleading", "residents to save water")],
        ),
    ],
)
def test_other_words_after_a_cue_stay_out_of_it(extractor, body, expected):
    assert spans(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The council issued a statement saying the bridge was safe.",
            [("The council", "issued a statement saying", "the bridge was safe")],
        ),
        (
            "The club sent a long email on Friday arguing that the fees were fair.",
            [("The club", "sent a long email on Friday arguing", "that the fees were fair")],
        ),
    ],
)
def test_a_text_put_out_saying_is_one_cue(extractor, body, expected):
    assert spans(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("The council issued a statement, saying the bridge was safe.", "saying"),
        (
            "The mayor praised the volunteers in a speech announcing that he would retire.",
            "announcing",
        ),
    ],
)
def test_a_participle_after_a_comma_or_a_preposition_is_its_own_cue(extractor, body, cue):
    assert cue in [c for _, c, _ in spans(extractor, body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The union had expressed concerns about the new rota.",
            [("The union", "had expressed concerns about", "the new rota")],
        ),
        (
            "The mayor has continued his warnings that the dam is unsafe.",
            [("The mayor", "has continued his warnings", "that the dam is unsafe")],
        ),
    ],
)
def test_a_light_verb_brings_its_auxiliaries_to_the_cue(extractor, body, expected):
    assert spans(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The mayor appeared to acknowledge that the dam was unsafe.",
            [("The mayor", "appeared to acknowledge", "that the dam was unsafe")],
        ),
        (
            "Officials had begun to hint that the bridge would close.",
            [("Officials", "had begun to hint", "that the bridge would close")],
        ),
        (
            "The mayor went on to praise the volunteers.",
            [("The mayor", "went on to praise", "the volunteers")],
        ),
        (
            "Residents are quick to note that the bridge is old.",
            [("Residents", "are quick to note", "that the bridge is old")],
        ),
    ],
)
def test_a_verb_of_how_far_a_deed_goes_joins_its_infinitive_cue(extractor, body, expected):
    assert spans(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        # A verb of its own before the infinitive: the infinitive's cue starts at "to".
        ("The scandal led many to assume that the mayor would quit.", "to assume"),
        ("The mayor went to praise the volunteers.", "to praise"),
        # A cue of its own: the infinitive is what it declines.
        ("The council declined to comment on the letter.", "declined"),
    ],
)
def test_other_verbs_before_an_infinitive_stay_out_of_its_cue(extractor, body, cue):
    assert cue in [c for _, c, _ in spans(extractor, body)]


def test_a_cue_away_from_the_comma_shares_the_speaker_with_it(extractor):
    # The participle's speaker is its verb's subject, set off before "met".
    assert spans(
        extractor,
        "Maria Lopez, a nurse at the clinic, met the board on Monday, warning that the ward "
        "was full.",
    ) == [("Maria Lopez, a nurse at the clinic,", "warning", "that the ward was full")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'The mayor said: "The dam is safe."',
            [("The mayor", "said:", '"The dam is safe."')],
        ),
        # Already so before: the colon right before what is said.
        ("The mayor added: the dam is safe.", [("The mayor", "added:", "the dam is safe")]),
    ],
)
def test_the_colon_before_a_quotation_is_the_cues(extractor, body, expected):
    assert spans(extractor, body) == expected
