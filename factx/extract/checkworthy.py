"""Check-worthy statements: body sentences that assert something a fact-checker could check.

Two steps, because the Doc is dropped before the article's facts are all known: `signals`
reads what the parse of one sentence says (a figure, a dated or past event with named
participants, a comparison, a statistic; or an opinion, a wish, a promise, an order), and
`score` adds those signals up, with the article's dates, money, percents and quantities inside
the sentence, into a score from 0 to 1. A sentence is check-worthy at 0.5 or more. The word
lists are data (`factx/data/checkworthy.json`); the weights are below, each with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from factx.extract.lookup import FactIndex
from factx.extract.wordlists import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

THRESHOLD = 0.5
# Where every sentence starts: a figure or a date alone just makes it check-worthy, any other
# signal needs another one ("Congress passed the act": a past event with a named participant),
# and a modal, an opinion or an order takes one away ("I will cut taxes" is a promise).
_BASE = 0.15


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


# How much each signal adds to (or takes from) the score, and why. They were set by hand and
# checked on ClaimBuster's debate sentences, where nearby values score about the same.
_WEIGHTS: dict[str, float] = {
    # A figure is what fact-checkers check most: numbers are rarely said in passing.
    "figure": 0.35,
    # A date or "since"/"ago" ties the statement to a record that can be looked up.
    "dated": 0.35,
    # A past event happened or not; the present and future mostly hold views and plans.
    "past": 0.2,
    # Who took part in it says where to look ("Congress passed", "Oracle discussed").
    "participants": 0.1,
    # A name alone is weaker: "America" and "the Congress" also fill speeches of intent.
    "named": 0.1,
    # A statement about someone else's record ("He voted against it") rather than one's own.
    "third_person": 0.25,
    # Comparisons and superlatives claim a ranking that can be measured.
    "compares": 0.15,
    # "cut", "doubled", "vetoed" report a change or an act on the record; also said of plans,
    # so they count less than the figure or date that would pin them down.
    "change": 0.1,
    # Taxes, jobs, deficits and bills are what official statistics and records cover.
    "statistic": 0.25,
    # Modals, wishes and opinions are about what should or will be, which nobody can check.
    "modal": -0.15,
    "opinion": -0.15,
    # Orders, thanks and greetings assert nothing.
    "directive": -0.4,
    # Judgements ("a great country") and vague nouns ("the problem") make it a view.
    "evaluative": -0.15,
    "abstract": -0.15,
    # "I ..." is mostly the speaker's own view or intention.
    "first_person": -0.2,
    # "to cut", "to help": an aim, even after a past verb ("tried to").
    "infinitive": -0.1,
    # Too short to assert a checkable fact on its own ("I disagree", "He lost").
    "short": -0.15,
    # "She spoke in Reno", "The board met": on the record, but rarely in question.
    "appearance": -0.1,
}
# A money, percent or quantity fact in the sentence is a figure the article's finders have
# read and normalized: surer than a number token, so it adds to the figure signal.
_FACT_FIGURE = 0.2

_OBLIGATION = ("have", "need", "ought", "get", "want")  # "have to", "got to", "want to"
_PERFECT_NOT_PAST = {"get"}  # "we've got" is "we have", not a past event
_SUBJECTS = ("nsubj", "nsubjpass", "expl")
_CLAUSES_OF_SETTING = ("amod", "acl", "advcl", "relcl")  # "when I was 8", "the bill we passed"


def _words() -> dict[str, frozenset[str]]:
    return word_sets("checkworthy.json")


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _is_past(verb: Token) -> bool:
    """A past or present-perfect verb: "lost", "did not", "was signed", "have lost", "has been
    cutting"."""
    auxiliaries = _auxiliaries(verb)
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


def _is_modal(verb: Token) -> bool:
    """A verb of what will, would, could or must be: "will cut", "going to", "have to fix"."""
    auxiliaries = _auxiliaries(verb)
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


def _subject(verb: Token) -> str | None:
    return next((c.lower_ for c in verb.children if c.dep_ in _SUBJECTS), None)


