"""Check-worthy statements: body sentences that assert something a fact-checker could check.

Two steps, because the Doc is dropped before the article's facts are all known: `signals`
reads what the parse of one sentence says (a figure, a dated or past event with named
participants, a comparison, a statistic; or an opinion, a wish, a promise, an order; and the
sentence's shape: tags, dependencies, entity labels, subject, word classes), and `score` weighs
those, with the article's dates, money, percents and quantities inside the sentence, by a
logistic model into a probability. A sentence is check-worthy at 0.5 or more. The word lists
and the weights are data (`factx/data/checkworthy.json`, `checkworthy_weights.json`); the
weights are fitted on ClaimBuster's debate sentences (`factx/evaluation/checkworthy_fit.py`),
over features that name no word of a sentence, so that they cannot learn sentences by heart.
The model's own context vectors pooled over the sentence (`doc.tensor`, `Signals.pooled`) are
kept too, and weighed where the weights file has weights for them ("vector").
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from functools import cache, cached_property
from importlib import resources
from itertools import pairwise, repeat
from typing import TYPE_CHECKING, Any

from factx.extract.lookup import FactIndex
from factx.extract.wordlists import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

THRESHOLD = 0.5
# The ways the rows of `doc.tensor` over a sentence are pooled into one vector (`_pooled`).
POOLS = ("mean", "max", "root", "number", "subject")
# The pooled vectors of a sentence, in the order of POOLS (a vector, or None if there is none).
Pooled = tuple[Any, ...] | None
# The model's weights, refitted by `python -m factx.evaluation.checkworthy_fit`.
WEIGHTS_FILE = "checkworthy_weights.json"


@dataclass(frozen=True)
class Signals:
    """What one sentence's parse says of its check-worthiness, kept so the Doc can be dropped."""

    figure: bool = False  # a number outside a date: "9 million", "700,000 jobs", "twice as many"
    dated: bool = False  # anchored in time: "in 1975", "last year", "since", "ago", "in history"
    past: bool = False  # a past or present-perfect event, negated ones too ("has never paid")
    participants: bool = False  # a named entity takes part in such a past event
    named: bool = False  # a named person, organisation, place, group, law or event
    third_person: bool = False  # the main verb's subject is he, she or they
    compares: bool = False  # "more than", "the highest", "the first", "bigger"
    change: bool = False  # a verb of measurable change or record: "cut", "doubled", "voted"
    statistic: bool = False  # a noun of what is measured or legislated: "tax", "jobs", "bill"
    modal: bool = False  # will, would, should, can, must, "going to", "have to", "need to"
    opinion: bool = False  # I, we or you think, believe, want, need, hope, ...
    directive: bool = False  # an order or a courtesy: "Let me say", "Look at", "Thank you"
    evaluative: bool = False  # an adjective of judgement: "good", "wrong", "important"
    abstract: bool = False  # a vague noun: "opportunity", "values", "the problem"
    first_person: bool = False  # the main verb's subject is I
    infinitive: bool = False  # a to-infinitive: an aim or plan rather than a deed
    short: bool = False  # fewer than four words: "I disagree."
    appearance: bool = False  # the main verb only says someone spoke, met, came or went
    words: int = 0  # words in the sentence, punctuation left out
    # The sentence's shape, as names: the tags, dependencies and entity labels it holds, the
    # main verb's tag and subject, and the word classes of the data file it uses
    # ("tag:VBD", "dep:nsubjpass", "ent:PERSON", "root:VBD", "subject:we", "class:hedge").
    marks: tuple[str, ...] = ()
    # The model's own context vectors over the sentence (see `_pooled`): no word in them either.
    pooled: Pooled = field(default=None, compare=False, repr=False)
    # The sentence's words as lower-case lemmas in their order, punctuation, the cue and proper
    # names left out, for the weights of words and pairs of words the model has ("lexical"):
    # a debate's "the United States" is rhetoric, a news story's a place (the entity labels
    # are in `marks`).
    lemmas: tuple[str, ...] = field(default=(), compare=False, repr=False)


# The yes-or-no signals among the fields of Signals.
FLAGS = tuple(f.name for f in fields(Signals) if f.type in (bool, "bool"))
# Length as buckets, not a slope: "I disagree." and a rambling answer both check nothing.
_LENGTHS: tuple[tuple[int, str], ...] = (
    (3, "words:1-3"),
    (8, "words:4-8"),
    (15, "words:9-15"),
    (25, "words:16-25"),
    (10**9, "words:26+"),
)

