"""A title before a particle surname is a person's (round r55b-names, from BBC sheet 55A's
"Rules these errors suggest").

- `particle_surnames_after_titles`: '"You have explored the possibilities of film," Mr de
  Vabres said' gives the model's ORG `Mr de Vabres` (the French minister Renaud Donnedieu de
  Vabres, named the sentence before): the lower-case particle stops the rules that read "Mr
  <Surname>" as a person's, which want a capital after the title. A mention that is, or is
  right after, "Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|President|Judge" and reads "<particle>
  <Capitalised>" with the particle one of "de|da|di|du|van|von|del|der|dos|das|le|la" is the
  person: the title leaves the span (as "Mr Walker" gives `Walker`), and the rest is PERSON
  with a person's cue, so it joins the full name ending in it. Left alone: a particle name with
  no title before it ("De Beers", "Banco de Portugal", "Van Gogh Museum", "van Gogh's
  paintings"), and a longer span after the particle ("Mr de Vabres Foundation": three
  capitalised words after it are no surname alone).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|President|Judge)\.?"
_PARTICLE_NAME = r"(?:de|da|di|du|van|von|del|der|dos|das|le|la) [A-Z][\w'’-]+"
_TITLED = re.compile(rf"{_TITLE} (?P<name>{_PARTICLE_NAME})")
_NAME = re.compile(_PARTICLE_NAME)
_TITLE_BEFORE = re.compile(rf"(?:^|[^\w]){_TITLE} $")


def particle_surnames_after_titles(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, a titled particle surname made the person's (the module's doc)."""
    if not re.search(rf"{_TITLE} {_PARTICLE_NAME}", text):
        return mentions
    result: list[RawMention] = []
    for m in mentions:
        titled = _TITLED.fullmatch(m.text)
        if titled is not None:
            start = m.start + titled.start("name")
            m = replace(m, text=titled.group("name"), start=start, label="PERSON", cue="PERSON")
        elif (
            m.label != "PERSON"
            and _NAME.fullmatch(m.text)
            and _TITLE_BEFORE.search(text[max(0, m.start - 12) : m.start])
        ):
            m = replace(m, label="PERSON", cue="PERSON")
        result.append(m)
    return result
