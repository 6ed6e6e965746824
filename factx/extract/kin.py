"""Labels one name lends another the article writes it inside: a sequel's, a company's.

The model labels each mention by its look and neighbours, so a name alone can get a label its
longer form in the same article rules out:

- "Halo" ORG thirteen times beside "Xbox video game Halo 2": a title the article also gives with
  a sequel's number is the same kind of thing, a work (the longer form's cue says so);
- "Lycos" PERSON beside "Lycos Europe" tagged ORG, "Kingfisher" beside "Kingfisher Airlines":
  a lone word tagged PERSON that no full person name holds, and that opens an organisation's
  name of the article (or ends one the article's words show is a firm), is that
  organisation's short name. Not where that name is a person's the model took for a firm
  ("Bob Bryan" ORG beside "Bryan", "Phillips Idowu" ORG beside "Idowu").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from factx.extract.first_names import person_by_first_name

# "Halo 2", "Half Life 2", "Rocky IV": a title and the number of its sequel.
_SEQUEL = re.compile(r"(?P<base>.+) (?:[2-9]|II|III|IV)")


class _Mention(Protocol):
    text: str
    label: str
    cue: str


def lend_labels(
    mentions: Sequence[_Mention], weak_persons: set[str], key: Callable[[str], str]
) -> None:
    """Set the cue of mentions whose longer form in the article shows what they name.

    `weak_persons` are the keys of lone names tagged PERSON that no full person name holds;
    `key` is the name key that groups mentions into entities. A mention's own cue stays.
    """
    works: set[str] = set()
    firms: set[str] = set()
    for m in mentions:
        sequel = _SEQUEL.fullmatch(m.text)
        if sequel is not None and "WORK_OF_ART" in (m.label, m.cue):
            works.add(key(sequel.group("base")))
        words = m.text.split()
        if len(words) > 1 and "ORG" in (m.label, m.cue) and not person_by_first_name(m.text):
            # The last word only where the article's words show a firm: the model takes many
            # people for firms ("Phillips Idowu" ORG beside "Idowu", "S Lamont" beside "Lamont").
            ends = (words[0], words[-1]) if m.cue == "ORG" else (words[0],)
            firms.update(key(w) for w in ends if w[:1].isupper())
    if not works and not firms:
        return  # most articles: no key to compute for every mention
    for m in mentions:
        if m.cue or (not works and m.label != "PERSON"):
            continue
        name = key(m.text)
        if name in works:
            m.cue = "WORK_OF_ART"
        elif m.label == "PERSON" and name in firms and name in weak_persons:
            m.cue = "ORG"
