"""Text -> value, with no spaCy: numbers, money, percentages, quantities and TIMEX3 values."""
