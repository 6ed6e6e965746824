"""Quotations with no reporting clause of their own that go on with someone's speech.

News runs a quote on: after the speaker's own quote ('"We will fight this," she said. "It is
wrong."'), after a reporting clause that says it in other words ('Mr Smith said the firm would
cut jobs. "We have had a tough year."'), and over paragraphs, left open at a paragraph's end and
reopened at the next one's start, or as a paragraph that is only a quotation right after one
that ends with someone's attribution. Each such quotation is that speaker's, with that cue.

Everything here reads offsets the claims kept of one paragraph (`claims.Found`,
`claims.Sentence`): one pass over the paragraph's quotations, each against the anchors before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.claims import Found, Sentence

Span = tuple[int, int]


@dataclass
class Run:
    """Quoted words going on with `found`'s speech: `joined` ones lengthen the content of a
    direct quote of the same paragraph (one quotation broken by its reporting clause); the
    others are claims of their own, direct, with `found`'s speaker and cue."""

    start: int
    end: int
    found: Found
    joined: bool


def runs(
    found: list[Found], sentences: list[Sentence], carry: Found | None
) -> tuple[list[Run], Found | None]:
    """The quotations of one paragraph that go on with someone's speech, and the attribution
    whose speech is still going on at the paragraph's end (`carry` is that of the paragraph
    before).

    Args:
        found: the paragraph's attributions with a content of their own, in text order.
        sentences: the paragraph's sentences, in text order.
        carry: the attribution whose speech the paragraph before ended with.
    Returns:
        The runs in text order, and the attribution the next paragraph may go on from.
    """
    if not sentences:
        return [], None
    first, last = sentences[0], sentences[-1]
    opening, open_end = first.opens_quote, last.open_at_end
    spans = sorted({s for s in (opening, *first.quotes, open_end) if s is not None})
    out: list[Run] = []
    for span in spans:
        if _own(span, found) is not None:
            continue  # a quotation with a reporting clause of its own goes on from nothing
        if (clause := _clause_after(span, found, sentences)) is not None:
            # '"...," he will say before arguing ...': its clause, whose content the parse
            # took elsewhere, follows it in its sentence.
            # A direct quote after the clause ('"A," he said, "B."') is one content broken by
            # it: no claim of its own for the first part, nor anyone else's.
            if not clause.direct:
                out.append(Run(span[0], span[1], clause, joined=False))
            continue
        if span == opening:  # the paragraph opens with it: the paragraph before's speech
            if carry is not None:
                out.append(Run(span[0], span[1], carry, joined=False))
            continue
        anchor = _anchor(span, found, out, sentences)
        if isinstance(anchor, Run) and not anchor.joined:
            anchor.end = span[1]  # '"A." "B."' after 'He said X.': one quotation of his
        elif anchor is not None:
            speech = anchor.found if isinstance(anchor, Run) else anchor
            # A quotation left open at the paragraph's end is a claim of its own, as the
            # paragraphs it runs over are.
            out.append(Run(span[0], span[1], speech, joined=speech.direct and span != open_end))
    return out, _going_on(found, out, last, open_end, opening, carry)


def _going_on(
    found: list[Found],
    out: list[Run],
    last: Sentence,
    open_end: Span | None,
    opening: Span | None,
    carry: Found | None,
) -> Found | None:
    """Whose speech a paragraph ends with: the speaker of a quotation left open at its end, or
    of an attribution or run in its last sentence ('"...," Mr Ellis said.' or 'Mr Cartagena said
    the industry expects ...' then a paragraph '"With these investments, ..."')."""
    if open_end is not None and (own := _own(open_end, found)) is not None:
        return own
    if open_end is not None and opening is not None and open_end[0] == opening[0]:
        return carry if out else None  # one quotation from its start to its end
    ends = [(run.end, run.found) for run in out if run.end >= last.start]
    ends += [(f.cue_end, f) for f in found[-1:] if f.cue_start >= last.start]
    return max(ends, key=lambda e: e[0])[1] if ends else None


def _own(span: Span, found: list[Found]) -> Found | None:
    """The attribution whose content overlaps a quotation: its own reporting clause."""
    return next((f for f in found if f.content[0] < span[1] and span[0] < f.content[1]), None)


def _clause_after(span: Span, found: list[Found], sentences: list[Sentence]) -> Found | None:
    """The attribution whose cue follows a quotation in the sentence it ends in."""
    end = next((s.end for s in sentences if s.start < span[1] <= s.end + 1), None)
    if end is None:
        return None
    return next((f for f in found if span[1] <= f.cue_start < end), None)


def _anchor(
    span: Span, found: list[Found], out: list[Run], sentences: list[Sentence]
) -> Found | Run | None:
    """What a quotation goes on from: the nearest attribution or run before it, if nothing
    stands between but the end of its sentence (no sentence of its own, which may name someone
    else: '"...," he said. OBAMA FOCUSED "ON HIS GOLF GAME"' goes on with nothing; no one
    else's cue)."""
    before: list[tuple[int, Found | Run]] = [
        (end, f) for f in found if (end := max(f.content[1], f.cue_end)) <= span[0]
    ]
    before += [(run.end, run) for run in out if run.end <= span[0]]
    if not before:
        return None
    end, anchor = max(before, key=lambda b: b[0])
    speech = anchor.found if isinstance(anchor, Run) else anchor
    if any(
        f.speaker != speech.speaker and end <= f.cue_start < span[0] for f in found
    ):  # "said Tom Vilsack, pointing to ...": the same speaker's clause may go on
        return None
    if any(end < s.start < span[0] for s in sentences):
        return None
    return anchor


def covered(sentences: list[Sentence], spans: list[Span]) -> set[int]:
    """The `sentence` numbers of the sentences that share text with a span: part of what
    someone is quoted saying ('"Sales fell 20%. We must act," said Mr Smith.'), so no factual
    claims of their own. One sweep over both, each sorted: linear in a long paragraph."""
    ordered = sorted(spans)
    out: set[int] = set()
    reach, j = -1, 0  # the furthest end of the spans that start before the sentence ends
    for sentence in sentences:
        while j < len(ordered) and ordered[j][0] < sentence.end:
            reach = max(reach, ordered[j][1])
            j += 1
        if reach > sentence.start:
            out.add(sentence.sentence)
    return out
