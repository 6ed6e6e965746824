import pytest

from factx.normalize.money import money_re, parse_money


@pytest.mark.parametrize(
    ("text", "amount", "currency", "qualifier", "inferred"),
    [
        ("over $80 billion", 80_000_000_000, "USD", "over", True),
        ("US$220 billion", 220_000_000_000, "USD", None, False),
        ("$277M", 277_000_000, "USD", None, True),
        ("$1.13bn", 1_130_000_000, "USD", None, True),
        ("£600m", 600_000_000, "GBP", None, False),
        ("USD34.6 million", 34_600_000, "USD", None, False),
        ("€3.5bn", 3_500_000_000, "EUR", None, False),
        ("two million dollars", 2_000_000, "USD", None, False),
        ("50p", 0.5, "GBP", None, False),
        ("99 cents", 0.99, "USD", None, False),
        ("about 5 euros", 5, "EUR", "about", False),
        ("C$16.4 million", 16_400_000, "CAD", None, False),
        ("HK$3bn", 3_000_000_000, "HKD", None, False),
        ("¥500", 500, "JPY", None, True),
        ("Rs 5 crore", 50_000_000, "INR", None, True),
        ("CHF 20", 20, "CHF", None, False),
        ("10 pounds sterling", 10, "GBP", None, False),
    ],
)
def test_parse_money(text, amount, currency, qualifier, inferred):
    money = parse_money(text)
    assert money is not None
    assert (money.amount, money.currency, money.qualifier) == (amount, currency, qualifier)
    assert money.currency_inferred is inferred


def test_range_shares_the_scale():
    money = parse_money("$5-10 million")
    assert money is not None
    assert (money.amount_low, money.amount_high) == (5_000_000, 10_000_000)


def test_between_range():
    money = parse_money("between £1m and £2m")
    assert money is not None
    assert (money.amount_low, money.amount_high, money.currency) == (1_000_000, 2_000_000, "GBP")


def test_rate():
    money = parse_money("$5 a share")
    assert money is not None and money.per == "share" and money.amount == 5


def test_bare_dollar_follows_the_article():
    money = parse_money("$5", dollar="CAD")
    assert money is not None and money.currency == "CAD" and money.currency_inferred


def test_finder_leaves_out_non_money():
    text = "Windows 10 costs 5 dollars; he won 3 games in 2022 and grew 30%."
    found = [m.group("money") for m in money_re().finditer(text)]
    assert found == ["5 dollars"]


@pytest.mark.parametrize(
    ("text", "amount", "currency", "inferred"),
    [
        # tokenised, lower-cased newswire
        ("c $ 16.4 million", 16_400_000, "CAD", False),
        ("us $ 75 million", 75_000_000, "USD", False),
        ("USD$ 23 billion", 23_000_000_000, "USD", False),
        ("cad$ 15", 15, "CAD", False),
        ("US$ 7.2 bn", 7_200_000_000, "USD", False),
        # currency after the amount
        ("one-yen", 1, "JPY", False),
        ("10 €", 10, "EUR", False),
        ("100 ₡", 100, "CRC", False),
        ("10 rmb", 10, "CNY", False),
        ("10 turkish lira", 10, "TRY", False),
        ("75 USD million", 75_000_000, "USD", False),
        ("120 MEUR", 120_000_000, "EUR", False),
        ("MAUD 60", 60_000_000, "AUD", False),
        # major and minor units together
        ("thirteen dollars and forty-five cents", 13.45, "USD", False),
        ("thirteen dollars forty five", 13.45, "USD", False),
        ("15 dollars 50", 15.5, "USD", False),
        # spelled-out fractions of a scale
        ("quarter million us dollars", 250_000, "USD", False),
        ("half a million dollars", 500_000, "USD", False),
        ("$1MM", 1_000_000, "USD", True),
    ],
)
def test_parse_money_more_forms(text, amount, currency, inferred):
    money = parse_money(text)
    assert money is not None
    assert money.amount == pytest.approx(amount)
    assert (money.currency, money.currency_inferred) == (currency, inferred)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a $ 5 bill", ["$ 5"]),  # the article "a" is not the A$ of Australia
        ("the company 's $ 5 million", ["$ 5 million"]),
        ("the 2 $5 bills", ["$5"]),  # a symbol after a number is its only when no number follows
        ("a 10-pound bag", []),  # a weight
        # After a scale word a hyphened "pound" is money: nothing in the news weighs that.
        ("million-pound homes", ["million-pound"]),
        ("a 3-billion-pound plan", ["3-billion-pound"]),
        ("we landed at 6:40 p.m.", []),  # not forty pence
        ("paid 10 dollars 20 years ago", ["10 dollars"]),
        ("a 12-cent-a-share dividend", ["12-cent-a-share"]),
    ],
)
def test_finder_edges(text, found):
    assert [m.group("money") for m in money_re().finditer(text)] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The scheme cost millions of pounds.",
            ("millions of pounds", "GBP", "millions", 2_000_000, 9_000_000),
        ),
        (
            "It spent tens of millions of dollars.",
            ("tens of millions of dollars", "USD", "tens of millions", 20_000_000, 90_000_000),
        ),
        (
            "Thousands of euros went missing.",
            ("Thousands of euros", "EUR", "thousands", 2000, 9000),
        ),
    ],
)
def test_vague_sums(extractor, text, expected):
    record = extractor.extract_text("News\n\n" + text)
    [money] = [f for f in record.facts if f.type == "money"]
    assert (
        money.text,
        money.currency,
        money.qualifier,
        money.amount_low,
        money.amount_high,
    ) == expected
    assert money.amount == money.amount_low
    assert not [f for f in record.facts if f.type == "quantity"]  # a sum, not a count


