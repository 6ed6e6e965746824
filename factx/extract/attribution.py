"""Attributions in one paragraph's parse: who is said to say, think or report what.

Read off the dependency parse: a reporting verb with a subject (or a passive agent) and a
clausal complement or object, a reporting clause set off after or inside its content ("...,
Reuters reported"), "according to X", a noun of saying with a clause ("news that ..."), and
quotations next to a reporting verb. Everything here works in token offsets of one Doc; the
claims module turns what is found into article offsets and records.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.cue_objects import says_nothing
from factx.extract.inset_reports import inverted_inset, runs_around
from factx.extract.quotations import DOUBLE_QUOTES, in_quotation, quotations
from factx.extract.quote_inversions import named_after_quote, named_as_object
from factx.extract.spans import doc_text
from factx.extract.speaker_agent import agent, agent_phrase, modifier_owner
from factx.extract.speaker_circumstance import circumstance_start
from factx.extract.speaker_owner import owner_is_subject
from factx.extract.wordlists import data_file, word_sets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@cache
def _cues() -> dict[str, list[str]]:
    cues: dict[str, list[str]] = data_file("cues.json")
    return cues


def _listed(key: str) -> frozenset[str]:
    """A word list of cues.json by key: "charges" ("was accused of"), "portrayals" ("is
    considered"), "ownerless" nouns ("fears of"), "aims" ("proposals to"), "evidence" ("polls
    show")."""
    return word_sets("cues.json")[key]


@cache  # asked for every token: the set is built once
def cue_verbs() -> frozenset[str]:
    return frozenset(_cues()["verbs"])


@cache
def cue_nouns() -> frozenset[str]:
    """Nouns of saying or thinking that may take a clause of what is said ("news that ...")."""
    return frozenset(_cues()["nouns"])


@cache
def topic_nouns() -> frozenset[str]:
    """Nouns of saying or thinking whose "of" or "about" phrase is what is said or thought
    ("allegations of fraud", "questions about her emails")."""
    return frozenset(_cues()["topic_nouns"])


@cache
def cue_adjectives() -> frozenset[str]:
    """Adjectives of a state of mind that hold what is thought ("worried that ...")."""
    return frozenset(_cues()["adjectives"])


@cache
def deeds() -> frozenset[str]:
    """Cues that report a deed on the record ("voted against", "endorsed"): the sentence is
    what a fact-checker checks, not only what the deed is about."""
    return frozenset(_cues()["deeds"])


@cache
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
    nests: bool = True  # other cues inside the content are part of it, not claims of their own
    # The cue's own word(s) within cue_span, where the span also holds its verb group's words
    # ("has consistently denied"); None: the whole span.
    core: tuple[int, int] | None = None


# The words of a cue verb's group before it: its auxiliaries ("has said", "is expected", "to
# deliver"), its negation ("did not specify") and a manner or time adverb ("later joked",
# "sharply criticized"), as attribution corpora (PARC, PolNeAR) mark the cue.
VERB_GROUP_BEFORE = frozenset({"aux", "auxpass", "neg", "advmod"})
# After it: a particle or a preposition that opens what is said ("called for an inquiry",
# "called out the mayor", "referred to the plan"), which the content then leaves out.
# Not "spoke at an event", "speculated in recent weeks about": adjuncts, no part of it.
_OPENING_WHAT = frozenset({"for", "to", "on", "upon", "about", "of", "against", "over"})


def _verb_group(verb: Token, content: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The character span of a cue verb's group (see `VERB_GROUP_BEFORE`), one word at a time
    from the verb outwards, and the content without the group's words."""
    doc = verb.doc
    first = verb.i
    while first > 0:
        word = doc[first - 1]
        if word.head.i != verb.i or word.dep_ not in VERB_GROUP_BEFORE or word.is_punct:
            break
        if word.dep_ == "advmod" and word.tag_ not in ("RB", "RBR", "RBS"):
            break  # "how", "when": a clause's word, no manner of saying
        first -= 1
    last = verb.i
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if (
        after is not None
        and after.head.i == verb.i
        and (after.dep_ == "prt" or (after.dep_ == "prep" and after.lower_ in _OPENING_WHAT))
        and content[0] == after.i
        and content[1] > after.i + 1
    ):
        last = after.i
        content = (after.i + 1, content[1])
    elif after is not None and after.text == ":" and _opens_after(after, content[0]):
        last = after.i  # "He added: ...": the colon that opens what is said
    return (doc[first].idx, doc[last].idx + len(doc[last].text)), content


def cue_with_preposition(attribution: Attribution) -> tuple[int, int]:
    """The cue's span with the preposition of the cue that stands between it and what is
    said: "called on President Obama to replace ...", "was openly dismissive of Mr. Trump",
    "have called for Trump to be replaced". The content starts after the preposition, so the
    word belongs to the cue, as PolNeAR marks it (and as `_verb_group` does when the content
    began at the word). Only "on", "for", "of", ... (`_OPENING_WHAT`) of the cue word itself,
    right after the cue: "pleading with voters to" and "said on Tuesday that" are left alone."""
    start, end = attribution.cue_span
    if attribution.content == PREVIOUS or attribution.cue_token < 0:
        return start, end
    doc = attribution.sentence.doc
    first = attribution.content[0]
    if first <= 0:
        return start, end
    word = doc[first - 1]
    if (
        word.lower_ not in _OPENING_WHAT
        or word.dep_ not in ("prep", "prt")
        or word.head.i != attribution.cue_token
        or word.idx < end
        or doc.text[end : word.idx].strip()
    ):
        return start, end
    return start, word.idx + len(word.text)


# Verbs (and "quick") of how far or how plainly a deed goes, which take it as a "to"
# infinitive: "appeared to acknowledge", "went on to praise", "had begun to hint", "are quick
# to note". Not "declined to comment": a cue of its own, whose content the infinitive is.
_PHASES = frozenset({"appear", "seem", "begin", "start", "continue", "go", "tend", "quick"})


def _phase_of(verb: Token) -> Token | None:
    """The verb a "to" infinitive cue goes on from when that verb only says how far or how
    plainly it goes (`_PHASES`): "Mr. Trump appeared to acknowledge that ...". PolNeAR's cue
    runs from it ("appeared to acknowledge"); the infinitive stays the cue's word. A verb of
    its own ("led many to assume", "urged voters to support") is left out. For "quick" the
    cue starts at its verb ("are quick to note")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if head.i > verb.i or head.lemma_.lower() not in _PHASES:
        return None
    went_on = head.lemma_.lower() == "go" and any(c.lower_ == "on" for c in head.children)
    if verb.dep_ != "xcomp" and not (verb.dep_ == "advcl" and went_on):
        return None  # the model hangs "went on to praise" as a clause of its own
    if head.lemma_.lower() == "go" and not went_on:
        return None  # "went to vote": where to
    if head.pos_ == "ADJ":
        return head.head if head.dep_ == "acomp" and head.head.i < head.i else None
    return head if head.pos_ in ("VERB", "AUX") else None


def _issued_saying(participle: Token) -> Token | None:
    """The verb that puts out a text whose words a participle of saying gives: "Teneo issued a
    statement saying ...", "the campaign sent a fundraising email on Friday morning saying ...",
    "Warren issued a report arguing ...". The cue runs from that verb to the participle, as
    PolNeAR marks it (all 4 such cues of the dev copy's even half). Not after a comma ("issued a
    statement, saying": an aside of its own) nor off a preposition ("in his speech announcing")."""
    if participle.tag_ != "VBG" or participle.dep_ not in ("acl", "advcl"):
        return None
    head = participle.head
    text: Token | None = head
    if participle.dep_ == "acl":
        verb = head.head
        if head.dep_ != "dobj":
            return None
    else:
        verb = head
        text = next((c for c in verb.children if c.dep_ == "dobj" and c.i < participle.i), None)
    if text is None or text.lemma_.lower() not in _listed("published") or verb.pos_ != "VERB":
        return None
    if verb.i > text.i or any(t.is_punct for t in participle.doc[verb.i : participle.i]):
        return None
    return verb


def _opens_after(colon: Token, start: int) -> bool:
    """Whether what is said starts right after a colon, or after the quotation mark that opens
    it there: 'White said: "I'm disappointed ..."' keeps the colon in its cue as "He added:
    ..." does (PolNeAR: "said:", "writing:", "added:")."""
    if start == colon.i + 1:
        return True
    mark = colon.doc[colon.i + 1] if colon.i + 1 < len(colon.doc) else None
    return start == colon.i + 2 and mark is not None and mark.text in _QUOTE_MARKS


_QUOTE_MARKS = frozenset({'"', "“", "‘", "'", "``"})


def _subtree_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


_JOINING = frozenset({"and", "or", "but"})


def _own_word(that: Token) -> bool:
    """ "That was billed as the first stage", "he said that was a mistake", "That plan failed":
    a "that" that is the subject, or the determiner that opens a sentence, is a word of the
    content, not the conjunction before it. After a verb "that" before a noun is mostly the
    conjunction the parser took for a determiner ("warned that legislation would follow")."""
    if that.lower_ != "that" or that.tag_ == "IN":
        return False  # tagged a conjunction, whatever the parse made of it
    if that.dep_ == "det":
        return that.text == "That"
    # A subject goes straight on to its verb ("that was", "that could"); "that remittances
    # reached", "that of the 17 people" are the conjunction the parser took for a subject.
    following = that.nbor() if that.i + 1 < len(that.doc) else None
    return (
        that.dep_ in ("nsubj", "nsubjpass")
        and following is not None
        and following.pos_ in ("VERB", "AUX", "ADV", "PART")
    )


def trim_tokens(doc_span: Span, words: bool = True) -> tuple[int, int] | None:
    """Token bounds without edge punctuation, quote marks and (with `words`) a leading "that"."""
    start, end = doc_span.start, doc_span.end
    doc = doc_span.doc
    leading = ("that", "and", "but") if words else ()
    while start < end and (
        doc[start].is_punct or (doc[start].lower_ in leading and not _own_word(doc[start]))
    ):
        start += 1
    # "%" is part of its figure ("grew 30%"), not punctuation around the content; a
    # conjunction is where a content ends when the clause it joins is another's ("who took her
    # by the arm and" said, ...).
    while end > start and (
        (doc[end - 1].is_punct and doc[end - 1].text != "%" and not _closes(doc, start, end))
        or doc[end - 1].is_space
        or doc[end - 1].lower_ in _JOINING
    ):
        end -= 1
    if end > start:
        end = _to_quote_close(doc, start, end)
    return (start, end) if end > start else None


_STRAIGHT = '"'
# Any double quotation mark a token of `_to_quote_close` may be.
_ANY_DOUBLE_QUOTE = re.compile('["“”]')


def _to_quote_close(doc: Doc, start: int, end: int) -> int:
    """The end past the closing mark of a quotation opened inside the span and left open: the
    parser may hang a quotation's last words on the clause around it ('who said they were
    "spiky but in love with pop"' ends at "spiky" in the parse)."""
    # Most spans hold no quotation mark at all: one look at their characters rules them out
    # before a Token is made for each word (a quarter of the claims' token reads).
    first, final = doc[start], doc[end - 1]
    if not _ANY_DOUBLE_QUOTE.search(doc_text(doc), first.idx, final.idx + len(final.text)):
        return end
    last = max((i for i in range(start, end) if doc[i].text in ('"', "“", "”")), default=None)
    if last is None or doc[last].text == "”":
        return end
    sentence = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
    if doc[last].text == _STRAIGHT:
        before = sum(1 for t in doc[sentence.start : last] if t.text == _STRAIGHT)
        if before % 2:
            return end  # it closes a quotation opened before it
    closing = (_STRAIGHT,) if doc[last].text == _STRAIGHT else ("”",)
    for i in range(end, sentence.end):
        if doc[i].text in closing:
            return i + 1
    return end


def _closes(doc: Doc, start: int, end: int) -> bool:
    """Whether the last token closes a bracket the span opened ("the Child Support Agency
    (CSA)"): it is part of the content, not punctuation around it."""
    if doc[end - 1].text != ")":
        return False
    opened = sum(1 for t in doc[start : end - 1] if t.text == "(")
    return opened > sum(1 for t in doc[start : end - 1] if t.text == ")")


def find_attributions(
    sentence: Span, regions: list[tuple[int, int]] | None = None
) -> Iterator[Attribution]:
    """Attributions in one sentence of a parsed Doc (`regions`: the Doc's double quotations)."""
    doc = sentence.doc
    if regions is None:
        regions = quotations(doc)
    verbs = cue_verbs()
    labelled = _labelled_quote(sentence, regions) or _owned_label(sentence, regions)
    if labelled is not None:
        yield labelled
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
            # The content is the rest of the sentence around "according to X", or the
            # quotation that closes right before it, wherever the parser ended the sentence.
            before = doc[sentence.start : token.i]
            after = doc[src_end : sentence.end]
            part = _clause_side(before, after)
            if part.start == after.start and _subject_set_off(before, after):
                # "The problem, according to Mr Lane, is not ... but Mr Blair himself": the
                # subject before the commas is part of what Mr Lane says, as the clause's hull
                # (as "The economy, he said, was weak" keeps its subject).
                part = doc[sentence.start : sentence.end]
            bounds = _quoted_just_before(token, regions) or trim_tokens(part)
            if bounds:
                yield Attribution(
                    "according to", (token.idx, doc[token.i + 1].idx + 2),
                    doc[src_start:src_end], bounds, sentence, token.i,
                )  # fmt: skip
            continue
        if token.lower_ == "in" and token.dep_ == "prep":
            view = _in_view(token, sentence)  # "In his view, the plan will fail"
            if view is not None:
                yield view
            continue
        pos = token.pos_
        if pos not in _CUE_TAGS:
            continue  # a cue is a verb, a noun or an adjective: most words need no lemma
        lemma = _lemma(token)
        if pos == "ADJ" and lemma in _UNKNOWNS:
            unknown = _unknown(token, sentence)
            if unknown is not None:
                yield unknown
            continue
        if pos == "ADJ" and lemma in cue_adjectives():
            state = _adjective_attribution(token, sentence)
            if state is not None:
                yield state
            continue
        if pos == "NOUN" and (
            lemma in cue_nouns()
            or lemma in topic_nouns()
            or lemma in _listed("aims")
            or lemma in _listed("copular")
        ):
            noun = _noun_attribution(token, sentence)
            if noun is not None:
                yield noun
                continue
        # The small model tags "claims" in "TikTok further claims that" as a noun.
        if pos not in ("VERB", "AUX") and not _verb_as_noun(token):
            continue
        makes_clear = lemma == "make" and any(
            c.lower_ == "clear" and c.i > token.i for c in token.children
        )
        if token.dep_ == "csubj" and (lemma in verbs or lemma == "know"):
            what = _what_is_said(token, sentence)  # "What he said was that ..."
            if what is not None:
                yield what
                continue
        if lemma in ("go", "continue") and (going := _went_on(token, sentence, regions)):
            yield going
            continue
        if lemma not in verbs and token.lower_.rstrip("s") not in verbs and not makes_clear:
            held = _held_as(token, sentence) if lemma in _listed("held_as") else None
            if held is not None:
                yield held
            continue
        if _other_sense(token):
            continue
        speaker = _speaker(token)
        if speaker is not None and (_defines_a_kind(speaker) or _the_reader(speaker, regions)):
            continue
        inverted = None
        if speaker is None and lemma in speech_verbs():
            # '"...," said Tory shadow secretary X', 'If ..., said Mr Fahey, ...': the parser
            # gave the verb no subject; the name after it is the speaker.
            quoted = named_after_quote(token, sentence, regions)
            if quoted is not None:
                inverted = quoted[0], trim_tokens(quoted[1], words=False)
            elif (inset := inverted_inset(token, sentence)) is not None:
                inverted = inset[0], trim_tokens(inset[1])
            elif (inverse := named_as_object(token, sentence)) is not None:
                # "..., claimed the union organisation.": the subject parsed as the object.
                inverted = inverse[0], trim_tokens(inverse[1])
        elif (
            token.dep_ == "conj"
            and lemma in speech_verbs()
            and (inverse := named_as_object(token, sentence)) is not None
        ):
            # "The team will not sell him, claims his agent": the verb joined to the clause it
            # reports shares that clause's subject; the object after it is who speaks.
            inverted = inverse[0], trim_tokens(inverse[1])
        if inverted is not None:
            speaker, content = inverted
        else:
            content = _colon_quote(token, regions) or _content(token, sentence, regions)
        nests = True
        if content is None:
            # An object is a thing, not a report: cues inside it are claims of their own.
            content, nests = _object_content(token), False
        if content is None:
            continue
        core = (token.idx, token.idx + len(token.text))
        cue_span, content = _verb_group(token, content)
        issuing = _issued_saying(token)
        if issuing is not None:  # "issued a statement saying"
            cue_span = (_verb_group(issuing, content)[0][0], cue_span[1])
        phase = _phase_of(token)
        if phase is not None:  # "appeared to acknowledge"
            cue_span = (_verb_group(phase, content)[0][0], cue_span[1])
        if makes_clear:  # "Clinton is making clear that ..."
            clear = next(c for c in token.children if c.lower_ == "clear")
            cue_span, lemma = (cue_span[0], clear.idx + len(clear.text)), "make clear"
        yield Attribution(lemma, cue_span, speaker, content, sentence, token.i, nests, core)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _subject_set_off(before: Span, after: Span) -> bool:
    """Whether "according to X" stands between commas after its clause's subject and before its
    verb: "The answer, according to the minister, is more money" (not "Profits rose, according
    to X, ...", whose side before has its own verb)."""
    if len(before) < 2 or before[-1].text != "," or not len(after) or after[0].text != ",":
        return False
    if any(t.tag_ in _FINITE for t in before):
        return False
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and after.start <= t.head.i < after.end for t in before
    )


def _clause_side(before: Span, after: Span) -> Span:
    """Which side of "according to X" is what X says: the one with a finite verb ('Clinton was
    paid $2 million, according to "Man of the World," a book written by Joe Conason' is not
    the book), else the longer."""
    finite = [any(t.tag_ in _FINITE for t in side) for side in (before, after)]
    if finite[0] != finite[1]:
        return before if finite[0] else after
    return after if len(after) >= len(before) else before


def _in_view(prep: Token, sentence: Span) -> Attribution | None:
    """ "In his view, the plan will fail", "In the minister's opinion, taxes must rise", "In the
    eyes of many voters, Blair is a liar": whose view it is, said before the clause, as
    "according to X" is; the clause is the content. Only opening its sentence ("money found in
    her account" is a place)."""
    doc = prep.doc
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in _listed("in_views"):
        return None
    if any(not (t.is_punct or t.pos_ == "CCONJ") for t in doc[sentence.start : prep.i]):
        return None  # "Profits, in the chairman's view, will rise": not the clause after it
    end = prep.right_edge.i + 1
    if end >= sentence.end - 1 or prep.head.i < end:
        return None
    if doc[end].text == ",":  # "In my opinion this is a stunt": the comma may be left out
        end += 1
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        speaker = _owner_span(owner)
    else:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        # "In the eyes of many voters", not "In view of the costs" (because of them).
        who = next((c for c in of.children if c.dep_ == "pobj"), None) if of and the else None
        speaker = _noun_phrase(who) if who is not None else None
    if speaker is None:
        return None  # "In the end, ...", "in view of the costs": nobody's view
    # To the end of its clause: "In RT's coverage, Russia seems to brim with tolerance; Putin is
    # depicted as ..." holds the view up to the semicolon.
    stop = next((t.i for t in doc[end : sentence.end] if t.text == ";"), sentence.end)
    content = trim_tokens(doc[end:stop])
    if content is None:
        return None
    cue_span = (prep.idx, noun.idx + len(noun.text))
    return Attribution(f"in {noun.lower_}", cue_span, speaker, content, sentence, prep.i)


# The parts of speech a cue can have ("claims" the model takes for a noun included).
_CUE_TAGS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})


