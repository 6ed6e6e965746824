"""A legislature's chamber beside a party's word is two names (round r49b-us).

"Senate Democrats said they would wait", "a former House Democratic leader", "many House and
Senate Republicans": the model tags the chamber ORG and the party's word NORP, and the rejoin
of two single words split by the model (`entities._rejoined`, written for "Liberal" ORG +
"Democrat" NORP and "Bosnian" + "Serb") glued them into one NORP, `Senate Democrats`, losing
the chamber (PolNeAR sheets B and C). The chamber is a body of its own and the party's word
its members, as "Labour MPs" gives `Labour`. The chambers are data
(`chambers_before_parties` in `factx/data/entities.json`), the parties' words
`party_members` (its plurals and the words that stand before a person's name).
"""

from __future__ import annotations

from functools import cache

from factx.extract.wordlists import data_file


@cache
def _chambers() -> frozenset[str]:
    return frozenset(data_file("entities.json")["chambers_before_parties"])


@cache
def _parties() -> frozenset[str]:
    members = data_file("entities.json")["party_members"]
    return frozenset(members["words"]) | frozenset(members["before_names"])


def chamber_and_party(first: str, second: str) -> bool:
    """Whether two one-word mentions, side by side, are a chamber and a party's word in
    either order ("Senate" + "Democrats", "House" + "Democratic", "Republican" + "Senate")."""
    return (first in _chambers() and second in _parties()) or (
        first in _parties() and second in _chambers()
    )
