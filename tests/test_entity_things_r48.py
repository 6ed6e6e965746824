"""Round r48-things: a product's line name kept whole through its variant's word ("Mac mini",
"iPod shuffle", "Mac OS X"), and a model's code a product by its maker's possessive, its kind
or a maker's verb ("Philips's P7131 digital radio", "The FY500 was designed by")."""

from entity_reading import label_by_name


def test_a_line_name_grows_over_its_variant(extractor):
    # The model gives `Mac` PRODUCT, the variant's word cut off.
    found = label_by_name(
        extractor, "The new Mac mini costs $499. Owners of the Mac mini say it runs quietly."
    )
    assert found.get("Mac mini") == "PRODUCT"
    assert "Mac" not in found
    found = label_by_name(extractor, "Apple said its iPod shuffle would sell for $99.")
    assert found.get("iPod shuffle") == "PRODUCT"


def test_a_maker_and_its_line_before_a_variant_are_one_product(extractor):
    # The model gives `Apple` ORG and misses the player.
    found = label_by_name(extractor, "The Apple iPod mini book sold well at Christmas.")
    assert found.get("Apple iPod mini") == "PRODUCT"
    assert "Apple" not in found


def test_an_operating_system_is_a_product(extractor):
    # "Mac OS X" ORG; "running Mac OS X" gives `Mac` alone.
    found = label_by_name(extractor, "Users of Mac OS X should update their machines.")
    assert found.get("Mac OS X") == "PRODUCT"
    found = label_by_name(extractor, "Users running Mac OS X are not affected, the firm said.")
    assert found.get("Mac OS X") == "PRODUCT"


def test_a_firm_before_mini_is_left_alone(extractor):
    # No line's name between the firm and "mini": the firm's own reading stays.
    found = label_by_name(extractor, "The BBC mini series starts on Monday.")
    assert found.get("BBC") == "ORG"
    assert "BBC mini" not in found
    found = label_by_name(extractor, "Sales of the Mac rose, Apple said.")
    assert found.get("Mac") == "PRODUCT"


def test_a_code_after_a_makers_possessive_before_its_kind_is_a_product(extractor):
    # The model gives `P7131` ORG.
    found = label_by_name(extractor, "Philips's P7131 digital radio goes on sale next month.")
    assert found.get("P7131") == "PRODUCT"
    assert found.get("Philips") == "ORG"
    # The model misses the code.
    found = label_by_name(extractor, "Sony's W800 phone plays music.")
    assert found.get("W800") == "PRODUCT"


def test_a_code_before_a_makers_verb_is_a_product(extractor):
    # The model gives `The FY500` FAC.
    found = label_by_name(extractor, "The FY500 was designed by Sony and costs $200.")
    assert found.get("FY500") == "PRODUCT"
    assert found.get("Sony") == "ORG"


def test_bodies_and_years_with_figures_are_left_alone(extractor):
    found = label_by_name(extractor, "The G8 summit starts on Monday and the G20 meets later.")
    assert found.get("G8") == "ORG"
    assert found.get("G20") == "ORG"
    found = label_by_name(extractor, "The G8 was designed to bring rich nations together.")
    assert found.get("G8") != "PRODUCT"


def test_a_town_tagged_a_product_in_a_sports_story_is_its_side(extractor):
    # The model gives `Leeds` PRODUCT.
    found = label_by_name(
        extractor,
        "Wasps beat Saracens 24-12 on Saturday, with two tries and a penalty. Dallaglio turned "
        "his attention to next week's cup semi-final at struggling Leeds. \"With Leeds facing "
        'relegation they will fight," he said.',
    )
    assert found.get("Leeds") == "ORG"


def test_a_town_named_film_outside_sport_is_left_alone(extractor):
    found = label_by_name(
        extractor, 'The film Troy took $20m. Its star said the Troy premiere was "amazing".'
    )
    assert found.get("Troy") == "WORK_OF_ART"


def test_a_show_named_for_a_pair_is_one_work(extractor):
    # The model gives `The Kim` PERSON and `Lee Show` alone.
    found = label_by_name(extractor, "One pair broadcasts theirs, The Kim and Lee Show, from Ohio.")
    assert found.get("Kim and Lee Show") == "WORK_OF_ART"
    assert "Kim" not in found
    assert "Lee Show" not in found


def test_a_list_before_a_show_is_left_alone(extractor):
    found = label_by_name(extractor, "She thanked the BBC and Ted Show producers.")
    assert "BBC and Ted Show" not in found
