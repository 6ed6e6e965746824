"""A pantomime named in a stage's frame is one work, whole (round r55-works).

BBC sheet 54E: "he had signed up to play Jack in Jack and the Beanstalk in Birmingham". The
model reads the part and the title's first word as one person (`Jack` PERSON twice) and the
rest of the title as another (`Beanstalk` PERSON, made PRODUCT by factx); sentences of my own
give `Aladdin` ORG ("to appear as Abanazar in Aladdin in Bristol", "the Aladdin pantomime in
Swindon"), `Dick Whittington` and `Peter Pan` PERSON ("The Dick Whittington panto at the
Hippodrome", "Tickets for Peter Pan at the Theatre Royal"): works read as people, the issue's
hard target. A pantomime's title is one WORK_OF_ART, whole, where the words around it say a
stage:
- "<Title> pantomime|panto" ("the Aladdin pantomime", "The Dick Whittington panto");
- "play|star as|appear as <Role> in <Title>" ("to play Jack in Jack and the Beanstalk"), the
  <Role> left as the model has it (the character);
- "star(s|red|ring) in|appear(s|ed|ing) in|a role|part in|production of <Title>";
- "<Title> at the <Name>" where the name ends in a theatre's word (Theatre, Hippodrome,
  Lyceum, Palladium, Playhouse, Empire, Royal, Apollo, Coliseum, Pavilion).
<Title> is a pantomime of the list (`pantomimes.titles` in entities.json), or, in the first
two frames only, "<Cap> and the <Cap>" (a tale's shape: "Jack and the Beanstalk"). Left alone:
bands of the same shape ("Echo and the Bunnymen played": no frame), a listed title before a
lower-case noun of its own ("the Cinderella story", "the Aladdin casino": checked by the
frames, which need the title to end there), and a listed title in no frame ("Mr Whittington").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factx.extract.spans import exactly_over, one_mention_over
from factx.extract.wordlists import data_file

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factx.extract.base import Layout
    from factx.extract.entities import RawMention

    Adder = Callable[..., RawMention]

_CAP = r"[A-Z][a-z'’-]+"
# A tale's shape: "Jack and the Beanstalk", "Goldilocks and the Three Bears".
_TALE = rf"{_CAP} and the (?:{_CAP} ){{0,2}}{_CAP}"
# The title's end: no more of a name, and no lower-case noun of its own ("Cinderella story").
_END = (
    r"(?![\w'’-]| [A-Z]| (?!(?:pantomime|panto|in|at|on|this|next|last|for|with|and|which|when"
    r"|where|until|from|to|is|was|will|has|had|opens|opened|runs|ran)\b)[a-z])"
)
_THEATRE_WORDS = (
    r"Theatre|Theater|Hippodrome|Lyceum|Palladium|Playhouse|Empire|Royal|Apollo|Coliseum|Pavilion"
)


@cache
def _titles() -> str:
    """The listed pantomimes, longest first, as one alternation."""
    titles = sorted(data_file("entities.json")["pantomimes"]["titles"], key=len, reverse=True)
    return "|".join(re.escape(t) for t in titles)


@cache
def _frames() -> tuple[re.Pattern[str], ...]:
    """The stage's frames, each with the title as its group "title"."""
    listed = _titles()
    both = rf"(?:{listed}|{_TALE})"
    return (
        # "the Aladdin pantomime", "The Dick Whittington panto"
        re.compile(rf"(?<![\w'’-])(?P<title>{both}) (?:pantomime|panto)s?\b"),
        # "to play Jack in Jack and the Beanstalk", "will appear as Abanazar in Aladdin"
        re.compile(
            r"\b(?:play|plays|playing|played|(?:star|stars|starring|starred|appear|appears"
            rf"|appearing|appeared) as) (?:[A-Z][\w'’-]* ){{1,3}}in (?P<title>{both}){_END}"
        ),
        # "starred in Cinderella", "a leading role in Puss in Boots", "a production of Aladdin"
        re.compile(
            r"\b(?:(?:star|stars|starring|starred|appear|appears|appearing|appeared|role|part)"
            rf" in|production of) (?P<title>{listed}){_END}"
        ),
        # "Peter Pan at the Theatre Royal", "Mother Goose at the Lyceum"
        re.compile(
            rf"(?<![\w'’-])(?P<title>{listed}) at the (?:[A-Z][\w'’-]* ){{0,2}}"
            rf"(?:{_THEATRE_WORDS})\b"
        ),
    )


def pantomimes(
    text: str,
    mentions: list[RawMention],
    layouts: Sequence[Layout],
    add: Adder,
) -> list[RawMention]:
    """The mentions, each pantomime in a stage's frame one WORK_OF_ART over its whole title,
    the model's mentions inside it gone (see the module docstring)."""
    if " and the " not in text and re.search(_titles(), text) is None:
        return mentions
    result = list(mentions)
    for layout in layouts:
        spans: set[tuple[int, int]] = set()
        for frame in _frames():
            for match in frame.finditer(text, layout.offset, layout.end):
                spans.add(match.span("title"))
        for start, end in sorted(spans):
            exact = exactly_over(start, end)
            result = one_mention_over(text, result, layout, (start, end), "WORK_OF_ART", add, exact)
    return result
