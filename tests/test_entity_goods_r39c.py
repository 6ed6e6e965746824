"""Round r39c-goods: the members of a list of brands. Sentences of my own."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {(f.name, f.label) for f in record.facts if f.type == "entity"}


def test_names_before_brands_after_the_are_brands(extractor):
    # `listed_brands`: seed 100's `Wolf Blass` PERSON ("owning the Beringer and Wolf Blass
    # brands"), and "the Jacob Creek and Hardy brands" giving `Jacob Creek` GPE.
    found = _labels(
        extractor,
        "Wine deal\n\nThe firm is one of the largest wine producers, owning the Beringer and "
        "Wolf Blass brands among others. It also owns the Jacob Creek and Hardy brands.",
    )
    assert ("Wolf Blass", "PRODUCT") in found
    assert ("Jacob Creek", "PRODUCT") in found
    assert not any(label in ("PERSON", "GPE") for _, label in found)


def test_names_after_brands_including_are_brands(extractor):
    # `listed_brands`: a founder's name in a list after "brands including" (business/510's
    # shape, `Louis Vuitton` PERSON), a goods word after a member.
    found = _labels(
        extractor,
        "Luxury sales\n\nThe group, whose brands including Moet & Chandon champagne and Louis "
        "Vuitton, said sales rose.",
    )
    assert ("Louis Vuitton", "PRODUCT") in found


def test_places_people_and_firms_in_a_brands_list_are_left(extractor):
    # Countries before "brands" are no brands; a firm's ORG is the house's "X brand" reading; a
    # person outside the list stays a person.
    found = _labels(
        extractor,
        "Car sales\n\nIts rival owns the UK and US brands of the group. GM's brands include "
        "Buick, Cadillac and Chevrolet in the US. Sarah Jones said the company would grow.",
    )
    assert ("Buick", "ORG") in found
    assert ("Chevrolet", "ORG") in found
    assert ("Sarah Jones", "PERSON") in found
    assert ("UK", "PRODUCT") not in found
    assert ("US", "PRODUCT") not in found


def test_a_numbered_tower_is_one_building(extractor):
    # `numbered_towers`: seed 100's "The TFC 101 Tower" (`TFC` ORG alone) and "the 400m tall
    # Jin Mao 88 Tower" (`Jin Mao` PERSON).
    found = _labels(
        extractor,
        "Tallest tower\n\nThe TFC 101 Tower is due to be opened next week. It is taller than "
        "the 400m tall Jin Mao 88 Tower in Shanghai.",
    )
    assert ("TFC 101 Tower", "FAC") in found
    assert ("Jin Mao 88 Tower", "FAC") in found
    assert ("Jin Mao", "PERSON") not in found


def test_a_score_before_a_place_and_a_plain_tower_are_left(extractor):
    # No "the" before a score; a capitalised word after "Tower" ("Tower Hamlets").
    found = _labels(
        extractor,
        "Results\n\nThe Sears Tower was busy. Leeds 2 Tower Hamlets 1 was the score in London.",
    )
    assert ("the Sears Tower", "FAC") in found or ("Sears Tower", "FAC") in found
    assert not any(name.endswith("2 Tower") for name, _ in found)
