"""Firms, brands, bodies and newspapers the model tags as places or peoples (round r27-gpe).

Every sentence here is made up for the test; none is from the evaluation data.
"""

from builders import cue_at


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def test_a_list_after_a_plural_kind_of_firm_is_of_firms():
    # A capital opening the sentence, a comma before "such as", and the later names of the
    # list ("Kopernal", "Enfara" NORP to the model) all take the firm's kind.
    text = "Companies such as Vlinko, Kopernal and Enfara sell the same tool."
    for name in ("Vlinko", "Kopernal", "Enfara"):
        assert cue_at(text, name, "NORP") == ("firm in a list after its plural kind", "ORG")
    text = "Some networks, such as Tarvo, charge for every megabyte."
    assert cue_at(text, "Tarvo", "GPE") == ("firm in a list after its plural kind", "ORG")
    text = "The browser trails rivals such as Netscape and Quarlo."
    assert cue_at(text, "Quarlo", "GPE") == ("firm in a list after its plural kind", "ORG")


def test_a_list_of_firms_leaves_countries_and_firms_own_names_alone():
    # A country is no firm ("airlines such as France's"), and a firm's own name ending in a
    # kind word opens no list ("Virgin Networks, including Chorion").
    assert cue_at("Airlines such as Qantas and Spain fly there.", "Spain", "GPE") is None
    assert cue_at("Virgin Networks, including Chorion, said so.", "Chorion", "GPE") is None


def test_brands_a_company_includes_are_products():
    text = "The group's brands include Hoover, Candy and Rosieres."
    assert cue_at(text, "Rosieres", "GPE") == ("brand of a company", "PRODUCT")


def test_a_name_after_its_head_or_founder_is_a_body():
    text = "Maria Lind, chief of Vextora, said the plan was sound."
    assert cue_at(text, "Vextora", "GPE") == ("body after its head or founder", "ORG")
    text = "Tom Reyes, co-founder of Quillam, which makes search tools, spoke."
    assert cue_at(text, "Quillam", "GPE") == ("body after its head or founder", "ORG")


def test_a_head_of_a_place_is_left_alone():
    # A place before its own noun ("Kent police"), a town before "-based", and a country.
    assert cue_at("Ann Wood, head of Kent police, spoke.", "Kent", "GPE")[0] != (
        "body after its head or founder"
    )
    assert cue_at("Ann Wood, head of Perth-based Kroma, spoke.", "Perth", "GPE") is None
    assert cue_at("He met the head of France at noon.", "France", "GPE") is None


def test_a_place_tagged_body_by_its_kind_word_is_an_organisation():
    found = "body by its kind word, not a place"
    assert cue_at("The Ministry of Defence said costs rose.", "The Ministry of Defence", "GPE")[
        0
    ] == (found)
    assert cue_at("It was a poll for New Labour.", "New Labour", "GPE") == (found, "ORG")
    assert cue_at("The Superior Court will rule.", "Superior Court", "GPE") == (found, "ORG")
    # Places whose last word is a body's elsewhere: a bank of a river, a court of houses.
    assert cue_at("He lives in the West Bank now.", "West Bank", "GPE") is None
    assert cue_at("He lives in Earls Court now.", "Earls Court", "GPE") is None
    assert cue_at("The Russian Federation said so.", "Russian Federation", "GPE") is None


def test_a_newspaper_tagged_a_place_is_an_organisation():
    text = "The pair worked in Harbin, the North Coast Morning Post reported."
    assert cue_at(text, "the North Coast Morning Post", "LOC") == (
        "newspaper by its word, not a place",
        "ORG",
    )
    assert cue_at("Crowds filled Times Square.", "Times Square", "LOC") is None


def test_firms_in_a_list_lose_the_places_label(extractor):
    found = _entities(
        extractor,
        "Search war\n\nMany firms now sell desktop search. Companies such as Vlinko, Kopernal "
        "and Enfara do the same job, analysts said.",
    )
    assert found.get("Kopernal") == "ORG"
    assert found.get("Enfara") == "ORG"


def test_a_body_closing_a_list_of_firms_is_no_team():
    # A list of firms is no team sheet (few of its names open with an initial): the body at
    # its end takes its own kind word's label, not a side's (moved from test_evidence.py,
    # where it stood as a name with no cue at all).
    text = "BT, Vodafone, O2 and Orange, EU Council"
    assert cue_at(text, "EU Council", "GPE") == ("body by its kind word, not a place", "ORG")


def test_a_body_by_its_kind_word_confirms_the_models_org():
    # The model may tag one mention of a central bank ORG and others a product or a place:
    # the kind word on the ORG mention is a cue that outvotes them. A newspaper's word is not
    # ("The Sunday Times" ORG has no cue, as test_evidence.py asks).
    text = "The Bank of Ruritania raised rates."
    assert cue_at(text, "The Bank of Ruritania", "ORG") == (
        "body by its kind word, not a place",
        "ORG",
    )
