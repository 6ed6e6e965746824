"""Round r38-goods: products, bands, sports bodies and datelines. Sentences of my own."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {(f.name, f.label) for f in record.facts if f.type == "entity"}


def test_a_name_between_new_and_its_kind_is_a_model(extractor):
    # `model between new and its kind`: the lead's round 37 `Clio` PERSON ("a new Clio model").
    found = _labels(
        extractor,
        "Car sales\n\nRenault will launch a new Clio model next year. Sony showed its new Vaio "
        "laptop in Tokyo.",
    )
    assert ("Clio", "PRODUCT") in found
    assert ("Vaio", "PRODUCT") in found
    assert ("Renault", "ORG") in found


def test_a_place_a_maker_or_a_person_before_new_kind_is_left(extractor):
    # A car plant's town, a maker, a person, a people: no model.
    found = _labels(
        extractor,
        "Car plant\n\nVolvo is to open a new Ghent car plant. A new Nokia phone went on sale. "
        "Chelsea signed a new Kate Moss model. A new British car was shown.",
    )
    assert ("Ghent", "GPE") in found
    assert ("Nokia", "ORG") in found
    assert ("Kate Moss", "PERSON") in found
    assert ("British", "NORP") in found


def test_a_car_makers_model_is_a_product(extractor):
    # `car maker and its model`: the lead's round 37 Renault car; business/026's `GMC Envoys` ORG.
    found = _labels(
        extractor,
        "Car sales\n\nSales of the Renault Clio rose. GM is recalling Chevrolet Trailblazers, "
        "GMC Envoys and Isuzu Ascenders.",
    )
    assert ("Renault Clio", "PRODUCT") in found
    assert ("GMC Envoys", "PRODUCT") in found
    assert ("Isuzu Ascenders", "PRODUCT") in found


def test_a_car_makers_firm_and_team_are_left(extractor):
    # A firm's, a team's or a country arm's word after the maker: no model.
    found = _labels(
        extractor,
        "Car firms\n\nFord Motor said profits rose. Honda Racing won in Spain.",
    )
    assert ("Ford Motor", "ORG") in found
    assert ("Honda Racing", "ORG") in found
