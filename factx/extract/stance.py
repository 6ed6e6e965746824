"""Stance: whether a claim is affirmed (`polarity`) and how (`modality`), read off its cue.

A fact-checker needs to know that "Comey did not say the probe was closed" and "Comey denied
that the probe was closed" do not affirm their content, that "she refused to say" said nothing,
that "he may argue" and "he will announce" are not said yet, and that "she asked whether" asks.
The cue carries all of that: a negation on it or on the verb it depends on, a refusal or an
expectation it is the infinitive of, a modal auxiliary, or a cue word that denies or asks. A
factual statement has only the first two: its main verb's negation and modal. The word lists
are data: `factx/data/stance.json`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factx.extract.wordlists import word_sets
from factx.records import Modality, Polarity

if TYPE_CHECKING:
    from spacy.tokens import Token

# "is expected to say", "refused to confirm": how far up an infinitive's governors are read.
_CHAIN = 3


def _words() -> dict[str, frozenset[str]]:
    return word_sets("stance.json")


def _governors(token: Token) -> list[Token]:
    """The token and the verbs it is the infinitive or complement of ("refused to say": say,
    refused; "is not sure that": sure, is)."""
    chain = [token]
    while len(chain) <= _CHAIN and token.head.i != token.i:
        linked = token.dep_ in ("xcomp", "acomp") or (
            token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and not _contrasted(token)
        )
        if not linked:
            break
        token = token.head
        chain.append(token)
    return chain


def _contrasted(conjunct: Token) -> bool:
    """Whether a "but" or "yet" joins the verb to the one before ("refused to comment on the
    reports, but said results were due on Friday"): what it says is affirmed, not refused
    with the first; "did not confirm or deny" shares its negation."""
    head = conjunct.head
    return any(
        c.dep_ == "cc" and c.lower_ in _words()["contrasts"] and head.i < c.i < conjunct.i
        for c in head.children
    )


def _negated(token: Token) -> bool:
    """ "did not say", "never claimed", "did n't": a negation hangs off the verb."""
    negations = _words()["negations"]
    return any(c.dep_ == "neg" and c.lower_ in negations for c in token.children)


def _auxiliary_modality(chain: list[Token]) -> Modality | None:
    words = _words()
    for token in chain:
        auxiliaries = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(a in words["expectations"] for a in auxiliaries):
            return "expected"  # "will say", "'ll announce"
        if any(a in words["hedges"] for a in auxiliaries):
            return "hedged"  # "may argue", "could say"
        if token is not chain[0] and token.lemma_.lower() in words["expectations"]:
            return "expected"  # "is going to say", "is expected to announce", "plans to unveil"
    return None


def of_cue(cue: Token, *, direct: bool = False) -> tuple[Polarity, Modality]:
    """The polarity and modality of an attribution, from its cue token (`direct`: the content
    is the speaker's own words in quotation marks, which a denial cue does not make false)."""
    words = _words()
    chain = _governors(cue)
    lemmas = [t.lemma_.lower() for t in chain]
    negated = any(_negated(t) for t in chain)
    modality: Modality = "asserted"
    flips = False
    if any(lemma in words["refusals"] for lemma in lemmas[1:]) or lemmas[0] in words["refusals"]:
        modality, flips = "refused", True  # "refused to say", "declined to comment"
    elif lemmas[0] in words["denials"]:
        modality, flips = "denied", not direct  # "denied that he paid", not '"No," he denied'
    elif lemmas[0] in words["questions"]:
        modality = "asked"
    elif lemmas[0] in words["expectations"] and any(c.dep_ == "auxpass" for c in cue.children):
        modality = "expected"  # "Mr Howard is expected to attack ...": nobody has said it yet
    else:
        modality = _auxiliary_modality(chain) or "asserted"
    if lemmas[0] in words["unknowns"]:
        flips = not flips  # "it is unclear whether ...", as "it is not clear whether ..."
    return ("negative" if negated != flips else "positive"), modality


def of_statement(root: Token) -> tuple[Polarity, Modality]:
    """The polarity and modality of a factual statement, from its main verb: "Trump has never
    paid taxes" is negative; "the deficit could double" hedged, "it will double" expected."""
    chain = _governors(root)
    polarity: Polarity = "negative" if _negated(root) else "positive"
    return polarity, _auxiliary_modality(chain[:1]) or "asserted"