def _quoted_just_before(token: Token, regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'"It is illegal to harass a woman ...," according to the EEOC': a whole quotation (not a
    phrase a clause quotes) closed just before the token, with at most a comma between."""
    doc = token.doc
    for q_open, q_close in regions:
        if not token.i - 2 <= q_close < token.i or q_close >= len(doc):
            continue
        if not all(t.is_punct for t in doc[q_close + 1 : token.i]):
            continue
        if q_open > 0 and not (doc[q_open - 1].is_punct or doc[q_open - 1].is_space):
            return None  # 'rates are "too high," according to X': the clause is the content
        return trim_tokens(doc[q_open + 1 : q_close], words=False)
    return None


# Verbs whose infinitive is not said but obliged, allowed or needed.
_UNREALIZED = frozenset({"require", "force", "allow", "permit", "enable", "need", "have", "compel",
                         "oblige", "forbid", "prohibit", "let", "help", "be", "ask", "invite",
                         "challenge", "spend"})  # fmt: skip
# Particles that make a verb of saying mean something else: "show up", "write off", "called in".
_PARTICLES = frozenset({"up", "off", "down", "in", "away", "back"})


def _other_sense(verb: Token) -> bool:
    """A cue verb used in a sense that says nothing: "show up", "deny Democrats a landslide"
    (withhold), "reports for the Daily News" (works for)."""
    children = list(verb.children)
    if any(c.dep_ == "nsubj" and c.lower_ in _ARTICLES and not c.n_lefts for c in children):
        return True  # "a predicted extra £250m": an article the parser made a participle's subject
    if any(c.dep_ == "prt" and c.lower_ in _PARTICLES for c in children) and not _evidence(verb):
        return True  # but "polls show Trump up by 4 points"
    lemma = verb.lemma_.lower()
    if lemma == "deny" and any(c.dep_ == "dative" for c in children):
        return True
    if lemma == "knock" and any(
        c.dep_ in ("prep", "prt") and c.lower_ in _DISPLACED for c in children
    ):
        return True  # "knocked the thriller from the top spot", "knocked out": a move, not a word
    if _seen_done(verb):
        return True
    if verb.tag_ == "VBZ" and verb.dep_ in ("pobj", "dobj"):
        # "went on to tear into the Tory plans to scrap the New Deal", "criticised the council
        # plans to close the school": a plural noun the small model tags as a verb but hangs
        # as an object; no verb is an object, so nobody plans or says anything here.
        return True
    if lemma == "defend" and _defends_a_title(verb):
        return True
    if lemma == "link" and _a_route(verb):
        return True
    if (
        lemma in ("add", "show")
        and not _evidence(verb)
        and any(
            # "the economy added 182,000 jobs", "showed gains of 4.5%", "the pound had added
            # 0.5%" (an amount the parser hangs as npadvmod); but "polls show Trump up by 4
            # points" says what the polls find.
            c.dep_ in ("dobj", "npadvmod")
            and any(g.like_num or g.dep_ == "nummod" for g in c.subtree)
            for c in children
        )
    ):
        return True
    if (
        verb.tag_ == "VBG"
        and verb.dep_ in ("pcomp", "amod", "compound")
        and any(
            c.dep_ == "dobj" and c.i == verb.i + 1 and c.tag_ == "NN" and not list(c.children)
            for c in children
        )
    ):
        return True  # "for voting watchdog the Electoral Commission": a modifier, not a deed
    if _inside_a_charge(verb):
        return True
    if lemma == "show" and _a_programme(verb):
        return True
    if lemma == "refuse" and any(
        c.dep_ == "xcomp" and _lemma(c) in cue_verbs() and any(_said(g) for g in c.children)
        for c in children
    ):
        # "refused to say whether ...": the cue is "say", which the refusal negates; but
        # "refused to comment" says nothing but the refusal, nor does "refused to comment on
        # the reports" (what it is about), as "declined to comment on the memo" does not.
        return True
    stranded = any(c.dep_ == "prep" and c.i == verb.i + 1 and not any(c.children) for c in children)
    if stranded and not any(c.dep_ == "auxpass" for c in children):
        # "the company referred to in the report is Acme" (read as "the company referred"):
        # a preposition left without its object, which is the noun before; what is referred to.
        # Not "the prize was voted for by readers": a passive says what its subject is.
        return True
    if any(c.dep_ == "xcomp" and c.lemma_ in ("name", "identify") for c in children):
        return True  # "who asked not to be named": a condition of anonymity, not a claim
    if lemma in _listed("publishing") and not _puts_out_a_text(verb):
        return True  # "posted a profit", "delivered 20,000 cars"
    if says_nothing(verb):
        return True  # "Apple offers a cheaper Mac": the object shows another sense
    if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in _CAUSATIVES:
        return True  # "libraries make finding songs hard": a deed made hard, done by nobody named
    if lemma == "press" and not any(
        c.dep_ in ("xcomp", "ccomp", "advcl") or (c.dep_ == "prep" and c.lower_ in ("for", "on"))
        for c in children
    ):
        return True  # "pressed her advantage", "pressed ahead": pushing, not urging anyone
    if lemma == "recall" and _recalls_goods(verb, children):
        return True  # "GM is recalling 19,924 Cadillac coupes": a product recall
    if lemma == "find" and any(_it_is(c) for c in children):
        return True  # "firms find it hard to invest": what is hard for them, not a finding
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    head = verb.head.head if verb.head.dep_ == "dobj" else verb.head  # "asked them to explain"
    if infinitive and (verb.head.lemma_ in _UNREALIZED or head.lemma_ in _UNREALIZED):
        return True  # "the law does not require candidates to disclose", "all this is to say"
    return lemma == "report" and any(c.dep_ == "prep" and c.lower_ == "for" for c in children)


# Where a knock sends its object: "from the top spot", "off the top", "out of the cup".
_DISPLACED = frozenset({"from", "off", "out", "into", "over", "down", "back"})
# Verbs of witness whose small clause is a passive without its auxiliary.
_WITNESS = frozenset({"see", "watch", "witness"})


def _defends_a_title(verb: Token) -> bool:
    """ "Defending 60m champion Jason Gardener is included", "Defending champion and top seed
    Andy Roddick rallied", "defending champions France are also unbeaten": a sportsman who holds
    a title (cues.json's "titles"), which the small model reads as "Defending" with the title
    its object; nobody defends a view. The title is the first word after the modifiers that
    may come before it ("60m", "world", "his"); "defended his party's record" names none."""
    doc = verb.doc
    titles = _listed("titles")
    for token in doc[verb.i + 1 : min(verb.i + 5, len(doc))]:
        if token.lower_ in titles:
            return not (token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS")
        if not (token.like_num or token.tag_ in _TITLE_MODIFIERS):
            return False
    return False


# What may stand between "defending" and the title: "60m", "world", "Olympic", "his", "the".
_TITLE_MODIFIERS = frozenset({"NN", "NNP", "JJ", "CD", "PRP$", "DT"})


def _a_route(verb: Token) -> bool:
    """ "The new line would go out as far as Maidenhead and link Heathrow to Canary Wharf",
    "the bridge will link the island to the mainland": a route (cues.json's "routes") joins two
    places; it claims no link between them, as "the report linked the illness to smoking" does.
    The subject is the verb's own or, for a verb joined to another, the first verb's."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _listed("routes")


def _seen_done(verb: Token) -> bool:
    """ "the first month has seen many firms cautioned for ...": the small model reads the
    passive participle of a verb of witness's small clause as a past tense with "many firms"
    its subject; the firms were cautioned, they said nothing."""
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb.head.lemma_.lower() not in _WITNESS or verb.head.i > verb.i:
        return False
    children = list(verb.children)
    own = any(c.dep_ in ("aux", "auxpass", "mark") for c in children)
    return not own and any(c.dep_ == "nsubj" and c.i < verb.i for c in children)


def _said(child: Token) -> bool:
    """Whether a child of a cue verb is something said or done: a clause or an object ("to say
    whether ...", "to confirm the deal"), a preposition's object ("to agree to the deal"), or
    a clause after "on" or "about" ("to comment on whether ..."); not the topic "on" or
    "about" names ("to comment on the reports")."""
    if child.dep_ in ("ccomp", "dobj"):
        return True
    if child.dep_ != "prep":
        return False
    return child.lower_ not in _TOPICS or any(g.dep_ == "pcomp" for g in child.children)


# Prepositions that name what a comment is about, not what it says.
_TOPICS = frozenset({"on", "about"})


def _a_programme(verb: Token) -> bool:
    """Whether a "show" the parser read as a verb is a television show before its title:
    "crime show CSI:NY", "reality TV show The Osbournes", "ITV1 shows Doc Martin": the noun's
    form, no subject, a noun before it, and a capitalised title after. Not "figures show The
    Economist gained readers", "a poll from Utah showed Trump ahead", "polls showing Trump
    ahead": what shows it is there."""
    doc = verb.doc
    if verb.lower_ not in ("show", "shows") or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    if not doc[verb.i + 1].text[:1].isupper():
        return False
    subjects = ("nsubj", "nsubjpass")
    if any(c.dep_ in subjects for c in verb.children):
        return False
    before = doc[verb.i - 1]
    return before.pos_ in ("NOUN", "PROPN", "NUM") and before.dep_ not in subjects


# Prepositions after which a gerund is what a cue charges, fears or warns of.
_CHARGED = frozenset({"of", "about", "against", "over"})


def _inside_a_charge(verb: Token) -> bool:
    """ "accused Russia of attempting to interfere", "concerned about disclosing sources": a
    cue in what another cue charges or fears is part of that content, not a claim of anyone's."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in _CHARGED:
        return False
    outer = prep.head
    lemma = outer.lemma_.lower()
    if outer.pos_ == "ADJ":
        return lemma in cue_adjectives()
    return outer.pos_ in ("VERB", "AUX") and lemma in cue_verbs()


# Who remembers: a person by pronoun ("he recalled how ...") or by name.
_REMEMBERING = frozenset({"i", "we", "he", "she", "they", "you"})


def _recalls_goods(verb: Token, children: list[Token]) -> bool:
    """Whether "recall" takes back goods: a thing for its object, no clause of what is
    remembered, and no person (a pronoun, a name the model tags a person) doing it."""
    if any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in children):
        return False  # "recalled that ...", "recalled how Bill Clinton once advised him"
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None:
        return True  # "cars were recalled", "recalling faulty cars"
    return subject.lower_ not in _REMEMBERING and subject.ent_type_ != "PERSON"


def _it_is(child: Token) -> bool:
    """ "it" as what is found ("find it hard"), parsed as the object or as the subject of an
    adjective after the verb."""
    if child.dep_ == "dobj":
        return child.lower_ == "it"
    return (
        child.dep_ == "ccomp"
        and child.pos_ == "ADJ"
        and any(g.dep_ == "nsubj" and g.lower_ == "it" for g in child.children)
    )


def _puts_out_a_text(verb: Token) -> bool:
    """Whether what a verb of publishing puts out is a text or a record: its object, or what
    that object is a part or amount of ("another batch of emails", "any of his tax returns")."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None:
        thing = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    for _ in range(2):
        if thing is None:
            return False
        if thing.lemma_.lower() in _listed("published"):
            return True
        of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return False


def _evidence(verb: Token) -> bool:
    """Whether the verb's subject is a record that shows or finds ("polls", "the data")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _listed("evidence")


# The small model's lemmas that are another word's ("hoping" -> "hop").
_LEMMA_FIXES = {"hop": "hope", "retweete": "retweet"}


def _lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    fixed = _LEMMA_FIXES.get(lemma)
    if fixed is not None and token.lower_.startswith(fixed[:-1]) and "pp" not in token.lower_:
        return fixed
    return lemma


_LINKING = frozenset({"be", "seem", "appear", "become", "remain", "grow", "feel", "sound"})


def _adjective_attribution(adjective: Token, sentence: Span) -> Attribution | None:
    """ "officials were worried that such a statement would ...", "the campaign was optimistic
    that she would weather the review": a state of mind, with what it holds."""
    head = adjective.head
    if adjective.dep_ != "acomp" or head.lemma_ not in _LINKING:
        return None
    doc = adjective.doc
    clause = next(
        (
            c
            for c in (*adjective.children, *head.children)
            if c.dep_ == "ccomp" and c.i > adjective.i
        ),
        None,
    )
    if clause is not None:
        content = trim_tokens(doc[clause.left_edge.i : clause.right_edge.i + 1])
    else:
        prep = next(
            (c for c in adjective.children if c.dep_ == "prep" and c.lower_ in ("about", "of")),
            None,
        )
        content = trim_tokens(doc[prep.i + 1 : prep.right_edge.i + 1]) if prep else None
    speaker = _speaker(head)
    if content is None or speaker is None:
        return None
    cue_span = (head.idx, adjective.idx + len(adjective.text))
    return Attribution(adjective.lemma_.lower(), cue_span, speaker, content, sentence, adjective.i)


# "It is unclear whether ...": what nobody knows yet is reported as an open question.
_UNKNOWNS = frozenset({"unclear", "unknown", "uncertain"})


def _unknown(adjective: Token, sentence: Span) -> Attribution | None:
    """ "it is unclear how close they can come", "It is still unknown if there are more": an
    open question the text reports, with no speaker; the question is the content."""
    head = adjective.head
    if adjective.dep_ != "acomp" or head.lemma_ != "be":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
        return None
    doc = adjective.doc
    clause = next(
        (c for c in (*adjective.children, *head.children)
         if c.dep_ in ("ccomp", "advcl") and c.i > adjective.i
         and doc[c.left_edge.i].tag_ in ("WRB", "WP", "IN") and c.left_edge.i == adjective.i + 1),
        None,
    )  # fmt: skip
    if clause is None:
        return None
    content = trim_tokens(doc[clause.left_edge.i : clause.right_edge.i + 1])
    if content is None:
        return None
    cue_span = (head.idx, adjective.idx + len(adjective.text))
    return Attribution(adjective.lemma_.lower(), cue_span, None, content, sentence, adjective.i)


_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _labelled_quote(sentence: Span, regions: list[tuple[int, int]]) -> Attribution | None:
    """'Howard Kurtz, Fox News: "Trump had his strongest debate."', 'McCaul: If elected, ...':
    a sentence that opens with a name (and where it speaks), a colon, and what is said."""
    doc = sentence.doc
    colon = next((t for t in sentence[:12] if t.text == ":"), None)
    if colon is None or colon.i == sentence.start or colon.i + 2 >= sentence.end:
        return None
    label = doc[sentence.start : colon.i]
    if label[0].pos_ == "ADP" or any(
        t.pos_ in ("VERB", "AUX", "PRON") or t.lower_ == "see" or t.text in ("–", "—", "-")
        for t in label
    ):
        return None  # "Of Clinton: ...", "New York – Dow: DOWN 0.4 percent"
    if not all(
        t.pos_ == "PROPN"
        or t.is_punct
        or t.lower_ in ("of", "the", "and")
        or (t.pos_ in ("NOUN", "ADJ") and i > 0)
        for i, t in enumerate(label)
    ):
        return None
    # Token by token rather than through doc.ents: a huge paragraph has many of those.
    types = {t.ent_type_ for t in label if t.ent_type_}
    if not types & _NAMES or all(t.ent_type_ == "GPE" for t in label):
        return None  # "WASHINGTON: ..." is a dateline
    content = _after_colon(colon, sentence, regions)
    if content is None:
        return None
    speaker = label  # "Howard Kurtz, Fox News": the name and where it speaks
    cue_span = (colon.idx, colon.idx + 1)
    return Attribution(":", cue_span, speaker, content, sentence, colon.i)


def _owner_span(owner: Token) -> Span | None:
    """A possessive owner's words without the possessive ("the minister's" -> the minister,
    "Clinton's" -> Clinton); None if nothing is left."""
    o_start, o_end = _subtree_bounds(owner)
    if owner.doc[o_end - 1].tag_ == "POS":
        o_end -= 1
    return owner.doc[o_start:o_end] if o_end > o_start else None


def _after_colon(
    colon: Token, sentence: Span, regions: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """What a label's colon opens: the quotation right after it, else the rest of the sentence."""
    doc = sentence.doc
    region = next((r for r in regions if r[0] == colon.i + 1), None)
    if region is not None:
        return trim_tokens(doc[region[0] + 1 : region[1]], words=False)
    return trim_tokens(doc[colon.i + 1 : sentence.end], words=False)


def _owned_label(sentence: Span, regions: list[tuple[int, int]]) -> Attribution | None:
    """ "Abedin's succinct reply: "JEB BUSH."", "The minister's verdict: "It is a disaster."": a
    sentence that is someone's noun of saying, a colon and what is said; the owner speaks."""
    doc = sentence.doc
    colon = next((t for t in sentence[:12] if t.text == ":"), None)
    if colon is None or colon.i < sentence.start + 2 or colon.i + 1 >= sentence.end:
        return None
    noun = doc[colon.i - 1]
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.dep_ != "ROOT" or noun.left_edge.i != sentence.start:
        return None
    if not (lemma in cue_nouns() or lemma in topic_nouns() or lemma in _listed("copular")):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None  # "Analysis: ..." names nobody
    speaker = _owner_span(owner)
    if speaker is None:
        return None
    content = _after_colon(colon, sentence, regions)
    if content is None:
        return None
    cue_span = (noun.idx, noun.idx + len(noun.text))
    return Attribution(lemma, cue_span, speaker, content, sentence, noun.i)


def _verb_as_noun(token: Token) -> bool:
    """The small model tags "claims" in "TikTok further claims that ..." as a noun: a plural
    noun with a that-clause of its own is taken for the verb."""
    return token.tag_ in ("NNS", "NN") and any(
        c.dep_ in ("ccomp", "acl")
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in token.children
    )


def _colon_quote(verb: Token, regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'The minister said: "We will not raise taxes."', 'Smith told reporters on Monday: "..."':
    a cue verb, a few words of its own, a colon and a quotation, which is what is said (all of it,
    whatever the parser made the root)."""
    doc = verb.doc
    speech = verb.lemma_.lower() in speech_verbs()
    for i in range(verb.i + 1, min(verb.i + 10, len(doc) - 1)):
        token = doc[i]
        region = next((r for r in regions if r[0] == i + 1), None)
        if token.text == ":":
            return trim_tokens(doc[i + 2 : region[1]], words=False) if region else None
        if token.text == "," and region is not None and speech:
            # 'The nominee responded, "What? Like with a cloth?"', 'and declared, "We will ..."'
            return trim_tokens(doc[i + 2 : region[1]], words=False)
        if (
            token.pos_ in ("VERB", "AUX")
            or token.dep_ in ("ccomp", "xcomp")
            or (token.is_punct and token.text != ",")
        ):
            return None
    return None


def _went_on(verb: Token, sentence: Span, regions: list[tuple[int, int]]) -> Attribution | None:
    """'The Tory leader went on: "He doesn't stop there ..."', 'He continued: "We ..."': a
    speaker going on with what they say, the colon right after "went on" or "continued" and a
    quotation right after the colon (neither verb is a cue: "prices continued to rise"). The
    quotation is the content, as after "said:"."""
    doc = verb.doc
    colon = verb.i + 1
    if verb.lemma_.lower() == "go":
        if colon >= len(doc) or doc[colon].lower_ != "on":
            return None
        colon += 1
    if colon + 1 >= len(doc) or doc[colon].text != ":":
        return None
    region = next((r for r in regions if r[0] == colon + 1), None)
    speaker = _speaker(verb)
    if region is None or speaker is None:
        return None
    content = trim_tokens(doc[colon + 2 : region[1]], words=False)
    if content is None:
        return None
    cue = "go on" if verb.lemma_.lower() == "go" else "continue"
    cue_span = (verb.idx, doc[colon - 1].idx + len(doc[colon - 1].text))
    return Attribution(cue, cue_span, speaker, content, sentence, verb.i)


# What a verb of saying says, when it says it in its own clause.
_SAID = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "prep", "acomp"})


def _relative(clause: Token) -> bool:
    """ "accusations that he too has denied": a clause about the noun, whose "that" is the
    object its cue verb lacks, not a clause of what is said ("claims that he lied")."""
    lemma = clause.lemma_.lower()
    said = lemma in cue_verbs() or lemma in cue_nouns()
    # A passive lacks no object: "insistence that all offers will be refused" says something.
    return said and not any(c.dep_ in (*_SAID, "nsubjpass") for c in clause.children)


def _noun_attribution(noun: Token, sentence: Span) -> Attribution | None:
    """ "news that the FBI had reopened a probe", "his warnings that the election is rigged",
    "expressed optimism that ...": a noun of saying or thinking with a clause of what is said."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.children):
        return None  # a verb the tagger took for a noun
    doc = noun.doc
    by = agent_phrase(noun)  # "criticism of the plan by the unions", "a warning from X that"
    # Where a clause of what is said may begin: right after the noun, or after its "by" phrase.
    opens = (noun.i + 1, by.right_edge.i + 1 if by is not None and by.head == noun else -1)
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp")
            and c.i > noun.i
            and c.left_edge.i in opens
            and any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in c.children)
            and not _relative(c)
        ),
        None,
    )
    copula = _copular_clause(noun)
    if copula is not None:
        clause = copula
    elif _copular_only(noun.lemma_.lower()):
        return None  # "his position on tax": only as the subject of "is" does it say anything
    if clause is None and noun.lemma_.lower() in _listed("aims"):
        # "Mrs. Clinton's proposals to increase taxes", "a pledge to remove ...": what is aimed at.
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "relcl")
                and c.left_edge.i in opens
                and doc[c.left_edge.i].lower_ == "to"
            ),
            None,
        )
    if clause is None and noun.dep_ == "dobj" and noun.head.lemma_ in _LIGHT_VERBS:
        # "has continued his warnings that the election is rigged", with the clause hung off
        # the verb.
        clause = next(
            (
                c
                for c in noun.head.children
                if c.dep_ == "ccomp"
                and c.left_edge.i == noun.right_edge.i + 1
                and doc[c.left_edge.i].lower_ == "that"
            ),
            None,
        )
    if clause is not None:
        content = trim_tokens(doc[clause.left_edge.i : clause.right_edge.i + 1])
    else:
        content = _topic(noun, opens)
        if content is not None and by is not None and content[0] < by.i < content[1]:
            content = trim_tokens(doc[content[0] : by.i])  # "the plan", not "... by the unions"
    if content is None:
        return None
    start = noun
    speaker: Span | None = None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    head = noun.head
    light = head.lemma_ in _LIGHT_VERBS or (clause is not None and _takes_up(head))
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.i < noun.i and light:
        # "X has continued his warnings that ...", "X made comments about ...": the verb is
        # part of the cue, and its subject speaks unless the noun has an owner of its own.
        start = head
        speaker = _speaker(head)
    if owner is not None:
        speaker = _owner_span(owner)
        if speaker is not None and speaker.root.tag_ == "PRP$" and start is head:
            speaker = _speaker(head) or speaker  # "his warnings": whose, the subject says
        elif speaker is not None and speaker.root.tag_ == "PRP$" and noun.dep_ == "dobj":
            speaker = _owner_subject(owner, head) or speaker  # "rescinded his endorsement"
    elif by is not None and (who := agent(by)) is not None:
        start, speaker = noun, _noun_phrase(who)  # "rejected calls from MPs for ...": theirs
    elif speaker is None and (holder := modifier_owner(noun, _listed("holders"))) is not None:
        speaker = doc[holder.left_edge.i : holder.i + 1]  # "Democratic hopes for ..."
    if clause is None and speaker is None and noun.lemma_.lower() not in _listed("ownerless"):
        return None  # "concerns over data integrity": whose, the text does not say
    if copula is not None and speaker is None and _copular_only(noun.lemma_.lower()):
        return None  # "The point is that ...": the writer's own point, nobody else's
    first = start.idx
    if start is head:
        # "had expressed concerns about", "did pose questions on": the light verb's group
        # (auxiliaries, negation, manner) is the cue's too, as a cue verb's (`_verb_group`).
        first = _verb_group(head, content)[0][0]
    cue_span = (first, noun.idx + len(noun.text))
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if (
        after is not None
        and after.head.i == noun.i
        and after.lower_ in _OPENING_WHAT
        and content[0] == after.i + 1
    ):
        cue_span = (first, after.idx + len(after.text))  # "fears about", "calls for"
    if copula is not None:  # "His view is": the noun and its verb
        cue_span = (noun.idx, noun.head.idx + len(noun.head.text))
    denied = start is head and head.lemma_.lower() in word_sets("stance.json")["denials"]
    if denied and owner is None and by is None and noun.lemma_.lower() not in _listed("aims"):
        # "Microsoft denied reports that it would cut jobs": the subject does not report, it
        # denies; the verb is the cue, and so the claim is a denial, not an assertion. Not
        # "rejected the Lib Dems' call to ...": that call is the Lib Dems' claim, an aim.
        return Attribution(head.lemma_.lower(), cue_span, speaker, content, sentence, head.i)
    return Attribution(noun.lemma_.lower(), cue_span, speaker, content, sentence, noun.i)


