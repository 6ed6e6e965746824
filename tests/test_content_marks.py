"""An attributed claim's content has the edges attribution corpora give it (content_marks.py)."""

import pytest
from claim_reading import attributed

from factx.extract.content_marks import marked


def _widened(text: str, words: str) -> str:
    start = text.index(words)
    begin, end = marked(text, start, start + len(words))
    return text[begin:end]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # A complement clause keeps its "that", as PolNeAR marks it.
        ("She said that the plan failed.", "the plan failed", "that the plan failed"),
        ("the news That rates rose", "rates rose", "That rates rose"),
        # A quotation keeps its marks and the punctuation inside them.
        ('"We will win," he said.', "We will win", '"We will win,"'),
        ("He asked: “Why now?”", "Why now", "“Why now?”"),
        ("''We lost,'' the coach said.", "We lost", "''We lost,''"),
        ("She wrote: ‘It is over.’", "It is over", "‘It is over.’"),
        # Only a mark on both sides is a quotation's: an opening one alone leaves the span be
        # (a quotation going on into the next paragraph), and so does a closing one alone.
        ('He said: "We will win. And then', "We will win", "We will win"),
        ('the plan, he said, was dead."', "was dead", "was dead"),
        # A double mark does not close a single one.
        ("‘It is over,” she said.", "It is over", "It is over"),
        # "what" or "somewhat" before the words is no "that".
        ("He asked what the plan was.", "the plan was", "the plan was"),
        ("It was somewhat plain", "plain", "plain"),
        # At the very start of a text.
        ("that it works", "it works", "that it works"),
        ('"Yes."', "Yes", '"Yes."'),
    ],
)
def test_marked_widens_to_the_corpus_edges(text, words, expected):
    assert _widened(text, words) == expected


def test_a_that_clause_content_keeps_its_that(extractor):
    assert attributed(extractor, "The minister said that taxes would rise.") == [
        ("The minister", "say", "that taxes would rise")
    ]


def test_a_direct_quote_content_keeps_its_marks_and_final_punctuation(extractor):
    assert attributed(extractor, '"Taxes will rise," the minister said.') == [
        ("the minister", "say", '"Taxes will rise,"')
    ]


def test_a_quoted_phrase_inside_indirect_speech_is_not_widened(extractor):
    # The content ends at the phrase's closing mark; nothing opens just before its start.
    found = attributed(extractor, 'He called the plan "a disaster".')
    assert [content for _, _, content in found] == ['the plan "a disaster"']


def test_the_content_offsets_cover_the_content_text(extractor):
    text = 'Headline\n\nShe said that prices rose. "We will act," he added.'
    record = extractor.extract_text(text)
    claims = [f for f in record.facts if f.type == "claim" and f.claim_type == "attributed"]
    assert [c.content for c in claims] == ["that prices rose", '"We will act,"']
    assert all(text[c.content_start : c.content_end] == c.content for c in claims)
    assert all(
        (c.start, c.end, c.text) == (c.content_start, c.content_end, c.content) for c in claims
    )
