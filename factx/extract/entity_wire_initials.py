"""A wire agency's initials join a body of the same initials only where the article says so
(round r50-bodies, Lee sheet D's lee153: "an AFP journalist said" joined to "the Australian
Federal Police", named 1,980 characters later; a reader is told the police reported the raid).

- `wire_initials_apart`: the short forms the article uses without brackets (`entities.
  _add_written_short_forms`: initials that spell one name of the article) are undone for a
  wire agency's initials (a closed class: "AFP", "AP", "AAP", "PA", "DPA", "UPI") where one of
  their mentions is used as the wire's: before a newsman's noun or a reporting verb ("AFP
  journalist|correspondent|photographer|reporter", "AFP reported"), in brackets ("(AFP)"), or
  after "told|according to" ("told AFP"). Left alone: initials the article brackets after the
  body's name ("the Australian Federal Police (AFP) said": joined by `introduced`), the wire's
  own full name ("PHILADELPHIA (AP) -" beside "an Associated Press analysis"), and initials
  with no wire's use ("AFP officers arrested two men" beside the police: joined).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

WIRE_INITIALS = frozenset({"AFP", "AP", "AAP", "PA", "DPA", "UPI"})
_WIRE_AFTER = re.compile(
    r" (?:news agency|journalists?|correspondents?|photographers?|reporters?|cameram[ae]n|"
    r"reported|reports|quoted)\b|\)"
)
# The words of the wires' own full names ("Associated Press", "Agence France-Presse", "Press
# Association", "Deutsche Presse-Agentur"), to which their initials join.
_WIRES_OWN = re.compile(r"\b(?:press|presse|agence|agentur)\b", re.IGNORECASE)
_WIRE_BEFORE = re.compile(r"\b(?:told|according to|quoted by) $")


def wire_initials_apart(
    text: str,
    mentions: Iterable[RawMention],
    keys: dict[str, str],
    before: Iterable[str],
    name_key: Callable[[str], str],
) -> None:
    """Drop from `keys` the written short forms (those not in `before`, the keys the brackets
    set) of wire initials the article uses as the wire's (the module's doc)."""
    bracketed = set(before)
    for m in mentions:
        if m.text not in WIRE_INITIALS:
            continue
        key = name_key(m.text)
        if key not in keys or key in bracketed or _WIRES_OWN.search(keys[key]):
            continue  # "(AP)" ... "an Associated Press analysis": the wire's own name
        after = _WIRE_AFTER.match(text, m.end)
        if after is not None and after.group() == ")" and not text[: m.start].endswith("("):
            after = None  # "(the Australian Federal Police AFP)": no wire's bracket alone
        if after is not None or _WIRE_BEFORE.search(text[max(0, m.start - 16) : m.start]):
            del keys[key]
