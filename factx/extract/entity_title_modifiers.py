"""A title's modifier is no word of the body before it (round r51-fixes, Lee sheet S's "UN High
Commissioner for Refugees" with `UN High` ORG; sentences of my own).

`runs.widened` grows a model mention over the capitalised words after it and stops at a title's
word ("Commissioner", "Secretary": `runs._not_name_words`), but the word that modifies the title
("High", "Deputy", "Special") is no title's word of its own, so the run took it: "UN High
Commissioner" gave `UN High`, "EU High Representative Javier Solana" `EU High`, "UN Special
Envoy Lakhdar Brahimi" `UN Special Envoy`, "the NSW Deputy Premier" `NSW Deputy Premier`.
`title_modifier` says where the run stops: at a modifier of this closed class right before a
title's word or a post of `_POSTS`. Left alone: a body the modifier opens with no post after it
("the Hong Kong High Court", "the Australian High Commission", "the Special Air Service").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The words that modify a title of office and open none of a body's names before a post.
_MODIFIERS = frozenset(
    {"High", "Deputy", "Vice", "Special", "Acting", "Assistant", "Associate", "Shadow", "Interim"}
)
# Posts after a modifier the title lists (`runs._not_name_words`) lack ("Envoy", "Premier").
_POSTS = frozenset(
    {"envoy", "premier", "leader", "rapporteur", "coordinator", "co-ordinator", "representative",
     "commissioner", "secretary", "secretary-general", "president", "governor", "mayor",
     "chairman", "chairwoman", "minister", "director", "ambassador", "spokesman", "spokeswoman",
     "commander", "treasurer", "speaker", "whip", "counsel", "administrator", "adviser"}
)  # fmt: skip


def title_modifier(doc: Doc, index: int, titles: frozenset[str]) -> bool:
    """Whether doc[index] is a title's modifier ("High", "Deputy") right before a title's word
    (`titles`, lower-case) or a post: "UN" + "High Commissioner" (the module's doc)."""
    if index + 1 >= len(doc) or doc[index].text not in _MODIFIERS:
        return False
    word = doc[index + 1].text.lower()
    return doc[index + 1].text[:1].isupper() and (word in titles or word in _POSTS)
