"""The column-wise attribute ruler and lemmatizer give what the model's own components give."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from factx import tagging
from factx.pipeline import resolve_model
from factx.tagging import CachedLemmas, TagAttributes, swap_in

ROOT = Path(__file__).resolve().parent.parent

# Every special rule of the model's attribute ruler has a word here: contractions, "gonna",
# "let's", "y'all", "nothin'", "c'mon", "gotta", expletive "there", pronouns as objects, "do"
# and "have" as main verbs, "that" as a pronoun, whitespace tokens, negation.
ODD = [
    "I ain't gonna do it, y'all. Let's go! C'mon, we gotta leave; there's nothin' left.",
    "She didn't see it. They'd have had it. He gets what he got, and it's n't fair.",
    "That is what that man said.  Whether or not, I'm sure you're right and we've won.",
    "Give it to me.\n\nThey told you and I.   Did they? Do it! Have some.",
    "",
    "   ",
    "U.S. shares rose 5% to $1.2bn on Monday, Reuters said.",
]


def _texts() -> list[str]:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [line for path in seeds for line in path.read_text().split("\n\n")]
    return texts + ODD


def _columns(nlp: spacy.language.Language, texts: list[str]) -> list[list[tuple[str, ...]]]:
    return [
        [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]
        for doc in nlp.pipe(texts)
    ]


@pytest.fixture(scope="module")
def model() -> spacy.language.Language:
    return spacy.load(resolve_model())


def test_same_attributes_and_lemmas_as_the_model(model):
    swapped = spacy.load(resolve_model())
    swap_in(swapped)
    assert isinstance(swapped.get_pipe("attribute_ruler"), TagAttributes)
    assert isinstance(swapped.get_pipe("lemmatizer"), CachedLemmas)
    assert swapped.get_pipe("attribute_ruler").rest is None  # every rule read by columns
    texts = _texts()
    assert _columns(swapped, texts) == _columns(model, texts)
    # A second pass reads the kept lemmas and searched words: still the same.
    assert _columns(swapped, texts) == _columns(model, texts)


def test_a_rule_of_another_shape_keeps_the_rulers_own_matcher(model):
    swapped = spacy.load(resolve_model())
    ruler = swapped.get_pipe("attribute_ruler")
    # An operator the column reader does not read: the rules after the tag map stay with
    # spaCy's Matcher, and the output is still the model's.
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "VERY"})
    reference = spacy.load(resolve_model())
    reference.get_pipe("attribute_ruler").add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "VERY"})
    swap_in(swapped)
    assert swapped.get_pipe("attribute_ruler").rest is not None
    texts = [*ODD, "It was very very good."]
    assert _columns(swapped, texts) == _columns(reference, texts)
    assert swapped("very good")[0].lemma_ == "VERY"


def test_kept_lemmas_are_bounded(monkeypatch, model):
    swapped = spacy.load(resolve_model())
    swap_in(swapped)
    monkeypatch.setattr(tagging, "MAX_CACHED", 5)
    lemmas = swapped.get_pipe("lemmatizer")
    doc = swapped("The companies were buying more shares than the analysts expected them to.")
    assert len(lemmas.cache) <= 5
    assert len(swapped.get_pipe("attribute_ruler").candidates) <= 5  # the rules per token kind
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in model(doc.text)]
    assert [t.pos_ for t in doc] == [t.pos_ for t in model(doc.text)]


def test_factx_pipeline_uses_them():
    from factx.pipeline import load

    nlp = load()
    assert isinstance(nlp.get_pipe("attribute_ruler"), TagAttributes)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmas)
