"""Diseases, taxes, exams and technologies written out: terms, no one's name (round r26-things)."""

from factx.extract.entity_non_names import (
    disease,
    script,
    spelled_in_lower_case,
    technology_by_kind,
    technology_head,
    technology_term,
    unit_beside_figure,
)


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def _span(text, name):
    start = text.index(name)
    return text, start, start + len(name)


def test_a_disease_alone_is_no_name_in_the_lists_own_case():
    assert disease("TB") and disease("Aids") and disease("Malaria") and disease("Smallpox")
    # A word that is also a name in another case, and a name that holds a disease.
    assert not disease("aids") and not disease("Terrence Higgins Trust")


def test_a_technology_written_out_before_its_kind_word():
    text = "Asymmetric Digital Subscriber Line technology lets old copper wires carry data."
    assert technology_by_kind(*_span(text, "Asymmetric Digital Subscriber Line"))
    text = "The Internationalised Domain Names system lets sites use other alphabets."
    assert technology_by_kind(*_span(text, "Internationalised Domain Names"))
    # A firm's name before "technology" spells no listed term.
    text = "The deal gives Sony access to Advanced Micro Devices technology for its chips."
    assert not technology_by_kind(*_span(text, "Advanced Micro Devices"))
    # The initials spell a term, but nothing after the name says it is a technology.
    text = "Digital Subscriber Labs said profits rose."
    assert not technology_by_kind(*_span(text, "Digital Subscriber Labs"))


def test_a_scheme_or_a_technology_written_out_by_its_last_word():
    assert technology_head("Wireless Markup Language", "WML")
    assert technology_head("Number Portability Selection", "NPS")
    # A body's name ends in its own kind; initials that spell another name say nothing.
    assert not technology_head("Office of Fair Trading", "OFT")
    assert not technology_head("Wireless Markup Language", "WAP")
    # A body's kind word before the head: an institute of technology, no technology.
    assert not technology_head("Caledonian Institute of Technology", "CIT")


def test_an_institute_of_technology_keeps_its_name_and_initials(extractor):
    text = "Researchers at the Caledonian Institute of Technology (CIT) built it. CIT said so."
    record = extractor.extract_text(text)
    names = {f.name: f.aliases for f in record.facts if f.type == "entity"}
    assert "CIT" in names.get("Caledonian Institute of Technology", [])


def test_a_short_form_before_its_lower_case_words():
    assert "VJ" in spelled_in_lower_case("She was a VJ (video jockey) on a music channel.")
    assert "OFT" not in spelled_in_lower_case("the OFT (a regulator) said")


def test_a_tax_and_an_exam_are_common_terms():
    assert technology_term("VAT") and technology_term("GCSEs") and technology_term("A-levels")


def test_a_unit_of_power_beside_its_figure():
    assert unit_beside_figure(*_span("The dam will make 1,800 MW of power.", "MW"))
    assert not unit_beside_figure(*_span("MW Holdings rose 3%.", "MW"))


def test_a_console_by_its_name_is_a_product_though_it_holds_a_digit(extractor):
    # "Digit in a name" confirmed the model's ORG for "PS2": the console's name says more.
    found = _entities(
        extractor,
        "Consoles\n\nShops sold more Xbox machines, but PS2 sales were twice as high, said Sony.",
    )
    assert found.get("PS2") == "PRODUCT" and found.get("Sony") == "ORG"


def test_a_bodys_initials_that_spell_a_disease_stay_with_the_body(extractor):
    text = (
        "Markets\n\nShares fell on the Bombay Stock Exchange (BSE) on Monday. Trading on the BSE "
        "was thin."
    )
    record = extractor.extract_text(text)
    mentions = [m.text for f in record.facts if f.type == "entity" for m in f.mentions]
    assert "the BSE" in mentions  # the body's again, not dropped as the disease


def test_a_writing_system_alone_is_no_name_in_the_lists_own_case():
    assert script("Braille") and script("Cyrillic")
    assert not script("braille") and not script("Louis Braille")


def test_a_writing_system_is_dropped_whatever_the_model_tags_it(extractor):
    text = (
        "Blind voters\n\nThe council will print its ballot papers in Braille for the first"
        " time. Using Braille for speeches is hard, said Mary Jones. The Cyrillic alphabet"
        " will be used on the euro notes in Sofia."
    )
    names = _entities(extractor, text)
    assert "Braille" not in names and "Cyrillic" not in names
    assert names["Mary Jones"] == "PERSON" and names["Sofia"] == "GPE"


def test_local_loop_unbundling_is_a_telecoms_term(extractor):
    assert technology_term("LLU")
    text = (
        "Broadband\n\nRivals install their kit in the exchanges through Local Loop Unbundling,"
        " (LLU), and more firms now offer LLU services, said BT."
    )
    names = _entities(extractor, text)
    assert "LLU" not in names and names["BT"] == "ORG"


def test_a_non_or_ex_prefix_is_no_part_of_the_name_after_it():
    from factx.extract.entities import RawMention
    from factx.extract.entity_non_names import without_negating_prefixes

    text = "Non-EU sales rose, said ex-Pellex chief Ann Lee."
    raw = [
        RawMention("Non-EU", 0, 6, "ORG", 0, 0, False),
        RawMention("ex-Pellex", 24, 33, "ORG", 0, 0, False),
        RawMention("Ann Lee", 40, 47, "PERSON", 0, 0, False),
    ]
    kept = without_negating_prefixes(raw)
    assert [(m.text, m.start, text[m.start : m.end]) for m in kept] == [
        ("EU", 4, "EU"),
        ("Pellex", 27, "Pellex"),
        ("Ann Lee", 40, "Ann Lee"),
    ]


def test_the_eu_after_non_is_the_eu(extractor):
    found = _entities(
        extractor,
        "Trade figures\n\nNon-EU exports shot up 7.5% in March, the European Union said.",
    )
    assert "Non-EU" not in found
    assert found.get("European Union") == "ORG"


def test_a_short_form_after_its_lower_case_words_is_read_back_from_its_bracket():
    """The words are searched back from each bracket (entity_non_names._WORDS_TO_BRACKET):
    up to eight of them, never across an earlier bracket, and a bracket of no short form
    (a lower-case aside) is passed over."""
    text = (
        "It uses digital rights management (DRM), a form of copy control (Xyz) and so on."
        " Sales (of all kinds) rose for the personal video recorder (PVR) and (TV) sets."
    )
    assert spelled_in_lower_case(text) == {"DRM", "PVR"}
    # Nine words before the bracket: the last eight are read, and their last three spell it.
    assert "PVR" in spelled_in_lower_case("a b c d e f buy the personal video recorder (PVR)")
    # An earlier bracket ends the words: "(a) management" does not reach back past it.
    assert "AM" not in spelled_in_lower_case("rights (a) management (AM)")
    assert "RM" not in spelled_in_lower_case("rights (of a) management (RM)")
