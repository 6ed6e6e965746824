"""A product's version number is part of its name (factx.extract.versions)."""

from builders import raw_mentions

from factx.extract.versions import product_families, sequels_at_every_mention, with_versions


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


def test_a_sequel_s_number_is_the_title_s_at_every_mention():
    # Round r30-games: the model's firm "Dusk Runner" at a headline's line end and found again
    # by its name: the article writes "Dusk Runner 2 possibly", a sequel, so each mention of
    # the title before that number is the sequel; the original's bare title stays apart.
    text = (
        "Gamers rejoice with Dusk Runner 2\n\nCould Dusk Runner 2 possibly live up to it? "
        "The original Dusk Runner did. In IE 7, and at Acme 4 Ltd, Kestrel 3 was chosen; Hot 5, "
        "who sang. "
        "Tom Reed scored. Reed 9, Jones 87."
    )
    named = [("Dusk Runner", "ORG"), ("Dusk Runner", "ORG"), ("Dusk Runner", "ORG"),
             ("IE", "ORG"), ("Acme", "ORG"), ("Kestrel", "PERSON"), ("Hot", "PERSON"),
             ("Tom Reed", "PERSON"),
             ("Reed", "PERSON")]  # fmt: skip
    found = sequels_at_every_mention(text, raw_mentions(text, named), [])
    assert [(m.text, m.label) for m in found] == [
        ("Dusk Runner 2", "ORG"),  # a firm's label stays: the words around decide
        ("Dusk Runner 2", "ORG"),
        ("Dusk Runner", "ORG"),
        ("IE 7", "PRODUCT"),  # a product by its name: a version
        ("Acme", "ORG"),  # a capital after the number: no sequel's
        ("Kestrel 3", "WORK_OF_ART"),  # the model's person before a sequel's number
        ("Hot", "PERSON"),  # people after the number: a band's
        ("Tom Reed", "PERSON"),
        ("Reed", "PERSON"),  # a scorer's minute
    ]


def test_a_name_with_a_model_s_letters_names_its_family_a_product():
    # Round r30-games: "Red Storm/X" has a product's cue, so "Red Storm" is the family.
    text = "Fujitsu's Red Storm/X machine is fast. Red Storm will be faster. Red Sky is not."
    mentions = raw_mentions(text, [("Red Storm/X", "ORG"), ("Red Storm", "PERSON"),
                                   ("Red Sky", "PERSON")])  # fmt: skip
    mentions[0].cue = "PRODUCT"
    product_families(mentions)
    assert [m.cue for m in mentions] == ["PRODUCT", "PRODUCT", ""]


def test_a_machine_and_its_family_and_a_headline_s_sequel(extractor):
    text = (
        "Review: Dusk Runner 2\n\nCould Dusk Runner 2 possibly live up to the hype? "
        "Dusk Runner 2 is out now for the PC.\n\n"
        "Fujitsu's prototype Red Storm/X machine has managed speeds of 70 teraflops. Fujitsu "
        "believes that by 2006, Red Storm will be capable of petaflop computing."
    )
    found = facts(extractor, text)
    assert ("Red Storm/X", "PRODUCT") in found
    assert ("Red Storm", "PRODUCT") in found
    assert ("Dusk Runner 2", "WORK_OF_ART") in found
