"""Round r44b-tech: names listed beside a known product are products ("rivals such as Firefox
and Opera"), and a known product's other spelling ("word processing and Powerpoint")."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_name_listed_beside_a_known_product_is_a_product(extractor):
    # `listed_products`: seeds 58-122's tech/020 (`Opera` ORG beside the browser Firefox).
    names = _entities(
        extractor,
        "Browsers\n\nMicrosoft faces Firefox and Opera, which have won users from its browser.",
    )
    assert names["Opera"][0] == "PRODUCT"
    assert names["Microsoft"][0] == "ORG"


def test_a_known_product_after_rivals_such_as_makes_its_list_products(extractor):
    # `listed_products`: "rivals such as" cued the list firms (`Firefox` and `Opera` ORG).
    names = _entities(
        extractor,
        "Browsers\n\nMicrosoft is falling behind rivals such as Firefox and Opera. Firefox is"
        " free.\n\nServices such as Hotmail and Bloglines are popular.",
    )
    assert names["Firefox"][0] == "PRODUCT"
    assert names["Opera"][0] == "PRODUCT"
    assert names["Bloglines"][0] == "PRODUCT"
    assert names["Microsoft"][0] == "ORG"


def test_a_known_products_lower_case_spelling_is_a_product(extractor):
    # "product by its name": seed 133's "word processing and Powerpoint" (PERSON).
    names = _entities(
        extractor,
        'Office\n\n"Nobody will use it for the conventional uses of a PC, word processing and'
        ' Powerpoint," he said.',
    )
    assert names["Powerpoint"][0] == "PRODUCT"


def test_lists_of_firms_and_people_beside_no_product_are_left(extractor):
    # `listed_products` needs a product in the list: firms after "rivals such as" stay firms,
    # and a person listed beside a product keeps a person's label.
    names = _entities(
        extractor,
        "Firms\n\nMicrosoft is falling behind rivals such as Google and Yahoo. Firms such as"
        " Apple, Sony and Nokia grew. They use Excel and Tom Smith for the accounts.",
    )
    for firm in ("Google", "Yahoo", "Apple", "Sony", "Nokia"):
        assert names[firm][0] == "ORG"
    assert names["Tom Smith"][0] == "PERSON"
