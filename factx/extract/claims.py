"""Claim facts: who said what (attributed) and check-worthy factual statements.

`read_claims` keeps what one paragraph's parse says of its attributions and sentences (the
rules are in `attribution.py`), so that the Doc can be dropped; `claims` turns an article's
readings into records once all its facts are known: speakers resolved (`speakers.py`),
quotations followed over paragraphs, and check-worthy sentences scored (`checkworthy.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import groupby
from typing import TYPE_CHECKING, Any

from factx.extract import (
    antecedents,
    checkworthy,
    content_marks,
    impersonal,
    misparsed,
    polls,
    quote_runs,
    stance,
)
from factx.extract.attribution import (
    PREVIOUS,
    VERB_GROUP_BEFORE,
    Attribution,
    antecedent,
    cue_with_preposition,
    deeds,
    find_attributions,
    outermost,
    speaker_core,
    trim_tokens,
    whole_quotation,
)
from factx.extract.base import Context, Segment, fact_id
from factx.extract.headlines import acted_upon, label, says, sentence_case
from factx.extract.lookup import FactIndex
from factx.extract.quotations import quotations, reopenings
from factx.extract.spans import doc_text
from factx.extract.speakers import Speakers
from factx.records import ClaimFact, FactBase, Modality, Polarity, QuoteKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_QUOTES = "\"“”‘’'«»"


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
    mixed: bool = False  # the content quotes some words of its own ('it would be "a disaster"')
    signals: checkworthy.Signals | None = None  # of the content: how check-worthy it reads
    speaker_core: tuple[tuple[int, int], ...] = ()  # the head and naming words of the speaker
    refers: tuple[int, int] | None = None  # what a relative pronoun speaker ("which") stands for
    stance: tuple[Polarity, Modality] = ("positive", "asserted")  # read off the cue
    # The whole sentence's signals (a cue of saying adds nothing to them) and its bounds: a
    # claim is as check-worthy as its content or the sentence that reports it.
    whole: tuple[checkworthy.Signals, tuple[int, int]] | None = None
    # Of a "he"/"she" speaker: where the person named as a subject before it in its sentence
    # is (head and naming words, head first), whom it means ('When Emily Martin spoke, she').
    subject_before: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Sentence:
    """A body sentence: its bounds without edge punctuation, and what its parse said of it."""

    start: int
    end: int
    sentence: int
    paragraph: int
    statement: bool  # no question, with a verb or a figure: it may assert something checkable
    attributed: bool
    signals: checkworthy.Signals | None = None  # of a statement: how check-worthy it reads
    stance: tuple[Polarity, Modality] = ("positive", "asserted")  # read off its main verb
    # On a paragraph's first sentence: the content of the quotation the paragraph opens with
    # (the mark is its first character), up to its close or the paragraph's end.
    opens_quote: tuple[int, int] | None = None
    # On a paragraph's last sentence: the content of a quotation still open at its end.
    open_at_end: tuple[int, int] | None = None
    # On a paragraph's first sentence: the contents of the quotations that open a sentence of
    # it ('"It is wrong."' after '"We will fight this," she said.').
    quotes: tuple[tuple[int, int], ...] = ()
    # Where its main verb's subject names someone (head first): whom a "he" after it may mean.
    subject: tuple[tuple[int, int], ...] = ()


def read_claims(
    segment: Segment, parse: Callable[[str], Doc] | None = None
) -> list[Found | Sentence]:
    """What claims need from one paragraph's parse, kept so the Doc can be dropped.

    Body paragraphs, and the attributions of a headline ("Obama says Trump ..."): nothing is
    claimed in credits, bylines, footnotes or boilerplate, and no headline is a check-worthy
    statement. `parse` reparses a Title Case headline in sentence case (see headlines.py).
    """
    if segment.zone not in ("body", "headline"):
        return []
    doc = segment.doc
    if segment.zone == "headline" and parse is not None:
        recased = sentence_case(doc)
        if recased is not None:
            doc = parse(recased)
    offset = segment.offset
    found: list[Found | Sentence] = []
    regions = quotations(doc)
    quoted = {i for q_open, q_close in regions for i in range(q_open + 1, q_close)}

    def chars(bounds: tuple[int, int]) -> tuple[int, int]:
        last = doc[bounds[1] - 1]
        return offset + doc[bounds[0]].idx, offset + last.idx + len(last.text)

    printed = doc_text(segment.doc) if segment.zone == "headline" else None
    polled = polls.mentioned(doc_text(doc))
    read = [
        (sentence, outermost(_attributions(sentence, regions, printed, polled), quoted))
        for sentence in doc.sents
    ]
    shared = _shared_quotations([a for _, found_here in read for a in found_here], regions, doc)
    for sentence, attributions in read:
        index = segment.sentence_of(sentence.start)
        attributed = False
        for attribution in attributions:
            speaker = attribution.speaker
            if speaker is not None:  # "Hugh Hill, a doctor at the clinic, said": no comma
                speaker = _trimmed(speaker)
            if speaker is not None:  # ... but the comma that closes his title
                speaker = _closing_comma(speaker, attribution.cue_span[0], attribution.cue_token)
            direct = mixed = False
            signals = None
            whole = None
            if attribution.content == PREVIOUS:
                content = PREVIOUS
            else:
                signals = checkworthy.signals(doc[attribution.content[0] : attribution.content[1]])
                # "My opponent voted against the ban": a deed counts as what it reports; a cue of
                # saying does not ("In 2015, Trump said the wall would cost $8 billion").
                cue = None if attribution.cue in deeds() else attribution.cue_token
                reporting = trim_tokens(attribution.sentence) or attribution.content
                whole = checkworthy.signals(attribution.sentence, cue=cue), chars(reporting)
                c_start, c_end = shared.get(id(attribution)) or whole_quotation(
                    attribution.content, regions, doc
                )
                direct = any(q_open < c_start and c_end <= q_close for q_open, q_close in regions)
                if not direct:
                    c_start, c_end = _balanced(c_start, c_end, regions, doc)
                    # A quoted phrase of its own, not a quoted name ('a team called "USDS"').
                    mixed = any(
                        c_start <= q_open < c_end
                        and sum(t.is_alpha for t in doc[q_open:q_close]) > 1
                        for q_open, q_close in regions
                    )
                content = chars((c_start, c_end))
            cue_stance = stance.of_cue(doc[attribution.cue_token], direct=direct)
            before = (
                antecedents.subject_before(speaker[0], quoted)
                if speaker is not None and len(speaker) == 1
                else None
            )
            before_core = (
                speaker_core(doc[before.left_edge.i : before.i + 1]) if before is not None else []
            )
            cue_span = cue_with_preposition(attribution)
            found.append(
                Found(
                    cue=attribution.cue,
                    cue_start=offset + cue_span[0],
                    cue_end=offset + cue_span[1],
                    speaker=(
                        (offset + speaker.start_char, offset + speaker.end_char)
                        if speaker is not None
                        else None
                    ),
                    content=content,
                    sentence=index,
                    paragraph=segment.paragraph,
                    direct=direct,
                    mixed=mixed,
                    signals=signals,
                    speaker_core=tuple(
                        (offset + start, offset + end)
                        for start, end in speaker_core(antecedent(speaker))
                    )
                    if speaker is not None
                    else (),
                    refers=(
                        (offset + refers.start_char, offset + refers.end_char)
                        if speaker is not None and (refers := antecedent(speaker)) != speaker
                        else None
                    ),
                    stance=cue_stance,
                    whole=whole,
                    subject_before=tuple((offset + s, offset + e) for s, e in before_core),
                )
            )  # fmt: skip
            # A noun of saying in an aside ("..., a move that prompted calls of outrage from
            # investors") reports something of its own; the sentence still asserts its main
            # clause, which may be check-worthy.
            attributed = attributed or not _aside(doc[attribution.cue_token])
        if segment.zone != "body":
            continue
        bounds = trim_tokens(sentence)
        if bounds is None:
            continue
        statement = not sentence.text.rstrip().endswith("?") and (
            any(t.pos_ in ("VERB", "AUX") for t in sentence) or _telegraphic(sentence)
        )
        last = doc[bounds[1] - 1]
        # Nothing reads the signals of an attributed sentence that attributes a content of its
        # own: it is no factual claim, its claims are scored on what they attribute, and a
        # later "This was announced by X" reads that content (`told` in `claims`).
        scored = statement and not (attributed and any(a.content != PREVIOUS for a in attributions))
        subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
        # Only a subject that may name a person, in its head or a word beside it, is kept: a
        # word the model tags a person, or a proper noun, whose entity the speakers look up
        # ("Mr Mubanga, who has dual British and Zambian nationality, was ...": no person to
        # the model in this sentence, a person to the article). Not one inside a quotation
        # ('"Brown has done well." He added' is still the speaker), nor one inside what the
        # sentence attributes ("he said Mr Blair had lost the trust").
        told = subject is not None and any(
            a.content != PREVIOUS and a.content[0] <= subject.i < a.content[1] for a in attributions
        )
        named = (
            subject is not None
            and subject.i not in quoted
            and not told
            and any(
                t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in (subject, *subject.children)
            )
        )
        subject_core = (
            speaker_core(doc[subject.left_edge.i : subject.right_edge.i + 1])
            if subject is not None and named
            else []
        )
        found.append(
            Sentence(
                start=offset + doc[bounds[0]].idx,
                end=offset + last.idx + len(last.text),
                subject=tuple((offset + s, offset + e) for s, e in subject_core),
                sentence=index,
                paragraph=segment.paragraph,
                statement=statement,
                attributed=attributed,
                signals=checkworthy.signals(sentence) if scored else None,
                stance=stance.of_statement(sentence.root),
            )
        )
    return _mark_open_quotes(found, regions, doc, chars)


_ASIDES = frozenset({"relcl", "appos", "acl"})


def _aside(cue: Token) -> bool:
    """Whether a cue is a noun inside a relative clause, apposition or participle phrase."""
    return cue.pos_ == "NOUN" and any(t.dep_ in _ASIDES for t in (cue, *cue.ancestors))


# A comparative or superlative: "More Americans at work today than ever".
_COMPARING = frozenset({"JJR", "RBR", "JJS", "RBS"})


def _telegraphic(sentence: Span) -> bool:
    """A sentence without a verb that states a figure or a comparison ("22 million new jobs,
    very low unemployment", "Health insurance premiums, up $2,500.", "The worst inflation since
    the Great Depression."): a claim in shorthand, as check-worthy as one with a verb. A verbless
    phrase without either ("The debt and the deficit.") asserts nothing."""
    return any(t.like_num or t.tag_ in _COMPARING for t in sentence)


_SEPARATORS = frozenset({",", ";", ":", "-", "–", "—", "."})
# Quotation marks the parser may hang on a speaker's name: '"... the oil price," Emmanuel Ferry,
# from Exane BNP Paribas told' gives the closing mark to "Ferry". An apostrophe is left alone
# at the end (a plural's possessive).
_OPENING_MARKS = frozenset({'"', "“", "”", "‘", "'", "``", "''"})
_CLOSING_MARKS = frozenset({'"', "“", "”", "``", "''"})
_SENTENCE_ENDS = frozenset({".", "?", "!", ":"})


def _trimmed(span: Span) -> Span | None:
    """The span without separating punctuation at its edges; brackets stay ("Sen. Ron Johnson
    (R-Wis.)")."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].text in _SEPARATORS
        or doc[start].is_space
        or (doc[start].text in _OPENING_MARKS and not _a_mark_in(doc, start + 1, end))
    ):
        start += 1
    # "confirmed by strategists in both parties and in some instances updated": no "and";
    # "Isikoff\xa0told": no space the tokenizer made a token of its own.
    while end > start and (
        doc[end - 1].text in _SEPARATORS
        or doc[end - 1].lower_ in ("and", "or")
        or doc[end - 1].is_space
        or (doc[end - 1].text in _CLOSING_MARKS and not _a_mark_in(doc, start, end - 1))
    ):
        end -= 1
    return doc[start:end] if end > start else None


