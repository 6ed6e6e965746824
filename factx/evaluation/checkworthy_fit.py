"""Refit the check-worthiness model on ClaimBuster's dev sentences, and cross-validate it.

python -m factx.evaluation.checkworthy_fit [--data ../shared/eval-dev] [--folds 5] [--seed 0]
    [--features named|tensor|both[,...]] [--pools mean,max,root,number,subject] [--l2 50]
    [--l2-tensor 3000] [--words none|unigrams|bigrams] [--l2-words 20] [--min-debates 15]
    [--max-words 2000] [--context] [--rows ROWS.jsonl] [--context-rows ROWS.jsonl] [--write]

Every sentence goes through factx as `make eval` runs it (`claimbuster.article_text`); each time
factx scores a sentence's check-worthiness, the features it scored are kept with the sentence's
label. A sentence is predicted check-worthy when one of its scores reaches the threshold, as in
the evaluation. The model is an L2-regularized logistic regression over those dense features
(signals, tags, dependencies, entity labels, word classes, length: "named"; and the model's own
context vectors pooled over the sentence, `checkworthy.POOLS`: "tensor"), and the sentence's
words, lower-case lemmas and pairs of them ("lexical", `--words`), only those said in many
debates (`MIN_DEBATES`), so that it cannot learn a debate's topics; fitted by Newton's method,
or with words, all jointly by L-BFGS: no randomness but the fold split, which a fixed seed
draws. Cross-validated F1 scores each sentence with
weights fitted without it, in folds of sentences drawn at random and in folds of debates (runs
of consecutive ids); `--context` also scores the sentences as read inside runs of consecutive
ids (the debate's order), as news is read in paragraphs. Each setting of `--features` is scored
in turn; `--write` stores the weights of the last one fitted on every sentence in factx/data,
with the bias moved so that the threshold best over the out-of-fold scores is factx's 0.5.
`--rows` keeps the features in a scratch file and reads them back on the next run (delete it
when the features change).
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
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
# Against 50's 0.774 / 0.771 by debate folds (seed 0 / seed 1), 30 gave 0.772 / 0.772 and 80
# 0.769 / 0.773.
L2 = 50.0
# The penalty on the pooled vectors' weights (their columns standardized): the best of 50, 1000,
# 3000 and 10000 by CV. Against 3000's F1 by debate folds (seed 0 / seed 1) of 0.774 / 0.771,
# 1500 gave 0.773 / 0.774 and 6000 0.772 / 0.771: no better.
L2_TENSOR = 3000.0
# Words (lower-case lemmas, and pairs of consecutive ones: "lexical"): ClaimBuster numbers the
# sentences of its debates in one run of ids (about 34,500 for some 30 debates), so a block of
# DEBATE_IDS consecutive ids stands in for a debate. A word is weighed only if it occurs in at
# least MIN_DEBATES such blocks of the training sentences (a debate's topic words do not) and
# in MIN_SENTENCES sentences; of those, the MAX_WORDS most frequent. Their penalty: L2_WORDS.
# By debate folds (seed 0 / seed 1; these settings 0.774 / 0.771): L2_WORDS 10 gave 0.773 /
# 0.772 and 40 0.770 / 0.771; MIN_DEBATES 10 0.773 / 0.776, and 8 with MAX_WORDS 4000 0.774 /
# 0.773. Words read with every proper name as one word NAME and every number in digits as
# NUMBER (so that "lose NUMBER" or "senator NAME" could be weighed) 0.774 / 0.771, numbers alone
# so 0.772 / 0.774: within what moving the folds moves, so none is kept; nor MIN_DEBATES 10
# with L2_TENSOR 1500 (0.774 / 0.775).
DEBATE_IDS = 1000
MIN_DEBATES = 15
MAX_WORDS = 2000
L2_WORDS = 20.0
# The longest run of sentences read as one paragraph by `--context`.
CONTEXT = 6
# The pooled vectors of the stored model (of checkworthy.POOLS), if it uses them: all five. By
# debate folds the mean and maximum over the sentence add to root, number and subject (F1 0.768
# to 0.775, average precision 0.856 to 0.860); pools of the verbs, the objects or the first two
# words added nothing more (0.772 to 0.775), nor did a hidden layer over these columns (0.72 to
# 0.77: it learns the debates' sentences).
POOLS = ("mean", "max", "root", "number", "subject")
# The features of the stored model: "named" (signals, tags, ...), "tensor" (the pooled context
# vector) or "both".
FEATURES = "both"
BATCH = 256
# The features weighed in pairs too: the signals, the article's facts, who the subject is, the
# main verb's tense, and the kinds of entity and number. A penalty on the pairs' weights of their
# own, 3 or 0.5 times L2, gave 0.771 / 0.772 and 0.773 / 0.768 by debate folds: no better.
# Without pairs 0.768 / 0.765 (they are worth keeping); with the word classes' marks, the
# length buckets or ten more dependencies (nsubjpass, advmod, prep, pobj, ccomp, xcomp, relcl,
# advcl, compound, poss) in pairs too, 0.773 / 0.772, 0.772 / 0.772 and 0.770 / 0.769. Named
# features seen in 10 sentences or more rather than MIN_SENTENCES: 0.773 / 0.774.
# Features tried on top of these, none better by debate folds (0.774 / 0.771 without): the
# sentence ends in a question mark (0.774 / 0.774; in ten debate folds 0.7715 against 0.7714),
# two or more numbers in digits (0.773 / 0.774), how many kinds of entity, 0 to 3 or more
# (0.775 / 0.771). Read
# out of fold, the errors share no kind these could name: questions (279 sentences, 5 per cent
# check-worthy) and promises are already scored right but for a few; the misses are mostly
# statements with no figure or date of what a person or party did or said ("I opposed the
# grain embargo in my administration"), and the false alarms sentences with a figure or a
# dated past that ClaimBuster's annotators did not find worth checking.
# Tried after that (rows collected at commit 3981331, where the debate folds give 0.7744 /
# 0.7678, P 0.786 / 0.780, R 0.763 / 0.756), none kept (the bar: both seeds rise and the mean
# by 0.005). Out of fold (seed 0) 577 check-worthy sentences are missed and 504 false alarms
# raised: of the misses, 48 per cent have no figure, date, past event or comparison (a present
# state of affairs: "Iran is killing ISIS", "Texas is number one in industrial pollution"), 19
# per cent are a named actor's or a third person's past deed, 45 per cent have a modal or a
# to-infinitive (a position or plan: "Now she wants to sign Trans-Pacific Partnership"); of
# the false alarms, 39 per cent are a past deed of someone named or a third person (an
# anecdote: "He went to Cincinnati and he gave a speech"), 46 per cent a modal or infinitive
# and 32 per cent a figure (a figure in a plan: "I want to give every American family a
# $5,000 refundable tax credit"). Read by hand, many of both look like the annotators' noise.
# - Check-worthy sentences weighed 1.5 or 2.5 times in the fit: 0.7731 / 0.7706 and 0.7696 /
#   0.7685.
# - 200 boosted trees of depth 3 over the named features (Newton leaves, rate 0.1, penalty 5):
#   0.740 alone and 0.763 averaged with this model's logit (seed 0): worse.
# - Penn tags as terms weighed with the words (tags of the sentence parsed alone): each two
#   consecutive ones 0.7742 / 0.7782 (seed 0 no better), with each three 0.7659 / 0.7668.
# - Each word's attachment as tags, weighed with the words ("NNS/nsubj/VBD": its tag, its
#   dependency, its head's tag; in `Signals`, one string per kept word): 0.7749 / 0.7708 as
#   factx reads a sentence (the cue left out of a reported content's), 0.7760 / 0.7735 with the
#   whole sentence's for each of its scores, and so with a penalty of their own (L2_WORDS is
#   20) of 8, 60 and 150: 0.7760 / 0.7737, 0.7757 / 0.7760, 0.7760 / 0.7715; with the tags'
#   pairs too, 0.7733 / 0.7751. Alone they rise on both seeds, but by 0.0017 to 0.0047 on the
#   mean, under the bar; a first try on the sentence parsed without the headline gave 0.7762 /
#   0.7779, which shows how much the parse alone moves them.
# - Context from the neighbouring sentences was not tried: in ClaimBuster's dev set the next
#   id's sentence is check-worthy for 49 per cent of the check-worthy ones and 21 per cent of
#   the others (3,170 such pairs of 9,141 sentences), but `make eval` reads each sentence
#   alone, so such a feature could not be fitted or judged as the evaluation reads.
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
    "regression over the features of checkworthy.features, the pooled vectors ('vector') and "
    "the words ('words': a lower-case lemma, or two as 'a b'), fitted on ClaimBuster's dev "
    "sentences by `python -m factx.evaluation.checkworthy_fit --write`; do not edit by hand."
)


@dataclass(frozen=True)
class Example:
    """One ClaimBuster sentence: its label, the features of each check-worthiness score, the
    pooled context vectors of each (`Signals.pooled`, one after the other in the order of
    `checkworthy.POOLS`, zeros for a pool the sentence has none of; empty if none), its id."""

    label: bool
    rows: tuple[list[str], ...]
    vectors: tuple[list[float], ...] = ()
    sentence_id: str = ""
    # The lemmas of what each score read (`Signals.lemmas`), row by row; empty if none.
    words: tuple[list[str], ...] = ()


@dataclass(frozen=True)
class Piece:
    """One text given to factx: one sentence alone, or a run of sentences of consecutive ids
    (the debate's own order) read as one paragraph, with each sentence's offsets."""

    text: str
    sentences: tuple[tuple[int, int, int], ...]  # (index in the data, start, end)


def alone(sentences: Sequence[claimbuster.Sentence]) -> list[Piece]:
    """Each sentence as its own article, as `make eval` reads it."""
    start = len(claimbuster.HEADLINE)
    return [
        Piece(claimbuster.article_text(s.text), ((k, start, start + len(s.text)),))
        for k, s in enumerate(sentences)
    ]


def in_context(sentences: Sequence[claimbuster.Sentence], longest: int = CONTEXT) -> list[Piece]:
    """The sentences in their debate's order, those of consecutive ids (most likely one speaker
    going on) joined into paragraphs of at most `longest`, as news paragraphs are read."""
    order = sorted(range(len(sentences)), key=lambda k: _number(sentences[k].sentence_id))
    runs: list[list[int]] = []
    for k in order:
        previous = runs[-1][-1] if runs else None
        follows = previous is not None and _number(sentences[k].sentence_id) == (
            _number(sentences[previous].sentence_id) + 1
        )
        if follows and len(runs[-1]) < longest:
            runs[-1].append(k)
        else:
            runs.append([k])
    pieces = []
    for run in runs:
        text, spans = claimbuster.HEADLINE, []
        for k in run:
            if len(text) > len(claimbuster.HEADLINE):
                text += " "
            spans.append((k, len(text), len(text) + len(sentences[k].text)))
            text += sentences[k].text
        pieces.append(Piece(text, tuple(spans)))
    return pieces


def _number(sentence_id: str) -> int:
    return int(sentence_id) if sentence_id.isdigit() else -1


def collect(
    sentences: Sequence[claimbuster.Sentence], model: str | None, pieces: Sequence[Piece]
) -> list[Example]:
    """Run factx over the pieces, keeping the features and the context vector of every score it
    computes with the sentence they fall in (by the start of what was scored)."""
    from factx.extractor import Extractor

    extractor = Extractor(model)
    recorded: list[tuple[int, list[str], list[float], list[str]]] = []
    original = checkworthy.score

    def recording(signals: checkworthy.Signals, start: int, end: int, index: Any) -> Any:
        pooled = flat(signals.pooled)
        found = checkworthy.features(signals, start, end, index)
        recorded.append((start, found, pooled, list(signals.lemmas)))
        return original(signals, start, end, index)

    rows: list[list[list[str]]] = [[] for _ in sentences]
    vectors: list[list[list[float]]] = [[] for _ in sentences]
    words: list[list[list[str]]] = [[] for _ in sentences]
    checkworthy.score = recording
    every_pool = checkworthy._wanted
    checkworthy._wanted = lambda: frozenset(checkworthy.POOLS)  # whichever the weights use
    try:
        for begin in range(0, len(pieces), BATCH):
            batch = pieces[begin : begin + BATCH]
            items = [(f"cb{begin + i}", piece.text, None) for i, piece in enumerate(batch)]
            # Serial and streamed: an article's scores are all computed before its record.
            for piece, _ in zip(batch, extractor.extract_many(items), strict=True):
                for start, features, pooled, lemmas in recorded:
                    owner = next((k for k, s, e in piece.sentences if s <= start < e), None)
                    if owner is not None:
                        rows[owner].append(features)
                        vectors[owner].append([round(v, 4) for v in pooled])
                        words[owner].append(lemmas)
                recorded.clear()
    finally:
        checkworthy.score = original
        checkworthy._wanted = every_pool
    return [
        Example(s.label, tuple(rows[k]), tuple(vectors[k]), s.sentence_id, tuple(words[k]))
        for k, s in enumerate(sentences)
    ]


def flat(pooled: checkworthy.Pooled) -> list[float]:
    """The pooled vectors one after the other, zeros for a pool there is none of."""
    if pooled is None:
        return []
    width = len(pooled[0])
    return np.concatenate([np.zeros(width) if p is None else p for p in pooled]).tolist()


def paired(examples: Sequence[Example], pairs: tuple[str, ...]) -> list[Example]:
    return [
        replace(e, rows=tuple(checkworthy.with_pairs(row, pairs) for row in e.rows))
        for e in examples
    ]


def vocabulary(examples: Sequence[Example]) -> list[str]:
    counts: dict[str, int] = {}
    for example in examples:
        for name in {n for row in example.rows for n in row}:
            counts[name] = counts.get(name, 0) + 1
    return sorted(name for name, n in counts.items() if n >= MIN_SENTENCES)


@dataclass(frozen=True)
class Design:
    """The columns of the model: the named features, then (if `tensor`) those of the pooled
    vectors it uses (`taken`, of `Example.vectors`), standardized by their mean and spread over
    the training rows, so that one penalty fits all."""

    names: list[str]
    tensor: bool = False
    taken: Any = None
    center: Any = None
    spread: Any = None
    # The words weighed (`lexicon`), in columns after `width`.
    words: tuple[str, ...] = ()

    @property
    def width(self) -> int:
        return 1 + len(self.names) + (len(self.taken) if self.tensor else 0)


def design(
    examples: Sequence[Example], names: list[str], tensor: bool, pools: tuple[str, ...] = ()
) -> Design:
    if not tensor:
        return Design(names)
    rows = np.array([v for e in examples for v in e.vectors if v])
    width = rows.shape[1] // len(checkworthy.POOLS)
    chosen = [checkworthy.POOLS.index(p) for p in pools or checkworthy.POOLS]
    taken = np.array([k * width + c for k in chosen for c in range(width)], dtype=int)
    rows = rows[:, taken]
    return Design(names, True, taken, rows.mean(axis=0), np.maximum(rows.std(axis=0), 1e-6))


def matrix(examples: Sequence[Example], columns: Design) -> tuple[Any, Any, Any, Any]:
    """Rows of features (with a leading 1 for the bias), labels, row weights (each sentence
    weighs 1 in all), and each row's sentence."""
    names = columns.names
    column = {name: k + 1 for k, name in enumerate(names)}
    rows, labels, weights, owners = [], [], [], []
    for owner, example in enumerate(examples):
        vectors = example.vectors or tuple([] for _ in example.rows)
        for row, vector in zip(example.rows, vectors, strict=True):
            values = np.zeros(columns.width)
            values[0] = 1.0
            for name in row:
                if name in column:
                    values[column[name]] = 1.0
            if columns.tensor and vector:  # a row without one stays at the mean: 0
                chosen = np.array(vector)[columns.taken]
                values[1 + len(names) :] = (chosen - columns.center) / columns.spread
            rows.append(values)
            labels.append(float(example.label))
            weights.append(1.0 / len(example.rows))
            owners.append(owner)
    if not rows:
        return np.zeros((0, columns.width)), np.zeros(0), np.zeros(0), np.zeros(0, dtype=int)
    return np.array(rows), np.array(labels), np.array(weights), np.array(owners)