def _what_is_said(verb: Token, sentence: Span) -> Attribution | None:
    """ "What he said was that the deal was dead", "What we know is this: opinion doesn't
    swing": a verb of saying or knowing in the subject of "is", "what" its object; what follows
    "is that" or "is this:" is what is said or known."""
    be = verb.head
    if be.lemma_ != "be" or be.i < verb.i:
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in verb.children):
        return None
    doc = verb.doc
    clause = next(
        (
            c
            for c in be.children
            if c.dep_ == "ccomp" and c.left_edge.i == be.i + 1 and doc[be.i + 1].lower_ == "that"
        ),
        None,
    )
    if clause is not None:
        content = trim_tokens(doc[clause.left_edge.i : clause.right_edge.i + 1])
    elif be.i + 2 < sentence.end and doc[be.i + 1].lower_ == "this" and doc[be.i + 2].text == ":":
        content = trim_tokens(doc[be.i + 3 : sentence.end])  # the parser makes it the root
    else:
        return None
    speaker = _speaker(verb)
    if content is None or speaker is None:
        return None
    cue_span = (verb.idx, be.idx + len(be.text))
    return Attribution(_lemma(verb), cue_span, speaker, content, sentence, verb.i)


def _copular_only(lemma: str) -> bool:
    """A noun that says something only as the subject of "is" ("his position is that ..."),
    not one of saying anywhere ("his message about jobs")."""
    return lemma in _listed("copular") and not (
        lemma in cue_nouns() or lemma in topic_nouns() or lemma in _listed("aims")
    )


