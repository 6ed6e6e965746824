"""Trade deals and treaties are laws, and their acronyms in a list of deals (round r49b-us).

PolNeAR sheet B: "another ambitious treaty, the Transatlantic Trade and Investment
Partnership between the United States and the EU", "the Trans Pacific Partnership ... the
refusal so far of the US Congress to ratify it" and "the trade deals — TTIP, TPP, CETA" are
all ORG by the model; a treaty is a law (LAW), as the house gives "the Kyoto Protocol" and "the
Energy Charter Treaty". Two shapes:

- `named deal`: a name ending in "Agreement|Treaty|Accord|Pact|Protocol|Partnership" that the
  model tags a body, in a sentence that speaks of a deal ("treaty", "trade", "deal",
  "ratify", "signed", "negotiations", ...: outside the name), and not before its members'
  plural ("the former Warsaw Pact nations": an alliance, a body). A "Partnership" must name its
  trade or its ocean ("Trade", "Economic", "Pacific", "Atlantic"): "English
  Partnerships" and a firm's "Restaurant Investment Partnership" or "... Limited Partnership"
  stay bodies ("Limited", "Capital", "Family", "Fund" keep it a firm).
- `listed deal`: capital initials in a list right after "trade deals|agreements|pacts" or
  "treaties" ("the trade deals - TTIP, TPP, CETA", "treaties such as Nafta and Gatt").
  A body in such a list is written out ("the WTO" is no deal; the list must follow the deals'
  word directly, with a dash, a colon, "such as", "like" or "including").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_KINDS = "Agreement|Treaty|Accord|Pact|Protocol|Partnership"
_NAMED = re.compile(
    rf"(?:[Tt]he )?[A-Z][\w.’'-]*(?: (?:and |of |on |for )?[A-Z][\w.’'-]*)* (?:{_KINDS})"
)
# A partnership that is a deal names its trade or its ocean; one that is a firm or an agency
# names its owner's kind.
_DEAL_PARTNERSHIP = re.compile(r"\b(?:Trade|Economic|Pacific|Atlantic)\b")
_FIRM_PARTNERSHIP = re.compile(r"\b(?:Limited|Capital|Family|Fund|Partners|Housing|Health)\b")
# A deal's words in the sentence, outside the name.
_DEAL_WORDS = re.compile(
    r"\b(?:treat(?:y|ies)|trade|deals?|pacts?|accords?|ratif\w+|signed|signing|signator\w+|"
    r"negotiat\w+|tariffs?|free-trade)\b",
    re.IGNORECASE,
)
# A list of initials right after the deals' word: "trade deals - TTIP, TPP, CETA".
_LIST_HEAD = re.compile(
    r"\b(?:trade (?:deals|agreements|pacts|accords)|treaties)"
    r"(?: ?[-–—:] ?| such as | like | including | ?, ?)"
    r"(?P<items>(?:the )?[A-Z]{3,6}(?:(?:, | and |, and )(?:the )?[A-Z]{3,6})*)"
)
_BODY_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "WORK_OF_ART", "PRODUCT", "FAC"})


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around text[start:end], on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opening = max(text.rfind(". ", line_start, start), text.rfind("? ", line_start, start))
    first = line_start if opening < 0 else opening + 2
    closing = text.find(". ", end, line_end)
    return first, (line_end if closing < 0 else closing)


# An alliance's members after its name: "the three former Warsaw Pact nations" (TempEval-3's
# APW19981205.0374, the one right -> wrong of the first count, "ratify" in its sentence).
_MEMBERS_AFTER = re.compile(
    r" (?:member )?(?:nations|countries|members|states|forces|troops|armies|allies|military)\b"
)


def _named_deal(text: str, m: RawMention) -> bool:
    if not _NAMED.fullmatch(m.text) or _MEMBERS_AFTER.match(text, m.end):
        return False
    if m.text.endswith("Partnership") and (
        not _DEAL_PARTNERSHIP.search(m.text) or _FIRM_PARTNERSHIP.search(m.text)
    ):
        return False
    first, last = _sentence(text, m.start, m.end)
    return bool(_DEAL_WORDS.search(text, first, m.start) or _DEAL_WORDS.search(text, m.end, last))


def trade_deals(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions that name a trade deal or a treaty, LAW."""
    if not re.search(rf"\b(?:{_KINDS})\b|trade (?:deals|agreements|pacts|accords)|treaties", text):
        return
    listed: set[tuple[int, int]] = set()
    for found in _LIST_HEAD.finditer(text):
        for item in re.finditer(r"[A-Z]{3,6}", found["items"]):
            at = found.start("items") + item.start()
            listed.add((at, at + len(item.group())))
    for index, m in enumerate(mentions):
        if m.label not in _BODY_LABELS:
            continue
        bare = (m.start + 4, m.end) if m.text.startswith(("the ", "The ")) else (m.start, m.end)
        if bare in listed or _named_deal(text, m):
            yield index
