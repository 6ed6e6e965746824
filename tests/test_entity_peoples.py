"""Untagged nationality and people words (factx.extract.entity_peoples)."""

import pytest

from factx.extract.entity_peoples import people_word
from factx.extract.evidence import people_words


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Bosnian", True),
        ("Chechens", True),  # the plural of a people's word
        ("Moslem", True),
        ("Jordan", False),  # a country is the model's and the dateline rule's
        ("Labour", False),  # a party that is an organisation
        ("Norman", False),  # as often a first name
        ("Yankees", False),  # as often a side
        ("Minister", False),
    ],
)
def test_people_word(word, expected):
    assert people_word(word, people_words()) is expected


def _norp(extractor, text):
    record = extractor.extract_text(text)
    return {m.text for f in record.facts if f.type == "entity" and f.label == "NORP"
            for m in f.mentions}  # fmt: skip


def test_a_people_word_the_model_misses_is_a_people(extractor):
    # Short headlines, which the small model reads too little of to tag.
    assert "Chechens" in _norp(
        extractor, "Envoy , Chechens agree to meet again .\n\nThe talks ended ."
    )
    assert "Moslem" in _norp(
        extractor, "Police hold 12 suspected Moslem gunmen .\n\nThey were freed ."
    )


def test_a_count_opening_a_headline_is_no_part_of_a_name(extractor):
    # "Four" opens the sentence, as a determiner would: the people's word stands alone.
    assert "Kurds" in _norp(extractor, "Four Kurds held in raid .\n\nPolice made the arrests .")


def test_a_people_word_inside_a_longer_name_is_left_alone(extractor):
    assert "Dutch" not in _norp(
        extractor, "Results due .\n\nShares of Royal Dutch Petroleum rose ."
    )


def test_a_people_word_before_its_noun_is_a_people_whatever_the_model_says(extractor):
    # The model tags "Hutu" a person here; before "militias" it is the people's adjective.
    text = "Talks stall .\n\nThe army refused to negotiate with Hutu militias in the hills ."
    assert "Hutu" in _norp(extractor, text)


def test_a_man_of_a_region_is_a_people_word(extractor):
    # "The X" drops a person's vote ("The Mac Mini"); a man of a county or a province is
    # one of a people, as "the Scotsman" is, not a product.
    found = _norp(
        extractor,
        "Cup win\n\nThe Yorkshireman scored twice. Later the Munsterman kicked a penalty.",
    )
    assert {"The Yorkshireman", "the Munsterman"} <= found
