"""Attributions in one paragraph's parse: who is said to say, think or report what.

Read off the dependency parse: a reporting verb with a subject (or a passive agent) and a
clausal complement or object, a reporting clause set off after or inside its content ("...,
Reuters reported"), "according to X", a noun of saying with a clause ("news that ..."), and
quotations next to a reporting verb. Everything here works in token offsets of one Doc; the
claims module turns what is found into article offsets and records.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@cache
def _cues() -> dict[str, list[str]]:
    text = resources.files("factx.data").joinpath("cues.json").read_text("utf-8")
    cues: dict[str, list[str]] = json.loads(text)
    return cues


def cue_verbs() -> frozenset[str]:
    return frozenset(_cues()["verbs"])


def cue_nouns() -> frozenset[str]:
    """Nouns of saying or thinking that may take a clause of what is said ("news that ...")."""
    return frozenset(_cues()["nouns"])


def speech_verbs() -> frozenset[str]:
    """Verbs of saying proper: only these may follow their content ("..., Reuters reported")."""
    return frozenset(_cues()["speech"])


@dataclass
class Attribution:
    cue: str
    cue_span: tuple[int, int]
    speaker: Span | None
    content: tuple[int, int]  # token offsets in the Doc
    sentence: Span
    cue_token: int = -1  # the cue's (first) token in the Doc


def _subtree_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def trim_tokens(doc_span: Span, words: bool = True) -> tuple[int, int] | None:
    """Token bounds without edge punctuation, quote marks and (with `words`) a leading "that"."""
    start, end = doc_span.start, doc_span.end
    doc = doc_span.doc
    leading = ("that", "and", "but") if words else ()
    while start < end and (doc[start].is_punct or doc[start].lower_ in leading):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


def find_attributions(
    sentence: Span, regions: list[tuple[int, int]] | None = None
) -> Iterator[Attribution]:
    """Attributions in one sentence of a parsed Doc (`regions`: the Doc's double quotations)."""
    doc = sentence.doc
    if regions is None:
        regions = quotations(doc)
    verbs = cue_verbs()
    for token in sentence:
        if (
            token.lower_ == "according"
            and token.i + 1 < sentence.end
            and doc[token.i + 1].lower_ == "to"
        ):
            source = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            if source is None:
                continue
            src_start, src_end = _subtree_bounds(source)
            # The content is the rest of the sentence around "according to X".
            before = doc[sentence.start : token.i]
            after = doc[src_end : sentence.end]
            part = after if len(after) >= len(before) else before
            bounds = trim_tokens(part)
            if bounds:
                yield Attribution(
                    "according to", (token.idx, doc[token.i + 1].idx + 2),
                    doc[src_start:src_end], bounds, sentence, token.i,
                )  # fmt: skip
            continue
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in cue_nouns():
            noun = _noun_attribution(token, sentence)
            if noun is not None:
                yield noun
                continue
        # The small model tags "claims" in "TikTok further claims that" as a noun.
        if token.pos_ not in ("VERB", "AUX") and not (
            token.tag_ in ("NNS", "NN") and any(c.dep_ in ("ccomp", "acl") for c in token.children)
        ):
            continue
        if lemma not in verbs and token.lower_.rstrip("s") not in verbs:
            continue
        speaker = _speaker(token)
        content = _colon_quote(token, regions) or _content(token, sentence)
        if content is None:
            continue
        cue_span = (token.idx, token.idx + len(token.text))
        yield Attribution(token.lemma_.lower(), cue_span, speaker, content, sentence, token.i)


def _colon_quote(verb: Token, regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'The minister said: "We will not raise taxes."', 'Smith told reporters on Monday: "..."':
    a cue verb, a few words of its own, a colon and a quotation, which is what is said (all of it,
    whatever the parser made the root)."""
    doc = verb.doc
    for i in range(verb.i + 1, min(verb.i + 10, len(doc) - 1)):
        token = doc[i]
        if token.text == ":":
            region = next((r for r in regions if r[0] == i + 1), None)
            return trim_tokens(doc[i + 2 : region[1]], words=False) if region else None
        if (
            token.pos_ in ("VERB", "AUX")
            or token.dep_ in ("ccomp", "xcomp")
            or (token.is_punct and token.text != ",")
        ):
            return None
    return None


def _noun_attribution(noun: Token, sentence: Span) -> Attribution | None:
    """ "news that the FBI had reopened a probe", "his warnings that the election is rigged",
    "expressed optimism that ...": a noun of saying or thinking with a clause of what is said."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.children):
        return None  # a verb the tagger took for a noun
    doc = noun.doc
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp")
            and c.i > noun.i
            and c.left_edge.i == noun.i + 1
            and any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    content = trim_tokens(doc[clause.left_edge.i : clause.right_edge.i + 1])
    if content is None:
        return None
    start = noun
    speaker: Span | None = None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.i < noun.i:
        # "X has continued his warnings that ...": the verb's subject speaks.
        start = head
        speaker = _speaker(head)
    if speaker is None and owner is not None:
        o_start, o_end = _subtree_bounds(owner)
        speaker = doc[o_start:o_end]
        if doc[o_end - 1].tag_ == "POS":  # "Clinton's": the name without the possessive
            speaker = doc[o_start : o_end - 1] if o_end - 1 > o_start else None
    cue_span = (start.idx, noun.idx + len(noun.text))
    return Attribution(noun.lemma_.lower(), cue_span, speaker, content, sentence, noun.i)


def _own_speaker(verb: Token) -> Span | None:
    doc = verb.doc
    for child in verb.children:
        if child.dep_ in ("nsubj",):
            start, end = _subtree_bounds(child)
            return doc[start:end]
        if child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                start, end = _subtree_bounds(obj)
                return doc[start:end]
    return None


def _speaker(verb: Token) -> Span | None:
    """The verb's subject, or the subject it shares: "X denied it and said ...", "X wrote,
    adding ..."."""
    seen = 0
    while True:
        speaker = _own_speaker(verb)
        if speaker is not None or seen > 3:
            return speaker
        shares = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
        if not shares or verb.head.i >= verb.i or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
        seen += 1


# Children that are not part of what a cue verb's object says: a coordinated verb, a clause
# on the side ("..., adding that ...") and punctuation.
_BESIDE = frozenset({"conj", "cc", "advcl", "punct", "parataxis", "mark", "preconj"})


# A content that is the sentence before the attribution's ("This was announced by X").
PREVIOUS = (-1, -1)
_DEMONSTRATIVES = frozenset({"this", "that", "it", "these", "those"})


def _content(verb: Token, sentence: Span) -> tuple[int, int] | None:
    doc = verb.doc
    for child in verb.children:
        if (child.dep_ in ("ccomp", "xcomp") and child.i > verb.i) or child.dep_ == "ccomp":
            start, end = _subtree_bounds(child)
            if child.i > verb.i:
                # "which the government believes may pose risks": the content starts after the cue.
                start = max(start, verb.i + 1)
            return trim_tokens(doc[start:end])
    # "..., Reuters reported on June 17": the reporting clause hangs off the content's verb.
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    speech = verb.lemma_.lower() in speech_verbs()
    # "since he had testified": a subordinate clause, not a reporting one ("as X noted" is).
    subordinate = any(
        c.dep_ == "mark"
        and c.i < verb.i
        and c.lower_ not in ("as", "that")
        and not any(t.is_punct for t in doc[c.i : verb.i])
        for c in verb.children
    )
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i < verb.i and has_subject:
        if not speech or subordinate:
            return None
        start, _ = _subtree_bounds(verb)
        return trim_tokens(doc[sentence.start : start])
    # '"The best way," Schiff said, "is ..."', "Beyond that, he said, the bank may ...": a
    # reporting clause set inside its content.
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i > verb.i and has_subject and speech:
        v_start, v_end = _subtree_bounds(verb)
        before = doc[sentence.start : v_start]
        after = doc[v_end : sentence.end]
        return trim_tokens(before if len(before) > len(after) else after)
    # "This was announced by X": what is announced is the sentence before. "The plan was
    # announced by X" is left alone: what follows the cue is no content of it.
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and any(c.dep_ == "agent" for c in verb.children):
        if passive.lower_ in _DEMONSTRATIVES and not list(passive.children):
            return PREVIOUS
        return None
    # '"What now?" she asked.', cut in two by the parser: the quotation is the sentence before.
    if speech and has_subject and verb.dep_ == "ROOT" and sentence.start > 0:
        quote_before = doc[sentence.start - 1].text in DOUBLE_QUOTES or (
            doc[sentence.start].text in DOUBLE_QUOTES
        )
        rest = [t for t in sentence if t.i > verb.i and not t.is_punct]
        if (
            quote_before
            and not rest
            and all(t.is_punct or t.i >= verb.left_edge.i for t in doc[sentence.start : verb.i])
        ):
            return trim_tokens(doc[sentence.start - 1].sent)
    # "X accused them of violating ...", "X backs Clinton for president": what follows the cue.
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "prep", "dative")]
    if objects and (has_subject or _speaker(verb) is not None):
        end = max(c.right_edge.i for c in verb.children if c.i > verb.i and c.dep_ not in _BESIDE)
        return trim_tokens(doc[verb.i + 1 : end + 1])
    # Not yet handled: "This was announced by X", whose content is the previous sentence.
    return None


