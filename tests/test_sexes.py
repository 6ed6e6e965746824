"""A person's sex as the name shows it (model-free)."""

import pytest

from factx.extract import sexes


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Hillary Clinton", "f"),
        ("Jonathan Sobin", "m"),
        ("Mr. Trump", "m"),
        ("Ms Hewitt", "f"),
        # Given to both sexes in the census, or a surname alone: unknown.
        ("Kelly Ayotte", ""),
        ("Chris Low", ""),
        ("Trump", ""),
    ],
)
def test_of_name(name, sex):
    assert sexes.of_name(name) == sex


def test_of_honorific():
    assert sexes.of_honorific("said Mrs. ") == "f"
    assert sexes.of_honorific("said ") == ""