def _verb_of(token: Token) -> Token:
    """The verb whose clause the token is part of (the token itself if it heads none)."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token.head if token.dep_ in ("aux", "auxpass") else token


def _compares(sentence: list[Token]) -> bool:
    words = _words()
    for token in sentence:
        lower = token.lower_
        if token.tag_ in ("JJR", "RBR"):
            if lower not in words["weak_comparatives"]:
                return True  # "higher", "bigger"
            after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
            if after == "than" or token.head.pos_ == "NOUN":
                return True  # "more than", "more jobs"
        elif token.tag_ in ("JJS", "RBS") and lower not in words["loose_superlatives"]:
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
        if start is not None and token.ent_iob_ != "I":
            found.append(Span(doc, start, token.i, label=doc[start].ent_type_))
            start = None
        if token.ent_iob_ == "B":
            start = token.i
    end = sentence.end
    if start is not None and (end == len(doc) or doc[end].ent_iob_ != "I"):
        found.append(Span(doc, start, end, label=doc[start].ent_type_))  # not one running on
    return found


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
    lemma = [t.lemma_.lower() for t in every_token]
    pos = [t.pos_ for t in every_token]
    kept = [k for k, t in enumerate(every_token) if not (t.is_punct or t.is_space)]
    root = sentence.root
    verbs = [
        t
        for k, t in enumerate(every_token)
        if pos[k] in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and t.i != cue
    ]
    main = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    main = [v for v in main if v.i != cue]
    every = _entities(sentence, every_token)
    entities = [e for e in every if e.label_ in words["participants"]]
    subject = _subject(root) if root.i != cue else None
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
        dated=any(lower[k] in words["time_anchors"] for k in kept)
        or any(
            e.label_ == "DATE" and not all(t.lower_ in words["vague_dates"] or t.is_stop for t in e)
            for e in every
        ),
        past=any(_is_past(v) for v in main)
        or any(_is_past(v) for v in verbs if v.dep_ not in _CLAUSES_OF_SETTING),
        participants=any(
            _is_past(verb) and verb.i != cue for verb in (_verb_of(e.root) for e in entities)
        ),
        named=bool(entities),
        third_person=subject in ("he", "she", "they"),
        compares=_compares(every_token),
        change=any(
            pos[k] == "VERB" and lemma[k] in words["change"] and t.i != cue
            for k, t in enumerate(every_token)
        ),
        statistic=any(
            lemma[k] in words["statistic"] or lower[k] in words["statistic"]
            for k in range(len(every_token))
        ),
        modal=any(_is_modal(v) for v in verbs),
        opinion=any(
            pos[k] in ("VERB", "AUX")
            and lemma[k] in words["opinion"]
            and _subject(t) in ("i", "we", "you")
            and not _is_past(t)
            for k, t in enumerate(every_token)
        ),
        directive=(
            root.tag_ == "VB" and not any(c.dep_ in (*_SUBJECTS, "aux") for c in root.children)
        )
        or root.lower_ == "let"
        or any(lower[k] in words["courtesy"] for k in kept),
        evaluative=any(pos[k] == "ADJ" and lower[k] in words["evaluative"] for k in kept),
        abstract=any(
            pos[k] == "NOUN" and lemma[k] in words["abstract"] for k in range(len(every_token))
        ),
        first_person=subject == "i",
        infinitive=any(
            every_token[k].tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in every_token[k].children)
            for k in kept
        ),
        short=len(kept) < 4,
        appearance=any(v.pos_ == "VERB" for v in main)
        and all(_lemma(v) in words["appearance"] for v in main if v.pos_ == "VERB"),
    )


def score(signals: Signals, start: int, end: int, index: FactIndex) -> float | None:
    """How check-worthy the sentence from start to end is (0.5 to 1), or None if it is not.

    The signals of its parse are added up with the article's facts inside it: a money,
    percent or quantity fact, and a calendar date ("recently" or "now" alone dates nothing).
    """
    inside = index.valued_in(start, end)
    figures = any(getattr(f, "type", "") in ("money", "percent", "quantity") for f in inside)
    dated = any(
        getattr(f, "type", "") == "date" and str(getattr(f, "value", ""))[:1].isdigit()
        for f in inside
    )
    found = {field.name: getattr(signals, field.name) for field in fields(signals)}
    found["dated"] = found["dated"] or dated
    value = _BASE + sum(weight for name, weight in _WEIGHTS.items() if found[name])
    if figures:
        value += _FACT_FIGURE
    value = round(min(1.0, max(0.0, value)), 2)
    return value if value >= THRESHOLD else None
