"""A title set off after a document's word is one work, whole (round r55-works).

BBC sheet 54F (tech/191): "In its report, Is Online Community A Policy Tool?, the IPPR also
asks ..." (the model's `Is Online Community A Policy Tool` ORG) and "leading up to the
publication of A Manifesto For A Digital Britain." (`A Manifesto For A` ORG and `Digital
Britain` GPE, cut at the second capital "A"). Sentences of my own give the same: "its report,
Is Local Radio A Public Good?," and "The group's new study, Are Green Taxes A Fair Deal?," ORG;
"its manifesto, A New Deal For A Fairer Wales, next week" and "a paper, Should Schools Teach
Coding?, which" nothing. A report's, a paper's or a manifesto's title is written in title case,
its small words capitalised ("A", "For", "Of", "Is"), or as a question; prose after the comma is
not ("report, the IPPR said"; "report, Tony Blair said": a lower-case word). So:
- after "report|paper|study|manifesto|pamphlet|booklet|leaflet|document|survey|review|book"
  and a comma, a run of three or more words, each capitalised or a title's small word, up to
  the punctuation that closes it, is a WORK_OF_ART (its "?" left out, as
  `work_titles.question_titles` does) where it ends in "?", holds a capitalised small word
  after its first word, or opens with a small word or a verb's "-ing" form and a small word
  (the even half's politics/400 "the trade union manifesto, In Place of Strife, in 1968" and
  politics/130 "Oxfam says in a report, Paying the Price.", both untagged by the model);
- after "publication|launch|publishing|launching of", such a run with a capitalised small word
  after its first word is a WORK_OF_ART ("the publication of A Manifesto For A Digital Britain").
Left alone: a clause after the comma ("report, the IPPR said", "report, published by"), a
body's own name of two words ("report, Amnesty International, said"), and a name after "of"
with no capitalised small word inside ("the launch of Sony Ericsson's phone", "the launch of
the Xbox 360": lower-case "the"). A mention of the model's that runs past the title's end
keeps it as it is (`made_whole`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from factx.extract.entity_screen_titles import made_whole

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

# A title's capitalised small words: what says title case rather than a name.
_SMALL_CAPS = frozenset(("A", "An", "The", "For", "Of", "Is", "In", "On", "To", "And", "With"))
_LOWER_SMALL = frozenset(("a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by"))
_SMALL = r"(?:a|an|the|of|and|or|for|to|in|on|at|by|with|from)"
_WORD = r"(?:[A-Z][\w'’-]*|\d[\w-]*)"
_RUN = rf"{_WORD}(?: (?:{_WORD}|{_SMALL})){{2,11}}"
_DOCUMENT = re.compile(
    r"\b(?:report|paper|study|manifesto|pamphlet|booklet|leaflet|document|survey|review|book)"
    rf", (?P<title>{_RUN})(?P<close>\?|(?=[,.;:]))"
)
_PUBLICATION = re.compile(
    rf"\b(?:publication|launch|publishing|launching) of (?P<title>{_RUN})"
    r"(?P<close>\?|(?=[,.;:]|$))",
    re.MULTILINE,
)


def _title_shaped(title: str, after_document: bool) -> bool:
    """Whether `title` reads as a title: a question, a capitalised small word after its first
    word ("A Manifesto For A Digital Britain"), or, after a document's word, a small word or
    a verb's "-ing" form opening it ("In Place of Strife", "Paying the Price"): a body's name
    opens with neither."""
    words = title.split()
    if any(word in _SMALL_CAPS for word in words[1:]):
        return True
    return after_document and (
        title.endswith("?")
        or words[0] in _SMALL_CAPS - {"The"}
        or (words[0].endswith("ing") and words[1] in _LOWER_SMALL)  # not "Ealing Borough"
    )


def document_titles(
    text: str, mentions: list[RawMention], layouts: Sequence[Layout], add: Adder
) -> list[RawMention]:
    """The mentions, each title after a document's word and a comma, or after "publication
    of", one WORK_OF_ART (see the module docstring)."""
    spans: list[tuple[int, int]] = []
    for pattern, may_ask in ((_DOCUMENT, True), (_PUBLICATION, False)):
        for found in pattern.finditer(text):
            title = found.group("title") + found.group("close")
            if _title_shaped(title, may_ask):
                spans.append(found.span("title"))
    return (
        made_whole(text, mentions, sorted(spans), layouts, add, "WORK_OF_ART")
        if spans
        else mentions
    )