def _copular_clause(noun: Token) -> Token | None:
    """ "His view is that the tax will hurt the poor", "The government's position is that the
    war was legal": a noun of saying as the subject of "is", whose "that" clause is what is
    said."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < noun.i:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.i > verb.i
            and verb.doc[c.left_edge.i].lower_ == "that"
            and c.left_edge.i == verb.i + 1
        ),
        None,
    )


def _takes_up(verb: Token) -> bool:
    """A verb whose subject makes a noun of saying their own ("denied reports that",
    "welcomed news that"), unlike one that only follows or causes it: "It follows news that
    ...", "The slump sparked fears that ..." name no one who said or fears it."""
    lemma = _lemma(verb)
    return (
        lemma in cue_verbs()
        or lemma in _listed("takers")
        or lemma in word_sets("stance.json")["denials"]
    )


def _owner_subject(owner: Token, verb: Token) -> Span | None:
    """The subject of the verb whose object a possessive pronoun owns, if it is whom the
    pronoun stands for (`speaker_owner`)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.i > owner.i:
        return None
    subject = _speaker(verb)
    return subject if subject is not None and owner_is_subject(owner, subject) else None


# Verbs that make a noun of saying a statement of their subject's ("made comments about").
_LIGHT_VERBS = frozenset({"make", "give", "take", "express", "issue", "offer", "voice", "deliver",
                          "pose", "repeat", "renew", "continue", "send", "post", "lodge", "file",
                          "level", "air", "reiterate"})  # fmt: skip
_TOPIC_PREPS = frozenset({"of", "about", "over", "against"})
# "support for a wage", but "bad news for Trump"; "comments on the tape", but "a statement on its
# website": these prepositions tell what is said after a few nouns only. What one hopes or fears
# for is what the hope or fear holds ("Democratic hopes for a landslide", "fears for his safety").
_FOR_NOUNS = frozenset({"support", "call", "demand", "request", "plea", "praise", "hope", "fear"})
_ON_NOUNS = frozenset({"comment", "remark", "question", "report", "criticism", "testimony"})


def _topic_prep(noun: str, prep: str) -> bool:
    if prep == "for":
        return noun in _FOR_NOUNS
    if prep == "on":
        return noun in _ON_NOUNS
    return prep in _TOPIC_PREPS


def _topic(noun: Token, opens: tuple[int, ...]) -> tuple[int, int] | None:
    """ "allegations of sexual assault", "questions about her emails", "support for a wage":
    what a noun of saying or thinking is about, as its content (`opens`: where it may begin,
    right after the noun or after a phrase of whom it is from)."""
    if noun.lemma_.lower() not in topic_nouns():
        return None
    lemma = noun.lemma_.lower()
    prep = next(
        (
            c
            for c in noun.children
            if c.dep_ == "prep" and c.i in opens and _topic_prep(lemma, c.lower_)
        ),
        None,
    )
    if prep is None:
        return None
    things = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not things or things[0].ent_type_ in ("DATE", "TIME"):
        return None  # "comments on Wednesday": when, not what about
    if things[0].pos_ == "PRON" and prep.right_edge.i == things[0].i:
        return None  # "in spite of the allegations against him": whom, and nothing said
    return trim_tokens(noun.doc[prep.i + 1 : prep.right_edge.i + 1])


_RELATIVES = frozenset({"who", "which", "that"})
# Verbs whose object does what their infinitive says ("asked them to explain").
_OBJECT_CONTROL = frozenset({"ask", "urge", "prompt", "tell", "force", "order", "encourage",
                             "push", "invite", "allow", "lead", "press", "call", "persuade",
                             "convince", "pressure", "require", "expect"})  # fmt: skip


def _own_speaker(verb: Token) -> Span | None:
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        # '"Thanks, John!" responded Dennis Cheng': a word of the quotation is no subject.
        unquoted = [c for c in subjects if not in_quotation(c)]
        subjects = unquoted or subjects
    if len(subjects) > 1:
        # "X could be impeached if she's elected president, Rep. McCaul said": the parser gave
        # the verb two subjects; the one nearest before it is the speaker.
        before = [c for c in subjects if c.i < verb.i]
        subjects = [before[-1] if before else subjects[0]]
    for child in verb.children:
        if child.dep_ == "nsubj" and child in subjects:
            quoted_for = _apposition_after_quote(child, verb)
            if quoted_for is not None:
                return quoted_for
            if child.lower_ in _RELATIVES and verb.dep_ == "relcl":
                # "Greenpeace, which charged that ...": the pronoun, which stands for the noun
                # the clause is about (`antecedent`).
                return doc[child.i : child.i + 1] if verb.head.i < verb.i else None
            cleft = _cleft(verb, child)
            if cleft is not None:
                return cleft
            return _noun_phrase(child)
        if child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _noun_phrase(obj)
    return (
        _compound_subject(verb)
        or _participle_owner(verb)
        or _root_taken_for_subject(verb)
        or _apposition_taken_for_subject(verb)
        or _name_after_opening(verb)
    )


def _apposition_after_quote(subject: Token, verb: Token) -> Span | None:
    """'"..., England wanted a second opinion," director of rugby Nigel Melville told the
    paper': the parser made a noun of the quotation the verb's subject, and the speaker after
    the quotation its apposition; no one speaks from inside what they are quoted as saying."""
    if not in_quotation(subject) or in_quotation(verb):
        return None
    for child in subject.rights:
        if child.dep_ == "appos" and subject.i < child.i < verb.i and not in_quotation(child):
            return verb.doc[child.left_edge.i : child.right_edge.i + 1]
    return None


def _root_taken_for_subject(verb: Token) -> Span | None:
    """ "Sen. John Thune, a member of the leadership, called on him to withdraw.": the parser
    made the name the sentence's root and the finite verb (VBD, not a participle) a modifier
    of it; the name is the verb's subject."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or head.dep_ != "ROOT" or head.i >= verb.i:
        return None
    if head.pos_ not in ("PROPN", "NOUN") or head.i != head.sent.root.i:
        return None
    return verb.doc[head.left_edge.i : verb.i]


