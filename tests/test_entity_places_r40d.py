"""Round r40d-places: a water after a preposition of place (LOC), a museum's or university's
venue after its possessive (FAC), and a band in a list of acts after "Artists including" or
"acts such as" (ORG)."""


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


def test_a_harbour_or_bay_after_a_preposition_is_water(extractor):
    # Seed 109's `Sydney Harbour` FAC; both PERSON at the base.
    found = _mentions(
        extractor,
        "Sailing news\n\nBoats sailed across Sydney Harbour and into Botany Bay at dawn.",
    )
    assert ("Sydney Harbour", "LOC") in found
    assert ("Botany Bay", "LOC") in found


def test_a_director_named_bay_stays_a_person(extractor):
    # No preposition of place before the name: a person's surname may be "Bay".
    found = _mentions(
        extractor,
        "Film news\n\nThe film was directed by Michael Bay and opens on Friday.",
    )
    assert ("Michael Bay", "PERSON") in found
    assert ("Michael Bay", "LOC") not in found


def test_a_museums_centre_is_a_venue(extractor):
    # Seed 111's `Dana Centre` PERSON; `Darwin Centre` PERSON at the base.
    found = _mentions(
        extractor,
        "Museum talk\n\nDr Smith is due to speak at the Natural History Museum's Darwin Centre"
        " in London next week.",
    )
    assert ("Darwin Centre", "FAC") in found
    assert ("Darwin Centre", "PERSON") not in found


def test_a_one_word_act_after_artists_including_is_a_band(extractor):
    # Seed 111's shape: `Jet` PERSON and `The B-52s` PRODUCT at the base.
    found = _mentions(
        extractor,
        "Awards night\n\nThe pop awards show was hosted by the singer. Artists including Dannii"
        " Minogue and Jet gave live performances, and the band's new single and album sold"
        " well.\n\nOther acts such as Iggy Pop and The B-52s played in Florida.",
    )
    assert ("Jet", "ORG") in found
    assert ("The B-52s", "ORG") in found


def test_a_two_word_performer_after_acts_such_as_stays_a_person(extractor):
    # A list of acts holds solo performers too: "Iggy Pop" keeps the model's PERSON.
    found = _mentions(
        extractor,
        "Music news\n\nThe band's album and single sold well. Acts such as Iggy Pop and The"
        " B-52s played in Florida.",
    )
    assert ("Iggy Pop", "PERSON") in found
