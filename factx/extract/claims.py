"""Claim facts: who said what (attributed) and check-worthy factual statements.

Attributions are read off the dependency parse: a reporting verb with a subject (or a passive
agent) and a clausal complement, a reporting clause set off after the content ("..., Reuters
reported"), "according to X", and direct quotes next to a reporting verb.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from itertools import groupby
from typing import TYPE_CHECKING, Any

from factx.extract.base import Context, Segment, fact_id
from factx.records import ClaimFact, EntityFact, FactBase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUNS_THING = {"it", "they"}
_NOMINAL_ORG = {"company", "firm", "group", "service", "platform", "government", "ministry",
                "agency", "bank", "network", "app", "department", "administration"}  # fmt: skip
_QUOTES = "\"“”‘’'«»"
_FACT_KINDS = ("date", "money", "percent", "quantity")
_SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")


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


def _trim_tokens(doc_span: Span, words: bool = True) -> tuple[int, int] | None:
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
        regions = _quotations(doc)
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
            return _trim_tokens(doc[i + 2 : region[1]], words=False) if region else None
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
    content = _trim_tokens(doc[clause.left_edge.i : clause.right_edge.i + 1])
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
            return _trim_tokens(doc[start:end])
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
        return _trim_tokens(doc[sentence.start : start])
    # '"The best way," Schiff said, "is ..."', "Beyond that, he said, the bank may ...": a
    # reporting clause set inside its content.
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i > verb.i and has_subject and speech:
        v_start, v_end = _subtree_bounds(verb)
        before = doc[sentence.start : v_start]
        after = doc[v_end : sentence.end]
        return _trim_tokens(before if len(before) > len(after) else after)
    # "This was announced by X": what is announced is the sentence before. "The plan was
    # announced by X" is left alone: what follows the cue is no content of it.
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and any(c.dep_ == "agent" for c in verb.children):
        if passive.lower_ in _DEMONSTRATIVES and not list(passive.children):
            return PREVIOUS
        return None
    # '"What now?" she asked.', cut in two by the parser: the quotation is the sentence before.
    if speech and has_subject and verb.dep_ == "ROOT" and sentence.start > 0:
        quote_before = doc[sentence.start - 1].text in _DOUBLE_QUOTES or (
            doc[sentence.start].text in _DOUBLE_QUOTES
        )
        rest = [t for t in sentence if t.i > verb.i and not t.is_punct]
        if (
            quote_before
            and not rest
            and all(t.is_punct or t.i >= verb.left_edge.i for t in doc[sentence.start : verb.i])
        ):
            return _trim_tokens(doc[sentence.start - 1].sent)
    # "X accused them of violating ...", "X backs Clinton for president": what follows the cue.
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "prep", "dative")]
    if objects and (has_subject or _speaker(verb) is not None):
        end = max(c.right_edge.i for c in verb.children if c.i > verb.i and c.dep_ not in _BESIDE)
        return _trim_tokens(doc[verb.i + 1 : end + 1])
    # Not yet handled: "This was announced by X", whose content is the previous sentence.
    return None


@dataclass(frozen=True)
class Found:
    """An attribution read off the parse, in article character offsets."""

    cue: str
    cue_start: int
    cue_end: int
    speaker: tuple[int, int] | None
    content: tuple[int, int]  # PREVIOUS: the sentence before this one
    sentence: int
    paragraph: int
    direct: bool = False  # the content lies inside a double quotation


@dataclass(frozen=True)
class Sentence:
    """A body sentence: its bounds without edge punctuation, and what its parse said of it."""

    start: int
    end: int
    sentence: int
    paragraph: int
    statement: bool  # has a verb and is no question: it may assert something checkable
    attributed: bool
    # On a paragraph's first sentence: the content of the quotation the paragraph opens with
    # (the mark is its first character), up to its close or the paragraph's end.
    opens_quote: tuple[int, int] | None = None
    # On a paragraph's last sentence: the content of a quotation still open at its end.
    open_at_end: tuple[int, int] | None = None


_DOUBLE_QUOTES = {'"', "“", "”", "''", "«", "»", "``"}


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    """(open mark, close mark) token indexes of the double quotations of a paragraph; an
    unclosed one runs to the paragraph's end."""
    regions: list[tuple[int, int]] = []
    start: int | None = None
    for token in doc:
        text = token.text
        if text not in _DOUBLE_QUOTES:
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


