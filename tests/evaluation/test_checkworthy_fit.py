"""The refit of the check-worthiness weights, on made-up examples (no model, no data set)."""

from __future__ import annotations

import math

import numpy as np

from factx.evaluation import checkworthy_fit as fit
from factx.evaluation.checkworthy_fit import Example


def examples(count: int = 200) -> list[Example]:
    """Check-worthy when "figure" is there; "noise" on every other one, whatever the label."""
    made = []
    for k in range(count):
        label = k % 3 == 0
        row = ["figure"] if label else ["modal"]
        if k % 2:
            row.append("noise")
        made.append(Example(label, (row, ["words:4-8"])))
    return made


def test_folds_split_the_sentences():
    held = [sorted(f.tolist()) for f in fit.folds(23, 5, seed=0)]
    assert sorted(i for fold in held for i in fold) == list(range(23))
    assert held == [sorted(f.tolist()) for f in fit.folds(23, 5, seed=0)]  # a fixed seed


def test_cross_validation_learns_a_rule_it_can_see():
    scores = fit.cross_validate(examples(), 5, seed=0)
    assert scores["f1"] == 1.0 and scores["precision"] == 1.0


def test_cross_validation_does_not_score_what_it_fitted():
    # Labels that no feature predicts: in-sample fitting could not help, held-out F1 stays low.
    rng = np.random.default_rng(1)
    noise = [Example(bool(rng.integers(2)), ([f"f{k % 40}"],)) for k in range(400)]
    assert fit.cross_validate(noise, 5, seed=0)["f1"] < 0.8


def test_final_weights_put_the_threshold_at_one_half():
    data, in_sample = fit.final(examples())
    assert in_sample["f1"] == 1.0
    assert data["weights"]["figure"] > 0 > data["weights"]["modal"]
    assert abs(data["weights"]["noise"]) < 0.5
    assert set(data) == {"_comment", "bias", "pairs", "weights"}


def test_rare_features_get_no_weight():
    rare = [*examples(), Example(True, (["once"],))]
    assert "once" not in fit.vocabulary(rare) and "figure" in fit.vocabulary(rare)


def test_rows_round_trip(tmp_path):
    path = tmp_path / "rows.jsonl"
    fit.save_rows(path, examples(6))
    assert fit.load_rows(path) == examples(6)


def with_vectors(count: int = 200) -> list[Example]:
    """Check-worthy when the first column of the root's pool is high (pools two wide); no named
    feature tells."""
    rng = np.random.default_rng(2)
    made = []
    for k in range(count):
        label = k % 3 == 0
        vector = rng.normal(size=2 * len(fit.checkworthy.POOLS)) * 3 + 5
        vector[2 * fit.checkworthy.POOLS.index("root")] = (2.0 if label else -2.0) + rng.normal()
        made.append(Example(label, (["words:4-8"],), (vector.tolist(),), str(1000 + k)))
    return made


def test_the_context_vector_is_learnt_and_stored_unscaled():
    tensor = fit.Setting(named=False, tensor=True, l2_tensor=1.0, pools=("mean", "root"))
    assert fit.cross_validate(with_vectors(), 5, seed=0, setting=tensor)["f1"] > 0.95
    assert fit.cross_validate(with_vectors(), 5, seed=0)["f1"] < 0.6  # the named features alone
    data, in_sample = fit.final(with_vectors(), tensor)
    assert set(data["vector"]) == {"mean", "root"}
    mean, root = np.array(data["vector"]["mean"]), np.array(data["vector"]["root"])
    assert len(mean) == len(root) == 2 and root[0] > 0
    # The stored weights score raw vectors as the fit scored standardized ones.
    columns, beta = fit._fitted(with_vectors(), tensor)
    x, _, _, _ = fit.matrix(with_vectors(), columns)
    raw = np.array([e.vectors[0] for e in with_vectors()])[:, [0, 1, 4, 5]]  # mean, root
    moved = math.log(in_sample["threshold"] / (1 - in_sample["threshold"]))
    stored = raw @ np.concatenate([mean, root]) + data["bias"]
    assert np.allclose(stored, x @ beta - moved, atol=1e-3)


