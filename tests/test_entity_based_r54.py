"""Round 54 (lead): a known place before "-based" is a place whatever the model's label. The
row "known place before -based" took it only from PERSON and ORG; the model also reads the place
of a "Manchester-based production" as a PRODUCT. Sentences of our own."""

import pytest
from entity_reading import label_by_name


@pytest.mark.parametrize(
    "text",
    [
        "The Manchester-based production opens in May.",
        "A Manchester-based film about the band opens in May.",
    ],
)
def test_a_known_place_before_based_is_a_place(extractor, text):
    assert label_by_name(extractor, text)["Manchester"] == "GPE"


def test_a_firm_before_based_is_left_alone(extractor):
    # Not a known place: the row's "place" guard keeps it out.
    found = label_by_name(extractor, "The Acme-based fund manager said profits rose.")
    assert found.get("Acme") != "GPE"
