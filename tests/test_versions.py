"""A product's version number is part of its name (factx.extract.versions)."""

from builders import raw_mentions

from factx.extract.versions import with_versions


def grown(text, named, taken=()):
    def no_add(*args):
        raise AssertionError("no untagged product expected")

    found = with_versions(text, raw_mentions(text, named), [], list(taken), no_add)
    return [(m.text, m.label) for m in found]


def test_a_tagged_product_grows_over_its_version():
    text = "Stores sold out of the PlayStation 3 while the iPad 2S waited."
    assert grown(text, [("PlayStation", "PRODUCT"), ("iPad", "ORG")]) == [
        ("PlayStation 3", "PRODUCT"),
        ("iPad 2S", "PRODUCT"),  # a camel-case name is a product's, whatever the model said
    ]


def test_a_count_a_measure_or_a_firm_keeps_its_number_out():
    # A count, a unit, a range, a firm's name in plain case, another fact's figure.
    text = "They sold Walkman 3 million times; a Zune 30GB; Gameboy 2-3; Sony 4 said; Wii 12."
    named = [("Walkman", "PRODUCT"), ("Zune", "PRODUCT"), ("Gameboy", "PRODUCT"),
             ("Sony", "ORG"), ("Wii", "PRODUCT")]  # fmt: skip
    wii = text.index("12")
    assert grown(text, named, [(wii, wii + 2)]) == [(name, label) for name, label in named]


def facts(extractor, text):
    record = extractor.extract_text(text)
    return [(f.text, f.label) for f in record.facts if f.type == "entity"]


def test_an_untagged_camel_case_product_with_its_version(extractor):
    # The model tags nothing here: a product's camel case and a small number name a model.
    text = "Phones\n\nQueues formed for the new iPhone 5 on Friday, and iOS 7 ships next week."
    found = facts(extractor, text)
    assert ("iPhone 5", "PRODUCT") in found
    assert ("iOS 7", "PRODUCT") in found


def test_a_sequel_s_number_makes_the_title_a_work():
    # The model reads a numbered title as a person; the number makes it a sequel.
    text = "Spider-Man 2 triumphed, and Ring 2 is next. Then Warne 3 for 25, and Henry 2, 29."
    named = [("Spider-Man", "PERSON"), ("Ring", "WORK_OF_ART"), ("Warne", "PERSON"),
             ("Henry", "PERSON")]  # fmt: skip
    assert grown(text, named) == [
        ("Spider-Man 2", "WORK_OF_ART"),
        ("Ring 2", "WORK_OF_ART"),
        ("Warne", "PERSON"),  # a bowler's figures
        ("Henry", "PERSON"),  # a scorer's minutes
    ]


def test_a_person_named_in_full_or_a_firm_keeps_its_number_out():
    text = "John Smith 2 said so, and S Club 7 toured."
    assert grown(text, [("John Smith", "PERSON"), ("S Club", "ORG")]) == [
        ("John Smith", "PERSON"),
        ("S Club", "ORG"),
    ]
