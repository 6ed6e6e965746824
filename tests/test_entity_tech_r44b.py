"""Round r44b-tech: names listed beside a known product are products ("rivals such as Firefox
and Opera"), a known product's other spelling ("word processing and Powerpoint"), and a coined
one-word name's spaced spelling ("Rip Guard" beside "RipGuard")."""


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


def test_a_spaced_spelling_of_a_coined_name_joins_it(extractor):
    # `_add_spaced_spellings`: seed 134's tech/043 ("Rip Guard" ORG apart from `RipGuard`).
    names = _entities(
        extractor,
        "DVDs\n\nRovi says its new DiscLock technology works. Rovi has said that Disc Lock can be"
        " updated. DiscLock is sold to studios.",
    )
    assert names["DiscLock"] == ("PRODUCT", ["DiscLock", "Disc Lock", "DiscLock"])
    assert "Disc Lock" not in names


def test_a_spaced_name_with_no_run_together_spelling_or_a_first_name_is_left(extractor):
    # `_add_spaced_spellings` needs the article's one-word spelling with an inner capital, and
    # leaves a full name with a common first name.
    names = _entities(
        extractor,
        "Music\n\nAnn Marie met Rovi chief Tom Hale. The AnnMarie label said Tom Hale and"
        " Rip Guard left.",
    )
    assert names["Ann Marie"][0] == "PERSON"
    assert "AnnMarie" not in names or names["AnnMarie"][1] == ["AnnMarie"]
