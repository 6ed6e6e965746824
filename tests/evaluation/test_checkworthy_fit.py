"""The refit of the check-worthiness weights, on made-up examples (no model, no data set)."""

from __future__ import annotations

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