_OBLIGATION = ("have", "need", "ought", "get", "want")  # "have to", "got to", "want to"
_PERFECT_NOT_PAST = {"get"}  # "we've got" is "we have", not a past event
_SUBJECTS = ("nsubj", "nsubjpass", "expl")
_CLAUSES_OF_SETTING = ("amod", "acl", "advcl", "relcl")  # "when I was 8", "the bill we passed"
_REPORTED = ("ccomp", "xcomp", "parataxis", "dobj")  # what a verb of saying says
_INSIDE, _BEGIN = 1, 3  # Token.ent_iob: 1 inside an entity, 2 outside, 3 at its beginning
# What `_compares` looks for; a sentence with none of these compares nothing.
_COMPARING_TAGS = frozenset({"JJR", "RBR", "JJS", "RBS"})
_COMPARING_WORDS = frozenset({"first", "only"})
_PRONOUN_KINDS = {
    **dict.fromkeys(("i", "me"), "i"),
    **dict.fromkeys(("we", "us"), "we"),
    "you": "you",
    **dict.fromkeys(("he", "she", "him", "her"), "he"),
    **dict.fromkeys(("they", "them"), "they"),
    **dict.fromkeys(("it", "that", "this"), "it"),
}
# The word lists whose words mark the sentence as a class ("class:hedge") for the model.
_CLASS_LISTS = (
    "statistic",
    "change",
    "opinion",
    "evaluative",
    "abstract",
    "number_words",
    "time_anchors",
    "courtesy",
    "appearance",
    "hedges",
    "ahead",
    "personal",
    "public",
    "quantifiers",
)


def _words() -> dict[str, frozenset[str]]:
    return word_sets("checkworthy.json")


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _is_past(verb: Token, auxiliaries: list[Token]) -> bool:
    """A past or present-perfect verb: "lost", "did not", "was signed", "have lost", "has been
    cutting"."""
    if any(a.tag_ == "MD" for a in auxiliaries):  # "would have been": a counterfactual
        return False
    if verb.tag_ == "VBD":
        return True
    if any(a.tag_ == "VBD" and a.lemma_ in ("be", "do", "have") for a in auxiliaries):
        return True
    perfect = any(a.lemma_ == "have" for a in auxiliaries)
    if verb.tag_ == "VBN" and perfect:
        return verb.lemma_ not in _PERFECT_NOT_PAST
    return verb.tag_ == "VBG" and perfect and any(a.lower_ == "been" for a in auxiliaries)


def _is_modal(verb: Token, auxiliaries: list[Token]) -> bool:
    """A verb of what will, would, could or must be: "will cut", "going to", "have to fix"."""
    if any(a.tag_ == "MD" or a.lower_ in ("going", "gon") for a in auxiliaries):
        return True
    obliged = verb.lemma_ in _OBLIGATION and verb.tag_ != "VBD"  # "had to" is past
    if obliged or (verb.lemma_ == "go" and verb.tag_ == "VBG"):  # "we are going to build"
        return any(
            c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in verb.children
        )
    return False


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


_LOWERED: dict[str, str] = {}
_LOWERED_MAX = 200_000


def _lowered(lemma: str) -> str:
    """The lemma in lower case, one string object for each: the lemmas of every sentence of an
    article are kept until it is assembled (`Signals.lemmas`), and a huge article's repeat
    the same few thousand words."""
    lowered = _LOWERED.get(lemma)
    if lowered is None:
        if len(_LOWERED) >= _LOWERED_MAX:  # a long run's numbers and names: start afresh
            _LOWERED.clear()
        lowered = _LOWERED[lemma] = lemma.lower()
    return lowered


def _subject(verb: Token) -> str | None:
    return next((c.lower_ for c in verb.children if c.dep_ in _SUBJECTS), None)


