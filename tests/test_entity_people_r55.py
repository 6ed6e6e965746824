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


# A scorer's name before a goal verb (BBC sheet 54H's "before Lomana LuaLua headed home").
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Arsenal led until Lomana LuaLua headed home from a corner.", "Lomana LuaLua"),
        ("The visitors were level when Lomana LuaLua netted a minute later.", "Lomana LuaLua"),
    ],
)
def test_a_name_before_a_goal_verb_is_a_person(extractor, text, name):
    assert label_by_name(extractor, text).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The holders were stunned when Bayern Munich equalised late on.", "Bayern Munich"),
        ("Fans groaned after Aston Villa scored twice in the second half.", "Aston Villa"),
        ("Shares fell after Wells Fargo fired 5,300 staff last year.", "Wells Fargo"),
        ("The talks ended when Morgan Stanley struck a deal with the bank.", "Morgan Stanley"),
    ],
)
def test_sides_and_firms_before_the_verbs_are_left_alone(extractor, text, name):
    assert label_by_name(extractor, text).get(name) != "PERSON"


def _mention_texts(extractor, text, name):
    record = extractor.extract_text(text)
    return [
        (m.text, m.start) for f in record.facts if f.type == "entity" and f.name == name
        for m in f.mentions
    ]  # fmt: skip


# A surname after an honorific the model left untagged after a quotation (Lee's lee264 shape).
def test_a_surname_after_an_honorific_after_a_quotation_is_the_person(extractor):
    text = (
        "Martin Walker lives near the river. "
        '"There was water coming through the back of the house," Mr Walker said.'
    )
    found = _mention_texts(extractor, text, "Martin Walker")
    assert ("Walker", text.index("Mr Walker") + 3) in found


def test_an_honorific_before_the_full_name_or_a_longer_name_is_left_alone(extractor):
    # Before the full name the article has not said whose surname it is; "Mr Walker Smith"
    # is a longer name.
    text = (
        '"It was loud," Mr Walker said. Martin Walker lives near the river. '
        '"It was wet," Mr Walker Smith said.'
    )
    found = _mention_texts(extractor, text, "Martin Walker")
    assert ("Walker", text.index("Mr Walker") + 3) not in found
    assert ("Walker", text.index("Mr Walker Smith") + 3) not in found
