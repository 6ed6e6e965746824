"""Schools by their saint, events after a possessive, bodies cut at their bracketed initials,
and a firm named by a person's surname (factx.extract.entity_bodies)."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_school_by_its_saint_is_one_body_and_its_short_name_joins_it(extractor):
    # The model tags "St Brendan's" a person, twice, and stops before "High School".
    text = (
        "School row over video\n\n"
        "St Brendan's High School says it was named in the video. "
        "The singer never attended St Brendan's, a spokesman said."
    )
    found = entities(extractor, text)
    # The short name keeps its possessive, as the article writes it (round 36).
    short = "St Brendan's"
    assert ("ORG", "St Brendan's High School", ["St Brendan's High School", short]) in found
    assert not [e for e in found if e[0] == "PERSON"]


def test_a_primary_and_a_cathedral_by_their_saint(extractor):
    # "St Joseph's" FAC and "Primary" PERSON: one school; a cathedral is a building.
    text = (
        "Carol service\n\n"
        "Pupils at St Joseph's Primary raised money. "
        "The choir sang at St Mary's Cathedral on Sunday."
    )
    found = entities(extractor, text)
    assert ("ORG", "St Joseph's Primary", ["St Joseph's Primary"]) in found
    assert ("FAC", "St Mary's Cathedral", ["St Mary's Cathedral"]) in found
    assert not [e for e in found if e[1] == "Primary"]


def test_an_event_after_its_owners_possessive_is_whole(extractor):
    # The model tags "Ball" alone, a person (a surname's look).
    text = "Night out\n\nThe actor attends the annual Mayor's Ball with his wife every year."
    found = entities(extractor, text)
    assert ("EVENT", "Mayor's Ball", ["Mayor's Ball"]) in found
    assert not [e for e in found if e[0] == "PERSON"]


def test_a_bodys_name_is_whole_over_its_bracketed_initials(extractor):
    # The model tags "the Wireless Home Network" and "Working Group" apart.
    text = (
        "Networks\n\nThe firm backed the creation of the Wireless Home Network (WHN) Working Group."
    )
    found = entities(extractor, text)
    assert ("ORG", "Wireless Home Network (WHN) Working Group",
            ["Wireless Home Network (WHN) Working Group"]) in found  # fmt: skip
    assert not [e for e in found if e[1] in ("Working Group", "Wireless Home Network")]


def test_a_firm_named_by_a_persons_surname_is_no_mention_of_the_person(extractor):
    # The key drops "Group": "Hallworth Group" joined Tom Hallworth, who became one entity.
    text = (
        "Bid talk\n\n"
        "Tom Hallworth, a Canadian investor, said his Hallworth Group was interested in the "
        "retailer. Mr Hallworth declined to comment."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Tom Hallworth", ["Tom Hallworth", "Hallworth"]) in found
    assert ("ORG", "Hallworth Group", ["Hallworth Group"]) in found
    ids = {f.name: f.entity_id for f in extractor.extract_text(text).facts if f.type == "entity"}
    assert ids["Hallworth Group"] != ids["Tom Hallworth"]


def test_a_bodys_name_with_small_words_is_whole_over_its_initials(extractor):
    # "of the" and "and" inside the name; the model cut it into three ("Islands" a place).
    text = (
        "Ocean study\n\n"
        "The centre is part of the University of the Dales and Fells (UDF) Research Institute."
    )
    found = entities(extractor, text)
    name = "University of the Dales and Fells (UDF) Research Institute"
    assert ("ORG", name, [name]) in found


def test_a_bodys_name_grows_over_the_word_its_initials_need(extractor):
    # The model leaves out the paragraph's first word, whose letter the initials spell.
    found = entities(extractor, "World Anti-Fraud Agency (WAFA) chief Tom Reed said so.")
    assert ("ORG", "World Anti-Fraud Agency", ["World Anti-Fraud Agency"]) in found
    assert not [e for e in found if e[1] == "Anti-Fraud Agency"]
    # Initials the name spells as it stands take no word before it.
    found = entities(extractor, "They met. Then the Food Standards Agency (FSA) spoke.")
    assert [e for e in found if e[1] == "Food Standards Agency"]