def _verb_of(token: Token) -> Token:
    """The verb whose clause the token is part of (the token itself if it heads none)."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token.head if token.dep_ in ("aux", "auxpass") else token


def _compares(sentence: list[Token], tags: list[str], lowers: list[str]) -> bool:
    words = _words()
    for token, tag, lower in zip(sentence, tags, lowers, strict=True):
        if tag in ("JJR", "RBR"):
            if lower not in words["weak_comparatives"]:
                return True  # "higher", "bigger"
            after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
            if after == "than" or token.head.pos_ == "NOUN":
                return True  # "more than", "more jobs"
        elif tag in ("JJS", "RBS") and lower not in words["loose_superlatives"]:
            return True  # "the highest", "the largest"
        elif lower in ("first", "only") and token.dep_ == "amod":
            return True  # "the first president to", "the only state"
    return False


def _entities(sentence: Span, tokens: list[Token]) -> list[Span]:
    """The named entities inside the sentence, read off its tokens: `Span.ents` walks every
    entity of the Doc before it, which a huge paragraph makes quadratic."""
    from spacy.tokens import Span

    doc = sentence.doc
    found: list[Span] = []
    start: int | None = None
    for token in tokens:
        iob = token.ent_iob  # the number, not the string: no lookup in the string store
        if start is not None and iob != _INSIDE:
            found.append(Span(doc, start, token.i, label=doc[start].ent_type))
            start = None
        if iob == _BEGIN:
            start = token.i
    end = sentence.end
    if start is not None and (end == len(doc) or doc[end].ent_iob != _INSIDE):
        found.append(Span(doc, start, end, label=doc[start].ent_type))  # not one running on
    return found


def _pooled(
    span: Span, root: Token, tokens: list[Token], pos: list[str], deps: list[str]
) -> Pooled:
    """The rows of `doc.tensor` over the whole sentence the span stands in (what the model's
    tok2vec layer, shared by its tagger and parser and so computed anyway, makes of each word
    within four words either side), pooled into one vector each of `POOLS`: their mean and
    maximum column by column, the row of the root, the mean of the rows of the numbers, the row
    of the first subject; None for one there is none of, or that is not wanted (`_wanted`). A
    reported content is read in its sentence: by ClaimBuster's folds, its own rows tell less
    (F1 0.749 against 0.761). `root`, `tokens`, `pos`, `deps`: the span's. None where nothing
    is wanted or the Doc has no such rows (a blank pipeline). Every vector is a copy: a row
    taken as a view would keep the paragraph's whole tensor alive until the article is
    assembled (384 bytes a token: most of a huge article's memory)."""
    wanted = _wanted()
    doc = span.doc
    tensor = doc.tensor
    if not wanted or getattr(tensor, "ndim", 0) != 2 or len(tensor) != len(doc) or not tokens:
        return None
    whole = tokens[0].is_sent_start and (span.end == len(doc) or doc[span.end].is_sent_start)
    if not whole:  # a part of a sentence: read the sentence
        span = root.sent
        root, tokens = span.root, list(span)
        pos, deps = [t.pos_ for t in tokens], [t.dep_ for t in tokens]
    # An attributed content and its whole sentence are pooled as the same sentence: once.
    pooled: dict[tuple[frozenset[str], int, int, int], Pooled] = doc.user_data.setdefault(
        _POOLED, {}
    )
    key = (wanted, span.start, span.end, root.i)
    if key not in pooled:
        rows = tensor[span.start : span.end]
        numbers = [k for k, t in enumerate(tokens) if pos[k] == "NUM" or t.like_num]
        subject = next((k for k, dep in enumerate(deps) if dep in ("nsubj", "nsubjpass")), None)
        pooled[key] = (
            _mean(rows, range(len(rows))) if "mean" in wanted else None,
            rows.max(axis=0) if "max" in wanted else None,
            tensor[root.i].copy() if "root" in wanted else None,
            _mean(rows, numbers) if numbers and "number" in wanted else None,
            rows[subject].copy() if subject is not None and "subject" in wanted else None,
        )
    return pooled[key]


# The `doc.user_data` key of the pooled vectors of the Doc's spans (`_pooled`).
_POOLED = "factx_pooled"


def _mean(rows: Any, chosen: Sequence[int]) -> Any:
    """The mean of the chosen rows; one row as it is (most sentences have one number or none,
    and numpy's mean costs more than the rest of `_pooled`). All the rows (a range) are summed
    in place: the same sum and division as `rows.mean(axis=0)`, to the last bit, at half its
    cost."""
    if len(chosen) == 1:
        return rows[chosen[0]].copy()
    if chosen == range(len(rows)):
        return rows.sum(axis=0) / len(rows)
    return rows[chosen].sum(axis=0) / len(chosen)


def _wanted() -> frozenset[str]:
    """The pools the model weighs: no other is computed (the refit asks for all)."""
    return _model().pooled


def signals(sentence: Span, *, cue: int | None = None) -> Signals:
    """The check-worthiness signals of one sentence of the parse (any Span of a parsed Doc).

    `cue`: the token of a cue of saying in it, which adds nothing: "Trump said in 2015 that the
    wall would cost $8 billion" is checkable for its date and figure, not for "said".
    """
    words = _words()
    # Every token's attributes are read once: each read of a Token attribute is a lookup in
    # the string store, and the signals below ask the same ones many times over.
    every_token = list(sentence)
    lower = [t.lower_ for t in every_token]
    lemma = [_lowered(t.lemma_) for t in every_token]
    pos = [t.pos_ for t in every_token]
    tags = [t.tag_ for t in every_token]
    deps = [t.dep_ for t in every_token]
    kept = [k for k, t in enumerate(every_token) if not (t.is_punct or t.is_space)]
    skip = -1 if cue is None else cue - sentence.start  # the cue's place among the tokens
    root = sentence.root
    verbs = [
        t
        for k, t in enumerate(every_token)
        if pos[k] in ("VERB", "AUX") and deps[k] not in ("aux", "auxpass") and t.i != cue
    ]
    below_root = list(root.children)
    main = [root] + [c for c in below_root if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    main = [v for v in main if v.i != cue]
    every = _entities(sentence, every_token)
    entities = [e for e in every if e.label_ in words["participants"]]
    subject = _subject(root) if root.i != cue else None
    # Which words and tags occur at all: a signal whose list none of them is in is not looked
    # for token by token (most sentences have no word of most lists).
    vocabulary = {*lower, *lemma}
    tag_set = set(tags)
    first = tags[kept[0]] if kept else None
    known: dict[int, bool] = {}
    helpers: dict[int, list[Token]] = {}

    def auxiliaries(verb: Token) -> list[Token]:  # read once for the tense and the modality
        if verb.i not in helpers:
            helpers[verb.i] = _auxiliaries(verb)
        return helpers[verb.i]

    def past(verb: Token) -> bool:  # asked of the same verbs by several signals
        if verb.i not in known:
            known[verb.i] = _is_past(verb, auxiliaries(verb))
        return known[verb.i]

    return Signals(
        figure=any(
            lower[k] in words["number_words"]
            or (
                (every_token[k].like_num or pos[k] == "NUM")
                and every_token[k].ent_type_ not in ("DATE", "TIME", "ORDINAL")
                and lower[k] not in words["not_numbers"]
            )
            for k in kept
        ),
        dated=not words["time_anchors"].isdisjoint(lower)  # words: never punctuation
        or any(
            e.label_ == "DATE" and not all(t.lower_ in words["vague_dates"] or t.is_stop for t in e)
            for e in every
        ),
        past=any(past(v) for v in main)
        or any(past(v) for v in verbs if v.dep_ not in _CLAUSES_OF_SETTING),
        participants=any(
            past(verb) and verb.i != cue for verb in (_verb_of(e.root) for e in entities)
        ),
        named=bool(entities),
        third_person=subject in ("he", "she", "they"),
        compares=bool(_COMPARING_TAGS & tag_set or _COMPARING_WORDS & vocabulary)
        and _compares(every_token, tags, lower),
        change=not words["change"].isdisjoint(lemma)
        and any(
            pos[k] == "VERB" and lemma[k] in words["change"] and t.i != cue
            for k, t in enumerate(every_token)
        ),
        statistic=not words["statistic"].isdisjoint(vocabulary),
        modal=any(_is_modal(v, auxiliaries(v)) for v in verbs),
        opinion=not words["opinion"].isdisjoint(lemma)
        and any(
            pos[k] in ("VERB", "AUX")
            and lemma[k] in words["opinion"]
            and _subject(t) in ("i", "we", "you")
            and not past(t)
            for k, t in enumerate(every_token)
        ),
        directive=(root.tag_ == "VB" and not any(c.dep_ in (*_SUBJECTS, "aux") for c in below_root))
        or root.lower_ == "let"
        or not words["courtesy"].isdisjoint(lower),
        evaluative=not words["evaluative"].isdisjoint(lower)
        and any(pos[k] == "ADJ" and lower[k] in words["evaluative"] for k in kept),
        abstract=not words["abstract"].isdisjoint(lemma)
        and any(pos[k] == "NOUN" and lemma[k] in words["abstract"] for k in range(len(lemma))),
        first_person=subject == "i",
        infinitive="VB" in tag_set
        and any(
            tags[k] == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in every_token[k].children)
            for k in kept
        ),
        short=len(kept) < 4,
        appearance=any(v.pos_ == "VERB" for v in main)
        and all(_lemma(v) in words["appearance"] for v in main if v.pos_ == "VERB"),
        words=len(kept),
        marks=_marks(tag_set, deps, vocabulary, first, root, below_root, every)
        if cue is None
        else _reported_marks(every_token, tags, deps, vocabulary, kept, cue, every),
        pooled=_pooled(sentence, root, every_token, pos, deps),
        lemmas=tuple([lemma[k] for k in kept if k != skip and pos[k] != "PROPN"]),
    )


def _subject_kind(children: list[Token]) -> str:
    """Who a verb's subject is, of its children: a pronoun by its word, else "name", "noun",
    "none" or "other"."""
    subject = next((c for c in children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return "none"
    if subject.pos_ == "PRON":
        return _PRONOUN_KINDS.get(subject.lower_, "other")
    return {"PROPN": "name", "NOUN": "noun"}.get(subject.pos_, "other")


class _Prefixed(dict[str, str]):
    """Each key with a prefix, made once: "VBD" -> "tag:VBD". The marks of every sentence of
    an article are kept until it is assembled: one string each, not one per sentence."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def __missing__(self, key: str) -> str:
        self[key] = value = self.prefix + key
        return value


_TAG_MARKS = _Prefixed("tag:")
_DEP_MARKS = _Prefixed("dep:")
_ROOT_MARKS = _Prefixed("root:")
_SUBJECT_MARKS = _Prefixed("subject:")
_ENTITY_MARKS = _Prefixed("ent:")
_FIRST_MARKS = _Prefixed("first:")


def _reported_marks(
    tokens: list[Token],
    tags: list[str],
    deps: list[str],
    words: set[str],
    kept: list[int],
    cue: int,
    entities: list[Span],
) -> tuple[str, ...]:
    """The marks of a sentence with a cue of saying, without the cue and who says it: "In
    2015, Trump said the wall was tall" has the shape of "the wall was tall" in 2015, not of a
    named person's past deed. The verb said is the main one."""
    doc = tokens[0].doc
    said = doc[cue]
    saying = {cue}
    for child in said.children:
        if child.dep_ in _SUBJECTS:
            saying.update(t.i for t in child.subtree)
    rest = [k for k, t in enumerate(tokens) if t.i not in saying]
    reported = next((c for c in said.children if c.dep_ in _REPORTED), None)
    return _marks(
        {tags[k] for k in rest},
        [deps[k] for k in rest],
        words,
        next((tags[k] for k in kept if tokens[k].i not in saying), None),
        reported,
        list(reported.children) if reported is not None else [],
        [e for e in entities if not any(t.i in saying for t in e)],
    )


def _marks(
    tags: set[str],
    deps: list[str],
    words: set[str],
    first: str | None,
    root: Token | None,
    below_root: list[Token],
    entities: list[Span],
) -> tuple[str, ...]:
    """The names of the sentence's shape (see `Signals.marks`), sorted. `words`: the sentence's
    words and lemmas, lower case."""
    classes = _classes()
    found: set[str] = set()
    if root is not None:
        found.update((_ROOT_MARKS[root.tag_], _SUBJECT_MARKS[_subject_kind(below_root)]))
    found.update(map(_TAG_MARKS.__getitem__, tags))
    found.update(map(_DEP_MARKS.__getitem__, set(deps)))
    found.update(_ENTITY_MARKS[e.label_] for e in entities)
    for word in classes.keys() & words:  # punctuation is in no list
        found.update(classes[word])
    if first is not None:  # the tag of the first word
        found.add(_FIRST_MARKS[first])
    return tuple(sorted(found))


@cache
def _classes() -> dict[str, tuple[str, ...]]:
    """Each word of the lists named in `_CLASS_LISTS`, with the marks of the lists it is in."""
    words = _words()
    classes: dict[str, list[str]] = {}
    for name in _CLASS_LISTS:
        for word in sorted(words[name]):
            classes.setdefault(word, []).append(f"class:{name}")
    return {word: tuple(names) for word, names in classes.items()}


def features(signals: Signals, start: int, end: int, index: FactIndex) -> list[str]:
    """The names of the features the sentence from start to end has (each counts 1 when
    present): its signals, its shape, its length, and the article's facts inside it (a money,
    percent or quantity fact; a calendar date, for "recently" or "now" alone dates nothing)."""
    inside = index.valued_in(start, end)
    found = [name for name in FLAGS if getattr(signals, name)]
    if any(getattr(f, "type", "") in ("money", "percent", "quantity") for f in inside):
        found.append("fact:figure")
    if any(
        getattr(f, "type", "") == "date" and str(getattr(f, "value", ""))[:1].isdigit()
        for f in inside
    ):
        found.append("fact:date")
    found.append(next(name for most, name in _LENGTHS if signals.words <= most))
    found.extend(signals.marks)
    return found


_UNWEIGHED = (0.0, -1)


def with_pairs(found: list[str], pairs: tuple[str, ...]) -> list[str]:
    """The features and, for each two of `pairs` the sentence has, their pair ("figure&modal"):
    a figure in a promise counts for less than a figure in a record, which one weight per
    feature cannot say. Pairs are named in the order of `pairs`."""
    have = set(found)
    present = [name for name in pairs if name in have]
    paired = [f"{first}&{second}" for k, first in enumerate(present) for second in present[k + 1 :]]
    return found + paired


def score(signals: Signals, start: int, end: int, index: FactIndex) -> float | None:
    """How check-worthy the sentence from start to end is (0.5 to 1), or None if it is not:
    the model's probability over the sentence's features and their pairs (`with_pairs`, summed
    here without naming each pair), and its pooled context vector if the model weighs one."""
    model = _model()
    get = model.table.get
    total = model.bias
    present: list[int] = []
    for name in features(signals, start, end, index):
        weight, rank = get(name, _UNWEIGHED)
        total += weight
        if rank >= 0:
            present.append(rank)
    if model.vector and signals.pooled is not None:
        for pool, weights in zip(signals.pooled, model.vector, strict=True):
            if pool is not None and weights is not None:
                total += float(pool @ weights)
    if model.words:  # each word and pair of words once, summed in the sentence's order
        lemmas = signals.lemmas
        terms: list[str | tuple[str, str]] = [*lemmas, *pairwise(lemmas)]
        total += sum(map(model.words.get, dict.fromkeys(terms), repeat(0.0)))
    present.sort()
    rows = model.paired
    for k, first in enumerate(present):
        total += sum(map(rows[first].get, present[k + 1 :], repeat(0.0)))
    value = round(1.0 / (1.0 + math.exp(-total)), 2)
    return value if value >= THRESHOLD else None


@dataclass(frozen=True)
class Model:
    """A linear model: a weight by feature name (a feature without one adds nothing), and the
    features whose pairs it weighs too."""

    bias: float
    weights: dict[str, float]
    pairs: tuple[str, ...] = ()
    # The weights of each of POOLS (`Signals.pooled`), None for a pool it does not weigh.
    vector: tuple[Any, ...] = ()
    # The weight of each word (a lower-case lemma) and of each pair of consecutive words.
    words: dict[str | tuple[str, str], float] = field(default_factory=dict)

    @cached_property
    def pooled(self) -> frozenset[str]:
        """The names of the pools it weighs."""
        return frozenset(
            p
            for p, w in zip(POOLS, self.vector or (None,) * len(POOLS), strict=True)
            if w is not None
        )

    @cached_property
    def rank(self) -> dict[str, int]:
        return {name: k for k, name in enumerate(self.pairs)}

    @cached_property
    def table(self) -> dict[str, tuple[float, int]]:
        """Each feature's own weight and its rank in `pairs` (-1 if it is in no pair)."""
        names = {*self.pairs, *(n for n in self.weights if "&" not in n)}
        return {n: (self.weights.get(n, 0.0), self.rank.get(n, -1)) for n in sorted(names)}

    @cached_property
    def paired(self) -> list[dict[int, float]]:
        """The weight of each pair, by the ranks of its two features in `pairs`."""
        rows: list[dict[int, float]] = [{} for _ in self.pairs]
        for name, weight in self.weights.items():
            first, _, second = name.partition("&")
            if second:
                rows[self.rank[first]][self.rank[second]] = weight
        return rows


@cache
def _model() -> Model:
    text = resources.files("factx.data").joinpath(WEIGHTS_FILE).read_text("utf-8")
    data = json.loads(text)
    weights = {name: float(value) for name, value in data["weights"].items()}
    vector: tuple[Any, ...] = ()
    if "vector" in data:
        import numpy as np  # spaCy's own dependency, loaded with it anyway

        pools = data["vector"]
        vector = tuple(np.array(pools[p], dtype="float32") if p in pools else None for p in POOLS)
    words: dict[str | tuple[str, str], float] = {}
    for term, value in data.get("words", {}).items():
        first, _, second = term.partition(" ")  # a pair of words is written "a b"
        words[(first, second) if second else term] = float(value)
    pairs = tuple(data.get("pairs", ()))
    return Model(float(data["bias"]), weights, pairs, vector, words)
