"""A lone name a side lost to "at the hands of" is a club (BBC sheet 53E: "exit at the hands of
Auxerre", `Auxerre` PERSON), as after "lost to" (the cue row "club beaten, a lone name")."""

from entity_reading import label_by_name


def test_a_lone_name_a_side_fell_at_the_hands_of_is_a_club(extractor):
    text = (
        "Headline\n\nCeltic suffered a Uefa Cup exit at the hands of Guingamp at Parkhead. "
        "The Scottish side had led at half-time."
    )
    assert label_by_name(extractor, text).get("Guingamp") == "ORG"


def test_a_person_named_in_full_stays_a_person(extractor):
    text = (
        "Headline\n\nTim Henman lost at the hands of Lleyton Hewitt in the quarter-final. "
        "Henman said Hewitt had played well."
    )
    assert label_by_name(extractor, text).get("Lleyton Hewitt") == "PERSON"
