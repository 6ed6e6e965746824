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

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.claims import Found, Sentence

Span = tuple[int, int]


@dataclass
class Run:
    """Quoted words going on with `found`'s speech: `joined` ones lengthen the content of a
    direct quote of the same paragraph (one quotation broken by its reporting clause), a
    `head` one from before it (the first part, '"A," he said, "B."'); the others are claims of
    their own, direct, with `found`'s speaker and cue."""

    start: int
    end: int
    found: Found
    joined: bool
    head: bool = False


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
    index = _Index(found, sentences)
    out: list[Run] = []
    for span in spans:
        if index.own(span) is not None:
            continue  # a quotation with a reporting clause of its own goes on from nothing
        if (clause := index.clause_after(span)) is not None:
            # '"...," he will say before arguing ...': its clause, whose content the parse
            # took elsewhere, follows it in its sentence.
            # A direct quote after the clause ('"A," he said, "B."') is one content broken by
            # it, which starts with the first part: no claim of its own for it, nor anyone
            # else's, and no quote that loses its opening words.
            if clause.direct:
                out.append(Run(span[0], span[1], clause, joined=True, head=True))
            else:
                out.append(Run(span[0], span[1], clause, joined=False))
            continue
        if span == opening:  # the paragraph opens with it: the paragraph before's speech
            if carry is not None:
                out.append(Run(span[0], span[1], carry, joined=False))
            continue
        anchor = index.anchor(span, out[-1] if out else None)
        if isinstance(anchor, Run) and not anchor.joined:
            anchor.end = span[1]  # '"A." "B."' after 'He said X.': one quotation of his
        elif anchor is not None:
            speech = anchor.found if isinstance(anchor, Run) else anchor
            # A quotation left open at the paragraph's end is a claim of its own, as the
            # paragraphs it runs over are; one that goes on in the clause's own sentence
            # ('Mrs Trump said she believes X: "They want ..."') lengthens its content.
            joined = speech.direct or (isinstance(anchor, Run) or not index.opens(span))
            # Past what someone else did not say, it is a quotation of its own, not one broken
            # by its reporting clause.
            joined = joined and not index.unsaid_between(anchor, span)
            out.append(Run(span[0], span[1], speech, joined=joined and span != open_end))
    return out, _going_on(index, found, out, last, open_end, opening, carry)


def _going_on(
    index: _Index,
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
    if open_end is not None and (own := index.own(open_end)) is not None:
        return own
    if open_end is not None and opening is not None and open_end[0] == opening[0]:
        return carry if out else None  # one quotation from its start to its end
    ends = [(run.end, run.found) for run in out[-1:] if run.end >= last.start]
    ends += [(f.cue_end, f) for f in found[-1:] if f.cue_start >= last.start]
    return max(ends, key=lambda e: e[0])[1] if ends else None


class _Index:
    """A paragraph's attributions and sentence starts, sorted once, so that each quotation is
    read against them by bisection: linear in a long paragraph of many quotations."""

    def __init__(self, found: list[Found], sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        # By content start, with the running furthest content end: whose content overlaps.
        self.by_content = sorted(found, key=lambda f: (f.content, f.cue_start))
        self.content_starts = [f.content[0] for f in self.by_content]
        self.reach: list[Found] = []
        for f in self.by_content:
            furthest = self.reach[-1] if self.reach else None
            self.reach.append(
                f if furthest is None or f.content[1] > furthest.content[1] else furthest
            )
        # By cue: whose clause stands where.
        self.by_cue = sorted(found, key=lambda f: (f.cue_start, f.content))
        self.cue_starts = [f.cue_start for f in self.by_cue]
        # By where the attribution ends (its content or its cue, the later): the nearest before.
        self.by_end = sorted(found, key=lambda f: (_end(f), f.cue_start))
        self.ends = [_end(f) for f in self.by_end]

    def opens(self, span: Span) -> bool:
        """Whether a quotation opens a sentence of the parse."""
        k = bisect_left(self.starts, span[0])
        return k < len(self.starts) and self.starts[k] == span[0]

    def own(self, span: Span) -> Found | None:
        """The attribution whose content overlaps a quotation: its own reporting clause."""
        k = bisect_left(self.content_starts, span[1])
        if k and self.reach[k - 1].content[1] > span[0]:
            return self.reach[k - 1]
        return None

    def clause_after(self, span: Span) -> Found | None:
        """The attribution whose cue follows a quotation in the sentence it ends in."""
        k = bisect_left(self.starts, span[1]) - 1
        if k < 0 or self.sentences[k].end + 1 < span[1]:
            return None
        j = bisect_left(self.cue_starts, span[1])
        if j < len(self.by_cue) and self.by_cue[j].cue_start < self.sentences[k].end:
            return self.by_cue[j]
        return None

    def unsaid_between(self, anchor: Found | Run, span: Span) -> bool:
        """Whether the cue of what someone did not say stands between an anchor and a
        quotation."""
        end = anchor.end if isinstance(anchor, Run) else _end(anchor)
        j = bisect_left(self.cue_starts, end)
        k = bisect_left(self.cue_starts, span[0], lo=j)
        return any(_unsaid(f) for f in self.by_cue[j:k])

    def anchor(self, span: Span, last: Run | None) -> Found | Run | None:
        """What a quotation goes on from: the nearest attribution or run before it, if nothing
        stands between but the end of its sentence (no sentence of its own, which may name
        someone else: '"...," he said. OBAMA FOCUSED "ON HIS GOLF GAME"' goes on with nothing;
        no one else's cue)."""
        k = bisect_right(self.ends, span[0])
        # What someone did not say is no speech a quotation goes on with ('"...," McCaul said,
        # though officials haven't said the FBI is reopening it. "Remember, ..."': McCaul's).
        while k and _unsaid(self.by_end[k - 1]):
            k -= 1
        nearest: Found | Run | None = self.by_end[k - 1] if k else None
        end = self.ends[k - 1] if k else -1
        if last is not None and last.end >= end:
            nearest, end = last, last.end
        if nearest is None:
            return None
        speech = nearest.found if isinstance(nearest, Run) else nearest
        j = bisect_left(self.cue_starts, end)
        while j < len(self.by_cue) and self.by_cue[j].cue_start < span[0]:
            if self.by_cue[j].speaker != speech.speaker and not _unsaid(self.by_cue[j]):
                return None  # "said Tom Vilsack, pointing to ...": the same speaker's may go on
            j += 1
        if bisect_left(self.starts, span[0]) > bisect_right(self.starts, end):
            return None
        return nearest


def _unsaid(found: Found) -> bool:
    """Whether an attribution says what someone did not say ("haven't said", "refused to
    say"); one who denies or rejects something still speaks."""
    return found.stance[0] == "negative" and found.stance[1] != "denied"


def _end(found: Found) -> int:
    return max(found.content[1], found.cue_end)


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


def beyond(found: list[Found], sentences: list[Sentence]) -> list[Span]:
    """The parts of attributed contents outside their own sentence: a sentence is factual or
    not by what it says itself, not because another's content reaches into it."""
    bounds = {s.sentence: (s.start, s.end) for s in sentences}
    out: list[Span] = []
    for f in found:
        start, end = bounds.get(f.sentence, (f.content[1], f.content[1]))
        if f.content[0] < start:
            out.append((f.content[0], min(f.content[1], start)))
        if f.content[1] > end:
            out.append((max(f.content[0], end), f.content[1]))
    return out