def fit(x: Any, y: Any, w: Any, l2: float | None = None, l2_tensor: float | None = None,
        named: int | None = None) -> Any:  # fmt: skip
    """Weights of an L2-regularized logistic regression, by Newton's method. The first `named`
    columns after the bias take the penalty `l2`, the context vector's columns `l2_tensor`."""
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2 if l2 is None else l2)
    if named is not None:
        penalty[1 + named :] = L2_TENSOR if l2_tensor is None else l2_tensor
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
    """Each sentence's highest probability over its rows (0 for a sentence never scored).
    `x`: an array, or `Rows`."""
    best = np.zeros(count)
    logits = x.dot(beta) if isinstance(x, Rows) else x @ beta
    np.maximum.at(best, owners, 1.0 / (1.0 + np.exp(-logits)))
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


def blocks(examples: Sequence[Example], k: int, seed: int = 0) -> Iterator[Any]:
    """Folds of consecutive sentence ids: ClaimBuster numbers each debate's sentences in a
    row, so a fold holds whole debates (all but those cut at its two ends), which the model
    fitted on the others never saw. A seed other than 0 moves the cuts by half a fold for each
    odd seed (the first fold then also holds the last ids): another split of the same kind."""
    order = sorted(range(len(examples)), key=lambda i: _number(examples[i].sentence_id))
    if seed % 2:
        shift = len(order) // (2 * k)
        order = order[shift:] + order[:shift]
    for fold in range(k):
        yield np.array(order[fold * len(order) // k : (fold + 1) * len(order) // k], dtype=int)


@dataclass(frozen=True)
class Setting:
    """What a fit uses: the named features, the context vector, or both, and their penalties."""

    named: bool = True
    tensor: bool = False
    l2: float = L2
    l2_tensor: float = L2_TENSOR
    pools: tuple[str, ...] = POOLS
    # The words too ("lexical"): unigrams, and bigrams if `bigrams`; see MIN_DEBATES.
    words: bool = False
    bigrams: bool = False
    l2_words: float = L2_WORDS
    min_debates: int = MIN_DEBATES
    max_words: int = MAX_WORDS


def _fitted(train: Sequence[Example], setting: Setting) -> tuple[Design, Any]:
    names = vocabulary(train) if setting.named else []
    columns = design(train, names, setting.tensor, setting.pools)
    if setting.words:
        columns = replace(columns, words=lexicon(train, setting))
    x, y, w, _ = matrix(train, columns)
    if not setting.words:
        return columns, fit(x, y, w, setting.l2, setting.l2_tensor, len(names))
    penalty = np.full(columns.width + len(columns.words), setting.l2)
    penalty[1 + len(names) : columns.width] = setting.l2_tensor
    penalty[columns.width :] = setting.l2_words
    penalty[0] = 1e-6
    return columns, fit_lbfgs(Rows(x, word_rows(train, columns)), y, w, penalty)


def terms(lemmas: Sequence[str], bigrams: bool) -> set[str]:
    """A row's words, and its pairs of consecutive words ("a b") if `bigrams`."""
    found = set(lemmas)
    if bigrams:
        found.update(f"{a} {b}" for a, b in pairwise(lemmas))
    return found


def debate(example: Example) -> int:
    """The block of DEBATE_IDS consecutive ids the sentence is in: a debate, roughly."""
    return _number(example.sentence_id) // DEBATE_IDS


def lexicon(examples: Sequence[Example], setting: Setting) -> tuple[str, ...]:
    """The words weighed (see MIN_DEBATES), sorted; a pair of words has a space in it."""
    debates: dict[str, set[int]] = {}
    counts: dict[str, int] = {}
    for example in examples:
        block = debate(example)
        for term in {t for row in example.words for t in terms(row, setting.bigrams)}:
            debates.setdefault(term, set()).add(block)
            counts[term] = counts.get(term, 0) + 1
    common = [
        t
        for t, n in counts.items()
        if n >= MIN_SENTENCES and len(debates[t]) >= setting.min_debates
    ]
    common.sort(key=lambda t: (-counts[t], t))
    return tuple(sorted(common[: setting.max_words]))


@dataclass(frozen=True)
class Sparse:
    """The word columns of the rows of `matrix`, as the (row, column) of each 1."""

    rows: Any
    columns: Any
    width: int
    count: int

    def dot(self, beta: Any) -> Any:
        return np.bincount(self.rows, weights=beta[self.columns], minlength=self.count)

    def transposed_dot(self, values: Any) -> Any:
        return np.bincount(self.columns, weights=values[self.rows], minlength=self.width)


def word_rows(examples: Sequence[Example], columns: Design) -> Sparse:
    """The word columns of `matrix(examples, columns)`, row for row."""
    column = {term: k for k, term in enumerate(columns.words)}
    bigrams = any(" " in t for t in columns.words)
    rows: list[int] = []
    found: list[int] = []
    row = 0
    for example in examples:
        words = example.words or tuple([] for _ in example.rows)
        for lemmas in words[: len(example.rows)]:
            hits = sorted(column[t] for t in terms(lemmas, bigrams) if t in column)
            rows.extend([row] * len(hits))
            found.extend(hits)
            row += 1
    return Sparse(np.array(rows, dtype=int), np.array(found, dtype=int), len(column), row)


@dataclass(frozen=True)
class Rows:
    """A design matrix: dense columns, then the word columns (sparse, or none)."""

    dense: Any
    words: Sparse | None = None

    def dot(self, beta: Any) -> Any:
        width = self.dense.shape[1]
        value = self.dense @ beta[:width]
        return value if self.words is None else value + self.words.dot(beta[width:])

    def transposed_dot(self, values: Any) -> Any:
        dense = self.dense.T @ values
        if self.words is None:
            return dense
        return np.concatenate([dense, self.words.transposed_dot(values)])


def fit_lbfgs(x: Rows, y: Any, w: Any, penalty: Any, memory: int = 10) -> Any:
    """The same model as `fit` (each column with its own penalty) by L-BFGS, with a backtracking
    line search: Newton's Hessian over thousands of word columns would cost too much. No
    randomness: the same rows give the same weights."""

    def value(beta: Any) -> tuple[float, Any]:
        z = x.dot(beta)
        loss = float(np.sum(w * (np.logaddexp(0.0, z) - y * z)) + 0.5 * penalty @ (beta * beta))
        p = 1.0 / (1.0 + np.exp(-z))
        return loss, x.transposed_dot(w * (p - y)) + penalty * beta

    beta = np.zeros(len(penalty))
    loss, gradient = value(beta)
    steps: list[tuple[Any, Any, float]] = []
    for _ in range(1000):
        direction = -gradient
        alphas = []
        for s, t, rho in reversed(steps):
            alpha = rho * (s @ direction)
            direction = direction - alpha * t
            alphas.append(alpha)
        if steps:
            s, t, _ = steps[-1]
            direction = direction * ((s @ t) / (t @ t))
        else:
            direction = direction / max(1.0, float(np.linalg.norm(gradient)))
        for (s, t, rho), alpha in zip(steps, reversed(alphas), strict=True):
            direction = direction + s * (alpha - rho * (t @ direction))
        slope = float(gradient @ direction)
        if slope >= 0:  # not a descent direction: start the memory again
            steps, direction, slope = [], -gradient, -float(gradient @ gradient)
        size = 1.0
        while True:
            new_beta = beta + size * direction
            new_loss, new_gradient = value(new_beta)
            if new_loss <= loss + 1e-4 * size * slope or size < 1e-12:
                break
            size /= 2
        s, t = new_beta - beta, new_gradient - gradient
        if s @ t > 1e-12:
            steps = [*steps[-(memory - 1) :], (s, t, 1.0 / float(s @ t))]
        done = loss - new_loss < 1e-9 * max(1.0, abs(loss))
        beta, loss, gradient = new_beta, new_loss, new_gradient
        if done or np.max(np.abs(gradient)) < 1e-6:
            break
    return beta


def _rows(examples: Sequence[Example], columns: Design) -> tuple[Rows, Any]:
    """The design matrix of the examples and each row's sentence."""
    x, _, _, owners = matrix(examples, columns)
    return Rows(x, word_rows(examples, columns) if columns.words else None), owners


def cross_validate(
    examples: Sequence[Example],
    k: int,
    seed: int,
    setting: Setting | None = None,
    *,
    by_debate: bool = False,
    held_out: Sequence[Example] | None = None,
) -> dict[str, Any]:
    """Out-of-fold precision, recall and F1: each sentence scored by weights (and a threshold)
    fitted on the other folds only, the vocabulary and the vector's scaling included. The
    threshold is chosen on the training folds (`f1`, at 0.5 once moved), and again once over
    every out-of-fold score (`threshold`: the one `final` stores). `held_out`: the same
    sentences as read another way (in their context), scored instead of `examples`."""
    setting = setting or Setting()
    labels = np.array([e.label for e in examples])
    scores = np.zeros(len(examples))
    raw = np.zeros(len(examples))
    split = blocks(examples, k, seed) if by_debate else folds(len(examples), k, seed)
    each = []
    for held in split:
        held_set = set(held.tolist())
        train = [e for i, e in enumerate(examples) if i not in held_set]
        columns, beta = _fitted(train, setting)
        x, owners = _rows(train, columns)
        train_labels = np.array([e.label for e in train])
        threshold = best_threshold(sentence_scores(x, owners, beta, len(train)), train_labels)
        tested = [(held_out or examples)[i] for i in held]
        hx, h_owners = _rows(tested, columns)
        raw[held] = sentence_scores(hx, h_owners, beta, len(tested))
        # Moved so that each fold's own threshold is 0.5, as factx would store it.
        scores[held] = raw[held] + (0.5 - threshold)
        each.append(f1(scores[held], labels[held], 0.5)[2])
    precision, recall, f = f1(scores, labels, 0.5)
    chosen = best_threshold(raw, labels)
    at = f1(raw, labels, chosen)
    return {"precision": precision, "recall": recall, "f1": f, "threshold": chosen,
            "at threshold": at, "folds": each}  # fmt: skip


def final(
    examples: Sequence[Example], setting: Setting | None = None, threshold: float | None = None
) -> tuple[dict[str, Any], dict[str, float]]:
    """The weights fitted on every sentence, the bias moved so that the threshold (chosen by
    cross-validation; else the in-sample best) is 0.5, and the in-sample figures. The context
    vector's weights are stored unscaled, by pool: a list of the model's width each."""
    setting = setting or Setting()
    columns, beta = _fitted(examples, setting)
    x, owners = _rows(examples, columns)
    labels = np.array([e.label for e in examples])
    scores = sentence_scores(x, owners, beta, len(examples))
    if threshold is None:
        threshold = best_threshold(scores, labels)
    precision, recall, f = f1(scores, labels, threshold)
    names = columns.names
    bias = float(beta[0]) - math.log(threshold / (1 - threshold))
    weights = {
        name: round(float(b), 4) for name, b in zip(names, beta[1 : 1 + len(names)], strict=True)
    }
    data: dict[str, Any] = {"_comment": COMMENT, "bias": 0.0, "pairs": list(PAIRS) if names else [],
                            "weights": weights}  # fmt: skip
    if setting.tensor:
        scaled = beta[1 + len(names) : columns.width] / columns.spread
        bias -= float(scaled @ columns.center)  # the standardization folded into the weights
        width = len(scaled) // len(setting.pools)
        data["vector"] = {
            pool: [round(float(b), 5) for b in scaled[k * width : (k + 1) * width]]
            for k, pool in enumerate(setting.pools)
        }
    if columns.words:
        data["words"] = {
            term: round(float(b), 4)
            for term, b in zip(columns.words, beta[columns.width :], strict=True)
            if round(float(b), 4) != 0
        }
    data["bias"] = round(bias, 4)
    return data, {"precision": precision, "recall": recall, "f1": f, "threshold": threshold}


def load_rows(path: Path) -> list[Example]:
    with path.open(encoding="utf-8") as lines:
        return [
            Example(
                bool(d["label"]),
                tuple(d["rows"]),
                tuple(d.get("vectors", ())),
                d.get("sentence_id", ""),
                tuple(d.get("words", ())),
            )
            for d in map(json.loads, lines)
        ]


def save_rows(path: Path, examples: Sequence[Example]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for e in examples:
            line = {"label": e.label, "rows": list(e.rows), "vectors": list(e.vectors),
                    "sentence_id": e.sentence_id, "words": list(e.words)}  # fmt: skip
            out.write(json.dumps(line, sort_keys=True) + "\n")


def drift(pieces: Sequence[Piece], in_runs: Sequence[Piece], model: str | None) -> dict[str, float]:
    """How much a sentence's mean context vector moves between reading it alone and inside its
    run of sentences (sentences alone in their run left out): the mean cosine of the two, and
    the mean length of their difference over the length of the vector alone."""
    from factx.pipeline import load

    nlp = load(model)
    texts = [p.text for p in pieces]
    alone_docs = dict(zip((p.sentences[0][0] for p in pieces), nlp.pipe(texts), strict=True))
    cosines, changes = [], []
    for piece, doc in zip(in_runs, nlp.pipe(p.text for p in in_runs), strict=True):
        for k, start, end in piece.sentences if len(piece.sentences) > 1 else ():
            single = alone_docs[k]
            ours = doc.char_span(start, end, alignment_mode="expand")
            theirs = single[len(single) - len(ours) :] if ours is not None else None
            if ours is None or theirs is None or [t.text for t in ours] != [t.text for t in theirs]:
                continue  # tokenized differently at the joint: not the same words to compare
            a, b = (
                theirs.doc.tensor[theirs.start : theirs.end].mean(0),
                ours.doc.tensor[ours.start : ours.end].mean(0),
            )
            size = float(np.linalg.norm(a))
            cosines.append(float(a @ b) / max(1e-9, size * float(np.linalg.norm(b))))
            changes.append(float(np.linalg.norm(a - b)) / max(1e-9, size))
    return {"sentences": len(cosines), "cosine": float(np.mean(cosines)),
            "change": float(np.mean(changes))}  # fmt: skip


SETTINGS = {"named": (True, False), "tensor": (False, True), "both": (True, True)}
# What `--words` weighs: no words, words, or words and pairs of words (the stored model's).
WORDS = ("none", "unigrams", "bigrams")


def _line(label: str, scores: dict[str, Any]) -> str:
    at = scores["at threshold"]
    return (
        f"{label}: P {scores['precision']:.3f} R {scores['recall']:.3f} F1 {scores['f1']:.3f}"
        f" | at the out-of-fold threshold {scores['threshold']:.2f}:"
        f" P {at[0]:.3f} R {at[1]:.3f} F1 {at[2]:.3f}"
        f" | folds {' '.join(f'{v:.3f}' for v in scores['folds'])}"
    )


def _examples(args: argparse.Namespace, context: bool) -> list[Example]:
    rows = args.context_rows if context else args.rows
    if rows is not None and rows.exists():
        return load_rows(rows)
    raw = (args.data / "claimbuster" / claimbuster.FILE_NAME).read_text(encoding="utf-8")
    sentences = claimbuster.parse_csv(raw, lambda problem: print(problem))
    pieces = in_context(sentences) if context else alone(sentences)
    examples = collect(sentences, args.model, pieces)
    if rows is not None:
        save_rows(rows, examples)
    return examples


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m factx.evaluation.checkworthy_fit")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="eval-dev folder")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", default=None, help="spaCy model (default: factx's default)")
    parser.add_argument("--rows", type=Path, default=None, help="scratch file of the features")
    parser.add_argument(
        "--features", default=FEATURES, help="named, tensor or both (a comma list compares)"
    )
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--l2-tensor", type=float, default=L2_TENSOR)
    parser.add_argument(
        "--pools", default=",".join(POOLS), help=f"of {','.join(checkworthy.POOLS)}"
    )
    parser.add_argument(
        "--context", action="store_true",
        help="also score the sentences as read inside runs of consecutive ids, and say how much"
        " their context vectors move",
    )  # fmt: skip
    parser.add_argument("--context-rows", type=Path, default=None, help="scratch file of those")
    parser.add_argument(
        "--words", choices=WORDS, default=WORDS[-1], help="weigh no words, words, or pairs too"
    )
    parser.add_argument("--l2-words", type=float, default=L2_WORDS)
    parser.add_argument("--min-debates", type=int, default=MIN_DEBATES)
    parser.add_argument("--max-words", type=int, default=MAX_WORDS)
    parser.add_argument("--write", action="store_true", help=f"write {WEIGHTS}")
    args = parser.parse_args(argv)
    examples = paired(_examples(args, context=False), PAIRS)
    in_runs = paired(_examples(args, context=True), PAIRS) if args.context else None
    if args.context:
        raw = (args.data / "claimbuster" / claimbuster.FILE_NAME).read_text(encoding="utf-8")
        sentences = claimbuster.parse_csv(raw, lambda problem: None)
        moved = drift(alone(sentences), in_context(sentences), args.model)
        print("context vector, alone vs in a run ({sentences} sentences): mean cosine "
              "{cosine:.3f}, mean relative change {change:.3f}".format(**moved))  # fmt: skip
    print(f"sentences {len(examples)}; {args.folds} folds, seed {args.seed}")
    chosen = None
    for name in args.features.split(","):
        pools = tuple(args.pools.split(","))
        words, bigrams = args.words != "none", args.words == "bigrams"
        setting = Setting(*SETTINGS[name], args.l2, args.l2_tensor, pools, words, bigrams,
                          args.l2_words, args.min_debates, args.max_words)  # fmt: skip
        cv = cross_validate(examples, args.folds, args.seed, setting)
        print(_line(f"{name}, cross-validated by sentence", cv))
        print(_line(f"{name}, cross-validated by debate", cross_validate(
            examples, args.folds, args.seed, setting, by_debate=True)))  # fmt: skip
        if in_runs is not None:
            print(_line(f"{name}, by sentence, scored in context", cross_validate(
                examples, args.folds, args.seed, setting, held_out=in_runs)))  # fmt: skip
        chosen = setting, cv["threshold"]
    assert chosen is not None
    data, in_sample = final(examples, *chosen)
    count = len(data["weights"]) + sum(map(len, data.get("vector", {}).values()))
    count += len(data.get("words", {}))
    print("in-sample ({}): P {:.3f} R {:.3f} F1 {:.3f} (threshold {:.2f}, {} weights)".format(
        name, in_sample["precision"], in_sample["recall"], in_sample["f1"],
        in_sample["threshold"], count
    ))  # fmt: skip
    if args.write:
        WEIGHTS.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
