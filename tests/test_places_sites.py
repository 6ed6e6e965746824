"""Oilfields by a plain "field", regions before their kind word, docks and buildings
(round r27-places).

Every sentence here is made up for the test; none is from the evaluation data.
"""

from builders import cue_at


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def test_a_name_before_the_word_field_is_an_oilfield(extractor):
    # The model reads the field as a person; the other mention takes the site's label too.
    found = _entities(
        extractor,
        "Oil deal\n\nBorvex Energy won the contract to run the Tahrim field, the ministry "
        "said. Output at Tahrim will rise.",
    )
    assert found.get("Tahrim") == "FAC"


def test_the_field_cue_needs_its_the_and_leaves_firms_and_events_alone():
    # A firm's initials ("the BP field" is the firm's), a golf event's field of players, and
    # a name with no "the" before it ("a leader in its Corvane field" is a domain's).
    assert cue_at("It bought into the BP field last year.", "BP", "ORG") is None
    found = cue_at(
        "Woods leads the Dunmore Classic field after two rounds.", "Dunmore Classic", "ORG"
    )
    assert found is None or found[1] != "FAC"
    text = "Acme is a leader in its Corvane field."
    assert cue_at(text, "Corvane", "PRODUCT") is None
    # r35-politics: an owner's "its" takes the cue, but not after "in" (the domain above).
    text = "Output rose last year. Its Corvane field is the biggest it has found."
    assert cue_at(text, "Corvane", "PERSON") == ("oilfield before 'field'", "FAC")
    # A list of fields after one "the": each name is a site.
    text = "Output rose at the Varda and Kelmira fields in the south."
    assert cue_at(text, "Kelmira", "ORG") == ("oilfield before 'field'", "FAC")


def test_a_name_before_area_or_province_is_a_region():
    text = "The editor was sentenced by a court in the Mazdan area last week."
    assert cue_at(text, "Mazdan", "ORG") == ("region before its kind", "GPE")
    text = "Aid reached the Velora province on Monday."
    assert cue_at(text, "Velora", "PERSON") == ("region before its kind", "GPE")


def test_a_team_before_its_penalty_area_is_no_region():
    # In a match report "the edge of the Dunford area" is the team's penalty area: one such
    # cue must not make a club that the model tags ORG all through the article a region.
    text = "He shot from the edge of the Dunford area and scored."
    assert cue_at(text, "Dunford", "ORG") is None
    text = "Lowe ran into the Dunford area before he fell."
    assert cue_at(text, "Dunford", "ORG") is None


def test_a_body_named_for_a_region_keeps_its_label():
    # "the North West Development Agency area" is the agency's patch: a body, no region; and a
    # region the model tags LOC ("the Gulf region") is left to the model.
    text = "Jobs in the North West Development Agency area rose."
    assert cue_at(text, "North West Development Agency", "ORG")[1] == "ORG"
    assert cue_at("Tension in the Gulf region grew.", "Gulf", "LOC")[1] == "LOC"


def test_a_name_before_its_dock_is_the_dock():
    text = "The first ship left from St Kilvert's dock at noon."
    assert cue_at(text, "St Kilvert", "PERSON") == ("dock by its name", "FAC")


def test_a_building_by_its_kind_word_is_a_facility():
    # A tower or a trade centre the model reads as a firm.
    text = "The attacks on the World Trade Center shocked the city."
    assert cue_at(text, "World Trade Center", "ORG") == ("venue by its kind", "FAC")
    assert cue_at("Lifts in the Harbin Tower are fast.", "Harbin Tower", "ORG")[1] == "FAC"