def _closing_comma(speaker: Span, cue_start: int, cue_token: int) -> Span:
    """A speaker set off by commas before its verb keeps the comma that closes it: "Mark Kelly,
    a retired astronaut, said", "Both candidates, Clinton and Trump, have said". PolNeAR's
    sources end there (41 of the 47 such sources of its dev copy), as a reader sees the phrase
    end; the verb's other cues share it ("..., wrote on Twitter ... and added"). One without a
    comma of its own ("Mr Smith, who ..., said": its clause is cut), one after its verb
    ('..., said Tom Vilsack, the secretary, pointing to') is left as it is."""
    doc = speaker.doc
    if speaker.end + 1 >= len(doc) or doc[speaker.end].text != ",":
        return speaker
    if not any(t.text == "," for t in speaker):
        return speaker
    root, after = speaker.root, doc[speaker.end + 1]
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.i > speaker.end:
        verb = root.head  # the word after the comma opens its verb's group
        if after.i == verb.i or (after.head.i == verb.i and after.dep_ in VERB_GROUP_BEFORE):
            return doc[speaker.start : speaker.end + 1]
        return speaker
    # "Sen. John Thune, a member of the leadership, called on him": the model hangs the verb
    # off the name; the cue is right after the comma.
    if cue_token >= 0 and doc[cue_token].head.i == root.i and cue_start == after.idx:
        return doc[speaker.start : speaker.end + 1]
    return speaker


