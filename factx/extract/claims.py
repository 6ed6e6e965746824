"""Claim facts: who said what (attributed) and check-worthy factual statements.

Attributions are read off the dependency parse: a reporting verb with a subject (or a passive
agent) and a clausal complement, a reporting clause set off after the content ("..., Reuters
reported"), "according to X", and direct quotes next to a reporting verb.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from factx.extract.base import Context, Segment, fact_id
from factx.records import ClaimFact, EntityFact, FactBase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUNS_THING = {"it", "they"}
_NOMINAL_ORG = {"company", "firm", "group", "service", "platform", "government", "ministry",
                "agency", "bank", "network", "app", "department", "administration"}  # fmt: skip
_QUOTES = "\"“”‘’'«»"
_FACT_KINDS = ("date", "money", "percent", "quantity")


@cache
def _cues() -> dict[str, list[str]]:
    text = resources.files("factx.data").joinpath("cues.json").read_text("utf-8")
    cues: dict[str, list[str]] = json.loads(text)
    return cues


def cue_verbs() -> frozenset[str]:
    return frozenset(_cues()["verbs"])


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


def _subtree_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def _trim_tokens(doc_span: Span) -> tuple[int, int] | None:
    """Token bounds without edge punctuation, quote marks and a leading "that"."""
    start, end = doc_span.start, doc_span.end
    doc = doc_span.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in ("that", "and", "but")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


def find_attributions(sentence: Span) -> Iterator[Attribution]:
    """Attributions in one sentence of a parsed Doc."""
    doc = sentence.doc
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
            bounds = _trim_tokens(part)
            if bounds:
                yield Attribution(
                    "according to", (token.idx, doc[token.i + 1].idx + 2),
                    doc[src_start:src_end], bounds, sentence,
                )  # fmt: skip
            continue
        lemma = token.lemma_.lower()
        # The small model tags "claims" in "TikTok further claims that" as a noun.
        if token.pos_ not in ("VERB", "AUX") and not (
            token.tag_ in ("NNS", "NN") and any(c.dep_ in ("ccomp", "acl") for c in token.children)
        ):
            continue
        if lemma not in verbs and token.lower_.rstrip("s") not in verbs:
            continue
        speaker = _speaker(token)
        content = _content(token, sentence)
        if content is None:
            continue
        cue_span = (token.idx, token.idx + len(token.text))
        yield Attribution(token.lemma_.lower(), cue_span, speaker, content, sentence)


def _speaker(verb: Token) -> Span | None:
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


def _content(verb: Token, sentence: Span) -> tuple[int, int] | None:
    doc = verb.doc
    for child in verb.children:
        if (child.dep_ in ("ccomp", "xcomp") and child.i > verb.i) or child.dep_ == "ccomp":
            start, end = _subtree_bounds(child)
            if child.i > verb.i:
                # "which the government believes may pose risks": the content starts after the cue.
                start = max(start, verb.i + 1)
            return _trim_tokens(doc[start:end])
    # "..., Reuters reported on June 17": the reporting clause hangs off the content's verb.
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    speech = verb.lemma_.lower() in speech_verbs()
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i < verb.i and has_subject:
        if not speech:
            return None
        start, _ = _subtree_bounds(verb)
        return _trim_tokens(doc[sentence.start : start])
    # "X accused them of violating ...", "X backs Clinton for president": what follows the cue.
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "prep", "dative")]
    if has_subject and objects:
        return _trim_tokens(doc[verb.i + 1 : verb.right_edge.i + 1])
    # Not yet handled: "This was announced by X", whose content is the previous sentence.
    return None


def _resolve_speaker(
    speaker: Span | None, mentions: Sequence[tuple[int, int, EntityFact]], offset: int
) -> tuple[str | None, str | None]:
    """The speaker's text and, where it names or points to an entity, that entity's id."""
    if speaker is None:
        return None, None
    start, end = offset + speaker.start_char, offset + speaker.end_char
    inside = [e for s, t, e in mentions if s >= start and t <= end]
    people = [e for e in inside if e.label in ("PERSON", "ORG", "GPE", "NORP")]
    if people:
        # "TikTok CEO Shou Zi Chew": the person, not the company in the title.
        people.sort(key=lambda e: (e.label != "PERSON", 0))
        return speaker.text, people[0].entity_id
    words = speaker.text.lower().split()
    last = words[-1] if words else ""
    wanted: tuple[str, ...] = ()
    if speaker.text.lower() in _PRONOUNS_PERSON:
        wanted = ("PERSON",)
    elif speaker.text.lower() in _PRONOUNS_THING or (last in _NOMINAL_ORG and words[0] == "the"):
        wanted = ("ORG",)
    if wanted:
        before = [e for s, t, e in mentions if t <= start and e.label in wanted]
        if before:
            return speaker.text, before[-1].entity_id
    return speaker.text, None


def claims(
    segments: Sequence[Segment],
    context: Context,
    facts: Sequence[FactBase],
) -> Iterator[ClaimFact]:
    """Attributed and factual claims of the article's body (never of the headline).

    Args:
        segments: the article's paragraphs.
        context: the article.
        facts: the other facts of the article, for `fact_ids` and speaker entities.
    Yields:
        Claim facts: attributed ones with speaker, cue and content; factual ones with a score.
    """
    entity_facts = [f for f in facts if isinstance(f, EntityFact)]
    mentions = sorted(
        ((m.start, m.end, e) for e in entity_facts for m in e.mentions), key=lambda x: x[0]
    )
    valued = [f for f in facts if getattr(f, "type", None) in _FACT_KINDS]
    for segment in segments:
        if segment.zone != "body":
            continue  # not from headlines, credits, bylines, footnotes or boilerplate
        doc = segment.doc
        attributed_sentences: set[int] = set()
        for sentence in doc.sents:
            for found in find_attributions(sentence):
                c_start, c_end = found.content
                start = segment.offset + doc[c_start].idx
                end = segment.offset + doc[c_end - 1].idx + len(doc[c_end - 1].text)
                speaker, speaker_id = _resolve_speaker(found.speaker, mentions, segment.offset)
                text = context.text[start:end]
                quoted = text[:1] in _QUOTES and text[-1:] in _QUOTES
                yield ClaimFact(
                    id=fact_id(context.article_id, "claim", start, end),
                    text=text,
                    start=start,
                    end=end,
                    sentence=segment.sentence_of(sentence.start),
                    paragraph=segment.paragraph,
                    speaker=speaker,
                    speaker_entity_id=speaker_id,
                    cue=found.cue,
                    cue_start=segment.offset + found.cue_span[0],
                    cue_end=segment.offset + found.cue_span[1],
                    speaker_start=(
                        segment.offset + found.speaker.start_char if found.speaker else None
                    ),
                    speaker_end=segment.offset + found.speaker.end_char if found.speaker else None,
                    content=text,
                    content_start=start,
                    content_end=end,
                    claim_type="attributed",
                    quote="direct" if quoted else "indirect",
                    fact_ids=_inside(start, end, valued, entity_facts),
                )
                attributed_sentences.add(sentence.start)
            factual = _factual(sentence, segment, context, valued, entity_facts)
            if factual is not None and sentence.start not in attributed_sentences:
                yield factual


def _inside(
    start: int, end: int, valued: Sequence[FactBase], entity_facts: Sequence[EntityFact]
) -> list[str]:
    ids = [f.id for f in valued if start <= f.start and f.end <= end]
    ids += [
        e.id for e in entity_facts if any(start <= m.start and m.end <= end for m in e.mentions)
    ]
    return sorted(ids)


def _factual(
    sentence: Span,
    segment: Segment,
    context: Context,
    valued: Sequence[FactBase],
    entity_facts: Sequence[EntityFact],
) -> ClaimFact | None:
    """A sentence that asserts a checkable figure or dated event, scored by how checkable it is."""
    bounds = _trim_tokens(sentence)
    if bounds is None:
        return None
    doc = sentence.doc
    start = segment.offset + doc[bounds[0]].idx
    end = segment.offset + doc[bounds[1] - 1].idx + len(doc[bounds[1] - 1].text)
    text = context.text[start:end]
    if sentence.text.rstrip().endswith("?") or not any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return None
    inside = [
        f
        for f in valued
        if start <= f.start
        and f.end <= end
        # "recently" or "now" alone makes nothing checkable; a calendar date does.
        and (getattr(f, "type", "") != "date" or getattr(f, "value", "")[:1].isdigit())
    ]
    figures = [f for f in inside if getattr(f, "type", "") in ("money", "percent", "quantity")]
    if not inside:
        return None
    score = min(1.0, 0.4 + 0.25 * len(figures) + 0.1 * (len(inside) - len(figures)))
    if score < 0.5:
        return None
    return ClaimFact(
        id=fact_id(context.article_id, "claim", start, end),
        text=text,
        start=start,
        end=end,
        sentence=segment.sentence_of(sentence.start),
        paragraph=segment.paragraph,
        content=text,
        content_start=start,
        content_end=end,
        claim_type="factual",
        score=round(score, 2),
        fact_ids=_inside(start, end, valued, entity_facts),
    )
