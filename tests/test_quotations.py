"""Quotation marks (model-free: only the tokenizer's spacing is read)."""

from factx.extract.quotations import quotations


def quoted(nlp, text):
    doc = nlp(text)
    return [doc[q_open + 1 : q_close].text for q_open, q_close in quotations(doc)]


def test_straight_marks_pair_up(blank_nlp):
    text = '"We will fight," she said. "It is wrong."'
    assert quoted(blank_nlp, text) == ["We will fight,", "It is wrong."]


def test_a_mark_that_reopens_an_open_quote_goes_on_with_it(blank_nlp):
    text = '"I was working hard until now. "The hard part was the virus. It took months."'
    assert quoted(blank_nlp, text) == [
        'I was working hard until now. "The hard part was the virus. It took months.'
    ]


def test_curly_marks_and_an_unclosed_quote(blank_nlp):
    assert quoted(blank_nlp, "He said: “We won. “And we will win again") == [
        "We won. “And we will win again"
    ]
