"""Round r52b-lists: a town the model left untagged inside a list of places is a place of the
list; a firm's legal suffix the model tags alone is no firm, and the name before it is the firm
(sentences of my own, from the shapes of BBC sheet 52C: "Basingstoke, Shrewsbury, Dorset and
Torbay" with no mention of the second, "PayPerAction LLC." with `LLC` ORG alone)."""

from entity_reading import label_by_name

# `gapped_places` (factx/extract/entity_gapped_places.py).


def test_an_untagged_town_inside_a_list_of_places_is_a_place(extractor):
    found = label_by_name(
        extractor, "The tour took in Reading, Shrewsbury, Dorset and Torbay last week."
    )
    assert found.get("Shrewsbury") == "GPE"


def test_an_untagged_town_that_is_also_a_word_inside_a_long_list_is_a_place(extractor):
    found = label_by_name(
        extractor,
        "Mr Kennedy is visiting Manchester, Liverpool, Leicester, Somerset, Reading, Hemel "
        "Hempstead, Dorset and Torbay.",
    )
    assert found.get("Reading") == "GPE"


def test_a_gap_in_a_list_of_people_adds_no_place(extractor):
    found = label_by_name(extractor, "The squad named Owen, Jenkins, Truro and Henson.")
    assert found.get("Truro") != "GPE"


def test_a_day_in_a_list_of_places_is_no_place(extractor):
    found = label_by_name(extractor, "It rained in Kent, Monday, Dorset and Devon.")
    assert "Monday" not in found


# `lone_legal_suffixes` (factx/extract/entity_lone_suffixes.py).


def test_a_lone_legal_suffix_gives_way_to_the_firm_before_it(extractor):
    found = label_by_name(
        extractor,
        "Both men ran three firms - MailBlastPro LLC., Quickserve LLC. and Quickserve Inc - "
        "that sent the spam.",
    )
    assert "LLC" not in found
    assert found.get("MailBlastPro") == "ORG"


def test_a_lone_suffix_with_no_name_before_it_is_dropped(extractor):
    found = label_by_name(extractor, "The suit was filed against Zentrix Ltd and a partner, LLC.")
    assert "LLC" not in found
    assert found.get("Zentrix") == "ORG"


# `works_glued_over_a_comma` (factx/extract/entity_comma_glued_works.py).


def test_two_series_glued_over_a_lists_comma_are_two_works(extractor):
    found = label_by_name(
        extractor,
        "The other spin-off series The New Voyages, Deep Space Four and Pathfinder were shown.",
    )
    assert "New Voyages, Deep Space Four" not in found
    assert found.get("New Voyages") == "WORK_OF_ART"
    assert found.get("Deep Space Four") == "WORK_OF_ART"


def test_a_title_with_a_comma_before_more_members_stays_whole():
    from factx.extract.entities import RawMention
    from factx.extract.entity_comma_glued_works import works_glued_over_a_comma

    text = "She is the star of films like Red Sorghum, Blue Kite, Hero and House of Flying Daggers."
    start = text.index("Red")
    end = text.index(", Hero")
    m = RawMention(text[start:end], start, end, "WORK_OF_ART", 0, 0, False)
    assert works_glued_over_a_comma(text, [m]) == [m]