def _apposition_taken_for_subject(verb: Token) -> Span | None:
    """ "While the console is the first product to use Cell, the chip's designers have said
    ...": after an opening clause that ends in a name, the parser hung the subject on that name
    as its apposition and left the sentence's verb with none; the phrase from the comma to the
    verb's auxiliaries, right before them, is who speaks."""
    if verb.dep_ != "ROOT" or verb.tag_ not in (*_FINITE, "VBN"):
        return None
    start = verb.i
    doc = verb.doc
    while start > 0 and doc[start - 1].dep_ in ("aux", "neg") and doc[start - 1].head == verb:
        start -= 1
    if verb.tag_ == "VBN" and start == verb.i:
        return None  # a participle with no "have" before it is no finite verb
    noun = doc[start - 1] if start > 0 else None
    if noun is None or noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    first = noun.left_edge.i
    if noun.right_edge.i != noun.i or first == 0 or doc[first - 1].text != ",":
        return None
    if in_quotation(noun):
        return None
    return doc[first : noun.i + 1]


@cache
def _name_titles() -> frozenset[str]:
    """One-word titles before a person's name ("Mr", "Lord", "President")."""
    return frozenset(t for t in data_file("aliases.json")["titles"] if " " not in t)


def _name_after_opening(verb: Token) -> Span | None:
    """ "In a statement issued on Wednesday Lord Woolf said ...", "Speaking in Harrogate Mr
    Kennedy said": with no comma after the opening phrase, the parser ends its object with the
    speaker's name; the name from its title to the verb, right before it, is who speaks."""
    if verb.tag_ not in _FINITE or verb.i == 0 or verb.i + 1 == len(verb.doc):
        return None
    if verb.doc[verb.i + 1].lower_ == "to":
        return None  # "with Mr Brown said to be delighted": what others say of him
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "pobj":
        return None
    title = next(
        (t for t in name.lefts if t.dep_ == "compound" and t.lower_.rstrip(".") in _name_titles()),
        None,
    )
    return verb.doc[title.i : verb.i] if title is not None else None


def antecedent(speaker: Span) -> Span:
    """What a relative pronoun speaker stands for ("Greenpeace" in "Greenpeace, which charged
    that ..."); any other speaker stands for itself."""
    pronoun = speaker[0]
    clause = pronoun.head
    if len(speaker) != 1 or pronoun.lower_ not in _RELATIVES or clause.dep_ != "relcl":
        return speaker
    noun = clause.head
    name = noun.head
    if noun.dep_ == "appos" and name.i < noun.i and name.pos_ == "PROPN":
        # "John Smith, the Labour MP who said ...": the name the noun is in apposition to, not
        # the party that modifies the noun.
        return speaker.doc[name.left_edge.i : name.i + 1]
    return speaker.doc[noun.left_edge.i : noun.i + 1]


# Pronouns that stand for anyone of a kind ("those who support the war").
_NAMED = frozenset({"PERSON", "NORP", "ORG", "GPE"})
_ANYONE = frozenset({"those", "anyone", "anybody", "everyone", "everybody", "people"})


def _defines_a_kind(speaker: Span) -> bool:
    """Whether a relative pronoun speaker only says which people its noun means: "Parents who
    refuse to allow contact could be tagged", "those who support the war", "gamers who like to
    play": a kind of people, in the present of what they are wont to do, of whom the article
    reports nothing said or done, so no claim. Not "Greenpeace, which charged that ..." (a
    comma: it reports of Greenpeace), "MPs who voted against the bill" (what they did), "Acme
    staff who want ..." (a name), nor "the firm that wants ..." (one firm)."""
    pronoun = speaker[0]
    clause = pronoun.head
    if len(speaker) != 1 or pronoun.lower_ not in _RELATIVES or clause.dep_ != "relcl":
        return False
    if clause.tag_ not in ("VBP", "VBZ"):
        return False
    doc = speaker.doc
    if pronoun.i == 0 or doc[pronoun.i - 1].is_punct or clause.head.i >= pronoun.i:
        return False  # a comma: "Sharon, who called ...", "Greenpeace, which charged ..."
    # The noun right before the pronoun, whatever the parser hung the clause on ("their
    # endorsements and others who want ...": "others", not "endorsements").
    noun = doc[pronoun.i - 1]
    noun = noun if noun.pos_ in ("NOUN", "PROPN", "PRON", "DET") else clause.head
    if any(_names(t) for t in doc[noun.left_edge.i : noun.i + 1]):
        return False  # "the Labour MPs who oppose the plan": those of a party, that it names
    if noun.lemma_.lower() in _listed("evidence"):
        return False  # "figures which show that sales rose": records say what they show
    # "others who want to remove him": more of the people the text just named, not a kind.
    return (noun.tag_ == "NNS" and noun.lower_ != "others") or noun.lower_ in _ANYONE


def _the_reader(speaker: Span, regions: list[tuple[int, int]]) -> bool:
    """Whether the speaker is "you" in the article's own words, the reader or anyone, doing what
    one does or would ("you can specify exactly what you want", "You might find that you want
    to chop and change", "a soundtrack you will swiftly want to turn off"): nothing is said on
    the record. Not in a quotation (the speaker's listener; the quotation is the speaker's
    claim), nor a question or a condition ("Do you really think ...?", "if you want to talk
    about ...", as a debate addresses an opponent), nor the past ("You said that ...")."""
    pronoun = speaker[0]
    if len(speaker) != 1 or pronoun.lower_ != "you":
        return False
    if any(q_open < pronoun.i < q_close for q_open, q_close in regions):
        return False
    verb = pronoun.head
    if pronoun.sent.text.rstrip(" \"'”’").endswith("?"):
        return False
    if any(
        m.dep_ == "mark" and m.lower_ == "if" for h in (verb, *verb.ancestors) for m in h.children
    ):
        return False
    return verb.tag_ in ("VBP", "VBZ") or any(c.tag_ == "MD" for c in verb.children)


def _names(token: Token) -> bool:
    """Whether a word is (part of) a name: tagged so, or capitalised inside its sentence."""
    if token.pos_ == "PROPN" or token.ent_type_ in _NAMED:
        return True
    return token.i != token.sent.start and token.text[:1].isupper()


def _compound_subject(verb: Token) -> Span | None:
    """ "..., Federal Election Commission records show.": the small model reads the subject's
    nouns as compounds of the verb (and "records" as a verb); they are its subject."""
    compounds = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i]
    if not compounds:
        return None
    start = min(c.left_edge.i for c in compounds)
    words = verb.doc[start : verb.i]
    if any(t.is_punct or (t.pos_ in ("AUX", "PRON", "DET") and t.i > start) for t in words):
        return None
    return words


def _noun_phrase(head: Token) -> Span:
    """The speaker's phrase: the head's subtree up to a relative clause after it ("the CBI,
    which complains of a lack of skills" is the CBI; "listeners of Virgin Radio, which compiled
    a top 10" are the listeners of Virgin Radio), appositions kept ("Hugh Hill, a doctor")."""
    start, end = _subtree_bounds(head)
    # "WASHINGTON (AP) — President Barack Obama accused": a wire dateline the parser took for
    # the subject, the speaker in apposition after its dash, or hung before the subject.
    dashes = [t.i for t in head.doc[start:end] if t.text in _DASHES]
    if dashes and head.is_upper and head.i == head.sent.start and dashes[0] > head.i:
        after = [c for c in head.children if c.dep_ == "appos" and c.i > dashes[0]]
        if after:
            return _noun_phrase(after[0])
    before = [i for i in dashes if i < head.i]
    if before:
        start = before[-1] + 1
    doc = head.doc
    while start < head.i and doc[start].dep_ == "compound" and doc[start].ent_type_ in _TIME_TYPES:
        start += 1  # "Until December Microsoft said": the month is when, not who
    relative = [c for c in head.subtree if c.dep_ == "relcl" and c.i > head.i]
    if relative:
        end = min(end, relative[0].left_edge.i)
    aside = circumstance_start(head)  # "Mr Blair on Sunday said": when, not who
    if aside is not None and aside < end:
        end = aside
        while end > head.i + 1 and head.doc[end - 1].is_punct:
            end -= 1
    return doc[_before_particle(doc, start, head.sent.start) : end]


@cache
def _particles() -> frozenset[str]:
    return frozenset(data_file("aliases.json")["particles"])


def _before_particle(doc: Doc, start: int, floor: int) -> int:
    """Where a name cut at its particle starts: "Nick Van den Brul described", whose "den" the
    parser read as a verb, leaving "Brul" alone as the subject; the name's proper nouns and
    particles before it are the speaker's too."""
    particle = doc[start - 1] if start - 1 > floor else None
    if particle is None or not particle.text.islower() or particle.lower_ not in _particles():
        return start
    first = start - 1
    while first - 1 >= floor and (
        doc[first - 1].pos_ == "PROPN" or doc[first - 1].lower_ in _particles()
    ):
        first -= 1
    while first < start - 1 and doc[first].pos_ != "PROPN":
        first += 1  # a name opens with a proper noun, not a particle
    return first if doc[first].pos_ == "PROPN" else start


_DASHES = frozenset({"—", "–", "--"})
# Entity types of when something was said, never part of who said it.
_TIME_TYPES = frozenset({"DATE", "TIME"})
_ARTICLES = frozenset({"a", "an", "the"})


# Dependents of a speaker's head word that can name who it is: "TikTok CEO Shou Zi Chew",
# "TikTok's boss", "Menzies Campbell, the party's spokesman". Not its prepositions ("the court
# in Washington" is not Washington) nor its adjectives ("Chinese authorities" are nobody).
_NAMING = frozenset({"compound", "poss", "appos", "flat", "nmod", "case"})


def speaker_core(speaker: Span) -> list[tuple[int, int]]:
    """Character ranges (in the Doc) of the speaker's head word, first, and of the words that
    name it; an entity is the speaker's only if it lies in them."""
    doc = speaker.doc
    root = speaker.root
    head = (root.idx, root.idx + len(root.text))
    chosen = {root.i}
    for child in root.children:
        # "TikTok representatives" with TikTok taken for an adjective; "Chinese" stays out.
        named_modifier = child.dep_ == "amod" and child.ent_type_ not in ("", "NORP")
        # "the letter from Qwest", "a statement by the White House": a text names its author.
        author = (
            root.lemma_.lower() in _UTTERANCES
            and child.dep_ == "prep"
            and (child.lower_ in ("from", "by"))
        )
        if child.dep_ in _NAMING or named_modifier or author or _title_of_then_name(child):
            chosen.update(t.i for t in child.subtree)
    ranges: list[tuple[int, int]] = []
    for i in sorted(i for i in chosen if speaker.start <= i < speaker.end):
        start, end = doc[i].idx, doc[i].idx + len(doc[i].text)
        if i != root.i:
            ranges.append((start, end))
    return [head, *ranges]


