"""Check-worthy statements on short texts (the signals depend on the parser, so most of these
use the real model), and the additive score on hand-made signals."""

import math
from dataclasses import fields

import numpy as np
import pytest

from factx.extract import checkworthy
from factx.extract.checkworthy import Signals
from factx.extract.lookup import FactIndex
from factx.records import PercentFact


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


def test_score_is_the_model_probability_over_the_features(extractor):
    empty = FactIndex([])
    model = checkworthy._model()
    found = checkworthy.signals(next(extractor.nlp("He lost 9 million jobs in 2009.").sents))
    values = checkworthy.with_pairs(checkworthy.features(found, 0, 10, empty), model.pairs)
    assert {"figure&past", "words:4-8"} <= set(values)
    total = model.bias + sum(model.weights.get(name, 0.0) for name in values)
    # The pooled vectors it weighs (none while the weights have no "vector").
    for pool, weights in zip(found.pooled, model.vector or [None] * 5, strict=True):
        total += 0.0 if pool is None or weights is None else float(pool @ weights)
    # Its words and pairs of words, each once.
    assert found.lemmas == ("he", "lose", "9", "million", "job", "in", "2009")
    pairs = zip(found.lemmas, found.lemmas[1:], strict=False)
    total += sum(model.words.get(term, 0.0) for term in dict.fromkeys([*found.lemmas, *pairs]))
    expected = round(1 / (1 + math.exp(-total)), 2)
    assert expected >= checkworthy.THRESHOLD  # "He lost 9 million jobs": a record with a figure
    assert checkworthy.score(found, 0, 10, empty) == expected
    assert checkworthy.score(Signals(), 0, 10, empty) is None
    promise = Signals(modal=True, opinion=True, first_person=True, words=6)
    assert checkworthy.score(promise, 0, 10, empty) is None


def test_facts_inside_the_sentence_are_features():
    rate = PercentFact(id="p", text="5.2%", start=0, end=4, sentence=0, paragraph=0, value=5.2)
    index = FactIndex([rate])
    assert "fact:figure" in checkworthy.features(Signals(words=5), 0, 10, index)
    assert "fact:figure" not in checkworthy.features(Signals(words=5), 20, 30, index)


def test_every_weight_is_a_feature_the_sentences_can_have():
    model = checkworthy._model()
    single = {*checkworthy.FLAGS, "fact:figure", "fact:date"}
    single |= {name for _, name in checkworthy._LENGTHS}
    prefixes = ("tag:", "dep:", "ent:", "root:", "subject:", "first:", "class:")
    assert set(model.pairs) <= single | {n for n in model.weights if n.startswith(prefixes)}
    for name in model.weights:
        parts = name.split("&")
        assert len(parts) <= 2 and all(p in single or p.startswith(prefixes) for p in parts), name
    assert all(f"class:{name}" in model.weights for name in checkworthy._CLASS_LISTS)
    assert set(checkworthy.FLAGS) <= set(model.weights)  # every signal is weighed
    # Words are lower-case lemmas, one or two of them.
    assert any(isinstance(term, str) for term in model.words)
    assert any(isinstance(term, tuple) for term in model.words)
    for term in model.words:
        parts = (term,) if isinstance(term, str) else term
        assert len(parts) <= 2 and all(w and w == w.lower() and " " not in w for w in parts)


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
    [score] = [f.score for f in dated.facts if f.type == "claim"]
    assert score is not None and score >= checkworthy.THRESHOLD
    plain = extractor.extract_text("Headline\n\nTrump said the wall was tall.")
    assert [f.score for f in plain.facts if f.type == "claim"] == [None]


