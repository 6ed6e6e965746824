"""A unit's letter after a figure ends a sentence: "£250m. Turnover rose" is two sentences."""

import pytest


@pytest.fixture(scope="module")
def nlp():
    from factx.pipeline import load

    return load()


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The firm made a profit of £250m. Turnover rose 4% to £2bn.", "£250m."),
        ("Each bar weighs 500g. The firm said little.", "500g."),
        ("The winner jumped 8.1m. Sales of tickets rose.", "8.1m."),
    ],
)
def test_a_units_period_ends_the_sentence(nlp, text, first):
    sentences = [s.text for s in nlp(text).sents]
    assert len(sentences) == 2
    assert sentences[0].endswith(first)


def test_initials_keep_their_period(nlp):
    # Capital initials are the tokenizer's own special cases still.
    assert [t.text for t in nlp("J. M. Smith spoke.")][:2] == ["J.", "M."]


def test_the_claim_and_the_sum_end_at_the_units_letter(extractor):
    text = "Profits\n\nThe firm made a profit of £250m. Turnover rose 4% to £2bn, it said."
    facts = extractor.extract_text(text).facts
    money = sorted((f.text, f.amount) for f in facts if f.type == "money")
    assert money == [("£250m", 250_000_000), ("£2bn", 2_000_000_000)]
    contents = [f.content for f in facts if f.type == "claim"]
    assert "The firm made a profit of £250m" in contents
    assert not any("Turnover" in c and "profit" in c for c in contents)
