"""Round r36b-music: broadcasters, singles, acts and awards in music and TV news (seeds 76-78's
"Rules these errors suggest"); each sentence is this round's own."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {m.text: f.label for f in record.facts if f.type == "entity" for m in f.mentions}


def test_an_awards_name_with_its_initials_in_brackets_is_one_event(extractor):
    # `_bracketed_initials_in_a_name` (glue.py): the model's whole span, which the bracket
    # separator cut into "Music of Black Origin" and "Mobo) Awards".
    found = _labels(
        extractor,
        "Music\n\nWest took the best hip-hop artist title at last year's Music of Black Origin"
        " (Mobo) Awards in London.",
    )
    assert found.get("Music of Black Origin (Mobo) Awards") == "EVENT"
    assert "Mobo) Awards" not in found


def test_a_bodys_initials_in_brackets_still_end_its_name(extractor):
    found = _labels(
        extractor,
        "Economy\n\nThe International Monetary Fund (IMF) Managing Director spoke in Paris.",
    )
    assert found.get("International Monetary Fund") == "ORG"
    assert found.get("IMF") == "ORG"
