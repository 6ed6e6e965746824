"""Round 46: `evidence.cue_of` rules cues out by one joined search per label, and works out its
tail masks from each distinct tail test once (`docs/speed.md`). Each test holds the fast path
to what it stands in for: no cue that matches is ever skipped."""

import re

import pytest

from factx.extract import evidence
from factx.extract.evidence import _labels_that_may_match, _tail_mask, cue_of, cues

# Sentences of our own, written to hold "self" and "after" cues of several labels.
_TEXTS = [
    "Shares in Elan rose 5% after the Anglo-French deal was signed by Acme Holdings plc.",
    "The film Ray, directed by Taylor Hackford, won the Oscar for best actor for Jamie Foxx.",
    "Somerset beat Kent by six wickets at Taunton, and Sussex drew with Durham.",
    "Microsoft's Internet Explorer (IE) lost ground to Firefox, the browser from Mozilla.",
    "He spoke in French to the Franco-German group, and the Swahili version came out later.",
    "Chelsea v Birmingham was postponed; the Ospreys' coach, Lyn Jones, said the pitch froze.",
    "The BBC One programme EastEnders drew 10 million viewers, its producer Kate Harwood said.",
]


def _words(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in re.finditer(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", text)]
    return spans + [m.span() for m in re.finditer(r"\w+", text)]


@pytest.mark.parametrize("where", ["self", "after"])
def test_the_labels_found_hold_every_cue_that_matches(where: str) -> None:
    """A cue read `where` that matches is always of a label `_labels_that_may_match` finds."""
    matched = 0
    for text in _TEXTS:
        for start, end in _words(text):
            part = text[start:end] if where == "self" else text[end : end + evidence.WINDOW]
            labels = _labels_that_may_match(where, part)
            for cue in cues():
                if cue.where == where and cue.pattern.search(part):
                    assert cue.label in labels, (cue.name, part)
                    matched += 1
    assert matched > 10  # the texts do hold cues


def test_a_label_whose_cues_all_fail_is_ruled_out() -> None:
    assert _labels_that_may_match("after", "") <= {
        cue.label for cue in cues() if cue.where == "after" and cue.pattern.search("")
    }


def _every_cue_in_turn(text: str, start: int, end: int, label: str) -> evidence.Cue | None:
    """`cue_of` with every "self" and "after" label let through and no tail mask: each cue of
    the label searched in its order, as before any guard."""
    every = {"self": evidence._cue_labels("self"), "after": evidence._cue_labels("after")}
    all_bits = (1 << len(cues())) - 1
    saved = (evidence._labels_that_may_match, evidence._tail_mask, evidence._self_labels)
    try:
        evidence._labels_that_may_match = lambda where, _: frozenset(every[where])  # type: ignore[assignment]
        evidence._self_labels = lambda _: frozenset(every["self"])  # type: ignore[assignment]
        evidence._tail_mask = lambda end: all_bits if end else 0  # type: ignore[assignment]
        return cue_of(text, start, end, label)
    finally:
        evidence._labels_that_may_match, evidence._tail_mask, evidence._self_labels = saved


@pytest.mark.parametrize("label", ["PERSON", "ORG", "GPE", "NORP", "LANGUAGE", "WORK_OF_ART"])
def test_cue_of_finds_what_every_cue_in_turn_finds(label: str) -> None:
    for text in _TEXTS:
        for start, end in _words(text):
            assert cue_of(text, start, end, label) == _every_cue_in_turn(text, start, end, label)


def test_a_tail_mask_has_the_bits_of_every_cue_whose_tail_test_passes() -> None:
    for end in ("", " fo", " ni ", " eht", "\n fo", "xyz ", " yb "):
        expected = 0
        for i, cue in enumerate(cues()):
            if end and cue.tail is not None and cue.tail.match(end):
                expected |= 1 << i
        assert _tail_mask(end) == expected