def _whole_quotation(
    content: tuple[int, int], regions: list[tuple[int, int]], doc: Doc
) -> tuple[int, int]:
    """A content that starts or ends a quotation of several sentences is all of it."""
    start, end = content
    for q_open, q_close in regions:
        opens_here = q_open < start and all(doc[i].is_punct for i in range(q_open, start))
        closes_here = end <= q_close and all(doc[i].is_punct for i in range(end, q_close))
        if opens_here and not closes_here and q_close > end:
            bounds = _trim_tokens(doc[start:q_close])
            return bounds if bounds else content
        if closes_here and not opens_here and q_open + 1 < start:
            bounds = _trim_tokens(doc[q_open + 1 : end])
            return bounds if bounds else content
    return content


def _outermost(attributions: list[Attribution], quoted: set[int]) -> list[Attribution]:
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


def read_claims(segment: Segment) -> list[Found | Sentence]:
    """What claims need from one paragraph's parse, kept so the Doc can be dropped.

    Body paragraphs only: nothing is claimed in headlines, credits, bylines, footnotes or
    boilerplate.
    """
    if segment.zone != "body":
        return []
    doc = segment.doc
    offset = segment.offset
    found: list[Found | Sentence] = []
    regions = _quotations(doc)
    quoted = {i for q_open, q_close in regions for i in range(q_open + 1, q_close)}

    def chars(bounds: tuple[int, int]) -> tuple[int, int]:
        last = doc[bounds[1] - 1]
        return offset + doc[bounds[0]].idx, offset + last.idx + len(last.text)

    for sentence in doc.sents:
        index = segment.sentence_of(sentence.start)
        attributed = False
        for attribution in _outermost(list(find_attributions(sentence, regions)), quoted):
            speaker = attribution.speaker
            direct = False
            if attribution.content == PREVIOUS:
                content = PREVIOUS
            else:
                c_start, c_end = _whole_quotation(attribution.content, regions, doc)
                content = chars((c_start, c_end))
                direct = any(q_open < c_start and c_end <= q_close for q_open, q_close in regions)
            found.append(
                Found(
                    cue=attribution.cue,
                    cue_start=offset + attribution.cue_span[0],
                    cue_end=offset + attribution.cue_span[1],
                    speaker=(
                        (offset + speaker.start_char, offset + speaker.end_char)
                        if speaker is not None
                        else None
                    ),
                    content=content,
                    sentence=index,
                    paragraph=segment.paragraph,
                    direct=direct,
                )
            )  # fmt: skip
            attributed = True
        bounds = _trim_tokens(sentence)
        if bounds is None:
            continue
        statement = not sentence.text.rstrip().endswith("?") and any(
            t.pos_ in ("VERB", "AUX") for t in sentence
        )
        last = doc[bounds[1] - 1]
        found.append(
            Sentence(
                start=offset + doc[bounds[0]].idx,
                end=offset + last.idx + len(last.text),
                sentence=index,
                paragraph=segment.paragraph,
                statement=statement,
                attributed=attributed,
            )
        )
    return _mark_open_quotes(found, regions, doc, chars)


def _mark_open_quotes(
    found: list[Found | Sentence],
    regions: list[tuple[int, int]],
    doc: Doc,
    chars: Callable[[tuple[int, int]], tuple[int, int]],
) -> list[Found | Sentence]:
    """Note on the paragraph's first and last sentences a quotation it opens with and one left
    open at its end: news runs a quote over paragraphs that way."""
    at = [i for i, f in enumerate(found) if isinstance(f, Sentence)]
    if not at or not regions:
        return found
    first, last = regions[0], regions[-1]
    if all(t.is_space for t in doc[: first[0]]):
        bounds = _trim_tokens(doc[first[0] : first[1]], words=False)
        sentence = found[at[0]]
        if bounds is not None and isinstance(sentence, Sentence):
            found[at[0]] = replace(sentence, opens_quote=chars(bounds))
    if last[1] == len(doc):
        bounds = _trim_tokens(doc[last[0] : last[1]], words=False)
        sentence = found[at[-1]]
        if bounds is not None and isinstance(sentence, Sentence):
            found[at[-1]] = replace(sentence, open_at_end=chars(bounds))
    return found


_Row = tuple[int, int, Any]  # start, end and the fact (or the entity of a mention)


def _rows(items: Iterable[_Row]) -> tuple[list[_Row], list[int]]:
    rows = sorted(items, key=lambda row: row[0])
    return rows, [row[0] for row in rows]


