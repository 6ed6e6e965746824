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


def test_a_work_beside_its_nominee_in_a_prize_s_list(extractor):
    """entity_nominees: "<First> <Surname>, for <Title>" and "<First> <Surname> (<Title>)" in
    a sentence of a prize's words name the work (seed 113's shortlist, where the prize's word
    stood beyond the cue "work of a nominee"'s 80 characters: `Festen` PERSON)."""
    labels = _labels(
        extractor,
        "Theatre awards\n\n"
        "The best director shortlist includes Luc Bondy for Cruel and Tender, Simon McBurney for"
        " Measure for Measure, and Rufus Norris for Festen. Ian MacNeil will be up against"
        " Hildegard Bechtler, for Iphigenia at Aulis, and Paul Brown, for False Servant, in the"
        " designer category. The best actor award goes to Douglas Hodge (Dumb Show) or Stanley"
        " Townsend (Shining City).",
    )
    assert labels["Festen"] == "WORK_OF_ART"
    assert labels["False Servant"] == "WORK_OF_ART"
    assert labels["Shining City"] == "WORK_OF_ART"
    assert labels["Rufus Norris"] == "PERSON"


def test_a_player_s_club_in_a_prize_s_list_is_no_nominated_work():
    """A sports page's words keep entity_nominees away: "Frank Lampard for Chelsea" names
    his club. (The cue "work of a nominee" still reads this `Chelsea` as a work, where its
    80-character window cuts "player" out of the sentence: noticed, left.)"""
    from factx.extract.entities import RawMention
    from factx.extract.entity_nominees import nominated_works

    text = (
        "The player of the year shortlist includes Steven Gerrard for Liverpool and Frank"
        " Lampard for Chelsea."
    )
    club = text.index("Chelsea")
    mentions = [RawMention("Chelsea", club, club + 7, "GPE", 0, 1, False)]
    assert list(nominated_works(text, mentions)) == []
    text = text.replace("player of the year", "best director").replace("Chelsea", "Festen")
    work = text.index("Festen")
    mentions = [RawMention("Festen", work, work + 6, "GPE", 0, 1, False)]
    assert list(nominated_works(text, mentions)) == [0]
