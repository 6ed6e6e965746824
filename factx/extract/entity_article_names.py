"""A people's word glued before an Arab body named with its article is two names (round
r50-bodies, Lee sheet B's "Afghan security forces have arrested a wounded Arab Al Qaeda fighter":
the model's one span `Arab Al Qaeda` ORG).

- `peoples_before_article_names`: a mention that opens with a people's word ("Arab", "Saudi",
  "Yemeni") followed by "Al" and a word of `article_names` ("Al Qaeda", "Al Jazeera", "Al
  Shabaab"; `first_names.person_by_first_name` reads no person there) is parted into the people
  (NORP) and the body (the model's label, or ORG where the model read a person: "Al" is no first
  name there). Not a people's word inside the body's own name ("Al Jazeera Arabic": the people's
  word comes after the article), nor "Al" before a surname ("Arab Al Gore fans" keeps the
  model's span: the list lacks "Gore").
- A mention of such a body the model tags PERSON ("By the seventies there was Al Fatah, Black
  September", the odd half's kind of list) is the body's, ORG: the list's words after "Al" name
  no person.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factx.extract.evidence import a_people_by_name
from factx.extract.first_names import article_name

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_GLUED = re.compile(r"(?P<people>[A-Z][a-z]+) (?P<body>Al [A-Z][\w'’-]*(?: .+)?)")


def peoples_before_article_names(mentions: list[RawMention]) -> list[RawMention]:
    """The mentions, each "<People> Al <Word>" of an Arab body parted in two (the module's
    doc)."""
    result: list[RawMention] = []
    for m in mentions:
        if m.label == "PERSON" and article_name(" ".join(m.text.split()[:2])):
            m = replace(m, label="ORG")  # "there was Al Fatah, Black September"
        found = _GLUED.fullmatch(m.text)
        if (
            found is None
            or not a_people_by_name(found.group("people"))
            or not article_name(" ".join(found.group("body").split()[:2]))
        ):
            result.append(m)
            continue
        cut = m.start + found.start("body")
        people = replace(m, text=found.group("people"), end=m.start + found.end("people"),
                         label="NORP", cue="")  # fmt: skip
        label = "ORG" if m.label == "PERSON" else m.label
        body = replace(m, text=found.group("body"), start=cut, label=label, cue="")
        result.extend([people, body])
    return result
