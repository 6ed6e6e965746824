"""The lead's rules of round 40, from articles read as a user: a name after "movement", "sect"
or "militia" is the body's (the cue "company after its kind"; politics/055's "the Catholic
movement Opus Dei" was PERSON), and a quotation's closing mark the parser hangs on the name
after it is no part of the speaker (business/175's '"... the oil price," Emmanuel Ferry, from
Exane BNP Paribas told Reuters' gave the speaker '" Emmanuel Ferry, ...')."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def _speakers(extractor, text):
    record = extractor.extract_text(text)
    return [f.speaker for f in record.facts if f.type == "claim" and f.speaker]


def test_a_name_after_its_movement_sect_or_militia_is_a_body(extractor):
    labels = _labels(
        extractor,
        "Minister's faith\n\n"
        'The minister confirmed she received "spiritual support" from the Catholic movement Opus'
        " Dei. Her links to Opus Dei have provoked controversy.\n\nThe Shia militia Mahdi Army"
        " fought on.",
    )
    assert labels["Opus Dei"] == "ORG"
    assert labels["Mahdi Army"] == "ORG"


def test_the_cult_of_a_show_is_no_kind_word(extractor):
    # "cult" is left out of the kind words: "the cult TV show Red Dwarf" is a work's praise.
    labels = _labels(extractor, "Fans of the cult TV show Red Dwarf met in London.")
    assert labels.get("Red Dwarf") != "ORG"


def test_a_closing_mark_hung_on_the_speaker_is_dropped(extractor):
    text = (
        "Consumer spending fuelled France's economic growth in the last quarter of 2004 and"
        " analysts expect that it will continue to support the economy. \"It's a growth that"
        " will remain fragile and vulnerable to risks like a strong rise in long-term interest"
        ' rates, tension in the oil price," Emmanuel Ferry, from Exane BNP Paribas told Reuters'
        " news agency."
    )
    assert "Emmanuel Ferry, from Exane BNP Paribas" in _speakers(extractor, text)
    assert not any(s.startswith(('"', "“", "”")) for s in _speakers(extractor, text))


def test_a_nickname_in_quotes_stays_in_the_speaker(extractor):
    from spacy.tokens import Doc

    from factx.extract.claims import _trimmed

    words = ['"', "Big", '"', "Jim", "Smith", "said"]
    doc = Doc(_vocab(), words=words)
    assert _trimmed(doc[0:5]).text == '" Big " Jim Smith'  # the marks pair: kept
    assert _trimmed(doc[2:5]).text == "Jim Smith"  # a lone mark: dropped


def _vocab():
    from spacy.vocab import Vocab

    return Vocab()
