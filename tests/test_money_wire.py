"""Money and percent cases of wire news (issue 19): rates, vague amounts, full stops, changes,
and the currency table against ISO 4217."""

import pycountry
import pytest

from factx.normalize.money import currency_table, parse_money
from factx.normalize.quantities import parse_percent

# ISO 4217 codes a news desk meets: the currencies of the BIS triennial FX survey, plus those
# of the big African, Gulf and South Asian economies that wire stories quote.
NEWS_DESK_CODES = [
    "USD",
    "EUR",
    "JPY",
    "GBP",
    "CNY",
    "AUD",
    "CAD",
    "CHF",
    "HKD",
    "SGD",
    "SEK",
    "KRW",
    "NOK",
    "NZD",
    "INR",
    "MXN",
    "TWD",
    "ZAR",
    "BRL",
    "DKK",
    "PLN",
    "THB",
    "ILS",
    "IDR",
    "CZK",
    "AED",
    "TRY",
    "HUF",
    "CLP",
    "SAR",
    "PHP",
    "MYR",
    "COP",
    "RUB",
    "RON",
    "PEN",
    "BHD",
    "ARS",
    "NGN",
    "EGP",
    "KES",
    "PKR",
    "VND",
    "UAH",
    "KWD",
    "QAR",
    "ISK",
    "BDT",
    "LKR",
    "GHS",
    "MAD",
    "OMR",
    "JOD",
]
# Codes in the table that ISO 4217 has withdrawn but old news still quotes.
HISTORIC = {"DEM", "BGN"}  # the mark (2002) and the lev (euro since 2026)


def _facts(extractor, text, kind):
    return [f for f in extractor.extract_text(text).facts if f.type == kind]


def test_every_code_of_the_table_is_iso_4217():
    table = currency_table()
    codes = {str(c) for group in ("prefix", "suffix") for c in table[group].values()}
    iso = {c.alpha_3 for c in pycountry.currencies}
    assert sorted(codes - iso - HISTORIC) == []


@pytest.mark.parametrize("code", NEWS_DESK_CODES)
def test_news_desk_codes_are_read_before_and_after_the_amount(code):
    assert pycountry.currencies.get(alpha_3=code) is not None
    before, after = parse_money(f"{code} 5 million"), parse_money(f"5 million {code}")
    assert before is not None and (before.amount, before.currency) == (5_000_000, code)
    assert after is not None and (after.amount, after.currency) == (5_000_000, code)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("300 million Chilean pesos", "CLP"),
        ("2 billion Kuwaiti dinars", "KWD"),
        ("40 billion dong", "VND"),
        ("5 million Qatari riyals", "QAR"),
        ("10 million Czech crowns", "CZK"),
    ],
)
def test_currency_names(text, currency):
    money = parse_money(text)
    assert money is not None and money.currency == currency


def test_a_year_ago_is_a_time_not_a_rate():
    ago = parse_money("$13.51 billion")
    assert ago is not None and ago.per is None
    rate = parse_money("$5 a year")
    assert rate is not None and rate.per == "year"


def test_a_year_ago_after_an_amount(extractor):
    (money,) = _facts(extractor, "Revenue was $13.51 billion a year ago.", "money")
    assert (money.text, money.amount, money.per) == ("$13.51 billion", 13_510_000_000, None)


def test_full_stop_is_not_part_of_the_money(extractor):
    text = "The deal was worth £600m. It closed in May."
    (money,) = _facts(extractor, text, "money")
    assert money.text == "£600m"
    assert text[money.start : money.end] == "£600m"


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("The firm raised only a few million dollars.", "a few", 2_000_000, 9_000_000),
        ("Several billion euros were spent.", "several", 2_000_000_000, 9_000_000_000),
        # "multi-million" is several millions, not one.
        ("He signed a multi-million pound deal.", "multi", 2_000_000, 9_000_000),
        ("They dropped multi-billion dollar listings.", "multi", 2_000_000_000, 9_000_000_000),
    ],
)
def test_vague_amounts_are_ranges(extractor, text, qualifier, low, high):
    (money,) = _facts(extractor, text, "money")
    assert (money.qualifier, money.amount_low, money.amount_high) == (qualifier, low, high)


def test_exact_million_stays_exact(extractor):
    (money,) = _facts(extractor, "He paid a million dollars.", "money")
    assert (money.amount, money.qualifier, money.amount_high) == (1_000_000, None, None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("from 46 percent to 41 percent", 46, 41),
        ("46 percent to 41 percent", 46, 41),
        ("from 5% to 7%", 5, 7),
    ],
)
def test_percent_changes_keep_their_order(text, start, end):
    percent = parse_percent(text)
    assert percent is not None
    assert (percent.value_from, percent.value_to, percent.value) == (start, end, end)
    assert percent.value_low is None and percent.value_high is None


