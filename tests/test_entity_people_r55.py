"""Round r55-people: a listed calling that opens a sentence before a full name is cut off it,
even when the first name is off the census list ("Farmer Geoff Brooks, a senior member of the
hunt, told ...", BBC sheet 54E), and the calling tagged alone before an honorific's name is
dropped ("Entrepreneur Sir Richard Branson's show"). Sentences of our own."""

import pytest
from entity_reading import label_by_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Farmer Geoff Brooks, a member of the parish council, said the floods were the worst.",
            "Geoff Brooks",
        ),
        ("Farmer Geoff Brooks told reporters the barley had rotted.", "Geoff Brooks"),
    ],
)
def test_a_calling_opening_the_sentence_is_cut_off_a_full_name(extractor, text, name):
    found = label_by_name(extractor, text)
    assert found.get(name) == "PERSON"
    assert not any(n.startswith("Farmer") for n in found)


def test_a_lone_calling_before_an_honorific_is_no_name(extractor):
    text = "Entrepreneur Sir Richard Branson's new show has been cancelled after one series."
    found = label_by_name(extractor, text)
    assert found.get("Richard Branson") == "PERSON"
    assert "Entrepreneur" not in found


def test_the_calling_as_a_surname_inside_a_sentence_is_left_alone(extractor):
    # The article writes "Farmer" with its capital mid-sentence: a name's own word.
    text = (
        "Farmer Geoff Brooks said the show would go on. "
        "The film tells the story of actress Frances Farmer and her family."
    )
    found = label_by_name(extractor, text)
    assert found.get("Frances Farmer") == "PERSON"
    assert "Geoff Brooks" not in found
