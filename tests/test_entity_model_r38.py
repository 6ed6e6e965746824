"""Round r38-model: names whose label is the model's own mistake, where the words before them
show a person; each sentence is this round's own."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {m.text: f.label for f in record.facts if f.type == "entity" for m in f.mentions}


def test_a_performer_after_a_genre_star_or_diva_is_a_person(extractor):
    # The cue `person's calling before a name`, with "star", "superstar", "performer", "diva",
    # "songstress" and "crooner": the model's ORG for "Morrissey" and "Odetta" at the base.
    found = _labels(
        extractor,
        "Music\n\nSoul star Morrissey will headline on Saturday. Late soul diva Odetta's record"
        " company has sued the label.",
    )
    assert found.get("Morrissey") == "PERSON"
    assert found.get("Odetta") == "PERSON"


def test_star_as_an_adjective_or_a_name_word_makes_no_person(extractor):
    found = _labels(
        extractor,
        "Tennis\n\nIt was a star Wimbledon performance in the five-star Hilton hotel's ballroom."
        " The Star Wars film and the Lone Star Brewery were sponsors.",
    )
    assert "PERSON" not in found.values()


def test_the_part_an_actor_plays_is_a_person(extractor):
    # The cue `part an actor plays`: the model's GPE for "Tubbs" at the base.
    found = _labels(
        extractor,
        "Film\n\nFarrell is set to play the role of Tubbs in a film version of the police drama.",
    )
    assert found.get("Tubbs") == "PERSON"


def test_sides_places_and_owners_of_a_role_are_no_parts(extractor):
    found = _labels(
        extractor,
        "Politics\n\nThe UK will play the role of Europe's broker. Britain played the part of"
        " Asia in the talks. The Republic have played China twice, and he played Ireland in"
        " Dublin.",
    )
    assert "PERSON" not in found.values()
