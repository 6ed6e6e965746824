"""Attribution rules on short texts (these depend on the parser, so they use the real model)."""

import pytest


def attributed(extractor, body):
    record = extractor.extract_text(f"Headline\n\n{body}")
    return [
        (c.speaker, c.cue, c.content)
        for c in record.facts
        if c.type == "claim" and c.claim_type == "attributed"
    ]


@pytest.mark.parametrize(
    ("body", "speaker", "cue", "content"),
    [
        (
            "Oracle said it had reached an agreement with ByteDance.",
            "Oracle", "say", "it had reached an agreement with ByteDance",
        ),
        (
            "Sales fell sharply last year, Reuters reported on Monday.",
            "Reuters", "report", "Sales fell sharply last year",
        ),
        (
            "According to officials, the plant will close in May.",
            "officials", "according to", "the plant will close in May",
        ),
        (
            "Critics accused the company of hiding the data.",
            "Critics", "accuse", "the company of hiding the data",
        ),
        (
            "The survey shows that most voters don't change their minds.",
            "The survey", "show", "most voters don't change their minds",
        ),
    ],
)  # fmt: skip
def test_attribution(extractor, body, speaker, cue, content):
    assert (speaker, cue, content) in attributed(extractor, body)


def test_pronoun_speaker_resolves_to_the_person(extractor):
    record = extractor.extract_text(
        "Headline\n\nThe plan was presented by President Joe Biden on Friday. "
        "He also added that the data is now stored in Texas."
    )
    person = next(f for f in record.facts if f.type == "entity" and f.name == "Joe Biden")
    claim = next(f for f in record.facts if f.type == "claim" and f.cue == "add")
    assert claim.speaker == "He" and claim.speaker_entity_id == person.entity_id


def test_no_claims_from_questions_or_headlines(extractor):
    record = extractor.extract_text(
        "Oracle says it will buy TikTok\n\nWill the deal close in 2021?"
    )
    assert [f for f in record.facts if f.type == "claim"] == []
