"""A firm's regional arm and an airline the model reads as people (the cue "firm's arm by its
region, or an airline" in factx/data/entities.json)."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def test_a_firm_s_regional_arm_and_an_airline_are_firms(extractor):
    labels = _labels(
        extractor,
        "Drinks sales up\n\nDiageo North America said sales rose. Shares in Air Deccan fell.",
    )
    assert labels.get("Diageo North America") == "ORG"  # PERSON from the model
    assert labels.get("Air Deccan") == "ORG"  # PERSON from the model


def test_a_region_the_model_reads_as_a_place_stays_one(extractor):
    labels = _labels(extractor, "Exports fell\n\nExports to Eastern Europe fell in May.")
    assert labels.get("Eastern Europe") == "LOC"