def test_the_shape_of_a_reported_sentence_leaves_out_who_says_it(extractor):
    sentence = next(extractor.nlp("In 2015, Trump said the wall was tall.").sents)
    cue = next(t.i for t in sentence if t.lower_ == "said")
    reported = checkworthy.signals(sentence, cue=cue).marks
    assert "ent:DATE" in reported and "subject:noun" in reported  # "the wall was", in 2015
    assert "ent:PERSON" not in reported and "subject:name" not in reported
    assert "subject:name" in checkworthy.signals(sentence).marks  # "Trump said"


def test_pooled_vectors_are_rows_of_the_tensor_over_the_sentence(extractor, blank_nlp, monkeypatch):
    monkeypatch.setattr(checkworthy, "_wanted", lambda: frozenset(checkworthy.POOLS))
    doc = extractor.nlp("He lost 9 million jobs in 2009. We will win.")
    first, second = list(doc.sents)
    mean, top, root, number, subject = checkworthy.signals(second).pooled
    rows = doc.tensor[second.start : second.end]
    assert mean.shape == top.shape == (doc.tensor.shape[1],)
    assert np.allclose(mean, rows.mean(axis=0)) and np.allclose(top, rows.max(axis=0))
    assert np.array_equal(root, doc.tensor[second.root.i])  # "win"
    assert np.array_equal(subject, doc.tensor[second.start])  # "We"
    assert number is None  # no number in "We will win."
    numbers = [t.i for t in first if t.like_num]  # "9", "million", "2009"
    assert np.allclose(checkworthy.signals(first).pooled[3], doc.tensor[numbers].mean(axis=0))
    blank = blank_nlp("No model.")
    assert checkworthy._pooled(blank[0:3], blank[0], list(blank), [], []) is None  # no tensor
    monkeypatch.setattr(checkworthy, "_wanted", lambda: frozenset({"root"}))
    assert [p is None for p in checkworthy.signals(first).pooled] == [True, True, False, True, True]


def test_signals_keep_no_part_of_the_parse(extractor, monkeypatch):
    """An article's signals are kept until it is assembled: a row of the tensor kept as a view
    held the paragraph's whole tensor (most of a huge article's memory), and each sentence's
    lemmas and marks were strings of their own."""
    monkeypatch.setattr(checkworthy, "_wanted", lambda: frozenset(checkworthy.POOLS))
    doc = extractor.nlp("He lost 9 million jobs in 2009. They lost 2 million jobs in 2010.")
    first, second = (checkworthy.signals(s) for s in doc.sents)
    for pooled in (*first.pooled, *second.pooled):
        assert pooled is not None and not np.shares_memory(pooled, doc.tensor)
    assert first.lemmas[1] == "lose" and first.lemmas[1] is second.lemmas[1]
    assert first.marks[0] is next(m for m in second.marks if m == first.marks[0])


def test_score_weighs_the_pooled_vectors_the_model_has_weights_for(monkeypatch):
    weights = (None, None, np.array([1.0, 0.0], dtype="float32"), None, np.array([0.0, 2.0]))
    monkeypatch.setattr(checkworthy, "_model", lambda: checkworthy.Model(0.0, {}, (), weights))
    empty = FactIndex([])
    root, subject = np.array([1.0, 5.0]), np.array([9.0, 0.5])  # 1 * 1 + 2 * 0.5: a logit of 2
    pooled = (np.ones(2), np.ones(2), root, None, subject)
    assert checkworthy.score(Signals(pooled=pooled), 0, 10, empty) == round(
        1 / (1 + math.exp(-2)), 2
    )
    negated = (np.ones(2), np.ones(2), -root, None, -subject)
    assert checkworthy.score(Signals(pooled=negated), 0, 10, empty) is None
    no_subject = (np.ones(2), np.ones(2), root, np.ones(2), None)  # the root alone: a logit of 1
    assert checkworthy.score(Signals(pooled=no_subject), 0, 10, empty) == round(
        1 / (1 + math.exp(-1)), 2
    )
    assert checkworthy.score(Signals(), 0, 10, empty) == 0.5  # no vector: the bias alone


