"""Check-worthy statements on short texts (the signals depend on the parser, so most of these
use the real model), and the additive score on hand-made signals."""

from dataclasses import fields

import pytest

from factx.extract import checkworthy
from factx.extract.checkworthy import Signals
from factx.extract.lookup import FactIndex


def factual(extractor, body):
    record = extractor.extract_text(f"Headline\n\n{body}")
    return [c for c in record.facts if c.type == "claim" and c.claim_type == "factual"]


def signals_of(extractor, text):
    sentence = next(extractor.nlp(text).sents)
    found = checkworthy.signals(sentence)
    return {f.name for f in fields(found) if getattr(found, f.name)}


def test_figure_sentence_is_factual_with_its_facts(extractor):
    body = "Unemployment fell to 4.2 percent in 2019, the lowest rate in fifty years."
    record = extractor.extract_text(f"Headline\n\n{body}")
    claims = [c for c in record.facts if c.type == "claim" and c.claim_type == "factual"]
    assert len(claims) == 1
    assert claims[0].content == body.rstrip(".")
    assert claims[0].score is not None and claims[0].score >= 0.8
    linked = {f.text: f.type for f in record.facts if f.id in claims[0].fact_ids}
    assert linked["4.2 percent"] == "percent" and linked["2019"] == "date"


def test_dated_past_event_with_named_participants_is_factual(extractor):
    claims = factual(extractor, "On March 3, 2021, the Senate passed the bill by two votes.")
    assert [c.content for c in claims] == [
        "On March 3, 2021, the Senate passed the bill by two votes"
    ]
    assert claims[0].score is not None and claims[0].score >= 0.8


def test_past_event_of_named_participants_without_a_figure(extractor):
    claims = factual(extractor, "Congress passed the Clean Air Act.")
    assert len(claims) == 1 and claims[0].score is not None and claims[0].score >= 0.5


@pytest.mark.parametrize(
    "body",
    [
        "Did unemployment fall to 4.2 percent in 2019?",  # a question
        "I think we need to do better.",  # an opinion
        "We need to do better.",  # an obligation, no attribution cue
        "I will cut taxes for every family.",  # a promise
        "We are going to build a wall.",  # a plan
        "Thank you very much for having me tonight.",  # a courtesy
        "Look at the record.",  # an order
        "It is a great country and we love it.",  # a judgement
        "The mayor spoke in Reno on Monday.",  # an appearance, on no checkable date
    ],
)
def test_not_check_worthy(extractor, body):
    assert factual(extractor, body) == []


def test_no_factual_claim_from_the_headline(extractor):
    record = extractor.extract_text("Unemployment fell to 4.2 percent in 2019\n\nThe mayor spoke.")
    assert [f.type for f in record.facts if f.paragraph == 0] == ["percent", "date"]
    assert not [c for c in record.facts if c.type == "claim" and c.claim_type == "factual"]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Millions of jobs were lost since the plant closed.", {"figure", "dated", "past"}, set()),
        ("Twice as many students graduated this year.", {"figure", "past"}, {"modal"}),
        ("He has never paid federal income tax.", {"past", "third_person", "statistic"}, set()),
        ("The company posted the highest profit in its history.", {"compares", "dated"}, set()),
        ("We've got to fix the deficit.", {"modal", "statistic"}, {"past"}),
        ("Let me say something.", {"directive"}, {"past"}),
        ("I hope we win.", {"opinion", "first_person"}, {"past"}),
    ],
)  # fmt: skip
def test_signals(extractor, text, expected, absent):
    found = signals_of(extractor, text)
    assert expected <= found
    assert not absent & found


def test_score_adds_the_signals_up():
    empty = FactIndex([])
    assert checkworthy.score(Signals(), 0, 10, empty) is None
    assert checkworthy.score(Signals(past=True), 0, 10, empty) is None
    assert checkworthy.score(Signals(figure=True), 0, 10, empty) == 0.5  # a figure alone
    assert checkworthy.score(Signals(figure=True, past=True), 0, 10, empty) == 0.7
    assert checkworthy.score(Signals(figure=True, past=True, modal=True), 0, 10, empty) == 0.55
    assert (
        checkworthy.score(Signals(figure=True, past=True, opinion=True, modal=True), 0, 10, empty)
        is None
    )
    everything = Signals(figure=True, dated=True, past=True, statistic=True, compares=True)
    assert checkworthy.score(everything, 0, 10, empty) == 1.0  # capped


def test_every_signal_has_a_weight():
    assert set(checkworthy._WEIGHTS) == {f.name for f in fields(Signals)}


def test_same_text_same_score(extractor):
    body = "In 2022, the company's revenue grew more than 30% to over $80 billion."
    first, second = factual(extractor, body), factual(extractor, body)
    assert [(c.id, c.score) for c in first] == [(c.id, c.score) for c in second]
    assert first and first[0].score == 1.0


def test_an_attributed_claim_scores_its_content(extractor):
    record = extractor.extract_text(
        "Headline\n\nThe CBO said the deficit doubled to $1 trillion in 2019. "
        "She said she would do better."
    )
    claims = [c for c in record.facts if c.type == "claim"]
    assert [(c.claim_type, c.cue, c.score is not None) for c in claims] == [
        ("attributed", "say", True),
        ("attributed", "say", False),
    ]
    assert claims[0].score >= 0.8


def test_a_deed_on_the_record_is_scored_on_its_sentence(extractor):
    record = extractor.extract_text("Headline\n\nMy opponent voted against the ban in 1994.")
    claims = [f for f in record.facts if f.type == "claim"]
    assert [(c.claim_type, c.cue) for c in claims] == [("attributed", "vote")]
    assert claims[0].score is not None and claims[0].score >= 0.5
    said = extractor.extract_text("Headline\n\nMy opponent said he wants to do better.")
    assert [f.score for f in said.facts if f.type == "claim"] == [None]


def test_an_attribution_is_as_check_worthy_as_its_sentence_without_the_cue(extractor):
    dated = extractor.extract_text("Headline\n\nIn 2015, Trump said the wall was tall.")
    assert [f.score for f in dated.facts if f.type == "claim"] == [0.8]
    plain = extractor.extract_text("Headline\n\nTrump said the wall was tall.")
    assert [f.score for f in plain.facts if f.type == "claim"] == [None]