def test_a_missing_pool_is_zeros():
    assert fit.flat(None) == []
    pooled = (np.ones(2), np.ones(2) * 2, np.ones(2) * 3, None, np.ones(2) * 5)
    assert fit.flat(pooled) == [1, 1, 2, 2, 3, 3, 0, 0, 5, 5]


def test_folds_by_debate_are_runs_of_consecutive_ids():
    made = [Example(False, ([],), (), str(i)) for i in (5, 1, 4, 2, 3, 10, 9, 8, 7, 6)]
    held = [sorted(made[i].sentence_id for i in f) for f in fit.blocks(made, 5)]
    assert held == [["1", "2"], ["3", "4"], ["5", "6"], ["7", "8"], ["10", "9"]]


def test_sentences_in_context_are_runs_of_consecutive_ids():
    sentences = [
        fit.claimbuster.Sentence(i, True, text)
        for i, text in (("12", "B c."), ("11", "A b."), ("20", "C."), ("13", "D e."))
    ]
    pieces = fit.in_context(sentences, longest=2)
    assert [p.text.removeprefix(fit.claimbuster.HEADLINE) for p in pieces] == [
        "A b. B c.", "D e.", "C."
    ]  # fmt: skip
    for piece in pieces:
        for k, start, end in piece.sentences:
            assert piece.text[start:end] == sentences[k].text
    assert [p.sentences[0][0] for p in fit.alone(sentences)] == [0, 1, 2, 3]


def test_rows_keep_vectors_and_ids(tmp_path):
    path = tmp_path / "rows.jsonl"
    fit.save_rows(path, with_vectors(4))
    assert fit.load_rows(path) == with_vectors(4)


def with_words(count: int = 600) -> list[Example]:
    """Check-worthy when "percent" is said, in sentences spread over 30 debates; "iraq" marks
    the check-worthy sentences of four debates only (27 sentences), "the" is everywhere."""
    made = []
    for k in range(count):
        label = k % 3 == 0
        lemmas = ["the", "percent" if label else "feel"]
        sentence_id = k * 50  # 20 sentences a debate (fit.DEBATE_IDS ids)
        if label and 4 <= sentence_id // fit.DEBATE_IDS < 8:
            lemmas.append("iraq")
        made.append(Example(label, (["words:4-8"],), (), str(sentence_id), (lemmas,)))
    return made


def test_words_are_learnt_only_if_said_in_many_debates():
    lexical = fit.Setting(words=True, bigrams=True)
    expected = ("feel", "percent", "the", "the feel", "the percent")
    assert fit.lexicon(with_words(), lexical) == expected
    assert fit.cross_validate(with_words(), 5, seed=0, setting=lexical)["f1"] == 1.0
    assert fit.cross_validate(with_words(), 5, seed=0)["f1"] < 0.6  # no word, nothing to tell
    data, in_sample = fit.final(with_words(), lexical)
    assert in_sample["f1"] == 1.0
    assert data["words"]["percent"] > 0 > data["words"]["feel"] and "iraq" not in data["words"]


def test_lbfgs_finds_the_newton_weights():
    rng = np.random.default_rng(3)
    x = np.hstack([np.ones((300, 1)), rng.normal(size=(300, 4))])
    y = (x[:, 1] + rng.normal(size=300) > 0).astype(float)
    w = np.ones(300)
    newton = fit.fit(x, y, w, l2=2.0)
    penalty = np.array([1e-6, 2.0, 2.0, 2.0, 2.0])
    assert np.allclose(fit.fit_lbfgs(fit.Rows(x), y, w, penalty), newton, atol=1e-4)


def test_an_odd_seed_moves_the_debate_folds_by_half_a_fold():
    made = [Example(False, ([],), (), str(i)) for i in range(1, 21)]
    held = [sorted(int(made[i].sentence_id) for i in f) for f in fit.blocks(made, 5, seed=1)]
    assert held == [[3, 4, 5, 6], [7, 8, 9, 10], [11, 12, 13, 14], [15, 16, 17, 18], [1, 2, 19, 20]]


def test_the_stored_model_weighs_the_pools_the_fit_writes():
    # A refit with other `--pools` must change POOLS too, or the README and the fit disagree.
    assert fit.checkworthy._model().pooled == frozenset(fit.POOLS)
    assert set(fit.POOLS) <= set(fit.checkworthy.POOLS)
