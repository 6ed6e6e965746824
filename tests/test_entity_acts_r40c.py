"""Round r40c-acts: a festival named by its place before "music festival", "festival bill" or
"organiser" and after "the main stage at", and the founders of a band after "were formed in
<year> by" (and a member "with <Name> joining"), people each."""


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


def test_a_place_before_music_festival_is_the_festival(extractor):
    # Seed 108's shape: `Isle of Wight` ORG at the base.
    found = _mentions(
        extractor,
        "Festival news\n\nRoxy Music will appear at June's Isle of Wight music festival."
        " The band's new album is out.",
    )
    assert ("Isle of Wight", "EVENT") in found


def test_a_festival_before_its_organiser_is_the_festival(extractor):
    # entertainment/142's and seed 52's shape: `Glastonbury` ORG at the base.
    found = _mentions(
        extractor,
        "Music news\n\nGuests included Top of the Pops presenter Fearne Cotton, Glastonbury"
        " organiser Emily Eavis and BBC Radio 2 host Jo Whiley.",
    )
    assert ("Glastonbury", "EVENT") in found
    assert ("Emily Eavis", "PERSON") in found


def test_a_band_founders_are_people(extractor):
    # Seed 108's shape: `Rourke` and `Gannon` ORG at the base.
    found = _mentions(
        extractor,
        "Band news\n\nThe Smiths were formed in 1982 by Marr, Rourke and Mike Joyce, with"
        " Gannon joining a few years later. The band's album sold well.",
    )
    assert ("Rourke", "PERSON") in found
    assert ("Gannon", "PERSON") in found
    assert ("Mike Joyce", "PERSON") in found


def test_a_band_named_in_the_singular_takes_were_and_its_founders_are_people(extractor):
    # Seed 108's shape: `Manzanera` ORG at the base; "Roxy Music were" is a band's "were".
    found = _mentions(
        extractor,
        "Band news\n\nRoxy Music were formed in 1971 by Ferry, Mackay and Brian Eno, with"
        " Manzanera joining the following year. The band later headlined the main stage at"
        " Glastonbury.",
    )
    assert ("Manzanera", "PERSON") in found
    assert ("Glastonbury", "EVENT") in found


def test_a_firm_formed_by_a_firm_keeps_its_label(extractor):
    # The subject's words: a singular firm "was formed ... by" another firm, no founders.
    found = dict(
        _mentions(
            extractor,
            "Business news\n\nThe joint venture was formed in 1999 by Barclays and Lloyds."
            " Barclays said profits rose.",
        )
    )
    assert found.get("Barclays") != "PERSON"


def test_a_country_before_music_festival_keeps_its_place(extractor):
    # Only the model's ORG or PERSON gives way: the model's GPE stays a place.
    found = dict(
        _mentions(
            extractor,
            "Music news\n\nThe UK music festival market grew by 10% last year, said Jo Hale.",
        )
    )
    assert found.get("UK") == "GPE"


def test_a_minority_before_its_nations_plural_is_a_people(extractor):
    # Seed 106's shape: `Roma Czechs` PERSON and `Romany Slovaks` ORG at the base.
    found = dict(
        _mentions(
            extractor,
            "Europe news\n\nMany Roma Czechs and Romany Slovaks have moved to Britain since May.",
        )
    )
    assert found["Roma Czechs"] == "NORP"
    assert found["Romany Slovaks"] == "NORP"


def test_a_minority_word_before_a_plural_not_a_nations_keeps_its_label(extractor):
    # The plural's ending is a nation's ("-ans", "-is", "-ks", ...): "Tigers" is none.
    found = dict(_mentions(extractor, "Asia news\n\nTamil Tigers attacked a base on Monday."))
    assert found.get("Tamil Tigers") != "NORP"


def test_a_slashed_pair_before_feud_is_two_people(extractor):
    # Seed 106's grader's shape: `Blair/Brown` ORG at the base.
    found = _mentions(
        extractor,
        "Politics news\n\nThe Blair/Brown feud has dominated the week, as Tony Blair and"
        " Gordon Brown met in Downing Street.",
    )
    assert ("Blair", "PERSON") in found
    assert ("Brown", "PERSON") in found
    assert not any("/" in text for text, _ in found)


def test_a_slashed_pair_of_places_is_left_alone(extractor):
    found = _mentions(
        extractor, "World news\n\nThe Israel/Palestine row continued at the United Nations."
    )
    assert ("Israel", "PERSON") not in found
    assert ("Palestine", "PERSON") not in found
