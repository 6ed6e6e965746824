"""Round r31-works: works the model reads as people: a title written as a question, a work
that garnered awards or nominations, and a work read or recorded."""

import pytest
from builders import raw_mentions

from factx.extract.entity_works import grown_works
from factx.extract.work_titles import question_titles


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Their hits include Cold Feet and Who's Johnny? The band split.", ["Who's Johnny"]),
        ("She was the newcomer for The Bear or, Who is Martha? It ran.", ["Who is Martha"]),
        ("Her next single, Where Is Daniel?, is out in May.", ["Where Is Daniel"]),
        # A question of the prose, or one opening a sentence or a quotation, is no title.
        ("He asked who is Blair kidding? Then he left.", []),
        ('"Who is Tony?" he said. Who is Mike? Nobody knows.', []),
        ("and asked what is Labour doing about it?", []),
    ],
)
def test_question_titles(paragraph, expected):
    assert [paragraph[s:e] for s, e in question_titles(paragraph, 0, len(paragraph))] == expected


def test_a_title_written_as_a_question_is_one_work(extractor):
    found = _mentions(
        extractor,
        "The band have had six top ten hits. Their singles include Paper Moon, Broken Glass"
        " Heart, Cold Feet, and Who's Johnny?",
    )
    # The model cuts the last to "Johnny" PERSON.
    assert ("Who's Johnny", "WORK_OF_ART") in found
    assert not any(text == "Johnny" for text, _ in found)


def test_a_work_that_garnered_awards_or_nominations_is_a_work(extractor):
    found = _mentions(
        extractor,
        "Dark Meadow scooped three awards on Sunday, and Hotel Rwanda is nominated for best"
        " picture.",
    )
    assert ("Dark Meadow", "WORK_OF_ART") in found
    assert ("Hotel Rwanda", "WORK_OF_ART") in found


def test_a_person_who_garnered_awards_stays_a_person(extractor):
    found = _mentions(
        extractor,
        "Kate Winslet has garnered two nominations, and Imelda Staunton is nominated for best"
        " actress.",
    )
    assert ("Kate Winslet", "PERSON") in found
    assert ("Imelda Staunton", "PERSON") in found


def test_a_work_read_or_recorded_is_a_work(extractor):
    found = _mentions(extractor, "The actress will read Fireside Tales on the radio next month.")
    assert ("Fireside Tales", "WORK_OF_ART") in found
    found = _mentions(
        extractor, "She sang Moon River at the festival and recorded Blue Velvet a year later."
    )
    assert ("Blue Velvet", "WORK_OF_ART") in found
    # A full name with a common first name is a person recorded.
    found = _mentions(extractor, "The engineer recorded Tom Jones in the studio.")
    assert ("Tom Jones", "PERSON") in found


def test_a_title_is_not_grown_over_the_language_it_is_sung_in():
    # "sang" cues a work, and the title grows over " in " and capitalised words after it
    # ("Shakespeare in Love"); a language there is the one the song is sung in.
    text = "The choir sang We Shall Overcome in Mandarin and Cantonese for the fund."
    named = [("We Shall Overcome", "PERSON"), ("Mandarin", "LANGUAGE"), ("Cantonese", "LANGUAGE")]
    grown = grown_works(text, raw_mentions(text, named), [])
    assert [m.text for m in grown] == ["We Shall Overcome", "Mandarin", "Cantonese"]


def test_one_word_after_its_article_is_no_title_that_garnered_awards():
    # A gadget the model tags PERSON at "The Zyra won two awards at the show": one word after
    # "The" is no title of two words, and a product or a firm wins awards as often.
    from builders import cue_at

    found = cue_at("The Zyra won two awards at the show.", "The Zyra", "PERSON")
    assert found is None or found[0] != "work that garnered awards or nominations"
    found = cue_at("The Blue Zyra won two awards at the show.", "The Blue Zyra", "PERSON")
    assert found == ("work that garnered awards or nominations", "WORK_OF_ART")


def test_a_name_glued_to_a_question_title_over_and_is_cut_back(extractor):
    # The model tags "Cold Water and Who" WORK_OF_ART and "David" PERSON: the list's first
    # single is cut back to its own words, and the question is a work whole.
    found = _mentions(
        extractor, "Their singles include Cold Water and Who's David? The band will tour in May."
    )
    assert ("Cold Water", "WORK_OF_ART") in found
    assert ("Who's David", "WORK_OF_ART") in found
    assert not any(text in ("David", "Cold Water and Who") for text, _ in found)
