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
        (
            "The mayor denied the report and said the bridge would reopen in May.",
            "The mayor", "say", "the bridge would reopen in May",
        ),
        (
            '"The best way forward," the minister said, "is a vote in the spring."',
            "the minister", "say", "is a vote in the spring",
        ),
        (
            "Beyond that, he said, the council may raise taxes.",
            "he", "say", "the council may raise taxes",
        ),
        (
            '"What do we do now?" the coach asked.',
            "the coach", "ask", "What do we do now",
        ),
        (
            "The union has renewed its warning that the mill will shut.",
            "The union", "warning", "the mill will shut",
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


def test_quote_of_several_sentences_is_one_content(extractor):
    body = 'Smith added: "Prices will rise. Nobody can stop that."'
    assert ("Smith", "add", "Prices will rise. Nobody can stop that") in attributed(extractor, body)


def test_passive_this_takes_the_sentence_before(extractor):
    body = "The plant will close next year.\n\nThis was announced by the owner Anna Berg."
    assert ("the owner Anna Berg", "announce", "The plant will close next year") in attributed(
        extractor, body
    )


def test_no_attribution_inside_a_quote_or_another_content(extractor):
    found = attributed(
        extractor,
        '"I think we want a fair deal," Jones said. Lee said he believes the talks will fail.',
    )
    assert [cue for _, cue, _ in found] == ["say", "say"]