def test_a_minor_unit_with_a_capital_is_a_name(extractor):
    record = extractor.extract_text(
        "News\n\nThey confronted 50 Cent's entourage. It cost 50 cents."
    )
    assert [(f.text, f.amount) for f in record.facts if f.type == "money"] == [("50 cents", 0.5)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A sum in capitalized words that a capitalized word goes on from is a title.
        ("Million Dollar Baby led the Oscar race. It cost a million dollars.", ["million dollars"]),
        ("He starred in The Six Million Dollar Man.", []),
        ("Firms paid Million Dollar fines.", ["Million Dollar"]),  # a common noun goes on
    ],
)
def test_a_sum_in_a_title_is_no_money(extractor, body, expected):
    record = extractor.extract_text("News\n\n" + body)
    assert [f.text for f in record.facts if f.type == "money"] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An ISO code after an amount is written in capitals; in lower case it is a word.
        ("Wales won with a six-try victory in Rome.", []),
        ("He scored a two-try haul. Fans were 10 mad.", []),
        ("Ask for the 10 rub deal.", []),
        ("It cost 10 rmb.", [("10 rmb", "CNY")]),  # not a word: any case
        ("The ticket cost 50 TRY.", [("50 TRY", "TRY")]),
        ("The ticket cost 50 lira.", [("50 lira", "TRY")]),
        ("The ticket cost 50 Lira.", [("50 Lira", "TRY")]),
    ],
)
def test_currency_codes_after_an_amount_are_capitals(extractor, body, expected):
    record = extractor.extract_text("News\n\n" + body)
    assert [(f.text, f.currency) for f in record.facts if f.type == "money"] == expected


def _dollar_currency_searching_every_word(text):
    """`dollar_currency` as it was, searching the text for every place word."""
    import re

    from factx.normalize.money import currency_table

    if re.search(r"\b(?:US|U\.S\.|United States|America|American|Americans)\b", text):
        return "USD"
    places = currency_table()["dollar_places"]
    counts = {
        code: sum(len(re.findall(rf"\b{re.escape(word)}\b", text)) for word in words)
        for code, words in sorted(places.items())
    }
    best = max(counts, key=lambda code: (counts[code], code), default="USD")
    return best if counts.get(best, 0) >= 3 else "USD"


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose $5 in Toronto and in Sydney, Sydney's index fell.",
        "Torontonians paid $5; the Sydneysider $6.",  # the words inside longer words only
        "New Zealand and Auckland firms; the Wellington office in Wellingtonia.",
        "An American bank in Hong Kong paid $9m.",
        "Singapore, Singapore and Hong Kong; canada in lower case.",
        "Singapore, Singapore, Singapore and Hong Kong paid $5.",
        "Nothing here but $4.",
        "",
    ],
)
def test_dollar_currency_as_when_every_word_was_searched(text):
    from factx.extract.money import dollar_currency

    assert dollar_currency(text) == _dollar_currency_searching_every_word(text)


@pytest.mark.parametrize(
    ("body", "currency", "inferred"),
    [
        # A bare "pesos" is the peso of the country the article names most.
        ("Colombia earmarked 24.2 trillion pesos for the poor.", "COP", True),
        ("Argentina's debt: 9bn pesos are due, Buenos Aires said.", "ARS", True),
        # With no peso country named it stays the Mexican peso, as before.
        ("The fund holds 5m pesos.", "MXN", False),
        # A named peso is that peso, whatever the article names.
        ("Colombia paid 5m Chilean pesos.", "CLP", False),
    ],
)
def test_bare_pesos_take_the_country_the_article_names(extractor, body, currency, inferred):
    record = extractor.extract_text("News\n\n" + body)
    [money] = [f for f in record.facts if f.type == "money"]
    assert (money.currency, money.currency_inferred) == (currency, inferred)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A country's currency before a scaled amount, as some news writes it; the bracketed
        # "$" after it is the conversion into US dollars, though the story is Australian.
        (
            "The Australian firm earned Australian dollars 648m ($492m) last year.",
            [("Australian dollars 648m", 648_000_000, "AUD"), ("$492m", 492_000_000, "USD")],
        ),
        # Elsewhere in a story that names Australia again and again, a bare "$" is the
        # Australian dollar.
        (
            "Sydney's Australian-owned Qantas, Australia's biggest airline, paid $300m for jets.",
            [("$300m", 300_000_000, "AUD")],
        ),
        # No scale, no sum: a currency's name before a count of years.
        ("Wages were paid in US dollars 20 years ago.", []),
    ],
)
def test_a_currency_named_before_its_amount_and_its_conversion(extractor, body, expected):
    record = extractor.extract_text("News\n\n" + body)
    found = [(f.text, f.amount, f.currency) for f in record.facts if f.type == "money"]
    assert found == expected


@pytest.mark.parametrize(
    ("body", "currency"),
    [
        # A dollar country named in passing: the news's "$" is still the US dollar.
        ("A Canadian company, named Orca, won the contract, valued at $500m.", "USD"),
        ("The Maldives, whose GDP is $660m, trades with Hong Kong and Singapore.", "USD"),
        # A story of Canada names it again and again: its "$" is the Canadian dollar.
        ("Canada's Orca, based in Toronto, said Canadian sales rose to $50m.", "CAD"),
    ],
)
def test_a_bare_dollar_is_another_countrys_only_in_its_story(extractor, body, currency):
    record = extractor.extract_text("News\n\n" + body)
    [money] = [f for f in record.facts if f.type == "money"]
    assert money.currency == currency
