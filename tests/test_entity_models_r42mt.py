"""Round r42-mt (MEANTIME, rules from the airbus corpus): a headline's product named by its
maker and model number (`makers.made_by`, `headline_models`). The sentences are made up."""

from datetime import date


def mentions(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2008, 3, 1))
    return sorted(
        (m.start, m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions
    )


def labelled(extractor, text, label):
    return [name for _, name, lab in mentions(extractor, text) if lab == label]


def test_a_headline_product_by_its_maker_the_body_names(extractor):
    # The body never writes the headline's plural "Boeing 737s": the maker alone was kept, ORG.
    text = (
        "Jetstream orders seven Boeing 737s\n\nThe Irish airline Jetstream said on Monday it "
        "will buy the jets from Boeing to replace its older fleet."
    )
    found = mentions(extractor, text)
    assert (text.index("Boeing"), "Boeing 737s", "PRODUCT") in found
    assert (text.index("Boeing"), "Boeing", "ORG") not in found


def test_a_headline_opener_run_into_a_product_is_no_part_of_it(extractor):
    # The model tags "First Airbus A380" ORG: the headline's first word ran into the name.
    text = (
        "First Airbus A380 lands in Sydney\n\nThe superjumbo, built by Airbus in Toulouse, "
        "landed in Sydney on Monday."
    )
    found = mentions(extractor, text)
    assert (6, "Airbus A380", "PRODUCT") in found
    assert not [m for m in found if m[1].startswith("First")]


def test_a_headline_name_the_body_does_not_give_stays_out(extractor):
    # No maker in the body: a headline's capitals are no name by this rule.
    text = (
        "Zentrix unveils Quorvia 380s\n\nThe company said on Monday that sales had risen "
        "by a fifth in the year to March."
    )
    assert not [m for m in mentions(extractor, text) if m[1] == "Zentrix Quorvia 380s"]


def test_a_model_by_its_number_alone_after_its_maker_named_it(extractor):
    # `models_by_their_number`: the model tags the bare "777" CARDINAL ("Boeing delivers final
    # 717 to AirTran" in the airbus corpus), and its plurals now and then.
    text = (
        "Skyward buys jets\n\nSkyward Air has ordered the Boeing 777. The deal includes firm "
        "orders for 18 777s and options on 12 more 777s, and Skyward said the first 777 to "
        "arrive would land in May."
    )
    found = mentions(extractor, text)
    assert (text.index("777 to"), "777", "PRODUCT") in found
    assert (text.index("777s"), "777s", "PRODUCT") in found


def test_a_coded_plural_is_a_model(extractor):
    text = "Fleet\n\nThe airline flies 14 A319s and 9 B757s on its short routes."
    found = labelled(extractor, text, "PRODUCT")
    assert "A319s" in found
    assert "B757s" in found


def test_a_models_own_name_after_its_number_and_alone(extractor):
    # "Dreamliner" was PERSON, "787 Dreamliner" ORG: the model's name is the product's.
    text = (
        "Plane maker's new jet\n\nThe Boeing 787 flew on Tuesday. Orders for the 787 Skyrider "
        "have doubled, and Skyrider deliveries start in 2010. Analysts say Skyriders will sell."
    )
    found = mentions(extractor, text)
    assert (text.index("787 Skyrider"), "787 Skyrider", "PRODUCT") in found
    assert (text.index("Skyrider deliveries"), "Skyrider", "PRODUCT") in found
    assert (text.index("Skyriders"), "Skyriders", "PRODUCT") in found


def test_numbers_that_are_no_model_stay_out(extractor):
    # A count's noun, a figure's part, a decade, a number no maker's product has.
    text = (
        "Boeing results\n\nThe Boeing 777 sold well. Some 777 passengers flew on the first "
        "day, and $777,000 was raised. In the 1990s it sold 120 planes and 240s."
    )
    found = labelled(extractor, text, "PRODUCT")
    assert found == ["Boeing 777"]


def test_a_headline_product_of_another_shape_is_read_without_error(extractor):
    # A headline PRODUCT that is no maker's model ("Sony PSP") has no maker to look up.
    text = (
        "Sony PSP tops wish list\n\nSony's PlayStation Portable tops the list of gadgets for "
        "the year, ahead of the iPod."
    )
    assert [m for m in mentions(extractor, text) if m[2] == "PRODUCT"]
