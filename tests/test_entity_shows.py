"""TV shows named before their people, films after their star, and names glued over "beat"."""

from factx.extract.entities import RawMention
from factx.extract.entity_shows import split_at_beat
from factx.extract.evidence import cue_of


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


def test_a_show_before_its_people_is_a_work_whole(extractor):
    found = _mentions(
        extractor,
        "Talent\n\nBut Pop Idol mogul Simon Fuller has seen his wealth plummet. The awards will"
        " be hosted by American Idol presenter Ryan Kemp, and Fame Academy winner Alex Parks"
        " will sing.",
    )
    # The model cuts the first to "Idol" PERSON, the second to "American" NORP, and tags the
    # third ORG.
    assert ("Pop Idol", "WORK_OF_ART") in found
    assert ("American Idol", "WORK_OF_ART") in found
    assert ("Fame Academy", "WORK_OF_ART") in found
    assert not any(text in ("Idol", "American") for text, _ in found)


def test_a_court_a_contest_or_a_broadcaster_before_its_people_is_no_show(extractor):
    found = _mentions(
        extractor,
        "Rulings\n\nA High Court judge ruled on Monday. She met Grand Slam winner Tim Henman"
        " and BBC Radio presenter Ann Kemp.",
    )
    assert ("High Court", "ORG") in found
    assert ("Grand Slam", "EVENT") in found
    assert not any(label == "WORK_OF_ART" for _, label in found)


def test_a_film_after_its_star_and_its_kind_is_found(extractor):
    found = _mentions(
        extractor,
        "Cinema\n\nIt was bigger than the Nicolas Cage movie National Treasure at the box office."
        " He saw Ben Stiller comedy Meet The Parents twice.",
    )
    assert ("National Treasure", "WORK_OF_ART") in found
    assert ("Meet The Parents", "WORK_OF_ART") in found
    assert ("Nicolas Cage", "PERSON") in found


def test_names_glued_over_a_lower_case_beat_are_two():
    text = "The Marx Collection beat Oasis in the DVD category."
    glued = RawMention("The Marx Collection beat Oasis", 0, 30, "ORG", 0, 1, False)
    assert [(m.text, m.start, m.end) for m in split_at_beat(text, [glued])] == [
        ("The Marx Collection", 0, 19),
        ("Oasis", 25, 30),
    ]


def test_a_glued_category_list_gives_its_works(extractor):
    found = _mentions(
        extractor,
        "Awards\n\nThe Marx Collection beat Oasis, Trainspotting and Brassed Off in the DVD"
        " category.",
    )
    assert ("The Marx Collection", "WORK_OF_ART") in found
    assert ("Oasis", "WORK_OF_ART") in found


def test_a_documentarys_maker_is_no_work():
    text = "Harbour Films, a documentary maker based in Leeds, said."
    found = cue_of(text, 0, len("Harbour Films"), "ORG")
    assert found is None or found.label != "WORK_OF_ART"


def test_a_long_list_before_its_category_gives_works(extractor):
    # The list runs back past a cue's window: each name in it competes in the category.
    found = _mentions(
        extractor,
        "Awards\n\nThe Marx Collection beat Oasis, Really Love It Like Jones, Shaun of the Dead"
        " and The Day Today in the DVD category. Shark Tale is up in the best animated film"
        " category.",
    )
    assert ("The Marx Collection", "WORK_OF_ART") in found
    assert ("Oasis", "WORK_OF_ART") in found


def test_a_person_named_in_full_before_a_category_stays_one(extractor):
    found = _mentions(extractor, "Awards\n\nKate Bush is up in the best album category.")
    assert ("Kate Bush", "PERSON") in found