def _title_of_then_name(prep: Token) -> bool:
    """ "director of rugby Nigel Melville", "head of news Helen Boaden": a title that goes on
    with "of", whose object is a person's name after a word of the title; the parser hangs
    the name on the "of". Not "the father of Nigel Melville", whose object is the name alone."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ != "PERSON":
        return False
    first = obj.i
    while first > 0 and obj.doc[first].ent_iob_ == "I":
        first -= 1
    return first > obj.left_edge.i and obj.doc[obj.left_edge.i].ent_type_ == ""


def _participle_owner(verb: Token) -> Span | None:
    """ "with analysts saying a strong reading will ...", "polls showing Trump ahead": the noun
    a participle of saying hangs off."""
    head = verb.head
    # "the latest newspaper to endorse Clinton": an infinitive the noun does, too.
    infinitive = verb.dep_ in ("relcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    participle = verb.dep_ == "acl" and verb.tag_ == "VBG"
    if not (participle or infinitive) or head.i >= verb.i:
        return None
    if head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    issuer = head.head
    if infinitive and _state_of_mind(head):
        # "Staff were at pains to point out that ...", "was in no mood to admit": the phrase
        # says how the clause's subject says it; "pains" says nothing.
        return _own_speaker(issuer.head)
    if head.lemma_.lower() in _UTTERANCES and head.dep_ == "dobj" and issuer.pos_ == "VERB":
        # "Teneo issued a statement saying that ...": who issued it says it.
        speaker = _speaker(issuer)
        if speaker is not None:
            return speaker
    return verb.doc[head.left_edge.i : head.i + 1]


def _state_of_mind(noun: Token) -> bool:
    """A common noun in a phrase of "be" ("at pains", "in a hurry", "in no mood"), which says
    how the subject is, not who speaks."""
    prep = noun.head
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.lemma_ == "be"
    )


# Things said or written, whose maker speaks through them ("issued a statement saying").
_UTTERANCES = frozenset({"statement", "speech", "report", "letter", "message", "tweet", "memo",
                         "release", "post", "column", "editorial", "ad", "video", "note",
                         "email", "e-mail", "op-ed", "essay", "interview"})  # fmt: skip


def _cleft(verb: Token, subject: Token) -> Span | None:
    """ "it was users who filed a lawsuit, accusing ...": the users, not "it"."""
    if subject.lower_ != "it" or verb.lemma_ != "be":
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attr is None or not any(c.dep_ == "relcl" for c in attr.children):
        return None
    return verb.doc[attr.left_edge.i : attr.i + 1]


# "clashed with opposing skipper Roy Keane": after "with" an "-ing" word of a cue verb is the
# noun's adjective that the parser read as a gerund, no clause of the sentence's subject; "by
# wondering aloud", "after claiming that" are.
_NO_GERUND_PREPOSITIONS = frozenset({"with"})


def _speaker(verb: Token) -> Span | None:
    """The verb's subject, or the subject it shares: "X denied it and said ...", "X wrote,
    adding ...", "X went on to praise ...", "X refused to confirm ..."."""
    seen = 0
    set_off = _set_off(verb)
    while True:
        speaker = _own_speaker(verb)
        if speaker is not None or seen > 3:
            return speaker
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if infinitive and verb.head.lemma_ in _OBJECT_CONTROL and not set_off:
            # "prompting Republicans to rebuke their nominee": the object does it.
            obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            on = next(
                (c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "on"), None
            )
            if obj is None and on is not None:
                # "called on Mr Clarke to denounce ...": Mr Clarke is to denounce it.
                obj = next((c for c in on.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.i < verb.i:
                return verb.doc[obj.left_edge.i : obj.right_edge.i + 1]
        head = verb.head
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head  # "Democrats are quick to note that ..."
        elif (
            verb.dep_ == "pcomp"
            and verb.tag_ == "VBG"
            and head.head.pos_ in ("VERB", "AUX")
            and head.lower_ not in _NO_GERUND_PREPOSITIONS
        ):
            head = head.head  # "She tried to rally them by wondering aloud ..."
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.i > verb.i:
            # "Mr. Butterfield, noting that ..., said": the subject before the participle.
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i < verb.i:
                return verb.doc[subject.left_edge.i : subject.i + 1]
            opening = verb.left_edge.i == verb.sent.start
            if subject is not None and opening and subject.pos_ in ("PROPN", "NOUN", "PRON"):
                # "Calling Ms. Ross "exactly the partner I need," Mrs. Clinton upbraided ...":
                # a participle that opens the sentence is its subject's.
                return _noun_phrase(subject)
            return None
        if (outer := _added_aside(verb)) is not None:
            # "Officials said the email referred to X, adding that ...": who said the clause
            # adds to it, not the clause's own subject.
            verb = outer
            seen += 1
            continue
        if not seen and verb.dep_ == "conj" and _passive(verb) and not _passive(verb.head):
            # "Smith pulled out injured but is expected to be fit": the subject a passive cue
            # shares with an active verb is what the view is about, not who holds it (a holder
            # is its "by" agent, or the agent of a passive it is joined to: "was received well
            # by critics and was praised for ..."). Not "met and are set to announce": the cue
            # is "announce", whose subject the council is.
            return None
        # "went on to praise", "used a rally to lash", "X wrote, adding ...": the subject does both.
        shares = verb.dep_ in ("conj", "pcomp") or (
            verb.dep_ in ("xcomp", "advcl") and (infinitive or verb.tag_ == "VBG")
        )
        if not shares or head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
            return None
        if verb.dep_ == "conj" and _active_after_passive(verb, head):
            # "Ferguson was upset by Arsenal's discipline and praised his own side": an active
            # verb joined to a passive shares its subject, not its "by" agent.
            patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if patient is not None and patient.lower_ not in _RELATIVES:
                return _noun_phrase(patient)
        verb = head
        seen += 1


def _active_after_passive(verb: Token, head: Token) -> bool:
    """Whether a verb joined by "and"/"but" to a passive is active: it has an auxiliary of its
    own ("was handed a ban and has admitted"), a present tense ("is seen ... and describes
    itself"), or follows the passive's agent ("was upset by X and praised"). Not "was given a
    curfew and told to ...", whose "told" shares the passive's "was"."""
    if _passive(verb) or not _passive(head):
        return False
    if not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return False  # "revised by Peter Ackerman, who co-wrote ...": a clause misjoined
    own_aux = any(c.dep_ == "aux" and c.i < verb.i for c in verb.children)
    agent = any(c.dep_ == "agent" and c.i < verb.i for c in head.children)
    return own_aux or verb.tag_ in ("VBZ", "VBP") or agent


# Verbs whose gerund complement is a thing made so, not a deed of their subject's.
_CAUSATIVES = frozenset({"make", "render"})


def _passive(verb: Token) -> bool:
    """Whether the verb is a passive: "is expected", "were told"."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _set_off(verb: Token) -> bool:
    """A participle set off by a comma ("Blitzer asked Conway to talk to the nominee about
    singling out reporters, citing safety concerns"): it belongs to the sentence's subject,
    however deep the parser hung it, never to the object an infinitive gives the deed to."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.doc[verb.i - 1].text == ","


def _added_aside(verb: Token) -> Token | None:
    """The verb of saying whose reported clause a participle of saying or thinking is set off
    after ("said the email referred to X, adding that ...", "said profits rose, citing demand"):
    the outer speaker adds or cites it, not the clause's subject. The parser may hang the
    participle on a complement inside the clause ("said it was too early to speculate, hoping
    only that ...": on "speculate"), which is still part of what was said."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or _lemma(verb) not in cue_verbs():
        return None
    clause = verb.head
    while clause.dep_ in ("xcomp", "acomp") and clause.head.i < clause.i:
        clause = clause.head  # "was too early to speculate": up to "was"
    said = clause.head
    if (
        clause.i < verb.i
        and clause.dep_ == "ccomp"
        and said.i < clause.i
        and said.pos_ in ("VERB", "AUX")
        and _lemma(said) in speech_verbs()
    ):
        return said
    return None


# Children that are not part of what a cue verb's object says: a coordinated verb, a clause
# on the side ("..., adding that ...") and punctuation.
_BESIDE = frozenset({"conj", "cc", "advcl", "punct", "parataxis", "mark", "preconj"})


# Prepositions whose object is what is said or thought of ("responded to the charge", "accused
# them of lying"), unlike "responded from the White House".
_ABOUT = frozenset({"of", "about", "for", "against", "to", "over", "on"})
# Verbs whose "to" phrase is what is said ("responded to the charge", "admitted to lying").
_TO_WHAT = frozenset({"respond", "reply", "react", "object", "allude", "point", "refer", "admit",
                      "confess", "testify", "agree", "pledge", "commit"})  # fmt: skip


def _about(prep: Token) -> bool:
    """A preposition whose object is what is said ("commented on the deal"), not when ("on
    Tuesday") or where ("from the White House")."""
    if any(_opens_clause(t) for t in prep.subtree):
        # "claiming without evidence that the race is tied", "claimed at the time that she
        # had turned over everything" (which the parser hangs off "time")
        return True
    if prep.lower_ not in _ABOUT:
        return False
    if not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return False  # "the 'Lanny' referred to in the email": a preposition about nothing
    if prep.lower_ == "to" and prep.head.lemma_.lower() not in _TO_WHAT:
        return False  # "wrote to the State Department", "complained to reporters": to whom
    if any(t.lower_ == "anonymity" for t in prep.subtree):
        return False  # "spoke on condition of anonymity": how, not what
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    spoke = prep.head.lemma_ in ("speak", "talk", "appear")  # not "commented on the interview"
    if (
        place is not None
        and (spoke or prep.lower_ != "on")
        and (
            place.lemma_.lower() in _listed("venues")
            or (spoke and place.ent_type_ in ("ORG", "FAC"))
        )
    ):
        return False  # "speaking on BBC Radio 4", "at a conference": where, not what
    return not any(c.ent_type_ in ("DATE", "TIME") for c in prep.children if c.dep_ == "pobj")


# Prepositions of a time or circumstance beside the act ("after dismissing the tape as talk").
_WHEN = frozenset({"after", "before", "while", "since", "despite", "during", "amid", "until"})


def _when(child: Token) -> bool:
    """ "labeled Clinton the worst abuser after dismissing ...": a phrase of when the object
    was said, not part of it (another attribution, often)."""
    if child.dep_ != "prep" or child.lower_ not in _WHEN:
        return False
    return any(c.dep_ in ("pobj", "pcomp") for c in child.children)  # not "out before about X"


def _opens_clause(token: Token) -> bool:
    """A "that" which opens a clause with a subject of its own."""
    if token.lower_ != "that":
        return False
    if token.dep_ == "mark":
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    subjects = ("nsubj", "nsubjpass")
    return following is not None and (following.dep_ in subjects or following.head.dep_ in subjects)


# Cue verbs whose object is who is told, not what: "told The Washington Post", "briefed
# reporters". Only a phrase about something ("told reporters about the deal") is what is said.
_ADDRESSED = frozenset({"tell", "inform", "notify", "brief", "remind", "assure", "reassure",
                        "advise", "thank"})  # fmt: skip


# A content that is the sentence before the attribution's ("This was announced by X").
PREVIOUS = (-1, -1)
_DEMONSTRATIVES = frozenset({"this", "that", "it", "these", "those"})
# Nouns that stand for what the sentence before told ("The news was confirmed by ...").
_TOLD = frozenset({"news", "report", "reports", "information", "announcement", "move", "claim",
                   "claims", "decision", "statement", "change", "plan", "step"})  # fmt: skip


def _points_back(subject: Token) -> bool:
    """ "This", "these", "the news", "this decision": a subject that stands for what was told."""
    children = list(subject.children)
    if subject.lower_ in _DEMONSTRATIVES:
        return not children
    if subject.lower_ not in _TOLD or len(children) != 1:
        return False
    det = children[0]
    return det.dep_ == "det" and det.lower_ in ("the", "this", "that", "these", "those")


_FULL_STOPS = (".", "!", "?")


def _quote_before(verb: Token, regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'"Amazing," responded Abedin', '"... (As long as they are!)," Isikoff said': a reporting
    clause right after a closed quotation says it, however the parser split the sentences."""
    doc = verb.doc
    if verb.lemma_.lower() not in _ADDRESSED and any(
        c.dep_ == "dobj" and c.i > verb.i for c in verb.children
    ):
        # '"...," Mr Burgmans said. The company will announce the location of its head office
        # later': a verb with an object of its own says that, not the quotation before it.
        return None
    subject = _own_speaker(verb)
    if subject is None:
        return None
    clause_start = min(verb.i, subject.start)
    clause_end = max(verb.i + 1, subject.end)
    if any(
        clause_end <= q_open <= clause_end + 1 and not doc[q_open - 1].text.endswith(_FULL_STOPS)
        for q_open, _ in regions
    ):
        # '"The best way," he said, "is ...": a quotation the clause interrupts; not one that
        # opens after the clause's full stop ('said X, the director of the A.F.L.-C.I.O. "We')
        return None
    for q_open, q_close in regions:
        if q_close >= clause_start or q_close >= len(doc):
            continue
        if q_open > 0 and not (doc[q_open - 1].is_punct or doc[q_open - 1].is_space):
            continue  # 'Lisbon risks becoming a "synonym for ...", his report said': a phrase
        between = doc[q_close + 1 : clause_start]
        if all(t.is_punct for t in between) and len(between) <= 2:
            return trim_tokens(doc[q_open + 1 : q_close], words=False)
    return None


# Adverbs that open a subordinate clause ("... became explicit when she asked ..."); the
# parser attaches them as advmod, not as a mark.
_WH_WHEN = frozenset({"when", "whenever", "where", "wherever", "once"})


def _content(verb: Token, sentence: Span, regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    doc = verb.doc
    portrayed = _portrayed(verb) or _called_on(verb) or _yes_or_no(verb)
    if portrayed is not None:
        return portrayed
    speech = verb.lemma_.lower() in speech_verbs()
    # A clause after the verb first: "In an interview focused on ..., Trump said X" is X.
    # A clause with a subject before an infinitive: 'told NBC's "Meet the Press" that ...'.
    later = sorted(
        (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i),
        key=lambda c: not (c.dep_ == "ccomp" and doc[c.left_edge.i].lower_ == "that"),
    )
    if speech and (not later or any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)):
        # A reporting clause right after a quotation says that quotation, whatever the parser
        # hung off the verb: '"...," said Alden, author of the book "Failure to Adjust: How
        # ..."', 'X kept silent for years: "My husband didn't know," she said.'
        quoted = _quote_before(verb, regions)
        if quoted is not None:
            return quoted
    next_i = verb.i + 1
    if (
        verb.dep_ == "ccomp"
        and verb.head.i > next_i + 1 < len(doc)
        and doc[next_i].lower_ == "that"
        and doc[next_i + 1].text == ","
    ):
        # "Republicans calculated that, given the head winds ..., they needed to drain ...":
        # the parser made the clause "that" opens the root and the cue a clause of it.
        return trim_tokens(doc[next_i : verb.head.right_edge.i + 1])
    for child in later or [c for c in verb.children if c.dep_ == "ccomp"]:
        if child.i < verb.i and (_relative_between(child, verb) or _clause_between(child, verb)):
            continue  # "There are reasons, some of which we don't understand"
        start, end = _subtree_bounds(child)
        end = _run_on(verb, end)
        if child.i > verb.i:
            # "which the government believes may pose risks": the content starts after the cue.
            start = max(start, verb.i + 1)
            start = _subject_taken_for_object(verb, child, start)
            start = _pointed_at(verb, child, start)
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        if child.dep_ == "xcomp" and passive is not None and passive.lower_ not in _RELATIVES:
            # "Mr Howard is expected to attack ...", "A deal is thought to have been agreed":
            # nobody says it; what is said is that the subject does, cue and all.
            start = passive.left_edge.i
        end = _participle_aside(doc, start, _contrast(doc, start, end))
        return trim_tokens(doc[start:end])
    stray = _stray_clause(verb) if speech else None
    if stray is None and speech:
        stray = _object_then_verb(verb)
    if stray is not None:
        return stray
    if speech:
        quoted = _quote_before(verb, regions)
        if quoted is not None:
            return quoted
    # "..., Reuters reported on June 17": the reporting clause hangs off the content's verb.
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or (
        _compound_subject(verb) is not None
    )
    # "since he had testified": a subordinate clause, not a reporting one ("as X noted" is).
    subordinate = any(
        (c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in _WH_WHEN))
        and c.i < verb.i
        and c.lower_ not in ("as", "that")
        and not any(t.is_punct for t in doc[c.i : verb.i])
        for c in verb.children
    )
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i < verb.i and has_subject:
        if not speech or subordinate:
            return None
        start, _ = _subtree_bounds(verb)
        if not any(t.is_punct for t in doc[verb.head.i + 1 : verb.i]):
            # "tax returns that showed he reported a loss": a clause of what is shown, not a
            # reporting clause set off after its content ("Sales fell, Reuters reported").
            return None
        return trim_tokens(doc[sentence.start : start])
    # '"The best way," Schiff said, "is ..."', "Beyond that, he said, the bank may ...", "As
    # Politico reported, the PAC will ...": a reporting clause set before or inside its content.
    as_clause = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )
    inset = verb.dep_ in ("parataxis", "ccomp") or as_clause
    if inset and verb.head.i > verb.i and has_subject and speech:
        v_start, v_end = _subtree_bounds(verb)
        before = doc[sentence.start : v_start]
        after = doc[v_end : sentence.end]
        around = runs_around(verb, before, after)
        if around is not None:
            return trim_tokens(around)
        return trim_tokens(before if len(before) > len(after) else after)
    # "This was announced by X", "The news was confirmed by the company": what is announced is
    # the sentence before. "The data was confirmed by strategists": the subject is what is.
    described = _said_of_noun(verb)
    if described is not None:
        return described
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and any(c.dep_ == "agent" for c in verb.children):
        if _points_back(passive):
            return PREVIOUS
        if passive.i < verb.i:
            start = passive.left_edge.i
            if verb.dep_ == "relcl" and doc[start].tag_ in ("WDT", "WP", "WP$"):
                # "The plan, which was announced by the minister": the plan, not "which";
                # "Mr Smith, whose retirement was announced by ...": from the name on.
                owner = _noun_phrase(verb.head)
                if doc[start].tag_ != "WP$":
                    return trim_tokens(owner)
                start = owner.start
            return trim_tokens(doc[start : passive.right_edge.i + 1])
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
    return None


def _run_on(verb: Token, end: int) -> int:
    """Where what a cue says ends, the clause at `end` with it: "He said fines would be levied
    on employers and licences would be removed", "he was certain MPs would get another chance"
    (the parser hung "would be removed", "would get" off "said" as clauses of their own, right
    after the first, with no word between): one thing said, not a claim cut in the middle. Not
    a clause of saying ("Asked whether he would quit he said: ..."), nor one after a comma or
    a "but" the first ends with, or that opens with one: that is another thing, set apart."""
    last = verb.doc[end - 1]
    if last.text == "," and end < len(verb.doc):
        # "said the settlement, details of which will be announced next week, was an
        # opportunity": the parser made the relative clause the content and hung "was ..."
        # after it with no subject; a clause with no subject goes on the one before.
        for clause in verb.children:
            if clause.dep_ == "ccomp" and clause.left_edge.i == end and clause.i > verb.i:
                subjects = ("nsubj", "nsubjpass", "expl", "csubj")
                if clause.tag_ in _FINITE and not any(c.dep_ in subjects for c in clause.children):
                    return clause.right_edge.i + 1
    if last.is_punct or last.dep_ == "cc" or end >= len(verb.doc):
        return end
    if verb.doc[end].dep_ in ("cc", "mark"):
        return end  # "... so people can hold him to account but on taxes he has ...": the writer's
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.left_edge.i == end and clause.i > verb.i:
            return end if _lemma(clause) in cue_verbs() else clause.right_edge.i + 1
    return end


_ANSWERS = frozenset({"yes", "no"})


def _yes_or_no(verb: Token) -> tuple[int, int] | None:
    """ "Only 28 said yes", "The board said no to the plan": the answer, and what it answers,
    is what is said (the parser makes it an interjection, no object)."""
    if verb.lemma_.lower() not in speech_verbs():
        return None
    answer = next(
        (c for c in verb.children if c.dep_ == "intj" and c.lower_ in _ANSWERS and c.i > verb.i),
        None,
    )
    if answer is None:
        return None
    end = answer.i + 1
    to = next(
        (c for c in verb.children if c.dep_ == "prep" and c.i == end and c.lower_ == "to"), None
    )
    if to is not None:
        end = to.right_edge.i + 1  # "said no to the plan"
    return trim_tokens(verb.doc[answer.i : end])


def _called_on(verb: Token) -> tuple[int, int] | None:
    """ "called on Mr Clarke to denounce the suggestion", "has been pleading with voters to get
    out and vote": whom a verb of asking asks, in the preposition right after it that cues.json's
    "appeals" pairs with it, and what to do, which the parser hangs off the verb apart (a
    preposition phrase and an infinitive, as an "xcomp" or an "advcl")."""
    if verb.i + 1 >= len(verb.doc):
        return None
    on = verb.doc[verb.i + 1]  # right after it: not "On Friday, X called ..."
    if f"{verb.lemma_.lower()} {on.lower_}" not in _listed("appeals"):
        return None
    if on.head.i != verb.i:
        return None
    whom = next((c for c in on.children if c.dep_ == "pobj"), None)
    if whom is None:
        # "pleading with core Democratic voters to get out": whom made the subject of the
        # infinitive, a clause of the preposition.
        clause = next((c for c in on.children if c.dep_ == "pcomp" and _infinitive(c)), None)
        return (
            trim_tokens(verb.doc[clause.left_edge.i : clause.right_edge.i + 1])
            if clause is not None
            else None
        )
    to_do = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "advcl") and c.i > whom.i and _infinitive(c)
        ),
        None,
    )  # fmt: skip
    if to_do is None:
        return None
    return trim_tokens(verb.doc[whom.left_edge.i : to_do.right_edge.i + 1])


def _infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _subject_taken_for_object(verb: Token, clause: Token, start: int) -> int:
    """ "McLeish accepted the referee had no option": the small model makes "the referee" the
    verb's object and "had no option" a clause with no subject; the object is its subject."""
    if clause.dep_ != "ccomp" or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in clause.children
    ):
        return start  # "told World Business Report that there was ...": an addressee
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if thing is None or thing.pos_ == "PRON":
        return start
    if thing.right_edge.i + 1 != start and not _object_modifiers(verb, thing, start):
        return start
    return thing.left_edge.i


# Verbs whose "to" phrase is what they point at, so that an infinitive after it is the noun's.
_POINTING = frozenset({"point", "allude", "refer"})


def _pointed_at(verb: Token, clause: Token, start: int) -> int:
    """ "Analysts pointed to the dollar's inability recently to extend that rally": the small
    model hangs "to extend ..." on the verb, but it completes the noun pointed at, and the noun
    is what is said."""
    if clause.dep_ != "xcomp" or verb.lemma_.lower() not in _POINTING:
        return start
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to" and verb.i < child.i < clause.i:
            thing = next((c for c in child.children if c.dep_ == "pobj"), None)
            if thing is not None:
                return thing.left_edge.i
    return start


def _object_modifiers(verb: Token, thing: Token, start: int) -> bool:
    """ "the survey found 39 nations out of 65 questioned were increasing ...": the object's own
    modifier ("out of 65 questioned") hung off the verb fills the gap between the object and
    the subjectless clause; the object is still the clause's subject."""
    between = range(thing.right_edge.i + 1, start)
    covered: set[int] = set()
    for child in verb.children:
        if child.dep_ == "prep" and thing.i < child.i < start:
            low, high = _subtree_bounds(child)
            covered.update(range(low, high))
    doc = verb.doc
    return all(i in covered and not doc[i].is_punct for i in between)


# Speech verbs whose object is whom they address ("told reporters", "asked the minister"), so
# that a verb after the object is never the object's own.
_ADDRESSEES = frozenset(
    {"ask", "answer", "assure", "chide", "mock", "quote", "reassure", "remind", "taunt", "tell"}
)


def _object_then_verb(verb: Token) -> tuple[int, int] | None:
    """ "condemned the debate and complained the promises were vague": after a first verb, the
    small model makes "the promises" the cue's object and hangs "were vague" on the first verb
    as a subjectless clause of its own; the object and that verb are what is said."""
    doc = verb.doc
    if verb.lemma_.lower() in _ADDRESSEES:
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if thing is None or thing.pos_ == "PRON" or thing.right_edge.i + 1 >= len(doc):
        return None
    after = doc[thing.right_edge.i + 1]
    if after.tag_ not in _FINITE or after.dep_ != "conj" or after.head not in verb.ancestors:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in after.children):
        return None
    return trim_tokens(doc[thing.left_edge.i : after.right_edge.i + 1])


# How far after its verb a "that" clause the parser hung elsewhere may still be its content.
_STRAY_REACH = 10


def _stray_clause(verb: Token) -> tuple[int, int] | None:
    """'Conway acknowledged on NBC's "Meet the Press" that Mr. Trump was trailing': a "that"
    clause shortly after a verb of saying, hung by the parser off a word in between."""
    doc = verb.doc
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "states that Mr. Trump is likely to lose": a noun taken for the verb
    for token in doc[verb.i + 1 : min(verb.right_edge.i + 1, verb.i + _STRAY_REACH)]:
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("ccomp", "conj", "parataxis"):
            return None  # a clause of its own comes first
        clause = token.head  # not "her reaction to news that ...": a noun's clause
        opens = _opens_clause(token) and token.i < clause.i and clause.dep_ != "acl"
        if opens and verb.is_ancestor(token):
            return trim_tokens(doc[token.i + 1 : clause.right_edge.i + 1])
    return None


def _relative_between(clause: Token, verb: Token) -> bool:
    """Whether a relative pronoun stands between a clause and the verb after it ("reasons for
    that, some of which we don't understand"): the clause is what the pronoun is about, not
    what the verb reports."""
    return any(t.tag_ in ("WDT", "WP") for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _clause_between(clause: Token, verb: Token) -> bool:
    """Whether another clause or object of the verb stands between a clause before it and the
    verb: "It goes deeper than that: playing videos marks a move from the model we have all
    accepted" (the parser's root "accepted", its "clause" the sentence's opening). What a verb
    reports before it stands right before its own subject ('"We will win," he said')."""
    return any(
        c.dep_ in ("advcl", "dobj", "csubj") and clause.right_edge.i < c.i < verb.i
        for c in verb.children
    )


# Marks of a clause the writer sets against what is said ("..., while 31 percent call them").
_CONTRASTS = frozenset({"while", "whereas"})
# A concession is the writer's only when it reports someone else's saying: "..., though critics
# consider RT a Kremlin mouthpiece"; not "he would run, though he had not decided".
_CONCESSIONS = frozenset({"though", "although"})


def _contrast(doc: Doc, start: int, end: int) -> int:
    """Where a content ends before a contrast of the writer's: "Forty-one percent say the
    comments are unacceptable, while 31 percent call them typical" (the second is a claim of
    its own), "RT suggested the decision hindered its freedom, though critics consider RT a
    Kremlin mouthpiece"."""
    for i in range(start + 1, end):
        if _reporting_conjunct(doc[i]):
            return i
        if doc[i].dep_ != "mark":
            continue
        if doc[i].lower_ not in _CONTRASTS and not (
            doc[i].lower_ in _CONCESSIONS and _reports_saying(doc[i].head)
        ):
            continue
        before = i - 1
        while before > start and doc[before].text in DOUBLE_QUOTES:  # ',” while'
            before -= 1
        if doc[before].text == ",":
            return before + 1 if before + 1 < i else before  # a closing mark stays with its quote
    return end


def _reporting_conjunct(cc: Token) -> bool:
    """ "figures showed the economy grew by 9.5% and experts say the picture remains strong":
    the parser joins the second reporting clause to the first one's content; an "and" or a
    "but" before a cue verb with a subject of its own and a clause of what it says ends the
    content there, and the second is a claim of its own."""
    if cc.dep_ != "cc" or cc.lower_ not in ("and", "but"):
        return False
    verb = next((c for c in cc.head.children if c.dep_ == "conj" and c.i > cc.i), None)
    if verb is None or not _reports_saying(verb):
        return False
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    if subject.i < cc.i or any(t.like_num for t in subject.subtree):
        return False  # "70% were no worse off, and another 18% felt better off": one finding
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _reports_saying(verb: Token) -> bool:
    """A clause whose verb is a cue with a subject of its own ("critics consider ...")."""
    return _lemma(verb) in cue_verbs() and any(c.dep_ == "nsubj" for c in verb.children)


def _said_of_noun(verb: Token) -> tuple[int, int] | None:
    """ "the memo disclosed by WikiLeaks", "the proposals suggested by the tax experts": a past
    participle of a cue with its agent, after the noun it is said of, which is the content
    (the noun with what comes before it: the participle's phrase is the attribution)."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.head.i > verb.i:
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "agent" for c in verb.children):
        return None
    if _lemma(verb) not in _listed("said_of"):
        return None  # "the man wanted by police", "the strike called by the union": a deed
    records = _listed("evidence") | _listed("published")
    if (
        noun.dep_ == "nsubj"
        and _lemma(noun.head) in speech_verbs()
        and noun.lemma_.lower() not in records
    ):
        # "said one musician quoted by the report", "an official cited by the paper said":
        # the noun is who speaks, not what is said of it; "the figures quoted by the
        # minister show ..." are still what he quoted.
        return None
    name = next((c for c in verb.children if c.dep_ in ("oprd", "attr") and c.i > verb.i), None)
    if name is not None:
        # "fundraisers dubbed "Hillblazers" by the campaign": what they are called is said.
        return trim_tokens(verb.doc[name.left_edge.i : name.right_edge.i + 1], words=False)
    return trim_tokens(verb.doc[noun.left_edge.i : noun.i + 1])


def _participle_aside(doc: Doc, start: int, end: int) -> int:
    """Where a content ends before a participle of saying or thinking set off by a comma:
    "Clinton seeks to run up her margin, anticipating a divisive Congress", "officials said the
    email referred to her support, adding that ...": the participle is an attribution of its
    own (what is anticipated or added), which the parser hung inside the clause."""
    for i in range(start + 1, end):
        token = doc[i]
        if token.tag_ != "VBG" or token.dep_ != "advcl" or _lemma(token) not in cue_verbs():
            continue
        if any(c.dep_ == "neg" for c in token.children):
            continue  # "should focus on the budget, not criticizing the nominee": no act
        opening = token.left_edge.i  # "apparently suggesting": an adverb before it
        if opening <= start or doc[opening - 1].text != "," or token.head.i > i:
            continue
        if any(c.dep_ in _SAID for c in token.children):
            return opening - 1
    return end


def _portrayed(verb: Token) -> tuple[int, int] | None:
    """ "Clinton is considered the more market-friendly outcome", "the West is portrayed as
    grim": a view held of the subject by nobody named; what is held is the whole clause."""
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is None or passive.i > verb.i or passive.lower_ in (*_RELATIVES, "what"):
        return None
    if verb.lemma_.lower() not in _listed("portrayals") or any(
        c.dep_ == "agent" for c in verb.children
    ):
        return None
    complement = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and (c.dep_ in ("oprd", "attr") or (c.dep_ == "prep" and c.lower_ == "as"))
        ),
        None,
    )
    if complement is None or any(c.dep_ == "pcomp" for c in complement.children):
        return None  # "has been reported as saying ...": what is said follows
    return trim_tokens(verb.doc[passive.left_edge.i : complement.right_edge.i + 1])


def _held_as(verb: Token, sentence: Span) -> Attribution | None:
    """ "Critics see the plan as a tax on the poor", "the firm bills itself as the cheapest
    airline", "He is widely seen as the favourite": a verb that says what someone holds a thing
    to be only with an "as" phrase (alone, "saw the film", "painted the wall" say nothing). What
    is held is the thing and the phrase; its passive with nobody named is nobody's view, the
    whole clause, as with the portrayals ("is considered the safer bet")."""
    children = list(verb.children)
    held_as = next(
        (
            c
            for c in children
            if c.dep_ == "prep"
            and c.lower_ == "as"
            and c.i > verb.i
            and any(
                g.dep_ in ("pobj", "pcomp") and g.pos_ not in ("NUM", "ADV") for g in c.children
            )
        ),
        None,
    )  # not "saw shares as low as 5p": a comparison, not what they are held to be
    if held_as is None:
        return None
    doc = verb.doc
    passive = next((c for c in children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if passive is not None:
        if passive.lower_ in (*_RELATIVES, "what"):
            return None  # "who is seen as a loose cannon": of the noun before, not "who"
        start = passive.left_edge.i
        speaker = _speaker(verb) if any(c.dep_ == "agent" for c in children) else None
    else:
        held = next((c for c in children if c.dep_ == "dobj" and verb.i < c.i < held_as.i), None)
        speaker = _speaker(verb)
        if held is None or speaker is None:
            return None
        start = held.left_edge.i
    content = trim_tokens(doc[start : held_as.right_edge.i + 1])
    if content is None:
        return None
    cue_span = (verb.idx, verb.idx + len(verb.text))
    return Attribution(verb.lemma_.lower(), cue_span, speaker, content, sentence, verb.i)


def _object_content(verb: Token) -> tuple[int, int] | None:
    """ "X accused them of violating ...", "X backs Clinton for president": what follows the
    cue, when it has no clause of what is said."""
    doc = verb.doc
    called_for = next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl" and c.i > verb.i and doc[c.left_edge.i].lower_ == "for"
        ),
        None,
    )
    if called_for is not None and _speaker(verb) is not None:
        # "Republicans who have called for Trump to be replaced": the parser makes "for" the
        # mark of a clause, which is what is called for.
        return trim_tokens(doc[called_for.left_edge.i + 1 : called_for.right_edge.i + 1])
    objects = [
        c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "prep", "dative", "oprd")
    ]
    active = not _passive(verb)
    if not active and verb.lemma_.lower() in _listed("charges"):
        return _charged_with(verb)
    clause_only = verb.lemma_.lower() in _listed("clause_only")  # "added 150,000 jobs"
    if not objects or not active or clause_only or _speaker(verb) is None:
        return None
    if any(_says_itself(c) for c in objects):
        return None  # "released a statement saying ...": the statement's claim is the one
    if verb.lemma_.lower() in _ADDRESSED:
        about = next((c for c in objects if c.dep_ == "prep" and c.lower_ in ("about", "of")), None)
        return trim_tokens(doc[about.i + 1 : about.right_edge.i + 1]) if about else None
    end = max(
        (
            c.right_edge.i
            for c in verb.children
            if c.i > verb.i and c.dep_ not in (*_BESIDE, "prt") and not _when(c)
        ),
        default=None,
    )
    if end is None:
        return None  # "pledged during the rally": only when, not what
    said = [c for c in objects if c.dep_ != "prep" or _about(c)]
    if not said and end == max(c.right_edge.i for c in objects):
        return None  # "Obama responded from the White House": only where, not what
    end = _someone_else_saying(doc, verb.i + 1, end + 1)
    return trim_tokens(doc[verb.i + 1 : _said_in_relative(objects, end)])


def _said_in_relative(objects: list[Token], end: int) -> int:
    """Where an object content ends before a relative clause set off by a comma that reports
    a saying of its own: "slammed other Republicans, who he said are less loyal" (what "he
    said" is a claim of its own; the object is whom he slammed)."""
    doc = objects[0].doc
    for thing in objects:
        for clause in thing.children:
            opening = clause.left_edge.i
            if clause.dep_ != "relcl" or clause.i < thing.i or doc[opening - 1].text != ",":
                continue
            if any(
                t.pos_ in ("VERB", "AUX")
                and _lemma(t) in speech_verbs()
                and any(c.dep_ == "nsubj" for c in t.children)
                for t in clause.subtree
            ):
                return min(end, opening - 1)
    return end


def _someone_else_saying(doc: Doc, start: int, end: int) -> int:
    """Where an object content ends before "with" and someone saying something: "defended the
    decision to honour both men, with a spokesperson saying: ..." (a claim of its own)."""
    for i in range(start, end):
        token = doc[i]
        if token.lower_ != "with" or token.dep_ != "prep":
            continue
        if any(c.tag_ == "VBG" and _lemma(c) in cue_verbs() for c in token.children) or any(
            g.dep_ == "acl" and g.tag_ == "VBG" and _lemma(g) in cue_verbs()
            for c in token.children
            for g in c.children
        ):
            return i
    return end


def _says_itself(thing: Token) -> bool:
    """ "a statement saying he did not condone", "a message declaring it's so nice": an object
    that is a text with a participle of saying, whose attribution tells what it says."""
    return (
        thing.dep_ == "dobj"
        and thing.lemma_.lower() in _UTTERANCES
        and any(
            c.dep_ == "acl" and c.tag_ == "VBG" and _lemma(c) in cue_verbs() for c in thing.children
        )
    )


def _charged_with(verb: Token) -> tuple[int, int] | None:
    """ "Thurmond was accused of trying to grope ...", "he was praised for ...": what a passive
    charge is of; who made it the text does not say (an agent is the speaker)."""
    prep = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep" and c.i > verb.i and c.lower_ in ("of", "for")
        ),
        None,
    )
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    return trim_tokens(verb.doc[prep.i + 1 : prep.right_edge.i + 1])


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
        if start < q_open < end < q_close and _ends_sentence(doc, end):
            # 'joked that it would be "my get rich quick scheme. I'm now suing you guys."': a
            # quote opened inside the content goes on past the sentence the parser ended.
            bounds = trim_tokens(doc[start:q_close], words=False)
            return bounds if bounds else content
    return content