def _a_mark_in(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] holds a quotation mark: one at a speaker's edge is kept when it
    pairs with another inside (the nickname of 'Jim "Bulldog" Smith')."""
    return any(doc[i].text in _OPENING_MARKS for i in range(start, end))


def _attributions(
    sentence: Span, regions: list[tuple[int, int]], printed: str | None, polled: bool
) -> list[Attribution]:
    """What the parse attributes in a sentence, the reporting clauses it misparsed, what is
    attributed to nobody named ("reportedly", "it emerged that"), what polls
    find (if the paragraph names one: `polled`) and, in a headline (`printed`: its text as
    printed), a label ("McCaul: ...")."""
    found = list(find_attributions(sentence, regions))
    found += misparsed.clauses(sentence, regions, found)
    found += impersonal.attributions(sentence, found)
    if polled:
        found += polls.attributions(sentence, found)
    found = [_named_before_title(a) for a in found]
    if printed is not None:
        # "Apple attacked over sources row": Apple is attacked, by nobody named (headlines.py).
        found = [p for p in (_unnamed_in_headline(a, sentence.doc) for a in found) if p]
    if printed is None or found:
        return found
    # Nothing read off the parse of a headline: a label, or a name and its verb.
    headline = label(sentence, printed) or says(sentence, printed)
    return [headline] if headline is not None else []


def _named_before_title(attribution: Attribution) -> Attribution:
    """'"...," Armando Falcon, OFHEO director said', '"...," Dr Mike Watts head of exploration
    said': the model makes the title the verb's subject and leaves the name before it, between
    the closing mark and the title, out of the speaker; the speaker runs from the name, as
    '"...," said Victor Shum, an analyst' gives both. Only a title (a common noun's phrase)
    right after a name that is right after a quotation's closing mark and its comma or stop."""
    speaker = attribution.speaker
    if speaker is None or speaker.root.pos_ != "NOUN" or attribution.cue_token < speaker.end:
        return attribution
    doc = speaker.doc
    at = speaker.start - 1
    if at >= 0 and doc[at].text == ",":
        at -= 1
    name_end = at
    while at >= 0 and doc[at].pos_ == "PROPN" and doc[at].text[:1].isupper():
        at -= 1
    if at == name_end or at < 1 or doc[at].text not in _CLOSING_MARKS:
        return attribution
    if doc[at - 1].text not in (",", ".", "!", "?"):
        return attribution
    start, end = attribution.content
    if start <= at < end:  # '"Prices will rise," Pierre Dupont': the name is no part of it
        end = at + 1
    return replace(attribution, speaker=doc[at + 1 : speaker.end], content=(start, end))


def _unnamed_in_headline(attribution: Attribution, doc: Doc) -> Attribution | None:
    """A headline's attribution, its speaker dropped where the name before a bare participle
    is the one acted upon (`acted_upon`): "Apple attacked over sources row". "Ossie Davis found
    dead", whose content is an adjective, is no claim, as "was found dead" is none."""
    speaker, at = attribution.speaker, attribution.cue_token
    if speaker is None or at < 0 or speaker.end > at or not acted_upon(doc[at]):
        return attribution
    start = attribution.content[0]
    if doc[start].pos_ == "ADJ" and doc[start].head.i == at:
        return None
    return replace(attribution, speaker=None)


def _shared_quotations(
    attributions: list[Attribution], regions: list[tuple[int, int]], doc: Doc
) -> dict[int, tuple[int, int]]:
    """Split a quotation that two reporting clauses share where it is reopened: in 'Sam
    Younger said: "A. "B," he said.' the straight marks pair as one quotation, but A is what
    the colon introduces and B what "he said" follows (two paragraphs the corpus joined)."""
    by_content: dict[tuple[int, int], list[Attribution]] = {}
    for attribution in attributions:
        if attribution.content != PREVIOUS:
            bounds = whole_quotation(attribution.content, regions, doc)
            by_content.setdefault(bounds, []).append(attribution)
    split: dict[int, tuple[int, int]] = {}
    for (start, end), sharing in by_content.items():
        region = next((r for r in regions if r[0] < start and end <= r[1]), None)
        if len(sharing) != 2 or region is None:
            continue
        marks = [i for i in reopenings(doc, *region) if start < i < end]
        first, second = sorted(sharing, key=lambda a: a.cue_token)
        before = trim_tokens(doc[start : marks[-1]], words=False) if marks else None
        after = trim_tokens(doc[marks[-1] + 1 : end], words=False) if marks else None
        if before is not None and after is not None:
            split[id(first)], split[id(second)] = before, after
    return split


def _balanced(start: int, end: int, regions: list[tuple[int, int]], doc: Doc) -> tuple[int, int]:
    """Token bounds that keep both marks of a quotation the content opens or closes with
    ('its "trusted technology provider,"', not 'its "trusted technology provider'), and the
    whole of a quotation the content begins inside of: '"The slump ended in 2004. But the upturn
    is still not strong enough" to boost jobs, Mr Weise added' (the parser split the quote)."""
    for q_open, q_close in regions:
        closes = end <= q_close < len(doc) and all(doc[i].is_punct for i in range(end, q_close))
        if start <= q_open < end and closes:
            end = q_close + 1
        if q_open < start <= q_close < end:
            start = q_open
    return start, end


def _after_full_stop(doc: Doc, q_open: int) -> bool:
    """Whether a quotation opens a sentence the parser did not split off: after a full stop,
    also one an abbreviation swallowed ('the director of the A.F.L.-C.I.O. "We have ...'), with
    a capital ('the U.S. "special relationship"' opens none)."""
    before = doc[q_open - 1].text
    if before in _SENTENCE_ENDS:
        return True
    return before[-1:] in _SENTENCE_ENDS and q_open + 1 < len(doc) and doc[q_open + 1].is_title


def _speech(doc: Doc, q_open: int, q_close: int) -> bool:
    """Whether a quotation that opens a sentence reads as someone's words: it has a verb, or
    it is a sentence of its own ('"Absolutely not."'); not a title or scare quote that the
    sentence goes on after ('"In my day" type arguments are ...')."""
    if any(t.pos_ in ("VERB", "AUX") for t in doc[q_open + 1 : q_close]):
        return True
    after = doc[q_close + 1] if q_close + 1 < len(doc) else None
    ends = doc[q_close - 1].text in _SENTENCE_ENDS or doc[q_close - 1].text == ","
    return after is None or after.is_space or after.is_sent_start or ends


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
    opening = [
        bounds
        for q_open, q_close in regions
        if q_open == 0 or doc[q_open].is_sent_start or _after_full_stop(doc, q_open)
        if _speech(doc, q_open, q_close)
        if (bounds := trim_tokens(doc[q_open:q_close], words=False)) is not None
    ]
    head = found[at[0]]
    if opening and isinstance(head, Sentence):
        found[at[0]] = replace(head, quotes=tuple(chars(bounds) for bounds in opening))
    if all(t.is_space for t in doc[: first[0]]) and _speech(doc, *first):
        bounds = trim_tokens(doc[first[0] : first[1]], words=False)
        sentence = found[at[0]]
        if bounds is not None and isinstance(sentence, Sentence):
            found[at[0]] = replace(sentence, opens_quote=chars(bounds))
    if last[1] == len(doc):
        bounds = trim_tokens(doc[last[0] : last[1]], words=False)
        sentence = found[at[-1]]
        if bounds is not None and isinstance(sentence, Sentence):
            found[at[-1]] = replace(sentence, open_at_end=chars(bounds))
    return found


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
    index = FactIndex(facts)
    speakers = Speakers(context.text, index)
    before: Sentence | None = None  # the last sentence read: a sentence's own record follows
    # A sentence's first attributed content, and how check-worthy it reads.
    told: dict[int, tuple[tuple[int, int], checkworthy.Signals | None]] = {}
    carry: Found | None = None  # whose quotation was left open at the last paragraph's end
    for _, group in groupby(readings, key=lambda r: r.paragraph):
        records = list(group)
        speakers.note_paragraph(
            records[0].paragraph,
            min(r.start if isinstance(r, Sentence) else r.cue_start for r in records),
        )
        said = [r for r in records if isinstance(r, Found) and r.content != PREVIOUS]
        sentences = [r for r in records if isinstance(r, Sentence)]
        going_on, carry = quote_runs.runs(said, sentences, carry)
        inside = quote_runs.covered(
            sentences, [(r.start, r.end) for r in going_on] + quote_runs.beyond(said, sentences)
        )
        # A quote going on after the speaker's own in the same paragraph is part of its claim.
        ends = {id(run.found): run.end for run in going_on if run.joined and not run.head}
        starts = {id(run.found): run.start for run in going_on if run.head}
        for found in records:  # its attributions
            if isinstance(found, Sentence):
                before = found
                speakers.note_sentence(found.start, found.end, found.subject)
                if found.statement and not found.attributed and found.sentence not in inside:
                    claim = _factual(found, context, index)
                    if claim is not None:
                        yield claim
                continue
            (start, end), signals = found.content, found.signals
            sentence, paragraph = found.sentence, found.paragraph
            if found.content == PREVIOUS:
                if before is None:
                    continue
                sentence, paragraph = before.sentence, before.paragraph  # where the text is
                # "This was announced by X" after "According to Y, Oracle is ...": what was
                # announced is what the sentence before told, else all of that sentence.
                (start, end), signals = told.get(
                    before.sentence, ((before.start, before.end), before.signals)
                )
            else:
                told.setdefault(found.sentence, (found.content, found.signals))
                end = ends.get(id(found), end)
                start = min(start, starts.get(id(found), start))
            text = context.text[start:end]
            quoted = found.direct or (
                text[:1] in _QUOTES and text[-1:] in _QUOTES and not found.mixed
            )
            # Indirect speech that a quotation goes on from in its sentence quotes words.
            mixed = found.mixed or (found.content != PREVIOUS and end > found.content[1])
            quote: QuoteKind = "direct" if quoted else "mixed" if mixed else "indirect"
            score = _best_score(found, signals, start, end, index)
            yield _attributed(
                context, index, speakers, found, start, end, sentence, quote, paragraph, score
            )
        for run in going_on:
            if run.joined:
                continue
            sentence = next(
                (r.sentence for r in records if isinstance(r, Sentence) and run.start < r.end),
                run.found.sentence,
            )
            yield _attributed(
                context,
                index,
                speakers,
                run.found,
                run.start,
                run.end,
                sentence,
                "direct",
                records[0].paragraph,
                # The speaker's own words, going on: what they say, whatever the cue was.
                continued=True,
            )


def _best_score(
    found: Found, signals: checkworthy.Signals | None, start: int, end: int, index: FactIndex
) -> float | None:
    """How check-worthy an attributed claim is: as its content, or as its whole sentence."""
    scores = [checkworthy.score(signals, start, end, index)] if signals else []
    if found.whole is not None:
        whole, (w_start, w_end) = found.whole
        scores.append(checkworthy.score(whole, w_start, w_end, index))
    return max((s for s in scores if s is not None), default=None)


def _attributed(
    context: Context,
    index: FactIndex,
    speakers: Speakers,
    found: Found,
    start: int,
    end: int,
    sentence: int,
    quote: QuoteKind,
    paragraph: int | None = None,
    score: float | None = None,
    continued: bool = False,
) -> ClaimFact:
    """The claim of what `found` attributes, whose content runs from start to end (`score`:
    how check-worthy that content is, if it is)."""
    speaker = context.text[found.speaker[0] : found.speaker[1]] if found.speaker else None
    entity = speakers.resolve(
        found.refers or found.speaker,
        found.speaker_core,
        found.paragraph,
        said=start,
        before=found.subject_before,
    )
    if entity is not None and found.speaker is not None and speakers.a_person(entity):
        speakers.spoke(entity, found.paragraph, found.cue_start)
    elif found.speaker is not None:
        # Nobody named, or "a UKIP spokesman" (the party's): "he added" after it is that person.
        speakers.spoke_unnamed(found.refers or found.speaker, found.paragraph, end)
    if found.speaker is not None:
        speakers.spoke_for(
            entity if entity is not None and entity.label == "ORG" else None, found.cue_start
        )
    together = speakers.joined(entity, found.speaker) if entity is not None else []
    start, end = content_marks.marked(context.text, start, end)
    return _claim(
        context,
        start,
        end,
        sentence,
        found.paragraph if paragraph is None else paragraph,
        index,
        speaker=speaker,
        speaker_entity_id=entity.entity_id if entity is not None else None,
        speaker_name=entity.name if entity is not None else None,
        speaker_entity_ids=[e.entity_id for e in together],
        speaker_names=[e.name for e in together],
        cue=found.cue,
        cue_start=found.cue_start,
        cue_end=found.cue_end,
        speaker_start=found.speaker[0] if found.speaker else None,
        speaker_end=found.speaker[1] if found.speaker else None,
        claim_type="attributed",
        quote=quote,
        score=score,
        polarity="positive" if continued else found.stance[0],
        modality="asserted" if continued else found.stance[1],
    )


def _claim(
    context: Context,
    start: int,
    end: int,
    sentence: int,
    paragraph: int,
    index: FactIndex,
    **fields: Any,
) -> ClaimFact:
    """A claim whose content is the text from start to end."""
    text = context.text[start:end]
    # Two claims may share a content ("X reported ..." and "This was confirmed by Y"): an
    # attributed claim's id also says whose cue it is.
    cue_start = fields.get("cue_start")
    kind = "claim" if cue_start is None else f"claim {cue_start}"
    return ClaimFact(
        id=fact_id(context.article_id, kind, start, end),
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


def _factual(sentence: Sentence, context: Context, index: FactIndex) -> ClaimFact | None:
    if sentence.signals is None:
        return None
    score = checkworthy.score(sentence.signals, sentence.start, sentence.end, index)
    if score is None:
        return None
    return _claim(
        context,
        sentence.start,
        sentence.end,
        sentence.sentence,
        sentence.paragraph,
        index,
        claim_type="factual",
        score=score,
        polarity=sentence.stance[0],
        modality=sentence.stance[1],
    )