@pytest.mark.parametrize("text", ["5-7%", "between 3 and 4 percent", "2 to 3 percent"])
def test_percent_ranges_are_never_inverted(text):
    percent = parse_percent(text)
    assert percent is not None and percent.value_low is not None
    assert percent.value_low <= percent.value_high


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pair that runs downwards is no range: where the amount went, two amounts.
        (
            "Prices fell from $5 million to $3 million.",
            [("$5 million", 5_000_000, "USD"), ("$3 million", 3_000_000, "USD")],
        ),
        ("Tickets cost €20 to €15.", [("€20", 20, "EUR"), ("€15", 15, "EUR")]),
        # The scale and the currency written once go with both amounts.
        (
            "The estimate was cut to $10-5 million.",
            [("$10", 10_000_000, "USD"), ("5 million", 5_000_000, "USD")],
        ),
        ("Fares fell from 30 to 25 euros.", [("30", 30, "EUR"), ("25 euros", 25, "EUR")]),
        # "From ... to ..." is a change even upwards, as for percentages.
        (
            "Sales rose from $5 million to $8 million.",
            [("$5 million", 5_000_000, "USD"), ("$8 million", 8_000_000, "USD")],
        ),
    ],
)
def test_a_change_of_money_is_two_amounts(extractor, text, expected):
    record = extractor.extract_text(text)
    facts = [f for f in record.facts if f.type == "money"]
    assert [(f.text, f.amount, f.currency) for f in facts] == expected
    assert all(f.amount_low is None and f.amount_high is None for f in facts)
    assert all(text[f.start : f.end] == f.text for f in facts)


@pytest.mark.parametrize("text", ["It costs $5 to $10.", "It costs between $5 and $10."])
def test_a_money_range_runs_upwards(extractor, text):
    (money,) = _facts(extractor, text, "money")
    assert (money.amount_low, money.amount_high) == (5, 10)


def test_pounds_of_weight_are_no_money():
    from factx.api import extract

    text = (
        "Scales\n\nShe weighed 120 pounds then. The fish, weighing 30 pounds, was sold for "
        "40 pounds. He paid 120 pounds for it."
    )
    facts = [
        (f.type, f.text, getattr(f, "currency", None) or getattr(f, "unit", None))
        for f in extract(text).facts
        if f.type in ("money", "quantity")
    ]
    assert facts == [
        ("quantity", "120 pounds", "lb"),
        ("quantity", "30 pounds", "lb"),
        ("money", "40 pounds", "GBP"),
        ("money", "120 pounds", "GBP"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sum it is set against is the one outside brackets, not the conversions inside (a
        # bare "$" is always inferred).
        (
            "Profit was 77m euros (£53m; $100m), up from 38m in the same period.",
            [
                ("77m euros", "EUR", False),
                ("£53m", "GBP", False),
                ("$100m", "USD", True),
                ("38m", "EUR", True),
            ],
        ),
        (
            "Profit was 4.3bn rupees ($98m), against 2.7bn a year earlier.",
            [("4.3bn rupees", "INR", False), ("$98m", "USD", True), ("2.7bn", "INR", True)],
        ),
        (
            "Fiat gets 1bn euros now, with another 550m to follow.",
            [("1bn euros", "EUR", False), ("550m", "EUR", True)],
        ),
        # Before a noun it counts things; with no sum before it in its sentence, it is no sum.
        ("Sales were $5bn, up from 38m units.", [("$5bn", "USD", True)]),
        ("Profit was $5bn. That is up from 38m in 2003.", [("$5bn", "USD", True)]),
    ],
)
def test_a_bare_amount_set_against_a_sum_takes_its_currency(extractor, text, expected):
    # Alone, "38m" would be 38 metres and "2.7bn" nothing at all.
    facts = _facts(extractor, text, "money")
    assert [(f.text, f.currency, f.currency_inferred) for f in facts] == expected
    counted = {(f.start, f.end) for f in _facts(extractor, text, "quantity")}
    assert not any((f.start, f.end) in counted for f in facts)  # not metres as well


@pytest.mark.parametrize(
    ("text", "kind", "qualifier"),
    [
        # "up" is the particle of "added up", "went up": no upper bound.
        ("Its sales in Asia added up to $3.2bn last year.", "money", None),
        ("The jobless rate went up to 6.1% in May.", "percent", None),
        # "over" is what a row is about, not "more than".
        ("The two councils had a row over £4m of road funds.", "money", None),
        # Where no verb owns the word, it qualifies the amount.
        ("Savers can put up to £7,000 a year into the account.", "money", "up to"),
        ("Prices may fall by up to 4% this year.", "percent", "up to"),
        ("The club spent over £9m on players.", "money", "over"),
    ],
)
def test_a_verbs_own_particle_or_preposition_is_no_qualifier(extractor, text, kind, qualifier):
    (fact,) = _facts(extractor, text, kind)
    assert fact.qualifier == qualifier


def test_a_conversion_after_a_semicolon_and_no_space_is_a_sum_of_its_own(extractor):
    text = "Exports to Korea came to 9,870bn yen ($95.2bn;£50.3bn) last year."
    facts = _facts(extractor, text, "money")
    assert [(f.text, f.amount, f.currency) for f in facts] == [
        ("9,870bn yen", 9_870_000_000_000, "JPY"),
        ("$95.2bn", 95_200_000_000, "USD"),
        ("£50.3bn", 50_300_000_000, "GBP"),
    ]
