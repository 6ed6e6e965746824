"""A town where a race or a game is held is a place beside a club of its name."""

import importlib

import pytest

from factx.extract.entity_towns import event_towns

entities = importlib.import_module("factx.extract.entities")


def _mention(text: str, name: str, label: str = "GPE") -> object:
    start = text.index(name)
    return entities.RawMention(name, start, start + len(name), label, 0, 1, False)


@pytest.mark.parametrize(
    "text",
    [
        "The indoor meeting in Kirkwall on Saturday drew a big crowd.",
        "She set a new best in Kirkwall last week.",
        "Her brother won the mile in Kirkwall.",
        "In Kirkwall in March the hosts were beaten.",
    ],
)
def test_a_town_where_something_happened_is_found(text: str) -> None:
    m = _mention(text, "Kirkwall")
    assert event_towns(text, [m]) == {(m.start, m.end)}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A club is something one invests or takes an interest in: no time after it.
        ("The tycoon wants to invest in Kirkwall, and talks go on.", "GPE"),
        ("There is interest in Kirkwall from two buyers.", "GPE"),
        ("The bank bought its stake in Kirkwall in 1999.", "GPE"),
        ("Foreigners may now trade in Kirkwall.", "GPE"),
        # The model read the club, not a place: its own mention says nothing of a town.
        ("The striker scored in Kirkwall on Saturday.", "ORG"),
        ("Kirkwall beat the champions on Saturday.", "GPE"),
    ],
)
def test_other_uses_are_not(text: str, label: str) -> None:
    assert event_towns(text, [_mention(text, "Kirkwall", label)]) == frozenset()


def test_a_name_with_its_the_is_no_town() -> None:
    text = "He came back in the Kirkwall League in August."
    assert event_towns(text, [_mention(text, "the Kirkwall League")]) == frozenset()


def test_the_town_is_split_from_a_club_of_its_name() -> None:
    text = "Kirkwall beat Stromness 2-0. The next race is in Kirkwall on Sunday."
    first = _mention(text, "Kirkwall", "GPE")
    first.cue = "TEAM"
    second = entities.RawMention("Kirkwall", text.rindex("Kirkwall"),
                                 text.rindex("Kirkwall") + 8, "GPE", 1, 1, False)  # fmt: skip
    group = entities.Cluster("kirkwall", [first, second])
    towns = event_towns(text, [first, second])
    parts = list(entities.with_filed_places([group], set(), frozenset(), towns))
    assert [(label, [m.start for m in g.mentions]) for g, label, _ in parts] == [
        ("ORG", [first.start]),
        ("GPE", [second.start]),
    ]


def test_a_person_is_never_split() -> None:
    text = "Tom Kirkwall won. The race was held in Kirkwall on Sunday."
    whole = entities.RawMention("Tom Kirkwall", 0, 12, "PERSON", 0, 1, False)
    start = text.rindex("Kirkwall")
    lone = entities.RawMention("Kirkwall", start, start + 8, "GPE", 1, 1, False)
    group = entities.Cluster("tom kirkwall", [whole, lone])
    towns = event_towns(text, [whole, lone])
    assert towns == {(lone.start, lone.end)}
    parts = list(entities.with_filed_places([group], set(), frozenset(), towns))
    assert [label for _, label, _ in parts] == ["PERSON"]
