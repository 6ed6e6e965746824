"""Refit the check-worthiness model on ClaimBuster's dev sentences, and cross-validate it.

python -m factx.evaluation.checkworthy_fit [--data ../shared/eval-dev] [--folds 5] [--seed 0]
                                          [--rows ROWS.jsonl] [--write]

Every sentence goes through factx as `make eval` runs it (`claimbuster.article_text`); each time
factx scores a sentence's check-worthiness, the features it scored are kept with the sentence's
label. A sentence is predicted check-worthy when one of its scores reaches the threshold, as in
the evaluation. The model is an L2-regularized logistic regression over those dense features
(signals, tags, dependencies, entity labels, word classes, length; no words of the sentences, so
it cannot learn dev sentences by heart), fitted by Newton's method: no randomness but the fold
split, which a fixed seed draws. Cross-validated F1 scores each sentence with weights fitted
without it. `--write` stores the weights fitted on every sentence in factx/data, with the bias
moved so that the F1-best threshold is factx's 0.5. `--rows` keeps the features in a scratch
file and reads them back on the next run (delete it when the features change).
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from factx.evaluation import claimbuster
from factx.extract import checkworthy

DEFAULT_DATA = Path("../shared/eval-dev")
WEIGHTS = Path(__file__).resolve().parent.parent / "data" / checkworthy.WEIGHTS_FILE
# A feature seen in fewer sentences than this gets no weight: too rare to weigh honestly.
MIN_SENTENCES = 20
# The penalty on the squared weights (not on the bias): the best of 2, 20, 50 and 100 by CV.
L2 = 50.0
BATCH = 256
# The features weighed in pairs too: the signals, the article's facts, who the subject is, the
# main verb's tense, and the kinds of entity and number.
PAIRS = (
    *checkworthy.FLAGS,
    "fact:figure",
    "fact:date",
    *(f"subject:{kind}" for kind in ("i", "we", "you", "he", "they", "it", "name", "noun")),
    *(f"root:{tag}" for tag in ("VBD", "VBZ", "VBP", "MD")),
    *(f"tag:{tag}" for tag in ("MD", "VBD", "VBN", "CD", "JJS", "JJR")),
    "dep:neg",
    *(f"ent:{label}" for label in ("PERSON", "GPE", "ORG", "NORP", "DATE", "CARDINAL")),
    *(f"ent:{label}" for label in ("MONEY", "PERCENT")),
)
COMMENT = (
    "Weights of the check-worthiness model (factx/extract/checkworthy.py): a logistic "
    "regression over the features of checkworthy.features, fitted on ClaimBuster's dev "
    "sentences by `python -m factx.evaluation.checkworthy_fit --write`; do not edit by hand."
)


@dataclass(frozen=True)
class Example:
    """One ClaimBuster sentence: its label and the features of each check-worthiness score."""

    label: bool
    rows: tuple[list[str], ...]


def collect(sentences: Sequence[claimbuster.Sentence], model: str | None) -> list[Example]:
    """Run factx over the sentences, keeping the features of every score it computes."""
    from factx.extractor import Extractor

    extractor = Extractor(model)
    recorded: list[list[str]] = []
    original = checkworthy.score

    def recording(signals: checkworthy.Signals, start: int, end: int, index: Any) -> Any:
        recorded.append(checkworthy.features(signals, start, end, index))
        return original(signals, start, end, index)

    checkworthy.score = recording
    examples: list[Example] = []
    try:
        for begin in range(0, len(sentences), BATCH):
            batch = sentences[begin : begin + BATCH]
            items = [
                (f"cb{begin + i}", claimbuster.article_text(s.text), None)
                for i, s in enumerate(batch)
            ]
            # Serial and streamed: an article's scores are all computed before its record.
            for sentence, _ in zip(batch, extractor.extract_many(items), strict=True):
                examples.append(Example(sentence.label, tuple(recorded)))
                recorded.clear()
    finally:
        checkworthy.score = original
    return examples


def paired(examples: Sequence[Example], pairs: tuple[str, ...]) -> list[Example]:
    return [
        Example(e.label, tuple(checkworthy.with_pairs(row, pairs) for row in e.rows))
        for e in examples
    ]


def vocabulary(examples: Sequence[Example]) -> list[str]:
    counts: dict[str, int] = {}
    for example in examples:
        for name in {n for row in example.rows for n in row}:
            counts[name] = counts.get(name, 0) + 1
    return sorted(name for name, n in counts.items() if n >= MIN_SENTENCES)


def matrix(examples: Sequence[Example], names: list[str]) -> tuple[Any, Any, Any, Any]:
    """Rows of features (with a leading 1 for the bias), labels, row weights (each sentence
    weighs 1 in all), and each row's sentence."""
    column = {name: k + 1 for k, name in enumerate(names)}
    rows, labels, weights, owners = [], [], [], []
    for owner, example in enumerate(examples):
        for row in example.rows:
            values = np.zeros(len(names) + 1)
            values[0] = 1.0
            for name in row:
                if name in column:
                    values[column[name]] = 1.0
            rows.append(values)
            labels.append(float(example.label))
            weights.append(1.0 / len(example.rows))
            owners.append(owner)
    if not rows:
        return np.zeros((0, len(names) + 1)), np.zeros(0), np.zeros(0), np.zeros(0, dtype=int)
    return np.array(rows), np.array(labels), np.array(weights), np.array(owners)