def _within(rows: list[_Row], starts: list[int], start: int, end: int) -> list[Any]:
    """What the rows hold that lies inside [start, end): a binary search, then a short walk."""
    found = []
    for at in range(bisect_left(starts, start), len(rows)):
        r_start, r_end, item = rows[at]
        if r_start >= end:
            break
        if r_end <= end:
            found.append(item)
    return found


class _Index:
    """The article's facts and entity mentions by position, so that looking up what lies in a
    span costs a binary search rather than a scan: a huge article has many of both."""

    def __init__(self, facts: Sequence[FactBase]) -> None:
        self.valued, self.valued_starts = _rows(
            (f.start, f.end, f) for f in facts if getattr(f, "type", None) in _FACT_KINDS
        )
        self.mentions, self.mention_starts = _rows(
            (m.start, m.end, e) for e in facts if isinstance(e, EntityFact) for m in e.mentions
        )
        self.ends_by_label: dict[str, tuple[list[int], list[EntityFact]]] = {}
        for _, end, entity in sorted(self.mentions, key=lambda x: x[1]):
            ends, entities = self.ends_by_label.setdefault(entity.label, ([], []))
            ends.append(end)
            entities.append(entity)

    def valued_in(self, start: int, end: int) -> list[FactBase]:
        return _within(self.valued, self.valued_starts, start, end)

    def entities_in(self, start: int, end: int) -> list[EntityFact]:
        return _within(self.mentions, self.mention_starts, start, end)

    def last_before(self, start: int, labels: tuple[str, ...]) -> EntityFact | None:
        """The entity of the last mention with one of the labels that ends by `start`."""
        best: tuple[int, EntityFact] | None = None
        for label in labels:
            ends, entities = self.ends_by_label.get(label, ([], []))
            at = bisect_right(ends, start)
            if at and (best is None or ends[at - 1] > best[0]):
                best = (ends[at - 1], entities[at - 1])
        return best[1] if best else None

    def fact_ids(self, start: int, end: int) -> list[str]:
        ids = {f.id for f in self.valued_in(start, end)} | {
            e.id for e in self.entities_in(start, end)
        }
        return sorted(ids)


def _resolve_speaker(
    speaker: tuple[int, int] | None, context: Context, index: _Index
) -> tuple[str | None, str | None]:
    """The speaker's text and, where it names or points to an entity, that entity's id."""
    if speaker is None:
        return None, None
    start, end = speaker
    text = context.text[start:end]
    people = [e for e in index.entities_in(start, end) if e.label in _SPEAKER_LABELS]
    if people:
        # "TikTok CEO Shou Zi Chew": the person, not the company in the title.
        people.sort(key=lambda e: (e.label != "PERSON", 0))
        return text, people[0].entity_id
    words = text.lower().split()
    last = words[-1] if words else ""
    wanted: tuple[str, ...] = ()
    if text.lower() in _PRONOUNS_PERSON:
        wanted = ("PERSON",)
    elif text.lower() in _PRONOUNS_THING or (last in _NOMINAL_ORG and words[0] == "the"):
        wanted = ("ORG",)
    if wanted:
        before = index.last_before(start, wanted)
        if before is not None:
            return text, before.entity_id
    return text, None


def claims(
    readings: Iterable[Found | Sentence],
    context: Context,
    facts: Sequence[FactBase],
) -> Iterator[ClaimFact]:
    """Attributed and factual claims of the article's body (never of the headline).

    Args:
        readings: what `read_claims` kept of each paragraph, in order.
        context: the article.
        facts: the other facts of the article, for `fact_ids` and speaker entities.
    Yields:
        Claim facts: attributed ones with speaker, cue and content; factual ones with a score.
    """
    index = _Index(facts)
    before: Sentence | None = None  # the last sentence read: a sentence's own record follows
    carry: Found | None = None  # whose quotation was left open at the last paragraph's end
    for _, group in groupby(readings, key=lambda r: r.paragraph):
        records = list(group)
        continued, carry = _continued(records, carry)
        for found in records:  # its attributions
            if isinstance(found, Sentence):
                before = found
                inside = any(
                    found.start < end and start < found.end for (start, end), _ in continued
                )
                if found.statement and not found.attributed and not inside:
                    factual = _factual(found, context, index)
                    if factual is not None:
                        yield factual
                continue
            start, end = found.content
            if found.content == PREVIOUS:
                if before is None:
                    continue
                start, end = before.start, before.end
            text = context.text[start:end]
            quoted = found.direct or (text[:1] in _QUOTES and text[-1:] in _QUOTES)
            yield _attributed(context, index, found, start, end, found.sentence, quoted)
        for (start, end), found in continued:
            sentence = next(
                (r.sentence for r in records if isinstance(r, Sentence) and start < r.end),
                found.sentence,
            )
            yield _attributed(
                context, index, found, start, end, sentence, True, records[0].paragraph
            )


