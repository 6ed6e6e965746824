"""A peer the model leaves untagged after a firm's or a body's post, or before a speech verb
(round r54-firms; BBC sheet 53F's business/221, five "Lord Browne" tagged nowhere).

The small model tags no "Lord <Name>" in many sentences of British news: "BP chief executive
Lord Browne said the results were strong", "fertility expert Lord Winston said", "Labour peer
Lord Haskins", "the Lord Chancellor, Lord Falconer, agreed", "Lord Rennard told reporters".
`entity_missed`'s `_PEER_AFTER_POST` reads a peer after a minister's, secretary's, adviser's or
spokesman's word only. Here "Lord", "Baroness" or "Lady" and one capitalised word with no
capitalised word after it is the peer, PERSON (named by the word, as factx names "Lord
Goldsmith" by "Goldsmith"), where (a) a firm's or a body's post, an expert's or a peer's noun,
or a post's title and a comma stand right before it, or (b) a speech or stance verb follows it
(with an adverb at most between). The article's other uses of the name are then found by its
spelling (`add_string_matches`). Not a post's own word ("Lord Chancellor", "Lord Justice",
"Lord Mayor"), nor a deity ("the Lord", "Lord Jesus", "Lord Krishna"), nor "Lord's" the
ground or "Lord of the Rings" (no capitalised word after "Lord" there).
"""

from __future__ import annotations

import re

# A post's own word after "Lord" and the faiths' lords: no peer's name.
_NO_NAME = (
    r"(?!(?:Chancellor|Justice|Justices|Chief|Advocate|Provost|Mayor|President|Speaker|Privy"
    r"|Lieutenant|Bishop|Archbishop|Chamberlain|Warden|High|Steward|Rector|Commissioner|Lord"
    r"|Protector|Admiral|Jesus|God|Krishna|Buddha|Shiva|Rama|Vishnu|Ganesh|Christ|Almighty"
    r"|Luck|Muck)\b)"
)
_PEER = (
    r"(?P<peer>Lord|Baroness|Lady) (?P<name>" + _NO_NAME + r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?![\w'’-]| [A-Z])"
)
# (a) A firm's or a body's post, an expert's or a peer's noun, or a post's title and a comma.
_AFTER_POST = re.compile(
    r"\b(?:[Cc]hief [Ee]xecutive|[Cc]hair(?:man|woman)?|[Bb]oss|[Pp]resident|[Dd]irector"
    r"|[Ff]ounder|[Pp]eer|[Ee]xpert|[Cc]ampaigner|[Ll]ord [Cc]hancellor,|[Ll]ord [Cc]hief"
    r" [Jj]ustice,) " + _PEER
)
# (b) A speech or stance verb after the name.
_BEFORE_SPEECH = re.compile(
    r"(?<![\w'’.-])" + _PEER + r"(?:,)? (?:[a-z]+ly |also |even |has |had |have )?"
    r"(?:said|says|told|tells|added|adds|believes|believed|warned|warns|argued|argues"
    r"|insisted|insists|pointed out|rejected|agreed|admitted|claimed|denied|suggested"
    r"|urged|called|accused|criticised|defended|welcomed|described|stressed|predicted)\b"
)
# "the Lord said": a deity, no peer.
_THE_BEFORE = re.compile(r"\b[Tt]he $")


def untagged_peers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the peers' names in text[start:end] (see the module docstring), for the
    caller to add where no mention nor other fact is over them."""
    if "Lord " not in text and "Baroness " not in text and "Lady " not in text:
        return []
    spans: list[tuple[int, int]] = []
    for pattern in (_AFTER_POST, _BEFORE_SPEECH):
        for match in pattern.finditer(text, start, end):
            if _THE_BEFORE.search(text, max(start, match.start("peer") - 4), match.start("peer")):
                continue
            spans.append(match.span("name"))
    return sorted(set(spans))
