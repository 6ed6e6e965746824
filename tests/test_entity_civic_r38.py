"""Round r38-civic: bodies the model cuts and a format it takes for a firm (seeds 89-90's "Rules
these errors suggest"): a party after its country's initials and a body's name over its plural
possessive (factx.extract.entity_civic.parties_after_initials and
bodies_over_plural_possessive), and the cues "format in apposition" and "award before its
organisers" of factx/data/entities.json. The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_countrys_initials_open_the_partys_name(extractor):
    # Seed 90's politics/373: the model tags "UK" a country and leaves the party cut.
    text = (
        "Rebate row\n\nUK Independence Party leader Roger Knapman said the rebate was "
        '"set in stone".'
    )
    found = entities(extractor, text)
    assert ("ORG", "UK Independence Party", ["UK Independence Party"]) in found
    assert not [e for e in found if e[0] == "GPE"]


def test_initials_before_no_party_stay_the_country(extractor):
    text = "Trade\n\nUK Trade Secretary Patricia Hewitt said exports had risen."
    found = entities(extractor, text)
    assert not [e for e in found if "Party" in e[1]]
    assert [e for e in found if e[2] == ["UK"]]


def test_a_body_runs_on_over_its_plural_possessive(extractor):
    # Seed 89's entertainment/352: the model stops at the apostrophe (`London Critics` ORG).
    text = (
        "Film prizes\n\nThe film took five awards from the Boston Critics' Circle on "
        "Wednesday night."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[0] == "ORG" and e[1] == "Boston Critics' Circle"]
    assert not [e for e in found if e[1] == "Boston Critics"]


def test_a_plural_possessive_before_no_kind_word_stays(extractor):
    text = "Film prizes\n\nThe Boston Critics' verdict was read out on Wednesday night."
    found = entities(extractor, text)
    assert not [e for e in found if "verdict" in e[1]]


def test_a_lower_case_format_after_no_apposition_is_left(extractor):
    text = (
        "Formats\n\nSony said the disc format for the machine would be UMD, and Sony would make it."
    )
    found = entities(extractor, text)
    assert not [e for e in found if e[0] == "PRODUCT" and e[1] == "Sony"]


def test_a_name_in_apposition_to_a_disc_format_is_a_product(extractor):
    # Seed 90's tech/025 (and seed 66's tech/317): `UMD` ORG, a disc format.
    text = (
        "Handheld launch\n\nThe handheld console will go on sale for $250 and the first million "
        "sold will come with Spider-Man 2 on UMD, the disc format for the machine. Sony has "
        "billed the machine as the Walkman of the 21st Century."
    )
    found = entities(extractor, text)
    assert ("PRODUCT", "UMD", ["UMD"]) in found
    assert ("ORG", "Sony", ["Sony"]) in found


def test_a_name_before_award_organisers_is_the_award(extractor):
    # Seed 88's entertainment/248: "forced Mobo award organisers" gave `Mobo` LAW.
    text = (
        "Music row\n\nActivists forced Kora award organisers to drop the singer from the "
        "shortlist, the group said on Monday."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Kora", ["Kora"]) in found


def test_a_place_before_an_award_ceremony_is_left(extractor):
    text = "Prizes\n\nThe singer flew to the Edinburgh award ceremony on Monday."
    found = entities(extractor, text)
    assert not [e for e in found if e[0] == "WORK_OF_ART"]
