"""Headlines in Title Case, put in sentence case so that the parser can read their grammar.

The small model tags every capitalised word of "Trump Warns Clinton Policy On Syria Would Lead
To War" as a proper noun and parses it as one long name. Lowercased, "Trump warns clinton policy
on syria would lead to war" is parsed as a sentence. The text keeps its length, so every offset
of the new parse is an offset of the headline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factx.extract.attribution import Attribution, deeds, speech_verbs, trim_tokens
from factx.extract.spans import doc_text
from factx.extract.wordlists import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Short words are capitalised in some house styles and not in others: they do not decide.
_DECIDING_LENGTH = 4
_TITLE_SHARE = 0.75


def is_title_case(doc: Doc) -> bool:
    words = [t.text for t in doc if t.is_alpha and len(t.text) >= _DECIDING_LENGTH]
    if len(words) < 2 or all(w.isupper() for w in words):
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised >= _TITLE_SHARE * len(words)


def sentence_case(doc: Doc) -> str | None:
    """The headline's text with its capitals lowercased but for the first word and acronyms,
    or None if it is not in Title Case.

    Names lose their capitals too: the model's entities in a Title Case headline run over the
    verb ("Donald Trump Claims" as one name), and the reparse is only read for its grammar;
    speakers are still matched to the entities of the headline as printed.
    """
    if not is_title_case(doc):
        return None
    chars = list(doc_text(doc))
    for token in doc:
        text = token.text
        keep = token.i == 0 or (len(text) > 1 and text.isupper()) or text == "I"
        if not keep and text[:1].isupper():
            chars[token.idx] = text[0].lower()
    return "".join(chars)


# A headline label is a name of a few words: "McCaul", "Donald Trump Jr", "Black Democrats to
# Hillary Clinton"; the small words that may join its capitalised ones.
_LABEL_WORDS = 6
_JOINING = frozenset({"of", "the", "and", "to", "&"})


def label(sentence: Span, printed: str) -> Attribution | None:
    """ "McCaul: If elected, Hillary Clinton could be impeached", "Black Democrats to Hillary
    Clinton: Send Money to Take Congress": a headline that opens with a name and a colon says
    what that name says (to whom, after "to"). Capitals are read off the headline as printed
    (`printed`, the text the parse's offsets are in), since a Title Case one is reparsed in
    lowercase; a kicker ("Analysis:", "Live:") names nobody."""
    doc = sentence.doc
    colon = next((t for t in sentence[: _LABEL_WORDS + 2] if t.text == ":"), None)
    if colon is None or colon.i == sentence.start:
        return None
    words = [t for t in doc[sentence.start : colon.i] if not t.is_punct]
    if not words or len(words) > _LABEL_WORDS:
        return None
    if words[0].lower_ in word_sets("cues.json")["headline_kickers"]:
        return None
    if not all(printed[t.idx].isupper() or t.lower_ in _JOINING for t in words):
        return None
    if not printed[words[0].idx].isupper():
        return None
    content = trim_tokens(doc[colon.i + 1 : sentence.end], words=False)
    if content is None or content[1] - content[0] < 3:
        return None
    to = next((t.i for t in words if t.lower_ == "to"), None)
    speaker = doc[sentence.start : to if to is not None else colon.i]
    if not len(speaker):
        return None
    cue_span = (colon.idx, colon.idx + 1)
    return Attribution(":", cue_span, speaker, content, sentence, colon.i)


# Verbs of saying that a headline mostly uses in another sense ("U.S. adds 156,000 jobs").
_NOT_SAID = frozenset({"add", "show", "find", "answer", "state"})


def says(sentence: Span, printed: str) -> Attribution | None:
    """ "Justice Department pledges quick work on renewed Clinton email probe", "WikiLeaks
    claims 'state party' cut ...": a headline's name and a cue verb in the present, which the
    parser read as a noun phrase; what follows is what the name says."""
    doc = sentence.doc
    words = [t for t in sentence if not t.is_punct]
    for at, verb in enumerate(words[1 : _LABEL_WORDS + 1], 1):
        name = words[:at]
        if not all(printed[t.idx].isupper() for t in name):
            return None
        lemma = verb.lemma_.lower()
        if not verb.lower_.endswith("s") or lemma not in (speech_verbs() | deeds()) - _NOT_SAID:
            continue
        content = trim_tokens(doc[verb.i + 1 : sentence.end], words=False)
        if content is None or content[1] - content[0] < 3:
            return None
        cue_span = (verb.idx, verb.idx + len(verb.text))
        speaker = doc[name[0].i : name[-1].i + 1]
        return Attribution(verb.lemma_.lower(), cue_span, speaker, content, sentence, verb.i)
    return None


# A headline's bare participle: "Yukos accused of lying to court", "Apple attacked over sources
# row", "Holmes urged to compete at Worlds", "Chelsea ridiculed over complaint". Headlines tell
# news in the present ("Blair attacks ..."), so a cue verb in the past with no auxiliary and no
# object of its own is a passive with its "is" left out: the name before it is the one accused,
# attacked or urged, not who did it, as "Yukos was accused of lying" names nobody. Not "Plans
# criticised by MPs" (the agent speaks), "Brando 'rejected Godfather role'" (an object), "Blair
# 'said he would stand down'" (a clause) or "Bank voted 8-1 for no rate change" (a tally).
_ACTIVE_MARKS = frozenset({"aux", "auxpass", "agent", "dobj", "ccomp", "dative", "attr"})
_OVER = frozenset({"over", "on", "for", "of"})


def acted_upon(verb: Token) -> bool:
    """Whether a headline's cue verb is a passive without its auxiliary (see above)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.lower_ == verb.lemma_.lower():
        return False
    # "Minister attacked over school plans": "over" parsed as a particle, its noun an object.
    over = any(c.dep_ == "prt" and c.lower_ in _OVER for c in verb.children)
    # "Bank voted 8-1 for no rate change": a tally after the verb, which acts.
    if any(c.i > verb.i and c.tag_ == "CD" for c in verb.children):
        return False
    # "Ossie Davis found dead": the adjective parsed as a clause of its own.
    for c in verb.children:
        if c.dep_ in _ACTIVE_MARKS and not (over and c.dep_ == "dobj") and c.pos_ != "ADJ":
            return False
    if verb.dep_ == "acl":  # "Yukos accused of ...", parsed as a noun and its modifier
        return verb.head.i < verb.i
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.i < verb.i