def _ends_sentence(doc: Doc, end: int) -> bool:
    """Whether only punctuation follows token `end` - 1 in its sentence."""
    sentence_end = doc[end - 1].sent.end
    return all(doc[i].is_punct for i in range(end, sentence_end))


def outermost(attributions: list[Attribution], quoted: set[int]) -> list[Attribution]:
    """Attributions that are not part of what is attributed: a cue inside a quotation or inside
    another attribution's content is the speaker's own wording ("He said he thinks ..."), and
    one token belongs to one attribution at most."""
    # "repeated Clinton's allegations": the verb is part of the noun's cue, not a cue of its own.
    # By the cue's own words: "has consistently denied" holds the verb group's words too.
    cues = [a.cue_span for a in attributions]
    attributions = [
        a
        for a in attributions
        if not any(
            span != a.cue_span
            and span[0] <= (a.core or a.cue_span)[0]
            and (a.core or a.cue_span)[1] <= span[1]
            for span in cues
        )
    ]
    unquoted = [a for a in attributions if a.cue_token not in quoted]

    def inside(a: Attribution, b: Attribution) -> bool:
        return b.nests and b.content[0] <= a.cue_token < b.content[1]

    def under(a: Attribution, b: Attribution) -> bool:
        """a is part of b: inside its content, and if each is inside the other, lower in the
        parse ("X said he felt obliged to act since he had testified")."""
        if not inside(a, b):
            return False
        if not inside(b, a):
            return True
        doc = a.sentence.doc
        return doc[b.cue_token].is_ancestor(doc[a.cue_token])

    def described(a: Attribution, b: Attribution) -> bool:
        """ "critics call it a mouthpiece that seeks to create an alternative to reality": what
        a thing ("that", "which") does in another's content is how that speaker describes it."""
        thing = a.speaker is not None and len(a.speaker) == 1 and a.speaker[0].lower_ in _THINGS
        return thing and b.content[0] <= a.cue_token < b.content[1]

    return [
        a
        for a in unquoted
        if not any(b is not a and (under(a, b) or described(a, b)) for b in unquoted)
    ]


# Relative pronouns that stand for a thing, not a person.
_THINGS = frozenset({"that", "which"})