DOUBLE_QUOTES = {'"', "“", "”", "''", "«", "»", "``"}


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """(open mark, close mark) token indexes of the double quotations of a paragraph; an
    unclosed one runs to the paragraph's end."""
    regions: list[tuple[int, int]] = []
    start: int | None = None
    for token in doc:
        text = token.text
        if text not in DOUBLE_QUOTES:
            continue
        opens = text in ("“", "«", "``") or (text not in ("”", "»") and start is None)
        if opens and start is None:
            start = token.i
        elif start is not None:
            regions.append((start, token.i))
            start = None
    if start is not None:
        regions.append((start, len(doc)))
    return regions


def whole_quotation(
    content: tuple[int, int], regions: list[tuple[int, int]], doc: Doc
) -> tuple[int, int]:
    """A content that starts or ends a quotation of several sentences is all of it."""
    start, end = content
    for q_open, q_close in regions:
        opens_here = q_open < start and all(doc[i].is_punct for i in range(q_open, start))
        closes_here = end <= q_close and all(doc[i].is_punct for i in range(end, q_close))
        if opens_here and not closes_here and q_close > end:
            bounds = trim_tokens(doc[start:q_close])
            return bounds if bounds else content
        if closes_here and not opens_here and q_open + 1 < start:
            bounds = trim_tokens(doc[q_open + 1 : end])
            return bounds if bounds else content
    return content


def outermost(attributions: list[Attribution], quoted: set[int]) -> list[Attribution]:
    """Attributions that are not part of what is attributed: a cue inside a quotation or inside
    another attribution's content is the speaker's own wording ("He said he thinks ..."), and
    one token belongs to one attribution at most."""
    unquoted = [a for a in attributions if a.cue_token not in quoted]

    def inside(a: Attribution, b: Attribution) -> bool:
        return b.content[0] <= a.cue_token < b.content[1]

    def under(a: Attribution, b: Attribution) -> bool:
        """a is part of b: inside its content, and if each is inside the other, lower in the
        parse ("X said he felt obliged to act since he had testified")."""
        if not inside(a, b):
            return False
        if not inside(b, a):
            return True
        doc = a.sentence.doc
        return doc[b.cue_token].is_ancestor(doc[a.cue_token])

    return [a for a in unquoted if not any(b is not a and under(a, b) for b in unquoted)]
