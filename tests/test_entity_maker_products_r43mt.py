"""Round r43-mt (MEANTIME, rules from the airbus corpus): a maker glued to its product, a spaced
"O'" surname, a noun's "the" off the name before it (`factx.extract.entity_maker_products`). The
sentences are made up."""

from entity_reading import mentions


def test_a_maker_right_before_its_product_is_one_product(extractor):
    # `makers_before_their_products`: the model tags "Lockheed" ORG and "Tristar" PRODUCT.
    text = "The air force will retire its ageing Lockheed Tristar and Vickers VC-10 aircraft."
    found = mentions(extractor, text)
    assert (text.index("Lockheed"), "Lockheed Tristar", "PRODUCT") in found
    assert not [m for m in found if m[1] == "Lockheed"]


def test_a_car_maker_before_its_model_is_one_product(extractor):
    text = "Dealers said the Cadillac Escalade hybrid would sell well in Texas next year."
    found = mentions(extractor, text)
    assert (text.index("Cadillac"), "Cadillac Escalade", "PRODUCT") in found


def test_a_spaced_o_surname_is_the_persons(extractor):
    # `spaced_o_surnames`: "Declan O" PERSON and "Rourke" a place before.
    text = "Finance chief Declan O' Rourke said the airline would order ten more jets this year."
    found = mentions(extractor, text)
    assert (text.index("Declan"), "Declan O' Rourke", "PERSON") in found
    assert not [m for m in found if m[1] == "Rourke"]


def test_a_person_without_a_spaced_o_is_left_alone(extractor):
    text = "Finance chief Declan Rourke said the airline would order ten more jets this year."
    found = mentions(extractor, text)
    assert (text.index("Declan"), "Declan Rourke", "PERSON") in found


def test_the_determiner_of_a_noun_after_two_names_is_cut(extractor):
    # `nouns_determiner_off_names`: "the" is the plan's, not Northrop Grumman's.
    text = (
        "The ruling imperils the Northrop Grumman and EADS North America plan to build the "
        "tankers in Alabama."
    )
    found = mentions(extractor, text)
    assert (text.index("Northrop"), "Northrop Grumman", "ORG") in found
    assert not [m for m in found if m[1].startswith("the Northrop")]


def test_a_names_the_before_a_verb_is_kept(extractor):
    # No noun after the name: the article is the name's own, as before.
    text = "A spokesman for the Northrop Grumman said the plan would go ahead."
    found = mentions(extractor, text)
    assert (text.index("the Northrop"), "the Northrop Grumman", "ORG") in found
