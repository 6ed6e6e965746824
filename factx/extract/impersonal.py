"""Attributions that name nobody: what "it emerged", "it is not clear" and "reportedly" report.

PolNeAR-style attribution counts these as claims with no source, and a fact-checker needs them
told apart from what the article asserts itself: "The deal reportedly values the firm at $2bn"
is hearsay, "The deal values the firm at $2bn" is not. Three shapes, read off the parse:

- a hearsay adverb on a clause with a subject ("The firm allegedly hid losses"): the clause is
  the content, unless its verb is a cue of its own ("X reportedly said ...": X says it);
- "it emerged that ..." (an expletive "it" before a verb of coming to light): the clause;
- an open question, "it is not clear who ...", "it is impossible to know the source": what is
  not known is the content (the listed "unclear" and "unknown" are in `attribution.py`).

The words are data (`factx/data/cues.json`: "hearsay", "emerging", "knowable", "knowing").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from factx.extract.attribution import Attribution, cue_verbs, trim_tokens
from factx.extract.wordlists import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A question word that opens what is not known ("who", "whether", "how", "if").
_QUESTION_TAGS = frozenset({"WRB", "WP", "WP$", "IN"})


@cache
def _words() -> dict[str, frozenset[str]]:
    return word_sets("cues.json")


@cache
def _triggers() -> frozenset[str]:
    """Every word form a rule starts at, so that other tokens cost one set look-up."""
    words = _words()
    emerging = {f"{w}{end}" for w in words["emerging"] for end in ("", "s", "d", "ed")}
    return words["hearsay"] | frozenset(emerging) | words["knowable"]


def attributions(sentence: Span, found: list[Attribution]) -> list[Attribution]:
    """The attributions with no one named in a sentence, at words no attribution in `found`
    used."""
    used = {a.cue_token for a in found}
    out: list[Attribution] = []
    triggers = _triggers()
    for token in sentence:
        if token.lower_ not in triggers or token.i in used:
            continue
        words = _words()
        if token.lower_ in words["hearsay"]:
            found_here = _hearsay(token, sentence)
        elif token.lemma_.lower() in words["emerging"]:
            found_here = _emerged(token, sentence)
        else:
            found_here = _not_known(token, sentence)
        if found_here is not None:
            out.append(found_here)
    return out


def _clause_after(head: Token, start: int) -> tuple[int, int] | None:
    """The token bounds of a clause from `start` to the end of `head`'s subtree."""
    return trim_tokens(head.doc[start : head.right_edge.i + 1])


def _hearsay(adverb: Token, sentence: Span) -> Attribution | None:
    """ "The firm allegedly hid losses": the clause the adverb modifies, if it has a subject."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() in cue_verbs():
        return None  # "X reportedly said ...": X's claim
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    # All the clause, its first word too: "That move reportedly followed a protest".
    content = trim_tokens(sentence.doc[verb.left_edge.i : verb.right_edge.i + 1], words=False)
    if content is None:
        return None
    span = (adverb.idx, adverb.idx + len(adverb.text))
    return Attribution(adverb.lower_, span, None, content, sentence, adverb.i)


def _emerged(verb: Token, sentence: Span) -> Attribution | None:
    """ "It emerged on Friday that the probe was into Weiner": the "that" clause."""
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or clause.left_edge.lower_ != "that":
        return None
    content = _clause_after(clause, clause.left_edge.i + 1)
    if content is None:
        return None
    span = (verb.idx, verb.idx + len(verb.text))
    return Attribution(verb.lemma_.lower(), span, None, content, sentence, verb.i)


def _not_known(adjective: Token, sentence: Span) -> Attribution | None:
    """ "it's not clear who raised it" (a negated adjective and a question), "it's impossible
    to know the source" (an adjective and a verb of knowing): what is not known."""
    be = adjective.head
    if adjective.dep_ != "acomp" or be.lemma_ != "be":
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children):
        return None
    negated = any(c.dep_ == "neg" for c in be.children)
    doc = adjective.doc
    content: tuple[int, int] | None = None
    cue = "not " + adjective.lower_ if negated else adjective.lower_
    for clause in (*adjective.children, *be.children):
        if clause.i <= adjective.i:
            continue
        if negated and clause.dep_ in ("ccomp", "advcl"):
            opener = doc[clause.left_edge.i]
            if opener.tag_ in _QUESTION_TAGS and clause.left_edge.i == adjective.i + 1:
                content = _clause_after(clause, clause.left_edge.i)
        elif not negated and clause.dep_ == "xcomp" and clause.lemma_ in _words()["knowing"]:
            # "impossible to know the source": what the verb of knowing takes.
            content = _clause_after(clause, clause.i + 1)
            cue = f"{adjective.lower_} to {clause.lemma_}"
        if content is not None:
            break
    if content is None:
        return None
    span = (be.idx, adjective.idx + len(adjective.text))
    return Attribution(cue, span, None, content, sentence, adjective.i)
