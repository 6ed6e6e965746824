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


def test_a_name_after_rap_star_or_rapper_is_a_person_even_with_a_number(extractor):
    # The cue `rapper before a name`: the model reads "Cent" as a firm, which factx grows to
    # its number.
    found = _labels(
        extractor,
        "Music\n\nUS rap star 50 Cent has said he has thrown protege The Game out of his G-Unit"
        " gang. 50 Cent said the newcomer was disloyal. 50 Cent is the biggest seller of the year.",
    )
    assert found.get("50 Cent") == "PERSON"


def test_a_rappers_label_after_his_name_stays_a_firm(extractor):
    found = _labels(
        extractor,
        "Music\n\nRapper Eminem has signed the singer to his label Shady Records, and Interscope"
        " Records will sell the album.",
    )
    assert found.get("Eminem") == "PERSON"
    assert found.get("Shady Records") == "ORG"


def test_a_name_before_televisions_is_the_broadcaster(extractor):
    # The cue `broadcaster before television's`: the model's PERSON.
    found = _labels(
        extractor,
        "TV\n\nX Factor judge Sharon Osbourne will present Sky television's live coverage of"
        " the event.",
    )
    assert found.get("Sky") == "ORG"
    assert found.get("Sharon Osbourne") == "PERSON"


def test_a_presenter_before_a_shows_kind_stays_a_person(extractor):
    found = _labels(
        extractor,
        "TV\n\nSimon Cowell said the show was great. ITV's coverage begins at noon.",
    )
    assert found.get("Simon Cowell") == "PERSON"
    assert found.get("ITV") == "ORG"


def test_a_persons_name_and_a_count_word_is_a_band(extractor):
    # The cue `band by a person's name and a count`: factx's first-name PERSON over the
    # model's ORG.
    found = _labels(
        extractor,
        "Music\n\nIt uses samples of Glad All Over by the Dave Clark Five and the Jackson Five's I"
        " Want You Back.",
    )
    assert found.get("Jackson Five") == "ORG"


def test_a_band_between_former_and_its_members_role(extractor):
    # The cue `band between former and its member's role`: the model's PERSON.
    found = _labels(
        extractor,
        "Music\n\nFormer Harold Penn singer Paul Smith agreed, as did former Mickey Finn drummer"
        " Joe Stott.",
    )
    assert found.get("Harold Penn") == "ORG"
    assert found.get("Mickey Finn") == "ORG"
    assert found.get("Paul Smith") == "PERSON"
    assert found.get("Joe Stott") == "PERSON"


def test_a_singer_before_a_guitarist_stays_a_person(extractor):
    found = _labels(
        extractor,
        "Music\n\nSinger Tom Jones met guitarist Brian May.",
    )
    assert found.get("Tom Jones") == "PERSON"
    assert found.get("Brian May") == "PERSON"


def test_a_name_that_joins_a_record_in_the_charts_is_a_single(extractor):
    # The cues `single joined in the charts by` and `single on which an act collaborated`: the
    # model's PERSON.
    found = _labels(
        extractor,
        "Music\n\nThrough the Wire was quickly joined in the UK and US charts by Slow Jamz, on"
        " which West collaborated with rapper Twista and Ray actor Jamie Foxx.",
    )
    assert found.get("Slow Jamz") == "WORK_OF_ART"
    assert found.get("Jamie Foxx") == "PERSON"


def test_a_person_before_on_which_day_stays_a_person(extractor):
    found = _labels(extractor, "Politics\n\nShe met Tony Blair, on which day she spoke.")
    assert found.get("Tony Blair") == "PERSON"


def test_a_word_before_a_genres_sound_is_the_record_label(extractor):
    # The cue `record label before its genre's sound`: the model's "Atlantic R&B" LOC, trimmed.
    found = _labels(
        extractor,
        "Music\n\nIt recalls the tear-stained Atlantic R&B sound of Aretha Franklin. His string of"
        " 1950s Atlantic R&B successes made him.",
    )
    assert found.get("Atlantic") == "ORG"


def test_a_city_or_people_before_a_genres_sound_stays(extractor):
    found = _labels(
        extractor, "Music\n\nThe Detroit soul sound and the British pop sound grew in the 1960s."
    )
    assert found.get("Detroit") == "GPE"
    assert found.get("British") == "NORP"
