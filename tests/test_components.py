"""Rule components on a blank pipeline: fast, no statistical model."""


def spans(nlp, text, key):
    doc = nlp(text)
    return [s.text for s in doc.spans[key]]


def test_money_spans(blank_nlp):
    text = "Douyin and TikTok Garner $277M in May; it grew to over $80 billion and US$220 billion."
    assert spans(blank_nlp, text, "factx_money") == ["$277M", "$80 billion", "US$220 billion"]


def test_percent_spans(blank_nlp):
    assert spans(blank_nlp, "grew more than 30% and 2 percentage points", "factx_percent") == [
        "30%",
        "2 percentage points",
    ]


def test_date_spans(blank_nlp):
    text = "On September 14, 2020, it said. The law of July 25. 2002 applies within 45 days."
    assert spans(blank_nlp, text, "factx_dates") == [
        "September 14, 2020",
        "July 25. 2002",
        "45 days",
    ]


def test_quantities_leave_out_money_and_dates(blank_nlp):
    doc = blank_nlp("It paid $5 million for 300 tonnes of steel in 2020.")
    assert [s.text for s in doc.spans["factx_quantities"]] == ["300 tonnes"]


def test_both_amounts_of_a_converted_figure(blank_nlp):
    doc = blank_nlp("Profits jumped 76% to $1.13bn (£600m), from $639m year-earlier.")
    assert [s.text for s in doc.spans["factx_money"]] == ["$1.13bn", "£600m", "$639m"]


def test_doc_text_is_joined_once(blank_nlp):
    from factx.extract.spans import doc_text

    doc = blank_nlp("Shares rose 5% on Monday.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # read from the Doc's user data, not joined again
