"""Headlines in Title Case, put in sentence case so that the parser can read their grammar.

The small model tags every capitalised word of "Trump Warns Clinton Policy On Syria Would Lead
To War" as a proper noun and parses it as one long name. Lowercased, "Trump warns clinton policy
on syria would lead to war" is parsed as a sentence. The text keeps its length, so every offset
of the new parse is an offset of the headline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factx.extract.spans import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
