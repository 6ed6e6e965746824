"""Round r40b-acts: a club a player agreed to move to, the acts on a festival's bill after its
"along with", and a brand whose name opens with an honorific in a list of brands."""


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


def test_the_club_a_player_agreed_to_move_to_is_a_club(extractor):
    # Seed 108's headline shape, the grader's sentence: `Valencia` PERSON twice at the base.
    found = _mentions(
        extractor,
        "Bloggs agrees switch to Valencia\n\nJoe Bloggs has agreed a move to Valencia from"
        " Aston Villa. The midfielder joined Villa in 2002.",
    )
    assert [label for text, label in found if text == "Valencia"] == ["ORG", "ORG"]
    assert ("Joe Bloggs", "PERSON") in found


def test_a_firm_agreeing_a_move_to_a_city_keeps_its_label(extractor):
    # Only a person's, a people's or a work's label gives way: the place is other cues'.
    found = dict(
        _mentions(extractor, "Office news\n\nDr John Smith agreed a move to Brighton last year.")
    )
    assert found["John Smith"] == "PERSON"
    assert found.get("Brighton") != "PERSON"


def test_acts_on_a_festival_bill_after_along_with_are_bands(extractor):
    # Seed 107's entertainment/318 shape: `Supergrass` and `Idlewild` PERSON at the base.
    found = _mentions(
        extractor,
        "Festival news\n\nRoxy Music will appear at June's Isle of Wight music festival, along"
        " with Morrissey, Supergrass and Idlewild. The band's new album and single are out.",
    )
    assert ("Supergrass", "ORG") in found
    assert ("Idlewild", "ORG") in found


def test_a_singer_by_full_name_on_the_bill_stays_a_person(extractor):
    found = dict(
        _mentions(
            extractor,
            "Festival news\n\nThe band will play the festival, along with Elton John and"
            " Coldplay. Their new album and single are out.",
        )
    )
    assert found["Elton John"] == "PERSON"
    assert found["Coldplay"] == "ORG"


def test_a_brand_opening_with_dr_in_a_list_of_brands_is_whole(extractor):
    # Seeds 25 and 108's business/143: `Pepper` PERSON twice at the base.
    found = _mentions(
        extractor,
        "Cadbury results\n\nThe owner of brands such as Dairy Milk, Dr Pepper and Snapple"
        " generates more than 80% of its sales outside the UK. Growth was led by Dr Pepper and"
        " diet drinks.",
    )
    assert [label for text, label in found if text == "Dr Pepper"] == ["PRODUCT", "PRODUCT"]
    assert not any(text == "Pepper" for text, _ in found)


def test_a_doctor_outside_a_list_of_brands_keeps_his_title_cut(extractor):
    found = dict(
        _mentions(
            extractor,
            "Health news\n\nThe firm's brands include Lipton. Dr Peter Hale said sales rose.",
        )
    )
    assert found["Peter Hale"] == "PERSON"
