"""Round r41-works: a record's title in commas after its kind or a duet's partner
(factx/extract/entity_songs.py, "apposed"), and a work named before "by <First> <Surname>" in
arts and prize news (factx/extract/entity_nominees.py `authored_works`). Seed 112's "his duet
with Keys, My Boo, earned the pair a nod" (`My Boo` PERSON) and seed 113's "The Goat or Who is
Sylvia? by Edward Albee" (`Sylvia` PERSON). The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name) for f in record.facts if f.type == "entity"]


def test_a_title_in_commas_after_a_duet_partner_is_a_song(extractor):
    found = entities(
        extractor,
        "Soul awards list\n\nUsher leads the field, while her duet with Kylie, Slow Burn, earned "
        "the pair a nod for best single.",
    )
    assert ("WORK_OF_ART", "Slow Burn") in found
    assert ("PERSON", "Slow Burn") not in found
    assert ("PERSON", "Kylie") in found


def test_a_title_opening_with_my_in_commas_is_a_song(extractor):
    found = entities(
        extractor,
        "Soul awards list\n\nUsher leads the field, while his duet with Keys, My Girl, earned "
        "the pair a nod for best single.",
    )
    assert ("WORK_OF_ART", "My Girl") in found


def test_a_title_in_commas_after_a_record_kind_is_a_record(extractor):
    found = entities(
        extractor,
        "Band news\n\nThe band signed in 2004 and their debut single, Beautiful Day, caused a "
        "huge buzz. They recently released a new album, Northern Star, the first of three.",
    )
    assert ("WORK_OF_ART", "Beautiful Day") in found
    assert ("WORK_OF_ART", "Northern Star") in found


def test_a_speaker_after_a_record_kind_in_commas_is_no_title(extractor):
    found = entities(
        extractor,
        "Band news\n\nWe asked it every time we wrote a song, Kapranos said. It was a hit, "
        "Smith said. It was a hit US show.",
    )
    assert not any(label == "WORK_OF_ART" for label, _ in found)


def test_a_question_title_before_its_author_is_one_work(extractor):
    found = entities(
        extractor,
        "Theatre awards list\n\nWho is Afraid of Tom Stoppard? by Edward Albee and The Pillowman "
        "are shortlisted in the best play category.",
    )
    assert ("WORK_OF_ART", "Who is Afraid of Tom Stoppard") in found
    assert ("PERSON", "Tom Stoppard") not in found
    assert ("PERSON", "Edward Albee") in found


def test_a_title_before_its_author_in_prize_news_is_a_work(extractor):
    found = entities(
        extractor,
        "Book prize\n\nThe vote was held by readers aged nine to 11. Honey Badger by Mini Grey "
        "took the top award in the under-five category.",
    )
    assert ("WORK_OF_ART", "Honey Badger") in found


def test_a_name_before_by_outside_prize_news_is_left_alone(extractor):
    found = entities(
        extractor,
        "Golf news\n\nTiger Woods beat Ernie Els by two shots. Gordon Brown by Tony Blair stood "
        "at the back. The deal was backed by Gordon Brown.",
    )
    assert not any(label == "WORK_OF_ART" for label, _ in found)


def test_a_firm_in_commas_after_a_collaboration_is_no_title(extractor):
    found = entities(
        extractor,
        "Phone makers\n\nThe band's label said its collaboration with Sony, Ericsson, would "
        "bring new phones. Its new album, Northern Star, is out.",
    )
    assert not any(label == "WORK_OF_ART" and name == "Ericsson" for label, name in found)
