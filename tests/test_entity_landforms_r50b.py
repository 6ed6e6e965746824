"""Round r50b-places: a natural feature's kind word keeps a name a place, and detention centres,
prisons and jails are facilities (sentences of my own)."""

from entity_reading import label_by_name

# `entity_landforms.landforms`: a name ending in a landform's kind word is no person or body.


def test_a_name_ending_in_a_landforms_kind_is_a_place(extractor):
    found = label_by_name(
        extractor,
        "Fire crews were sent to a paddock east of Windy Gully near Cataract Dam on Sunday night.",
    )
    assert found.get("Windy Gully") == "LOC"
    found = label_by_name(
        extractor,
        "Residents of Black Creek and Kings Ridge were told to leave their homes as the blaze "
        "spread.",
    )
    assert found.get("Kings Ridge") == "LOC"
    found = label_by_name(extractor, "Residents of Rocky Creek were told to leave their homes.")
    assert found.get("Rocky Creek") in ("GPE", "LOC")
    found = label_by_name(
        extractor, "The boats sailed past Heron Reef towards the Cape York Peninsula."
    )
    assert found.get("Heron Reef") == "LOC"
    found = label_by_name(
        extractor,
        "Experts gave a 5 per cent chance of the giant West Antarctic Ice Sheet breaking up "
        "within 200 years. The West Antarctic Ice Sheet holds enough water to raise seas by five "
        "metres.",
    )
    assert found.get("West Antarctic Ice Sheet") == "LOC"
    found = label_by_name(
        extractor,
        "If the Larsen Ice Shelf collapses, the glaciers behind the Larsen Ice Shelf will speed "
        "up.",
    )
    assert found.get("Larsen Ice Shelf") == "LOC"


def test_a_body_or_a_person_named_after_a_landform_is_left_alone(extractor):
    found = label_by_name(
        extractor, "The Great Barrier Reef Marine Park Authority said the coral was bleaching."
    )
    assert "Great Barrier Reef" not in found
    found = label_by_name(extractor, "Mr Ridge said he would appeal. Damon Hill won the race.")
    assert found.get("Ridge") != "LOC"
    assert "LOC" not in {label for name, label in found.items() if "Hill" in name}
    found = label_by_name(extractor, "The show beat Jonathan Creek (BBC One) and Shameless.")
    assert found.get("Jonathan Creek") != "LOC"


# `entity_landforms.detention_centres`: a detention centre, prison or jail is a facility.


def test_detention_centres_and_jails_are_facilities(extractor):
    found = label_by_name(
        extractor, "Guards at the Villawood Detention Centre found the men on Tuesday."
    )
    assert found.get("Villawood Detention Centre") == "FAC"
    found = label_by_name(
        extractor,
        "He was sent to Long Bay Jail and later moved to Goulburn Correctional Centre.",
    )
    assert found.get("Long Bay Jail") == "FAC"
    assert found.get("Goulburn Correctional Centre") == "FAC"


def test_a_prison_body_and_the_department_are_left_alone(extractor):
    found = label_by_name(
        extractor,
        "The Prison Service said the Immigration Department runs the Woomera centre.",
    )
    assert found.get("Prison Service", "ORG") != "FAC"
    assert found.get("Immigration Department", "ORG") != "FAC"


# `landform after its plural kind's around or near`, `town before its township or border
# crossing after the` (entities.json).


def test_a_name_after_the_mountains_around_is_a_place(extractor):
    found = label_by_name(
        extractor, "Troops searched the mountains around Zawar Kili for a third day."
    )
    assert found.get("Zawar Kili") == "LOC"


def test_a_town_before_its_border_crossing_is_a_place(extractor):
    found = label_by_name(extractor, "Trucks queued at the Torkham border crossing for hours.")
    assert found.get("Torkham") == "GPE"


def test_a_person_near_the_hills_and_a_checkpoints_name_are_left_alone(extractor):
    found = label_by_name(
        extractor, "He walked the hills near John Smith's farm, and John Smith said he saw it."
    )
    assert found.get("John Smith") == "PERSON"
    found = label_by_name(extractor, "Tourists queued at Checkpoint Charlie in Berlin.")
    assert found.get("Checkpoint Charlie") != "GPE"


# `town after nearby`, `town after a blaze near` (entities.json).


def test_a_town_after_nearby_or_a_blaze_near_is_a_place(extractor):
    found = label_by_name(
        extractor, "Residents evacuated from nearby Glenorie as the wind changed."
    )
    assert found.get("Glenorie") == "GPE"
    found = label_by_name(extractor, "The bushfire approaching Glenorie has jumped the road.")
    assert found.get("Glenorie") == "GPE"


def test_a_shop_on_fire_and_a_persons_house_are_left_alone(extractor):
    found = label_by_name(extractor, "Shoppers fled a fire at Harrods on Tuesday.")
    assert found.get("Harrods") != "GPE"
    found = label_by_name(
        extractor, "The fire near John Smith's house was put out. John Smith said he was lucky."
    )
    assert found.get("John Smith") == "PERSON"
