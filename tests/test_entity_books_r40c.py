"""Round r40c-books: a series' short name where it stands for one of its books, a title of the
series written again without its "the" (factx/extract/entity_and_the_titles.py,
factx/extract/entity_franchises.py `short_titles`), and a programme named with its host after
"TV show|producer of". Seed 108's "New Harry Potter tops book chart", "the sixth Harry Potter",
"Harry Potter and Order of the Phoenix". The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name) for f in record.facts if f.type == "entity"]


_BOOK_NEWS = (
    "New Percy Jackson tops book chart\n\n"
    "Percy Jackson and the Lightning Thief has topped Amazon's book chart. The second book, "
    "Percy Jackson and Sea of Monsters was Amazon's largest pre-ordered item. \"Customers are "
    "excited about the third Percy Jackson,\" said Amazon's Robin Terrell."
)


def test_a_title_without_its_the_is_a_work_beside_a_whole_title(extractor):
    found = entities(extractor, _BOOK_NEWS)
    assert ("WORK_OF_ART", "Percy Jackson and Sea of Monsters") in found
    assert not any(name == "Sea of Monsters" for _, name in found)


def test_a_series_short_name_for_its_book_is_a_work(extractor):
    found = entities(extractor, _BOOK_NEWS)
    assert ("WORK_OF_ART", "Percy Jackson") in found
    assert ("PERSON", "Percy Jackson") not in found


def test_a_name_and_an_office_stay_apart_without_a_title(extractor):
    text = (
        "Minister meets Queen\n\n"
        "Tony Blair and Duke of Edinburgh Prince Philip met on Tuesday. The new Tony Blair "
        "was the talk of the party."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Tony Blair") in found
    assert not any(label == "WORK_OF_ART" for label, _ in found)


def test_the_character_without_a_frame_stays_a_person(extractor):
    text = (
        "Film out\n\n"
        "Percy Jackson and the Lightning Thief has topped the book chart. Percy Jackson "
        "himself is a boy who finds he is the son of a god, and Percy Jackson fights monsters."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Percy Jackson and the Lightning Thief") in found
    assert ("PERSON", "Percy Jackson") in found


def test_a_show_named_with_its_host_after_tv_show_is_a_work(extractor):
    # Seed 108's "Alison Howe, producer of TV show Later... With Jools Holland" gave the host.
    text = (
        "Band tipped for success\n\n"
        "The band signed a deal last year. Mary Dunn, producer of TV show Later... With Dave "
        "Pearce, booked the group to appear the day after seeing them at a west London pub."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Later... With Dave Pearce") in found
    assert ("PERSON", "Dave Pearce") not in found
    assert ("PERSON", "Mary Dunn") in found


def test_a_show_and_a_man_beside_it_stay_apart(extractor):
    text = (
        "Producer leaves\n\n"
        "Tom Hill, a producer of Newsnight with Jeremy Paxman, left the BBC on Monday."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Jeremy Paxman") in found
    assert not any("with" in name for _, name in found)


def test_a_title_after_a_hits_year_is_a_work(extractor):
    # Seed 108's "Their first hit was 1972's Virginia Plain": `Virginia Plain` FAC.
    text = (
        "Band to reunite\n\n"
        "The band split in 1990. Their first hit was 1979's Lunar Bay, with other hits "
        "including Cold Rain."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Lunar Bay") in found
    assert ("FAC", "Lunar Bay") not in found


def test_an_event_after_a_year_without_a_hit_stays(extractor):
    text = (
        "Driver retires\n\n"
        "His first race was 2001's Monaco Grand Prix, and he won in Brazil a year later."
    )
    found = entities(extractor, text)
    assert not any(label == "WORK_OF_ART" for label, _ in found)
