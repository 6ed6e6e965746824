"""Round r30-left: what round r30-seeds left of seeds 55 and 56's shapes. A virus named before
"e-mail program" or "variant" is a product, and so is its name with a variant's two letters
("Hobble.AT"), whole; the last version in a product's list ("Windows 95, 98, ... and XP") is
the product's; a body the model ends before "of" and a country is whole; a hyphened region's
adjective, "the Next Big Thing" and a plural opening a sentence before "in" are no names.

Every sentence here is made up for the test; none is from the evaluation data.
"""

import pytest


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


_VIRUS = (
    "Mail virus hits users\n\nExperts are warning about the new version of the Hobble e-mail"
    " program that is fooling many people. When it runs, the Hobble variant turns off the"
    " firewall on a PC.\n\nThe new variant is called Hobble.AT, Hobble.BB and Hobble.AU and the"
    ' file carrying the code is named "fun".\n\nThe code can hit machines running Windows 95,'
    " 98, ME, NT, 2000 and XP. Copies of Hobble.AT were seen in Spain.\n"
)


def test_a_virus_and_its_variants_are_products(extractor):
    labels = _labels(extractor, _VIRUS)
    assert labels.get("Hobble") == "PRODUCT"  # before "e-mail program", "variant"
    for name in ("Hobble.AT", "Hobble.BB", "Hobble.AU"):
        assert labels.get(name) == "PRODUCT"
    assert "BB" not in labels  # the variant's letters are the name's


def test_the_last_version_in_a_products_list_is_the_product(extractor):
    assert _labels(extractor, _VIRUS).get("XP") == "PRODUCT"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Faith leaders speak\n\nThe Baptist Council of Britain urged that the prisoners be"
         " given lawyers.\n", "Baptist Council of Britain"),
        ("Faith leaders\n\nA spokesman for the Sikh Federation of Britain said the men should"
         " be freed.\n", "Sikh Federation of Britain"),
    ],
)  # fmt: skip
def test_a_body_cut_before_of_a_country_is_whole(extractor, text, body):
    labels = _labels(extractor, text)
    assert labels.get(body) == "ORG"
    assert "United Kingdom" not in labels


def test_region_adjectives_and_a_catchphrase_are_no_names(extractor):
    text = (
        "Deals across the sea\n\nThe minister wants closer Trans-Atlantic links and more"
        ' Euro-Atlantic cooperation in the region.\n\nHe believes blogging is "the Next Big'
        ' Thing" for the web.\n'
    )
    labels = _labels(extractor, text)
    assert "Trans-Atlantic" not in labels
    assert "Euro-Atlantic" not in labels
    assert "Next Big Thing" not in labels


def test_a_plural_opening_a_sentence_before_in_is_no_name(extractor):
    text = (
        "Exports\n\nSlowdowns in Japan and India could hurt car sales, while the floods may"
        " hit farms.\n"
    )
    labels = _labels(extractor, text)
    assert "Slowdowns" not in labels
    assert labels.get("Japan") == "GPE"
