"""A name the model cut short at one place where the article writes it whole elsewhere
(entity_cut_short.names_cut_short)."""


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


def test_a_name_cut_short_is_the_longer_name_the_article_writes(extractor):
    found = _mentions(
        extractor,
        "Doyle fit for final\n\nDoyle told BBC Radio Five Live he was fit. Hear the full interview"
        " on BBC Radio Five Live's Sportsweek at 0900 GMT.",
    )
    # The model's `BBC Radio` and `Five Live's Sportsweek` in the second sentence.
    assert found.count(("BBC Radio Five Live", "ORG")) == 2
    assert ("Sportsweek", "WORK_OF_ART") in found
    assert not any(text in ("BBC Radio", "Five Live's Sportsweek") for text, _ in found)


def test_a_short_name_left_alone_elsewhere_keeps_its_mentions(extractor):
    # "contest Bethnal Green" names the short form alone: growing its other mention into
    # "Bethnal Green and Bow" would leave it with none of the votes that make it a place.
    found = _mentions(
        extractor,
        "Seat fight\n\nShe joined Bethnal Green and Bow council in 2001. She will contest Bethnal"
        " Green, in London. Voters in Bethnal Green and Bow are angry.",
    )
    assert found.count(("Bethnal Green", "GPE")) == 2
