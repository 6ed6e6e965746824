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