def test_score_weighs_each_word_and_pair_of_words_once(monkeypatch):
    model = checkworthy.Model(0.0, {}, words={"cut": 1.0, "i": -3.0, ("tax", "cut"): 0.5})
    monkeypatch.setattr(checkworthy, "_model", lambda: model)
    empty = FactIndex([])
    cuts = Signals(lemmas=("tax", "cut", "and", "tax", "cut"))  # a logit of 1 + 0.5
    assert checkworthy.score(cuts, 0, 10, empty) == round(1 / (1 + math.exp(-1.5)), 2)
    assert checkworthy.score(Signals(lemmas=("cut", "tax")), 0, 10, empty) == round(
        1 / (1 + math.exp(-1)), 2
    )  # "cut tax" is no "tax cut"
    assert checkworthy.score(Signals(lemmas=("i", "cut")), 0, 10, empty) is None


def test_the_words_leave_out_punctuation_names_and_the_cue(extractor):
    doc = extractor.nlp("The senator said the tax was cut in Ohio.")
    said = next(t.i for t in doc if t.lower_ == "said")
    found = checkworthy.signals(doc[:], cue=said)
    assert found.lemmas == ("the", "senator", "the", "tax", "be", "cut", "in")  # no names
    said_too = ("the", "senator", "say", "the", "tax", "be", "cut", "in")
    assert checkworthy.signals(doc[:]).lemmas == said_too


def test_a_part_of_a_sentence_is_pooled_as_its_whole_sentence(extractor):
    doc = extractor.nlp("The CBO said the deficit doubled to $1 trillion in 2019.")
    sentence = next(doc.sents)
    content = doc[3 : sentence.end - 1]  # "the deficit doubled to $1 trillion in 2019"
    whole, part = checkworthy.signals(sentence).pooled, checkworthy.signals(content).pooled
    assert all(
        (a is None and b is None) or np.array_equal(a, b) for a, b in zip(whole, part, strict=True)
    )


@pytest.mark.parametrize(
    ("text", "telegraphic"),
    [
        ("22 million new jobs, very low unemployment nationally.", True),
        ("Health insurance premiums, up $2,500.", True),
        ("The worst inflation since the Great Depression.", True),
        ("The debt and the deficit.", False),
        ("Number four, the rule of law.", True),  # a figure, which the model then weighs
    ],
)
def test_a_sentence_without_a_verb_is_a_statement_if_it_states_a_figure_or_compares(
    extractor, text, telegraphic
):
    from factx.extract.claims import _telegraphic

    assert _telegraphic(next(extractor.nlp(text).sents)) is telegraphic


def test_a_figure_in_shorthand_is_check_worthy(extractor):
    claims = factual(extractor, "Health insurance premiums, up $2,500.")
    assert [c.content for c in claims] == ["Health insurance premiums, up $2,500"]


def test_the_mean_of_all_rows_is_numpys_mean_to_the_last_bit():
    """`_mean` sums all the rows itself, for half the cost of `ndarray.mean`: the scores must
    not move, so its vectors must be the very same."""
    generator = np.random.default_rng(7)
    for count in (1, 2, 3, 5, 8, 13, 21, 40, 97, 300):
        rows = (generator.standard_normal((count, 96)) * generator.uniform(0.01, 50)).astype(
            "float32"
        )
        mean = checkworthy._mean(rows, range(count))
        assert mean.dtype == np.float32 and mean.tobytes() == rows.mean(axis=0).tobytes()


def test_a_sentence_is_pooled_once_for_its_content_and_itself(extractor):
    doc = extractor.nlp("The CBO said the deficit doubled to $1 trillion in 2019.")
    sentence = next(doc.sents)
    whole = checkworthy.signals(sentence).pooled
    assert checkworthy.signals(doc[3 : sentence.end - 1]).pooled is whole
    assert checkworthy.signals(sentence, cue=2).pooled is whole
