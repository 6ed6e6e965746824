"""Polarity and modality of claims, and quotations that go on (real model: they read the parse)."""

import pytest


def stances(extractor, body):
    record = extractor.extract_text(f"Headline\n\n{body}")
    claims = [c for c in record.facts if c.type == "claim"]
    return [(c.claim_type, c.cue, c.polarity, c.modality) for c in claims]


@pytest.mark.parametrize(
    ("body", "cue", "polarity", "modality"),
    [
        ("The FBI said that it would reopen the case.", "say", "positive", "asserted"),
        ("The FBI did not signal that it would reopen the case.", "signal", "negative", "asserted"),
        ("The mayor never claimed that the bridge was safe.", "claim", "negative", "asserted"),
        # Web pages write the contraction with a typographic apostrophe.
        ("The mayor hasn’t claimed that the bridge is safe.", "claim", "negative", "asserted"),
        ("She denied that she had taken the money.", "deny", "negative", "denied"),
        ("He refused to say whether he would run again.", "say", "negative", "refused"),
        ("She asked whether the money had been spent.", "ask", "positive", "asked"),
        ("The senator may argue that the bill is unfair.", "argue", "positive", "hedged"),
        ("Obama will announce that troops are coming home.", "announce", "positive", "expected"),
        ('"No, I did not take it," she denied.', "deny", "positive", "denied"),
        # Who denies reports denies what they report: the verb is the cue, not the noun.
        ("Microsoft denied reports that it would cut 1,000 jobs.", "deny", "negative", "denied"),
        ("Mr Ebbers rejected claims that he knew of the fraud.", "reject", "negative", "denied"),
        # What nobody knows yet is not affirmed, whichever way the text words it.
        (
            "It is not clear who raised the issue with the board.",
            "not clear",
            "negative",
            "asserted",
        ),
        ("It is unclear who raised the issue with the board.", "unclear", "negative", "asserted"),
    ],
)
def test_the_cue_gives_polarity_and_modality(extractor, body, cue, polarity, modality):
    assert ("attributed", cue, polarity, modality) in stances(extractor, body)


def test_a_verb_after_but_keeps_its_own_stance(extractor):
    # The refusal is of the comment alone: what the spokesman said after "but" is affirmed.
    body = (
        "A spokesman for the firm refused to comment on the reports, but said any results "
        "were likely to be set out on Friday."
    )
    assert stances(extractor, body) == [
        ("attributed", "refuse", "negative", "refused"),
        ("attributed", "say", "positive", "asserted"),
    ]


def test_calls_a_speaker_rejects_are_still_their_owners_claim(extractor):
    # The Lib Dems call; Mr Brown only rejects the call, which is not a report he denies.
    body = "Mr Brown rejected the Lib Dem's call to open up the government's books."
    assert [s[1:] for s in stances(extractor, body)] == [("call", "positive", "asserted")]


def test_a_factual_claim_takes_its_main_verbs_stance(extractor):
    negative = stances(extractor, "Trump has never paid federal income taxes since 1995.")
    assert negative == [("factual", None, "negative", "asserted")]
    plain = stances(extractor, "In 2022, TikTok's revenue grew more than 30% to $80 billion.")
    assert plain == [("factual", None, "positive", "asserted")]


def test_a_quote_going_on_in_the_next_paragraph_is_asserted(extractor):
    body = '"We did not hide it," she denied. "It is all on the record.\n\n"Every page of it."'
    record = extractor.extract_text(f"Headline\n\n{body}")
    later = [c for c in record.facts if c.type == "claim" and c.paragraph == 2]
    assert [(c.content, c.polarity, c.modality) for c in later] == [
        ('"Every page of it."', "positive", "asserted")
    ]


def test_a_quote_going_on_after_its_reporting_clause_is_one_claim(extractor):
    body = (
        '"Physically I am 100% since December," said Ferrero. "I was working very hard before '
        'the final. "The difficult moments were when I had the chicken pox. Those five months '
        'were pretty difficult for me."'
    )
    record = extractor.extract_text(f"Headline\n\n{body}")
    claims = [f for f in record.facts if f.type == "claim"]
    assert [(c.claim_type, c.speaker, c.quote) for c in claims] == [
        ("attributed", "Ferrero", "direct")
    ]
    assert claims[0].content.startswith('"Physically I am 100% since December,"')
    assert claims[0].content.endswith('pretty difficult for me."')


def test_a_passive_expectation_has_its_subject_in_the_content(extractor):
    record = extractor.extract_text("Headline\n\nMichael Howard is expected to attack the plan.")
    claims = [f for f in record.facts if f.type == "claim"]
    assert [(c.speaker, c.cue, c.content, c.modality) for c in claims] == [
        (None, "expect", "Michael Howard is expected to attack the plan", "expected")
    ]


def test_a_quotation_after_what_someone_did_not_say_goes_on_with_the_speaker_before(extractor):
    body = (
        '"The plan is dead," Ms Reyes said, though the board hasn’t said it will drop the plan. '
        '"Nobody wants it now."'
    )
    record = extractor.extract_text(f"Headline\n\n{body}")
    claims = [(c.speaker, c.polarity, c.content) for c in record.facts if c.type == "claim"]
    assert claims == [
        ("Ms Reyes", "positive", '"The plan is dead,"'),
        ("the board", "negative", "it will drop the plan"),
        ("Ms Reyes", "positive", '"Nobody wants it now."'),
    ]
