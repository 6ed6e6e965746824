import pytest

from factx.normalize.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.5", 1234.5),
        ("80", 80),
        ("1.13bn", 1130000000),
        ("277M", 277000000),
        ("two million", 2000000),
        ("twenty-five", 25),
        ("one hundred and five", 105),
        ("half a million", 500000),
        ("1.5m", 1500000),
        ("3 lakh", 300000),
        ("2 crore", 20000000),
        ("a dozen", 12),
        ("-4.5", -4.5),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "a", "hello", "million dollars", "12abc"])
def test_not_a_number(text):
    assert parse_number(text) is None


def test_exact_decimal_no_float_error():
    value = parse_number("1.13bn")
    assert isinstance(value, int) and value == 1_130_000_000


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # fractions, alone, mixed and of a scale
        ("a half", 0.5),
        ("one and a half", 1.5),
        ("two thirds of a million", 2_000_000 / 3),
        ("three quarters billion", 750_000_000),
        ("quarter million", 250_000),
        ("one million and a half", 1_500_000),
        ("two and a half million", 2_500_000),
        ("one billion and a half million", 1_000_500_000),
        ("five billion and three quarters", 5_750_000_000),
        ("twenty and three fifths", 20.6),
        ("one hundred and three quarters", 100.75),
        ("a hundredth", 0.01),
        # words after "point" are digits
        ("two hundred point zero three", 200.03),
        ("nine point nought four", 9.04),
        # signs, written as words too
        ("minus five point five", -5.5),
        ("negative one", -1),
        # digit formats
        ("1 234 567", 1_234_567),
        ("40\u202f000", 40_000),
        ("5,00", 5),
        ("1.111,11", 1111.11),
        ("1.3e6", 1_300_000),
        ("6.23x10^-4", 0.000623),
        ("2.5^-1", 0.4),
        ("- 1 4/5", -1.8),
        ("3/4", 0.75),
        ("¾", 0.75),
        ("one over 20", 0.05),
        ("two out of five hundred", 0.004),
        # scales
        ("three lakh crore", 3 * 10**12),
        ("3 dozens", 36),
        ("10 bln", 10**10),
        ("2mil", 2_000_000),
        ("1MM", 1_000_000),
        ("two hundred and two thousand", 202_000),
    ],
)
def test_parse_number_more_forms(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["third", "fifths", "and"])
def test_ordinals_and_connectives_are_not_numbers(text):
    assert parse_number(text) is None
