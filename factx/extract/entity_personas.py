"""A persona named with a version number is one person, whole (round r49b-misc).

- `persona_name`: a name right after "calling himself|herself|themselves", "who goes by",
  "going by", "under the name|alias|handle|moniker|pseudonym", or a persona's or a hacker's
  word with or without "known as|called|named|dubbed" ("a persona known as", "the hacker") is
  a person's chosen name, numbers and all (a bare "known as" is not enough: "the update known
  as Service Pack 2.0"): "An online persona calling himself Guccifer 2.0 has claimed
  responsibility" (PolNeAR sheet D: the model's `Guccifer 2.0` PERSON was cut to `Guccifer` by
  `glue._own_number`, "no person is named with a model or a release", and made PRODUCT by the
  `product version` cue). Only the model's PERSON is read, so a release after a maker or a kind
  stays a product ("The firm released Firefox 2.0", "the browser Opera 8.0"). The name's other
  mentions in the article are the persona's too ("Officials said Guccifer 2.0 was a front").
"""

from __future__ import annotations

import re

_PERSONA_BEFORE = re.compile(
    r"\b(?:calling (?:himself|herself|themselves)|who goes by|going by|"
    r"under the (?:name|alias|handle|moniker|pseudonym)|"
    r"(?:[Pp]ersona|[Pp]seudonym|[Aa]lias|[Hh]andle|[Mm]oniker|[Hh]ackers?)"
    r"(?:,? (?:known as|called|named|dubbed))?) [\"“'‘]?$"
)


def persona_name(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] is written somewhere in the text right after a
    persona's words (the module's doc), so that "Officials said Guccifer 2.0 was a front" is
    the persona too."""
    name = text[start:end]
    for found in re.finditer(re.escape(name) + r"(?!\w|\.\d)", text):
        if _PERSONA_BEFORE.search(text, max(0, found.start() - 40), found.start()):
            return True
    return False
