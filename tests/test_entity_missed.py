"""Well-known names the small model misses: their uses are mentions with the list's label."""


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


def test_a_listed_name_is_found_where_the_model_misses_it(extractor):
    found = _mentions(
        extractor,
        "Markets\n\nShares slid on Wall Street on Monday. Wall Street had hoped for a rate cut,"
        " the Wall Street Journal said.",
    )
    assert found.count(("Wall Street", "FAC")) == 2
    # A longer name that opens with the listed one keeps its own span.
    assert any(text.endswith("Wall Street Journal") for text, _ in found)


def test_a_department_by_what_it_is_for_is_found_whole(extractor):
    found = _mentions(
        extractor,
        "Benefits\n\nA Ministry for Farms and Fisheries spokesman said sales at the Trade"
        " Department for March were flat. A Ministry for Health, Welfare and Sport aide agreed.",
    )
    assert ("Ministry for Farms and Fisheries", "ORG") in found
    assert ("Ministry for Health, Welfare and Sport", "ORG") in found
    assert not any(text.endswith("for March") for text, _ in found)  # a date, no field


def test_a_firm_by_its_legal_suffix_is_found_where_the_model_misses_it(extractor):
    # Round r29-conll: wire news names firms with their suffix in listings and notes, where the
    # small model tags nothing ("Jeans Mate Corp - 6mth parent forecast").
    found = _mentions(
        extractor,
        "Kestrel Danby Corp - 6mth parent forecast .\n\nNOTE - Kestrel Danby Corp is the full"
        " company name .\n\nShares in Redmoor Holding Ltd of Bristol , a Co Antrim supplier ,"
        " rose .",
    )
    assert found.count(("Kestrel Danby Corp", "ORG")) == 2
    assert ("Redmoor Holding Ltd", "ORG") in found
    assert not any(text.startswith("Co ") and label == "ORG" for text, label in found)


def test_a_firms_suffix_after_a_cut_name_or_a_lines_capitals_adds_nothing(extractor):
    found = _mentions(
        extractor,
        "Company Name Kestrel Danby Inc\n\nThe managers , Gold Reefs of South Africa Ltd ,"
        " said on Friday that output fell .",
    )
    assert not any(text.startswith("Company Name") for text, _ in found)
    assert not any(text == "South Africa Ltd" for text, _ in found)