def fit(x: Any, y: Any, w: Any, l2: float | None = None) -> Any:
    """Weights of an L2-regularized logistic regression, by Newton's method."""
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2 if l2 is None else l2)
    penalty[0] = 1e-6
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        gradient = x.T @ (w * (p - y)) + penalty * beta
        hessian = (x.T * (w * p * (1 - p))) @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return beta


def sentence_scores(x: Any, owners: Any, beta: Any, count: int) -> Any:
    """Each sentence's highest probability over its rows (0 for a sentence never scored)."""
    best = np.zeros(count)
    np.maximum.at(best, owners, 1.0 / (1.0 + np.exp(-(x @ beta))))
    return best


def f1(scores: Any, labels: Any, threshold: float) -> tuple[float, float, float]:
    predicted = scores >= threshold
    tp = float(np.sum(predicted & labels))
    precision = tp / max(1.0, float(np.sum(predicted)))
    recall = tp / max(1.0, float(np.sum(labels)))
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def best_threshold(scores: Any, labels: Any) -> float:
    candidates = np.round(np.arange(0.2, 0.81, 0.01), 2)
    return float(max(candidates, key=lambda t: (f1(scores, labels, t)[2], -abs(t - 0.5))))


def folds(count: int, k: int, seed: int) -> Iterator[Any]:
    order = np.random.default_rng(seed).permutation(count)
    for fold in range(k):
        yield order[fold::k]


def cross_validate(examples: Sequence[Example], k: int, seed: int) -> dict[str, float]:
    """Out-of-fold precision, recall and F1: each sentence scored by weights (and a threshold)
    fitted on the other folds only, the vocabulary included."""
    labels = np.array([e.label for e in examples])
    scores = np.zeros(len(examples))
    thresholds = []
    for held in folds(len(examples), k, seed):
        held_set = set(held.tolist())
        train = [e for i, e in enumerate(examples) if i not in held_set]
        names = vocabulary(train)
        x, y, w, owners = matrix(train, names)
        beta = fit(x, y, w)
        train_labels = np.array([e.label for e in train])
        threshold = best_threshold(sentence_scores(x, owners, beta, len(train)), train_labels)
        thresholds.append(threshold)
        held_examples = [examples[i] for i in held]
        hx, _, _, h_owners = matrix(held_examples, names)
        held_scores = sentence_scores(hx, h_owners, beta, len(held_examples))
        # Moved so that each fold's own threshold is 0.5, as factx would store it.
        scores[held] = held_scores + (0.5 - threshold)
    precision, recall, f = f1(scores, labels, 0.5)
    return {"precision": precision, "recall": recall, "f1": f, "thresholds": min(thresholds)}


def final(examples: Sequence[Example]) -> tuple[dict[str, Any], dict[str, float]]:
    """The weights fitted on every sentence, the bias moved so the best threshold is 0.5, and
    the in-sample figures."""
    names = vocabulary(examples)
    x, y, w, owners = matrix(examples, names)
    beta = fit(x, y, w)
    labels = np.array([e.label for e in examples])
    scores = sentence_scores(x, owners, beta, len(examples))
    threshold = best_threshold(scores, labels)
    precision, recall, f = f1(scores, labels, threshold)
    bias = float(beta[0]) - math.log(threshold / (1 - threshold))
    weights = {name: round(float(b), 4) for name, b in zip(names, beta[1:], strict=True)}
    data = {"_comment": COMMENT, "bias": round(bias, 4), "pairs": list(PAIRS), "weights": weights}
    return data, {"precision": precision, "recall": recall, "f1": f, "threshold": threshold}


def load_rows(path: Path) -> list[Example]:
    with path.open(encoding="utf-8") as lines:
        return [Example(bool(d["label"]), tuple(d["rows"])) for d in map(json.loads, lines)]


def save_rows(path: Path, examples: Sequence[Example]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for e in examples:
            out.write(json.dumps({"label": e.label, "rows": list(e.rows)}, sort_keys=True) + "\n")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m factx.evaluation.checkworthy_fit")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="eval-dev folder")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", default=None, help="spaCy model (default: factx's default)")
    parser.add_argument("--rows", type=Path, default=None, help="scratch file of the features")
    parser.add_argument("--write", action="store_true", help=f"write {WEIGHTS}")
    args = parser.parse_args(argv)
    if args.rows is not None and args.rows.exists():
        examples = load_rows(args.rows)
    else:
        raw = (args.data / "claimbuster" / claimbuster.FILE_NAME).read_text(encoding="utf-8")
        sentences = claimbuster.parse_csv(raw, lambda problem: print(problem))
        examples = collect(sentences, args.model)
        if args.rows is not None:
            save_rows(args.rows, examples)
    examples = paired(examples, PAIRS)
    cv = cross_validate(examples, args.folds, args.seed)
    data, in_sample = final(examples)
    print(f"sentences {len(examples)}, features {len(data['weights'])}")
    print("cross-validated ({} folds, seed {}): P {:.3f} R {:.3f} F1 {:.3f}".format(
        args.folds, args.seed, cv["precision"], cv["recall"], cv["f1"]
    ))  # fmt: skip
    print("in-sample: P {:.3f} R {:.3f} F1 {:.3f} (threshold {:.2f})".format(
        in_sample["precision"], in_sample["recall"], in_sample["f1"], in_sample["threshold"]
    ))  # fmt: skip
    if args.write:
        WEIGHTS.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
