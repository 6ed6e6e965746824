"""Round r47-civic: places, politics and firms' short names (sentences of my own)."""

from entity_reading import label_by_name


def test_a_law_with_no_laws_word_takes_its_next_vote(extractor):
    # The model tags a TV drama's title LAW; no Act, Bill, Treaty ... says a law.
    found = label_by_name(
        extractor, "The drama has been the biggest hit on Sky One since Prisoner Cell Block H."
    )
    assert found.get("Prisoner Cell Block H.") == "WORK_OF_ART"


def test_a_law_named_by_its_kind_or_its_numbered_part_stays_a_law(extractor):
    found = label_by_name(extractor, "The firm filed for Chapter 11 bankruptcy protection.")
    assert found.get("Chapter 11") == "LAW"
    found = label_by_name(
        extractor, "MPs debated the Gambling Bill and the Freedom of Information Act."
    )
    assert found.get("Freedom of Information Act") == "LAW"