def _continued(
    records: list[Found | Sentence], carry: Found | None
) -> tuple[list[tuple[tuple[int, int], Found]], Found | None]:
    """Quotations of one paragraph that go on with a quote begun earlier, each with the
    attribution it goes on from, and the attribution of a quotation the paragraph leaves open.

    News runs a quote over paragraphs by leaving it open at a paragraph's end and reopening it
    at the next one's start: '"We will fight this," she said. "It is wrong.' then '"And we will
    win."'. A quotation with an attribution of its own goes on from nothing.
    """
    found = [r for r in records if isinstance(r, Found) and r.content != PREVIOUS]
    sentences = [r for r in records if isinstance(r, Sentence)]
    if not sentences:
        return [], None

    def own(span: tuple[int, int]) -> Found | None:
        return next((f for f in found if f.content[0] < span[1] and span[0] < f.content[1]), None)

    continued: list[tuple[tuple[int, int], Found]] = []
    opening, open_end = sentences[0].opens_quote, sentences[-1].open_at_end
    if opening is not None and carry is not None and own(opening) is None:
        continued.append((opening, carry))
    if open_end is None:
        return continued, None
    if opening is not None and open_end[0] == opening[0]:  # one quotation from start to end
        return continued, own(open_end) or (carry if continued else None)
    if (speaker := own(open_end)) is not None:
        return continued, speaker
    # '"We will fight this," she said. "It is wrong.': the speaker of the quote before.
    speaker = next((f for f in reversed(found) if f.direct and f.content[1] <= open_end[0]), None)
    if speaker is not None:
        continued.append((open_end, speaker))
    return continued, speaker


def _attributed(
    context: Context,
    index: _Index,
    found: Found,
    start: int,
    end: int,
    sentence: int,
    quoted: bool,
    paragraph: int | None = None,
) -> ClaimFact:
    """The claim of what `found` attributes, whose content runs from start to end."""
    speaker, speaker_id = _resolve_speaker(found.speaker, context, index)
    return _claim(
        context,
        start,
        end,
        sentence,
        found.paragraph if paragraph is None else paragraph,
        index,
        speaker=speaker,
        speaker_entity_id=speaker_id,
        cue=found.cue,
        cue_start=found.cue_start,
        cue_end=found.cue_end,
        speaker_start=found.speaker[0] if found.speaker else None,
        speaker_end=found.speaker[1] if found.speaker else None,
        claim_type="attributed",
        quote="direct" if quoted else "indirect",
    )


def _claim(
    context: Context,
    start: int,
    end: int,
    sentence: int,
    paragraph: int,
    index: _Index,
    **fields: Any,
) -> ClaimFact:
    """A claim whose content is the text from start to end."""
    text = context.text[start:end]
    return ClaimFact(
        id=fact_id(context.article_id, "claim", start, end),
        text=text,
        start=start,
        end=end,
        sentence=sentence,
        paragraph=paragraph,
        content=text,
        content_start=start,
        content_end=end,
        fact_ids=index.fact_ids(start, end),
        **fields,
    )


def _factual(sentence: Sentence, context: Context, index: _Index) -> ClaimFact | None:
    """A sentence that asserts a checkable figure or dated event, scored by how checkable it is."""
    start, end = sentence.start, sentence.end
    inside = [
        f
        for f in index.valued_in(start, end)
        # "recently" or "now" alone makes nothing checkable; a calendar date does.
        if getattr(f, "type", "") != "date" or getattr(f, "value", "")[:1].isdigit()
    ]
    figures = [f for f in inside if getattr(f, "type", "") in ("money", "percent", "quantity")]
    if not inside:
        return None
    score = min(1.0, 0.4 + 0.25 * len(figures) + 0.1 * (len(inside) - len(figures)))
    if score < 0.5:
        return None
    return _claim(
        context,
        start,
        end,
        sentence.sentence,
        sentence.paragraph,
        index,
        claim_type="factual",
        score=round(score, 2),
    )
