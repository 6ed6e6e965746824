"""Attributions that name nobody: hearsay adverbs, "it emerged that", open questions (real
model: they are read off the parse)."""

import pytest


def claims(extractor, body):
    record = extractor.extract_text(f"Headline\n\n{body}")
    return [c for c in record.facts if c.type == "claim"]


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        # Hearsay: the article does not assert it; nobody is named for it.
        (
            "That move reportedly followed a protest from the Thai government.",
            "reportedly",
            "That move reportedly followed a protest from the Thai government",
        ),
        (
            "The firm allegedly hid losses from investors.",
            "allegedly",
            "The firm allegedly hid losses from investors",
        ),
        # What came to light, not the sentence around it.
        (
            "Parmalat collapsed after it emerged that the 4bn euros it held did not exist.",
            "emerge",
            "that the 4bn euros it held did not exist",
        ),
        # What nobody can tell.
        (
            "Officials said so, though it's not clear who first raised the issue.",
            "not clear",
            "who first raised the issue",
        ),
        (
            "Without the returns, it is impossible to know the precise source of the loss.",
            "impossible to know",
            "the precise source of the loss",
        ),
    ],
)
def test_an_attribution_that_names_nobody(extractor, body, cue, content):
    found = [c for c in claims(extractor, body) if c.cue == cue]
    assert [(c.claim_type, c.speaker, c.content) for c in found] == [("attributed", None, content)]


def test_a_named_speaker_keeps_a_reported_claim(extractor):
    # "reportedly" on a verb of saying: Smith says it, as before.
    found = claims(extractor, "Smith reportedly said the firm would close.")
    assert [(c.speaker, c.cue, c.content) for c in found] == [
        ("Smith", "say", "the firm would close")
    ]


def test_what_is_clear_is_asserted(extractor):
    # Not negated and no verb of knowing: the article says it itself.
    found = claims(extractor, "It is clear that the plan failed.")
    assert all(c.claim_type == "factual" for c in found)
