"""Round r44b-tech: a known product's other spelling ("word processing and Powerpoint"), and a
coined one-word name's spaced spelling ("Rip Guard" beside "RipGuard")."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_known_products_lower_case_spelling_is_a_product(extractor):
    # "product by its name": seed 133's "word processing and Powerpoint" (PERSON).
    names = _entities(
        extractor,
        'Office\n\n"Nobody will use it for the conventional uses of a PC, word processing and'
        ' Powerpoint," he said.',
    )
    assert names["Powerpoint"][0] == "PRODUCT"


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
