"""Round r39b-screen: films, shows, characters and consoles the model labels PERSON, ORG or GPE
(seeds 98 and 99's "Rules these errors suggest"): factx/extract/entity_screen_titles.py, the
broadcaster's programme of `entity_shows.programmes_after_their_owner`, and the cues "character
listed as one" and "Christmas's giver of gifts" of factx/data/entities.json. The sentences are
made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_title_after_premiere_of_is_a_work_whole_with_its_copies(extractor):
    # Seed 99's "the UK premiere of Polar Express" ORG; the brief's "Christmas Carol" gives
    # "Carol" PERSON twice, "Lemony Snicket" PERSON twice: works labelled PERSON.
    text = (
        "Premiere\n\n"
        "Hollywood star Tom Hanks was in London's Leicester Square for the UK premiere of "
        "Christmas Carol. Christmas Carol is based on a children's book.\n\n"
        "Fans came to the world premiere of Lemony Snicket in London. Lemony Snicket is based "
        "on a series of children's books."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Christmas Carol", ["Christmas Carol", "Christmas Carol"]) in found
    assert ("WORK_OF_ART", "Lemony Snicket", ["Lemony Snicket", "Lemony Snicket"]) in found
    assert ("PERSON", "Tom Hanks", ["Tom Hanks"]) in found
    assert not [e for e in found if e[0] == "PERSON" and e[1] != "Tom Hanks"]


def test_a_maker_before_his_possessive_after_premiere_of_stays_a_person(extractor):
    text = (
        "Premiere\n\n"
        "Crowds gathered for the premiere of Tim Burton's new film in London on Sunday night."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Tim Burton", ["Tim Burton"]) in found
    assert not [e for e in found if e[0] == "WORK_OF_ART"]


def test_a_show_in_its_format_words_is_a_work_whole(extractor):
    # Seed 98's "ITV1's Pop Idol style talent contest", "the time-honoured Pop Idol format":
    # `Idol` PERSON (a work labelled PERSON, as at seed 37); "Big Brother" missed.
    text = (
        "Vote for me\n\n"
        "Pick Me - Channel 4's Big Brother style reality show for would-be politicians - finally "
        "hits our screens this week. The show follows the time-honoured Pop Idol format."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Big Brother", ["Big Brother"]) in found
    assert ("WORK_OF_ART", "Pop Idol", ["Pop Idol"]) in found
    assert not [e for e in found if e[0] == "PERSON"]


def test_a_place_before_a_hyphened_style_stays_a_place(extractor):
    text = "Casinos\n\nThe plans for Las Vegas-style casinos in Blackpool were criticised."
    found = entities(extractor, text)
    assert ("GPE", "Las Vegas", ["Las Vegas"]) in found
    assert not [e for e in found if e[0] == "WORK_OF_ART"]


def test_a_broadcasters_programme_is_a_work(extractor):
    # Seed 99's "BBC Radio 4's Today programme" (the model's DATE, the programme missed) and
    # "told ITV1's This Morning" (the dates layer's time with a reference date: my sentence's
    # "Dispatches" is the shape).
    text = (
        "Interview\n\n"
        "Mr Pound told BBC Radio 4's Today programme he agreed. Tony Robinson told Channel 4's "
        "Dispatches the show's star was keen. He told Radio 4's PM programme it was wrong."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Today", ["Today"]) in found
    assert ("WORK_OF_ART", "Dispatches", ["Dispatches"]) in found
    assert ("WORK_OF_ART", "PM", ["PM"]) in found


def test_a_presenter_after_a_broadcasters_possessive_and_a_governments_programme_stay(extractor):
    text = (
        "Interview\n\n"
        "Mr Brown told Sky News's Adam Boulton he was happy. The government's New Deal programme "
        "will go on."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Adam Boulton", ["Adam Boulton"]) in found
    assert not [e for e in found if e[0] == "WORK_OF_ART"]


def test_names_after_characters_such_as_are_people(extractor):
    # Seed 99's "well-known characters such as Super Mario and Rayman", `Super Mario` ORG; the
    # brief's `Pac-Man` ORG.
    text = (
        "Games\n\n"
        "Some games feature well-known characters such as Pac-Man and Lara Croft. Others had "
        "characters such as Super Mario and Rayman."
    )
    found = entities(extractor, text)
    for name in ("Pac-Man", "Lara Croft", "Super Mario", "Rayman"):
        assert ("PERSON", name, [name]) in found


def test_santa_claus_is_a_person_and_santa_hats_name_no_one(extractor):
    # Seed 99's "a young boy's journey to meet Santa Claus" GPE and "all wearing Santa hats" GPE.
    text = (
        "Premiere\n\n"
        "The film tells of a young boy's journey to meet Santa Claus. Hundreds of fans greeted "
        "the star, all wearing Santa hats."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Santa Claus", ["Santa Claus"]) in found
    assert not [e for e in found if e[1] == "Santa"]


def test_a_santa_place_stays_a_place(extractor):
    text = "Lawsuit\n\nThe lawsuit was filed in Santa Clara on Monday by the firm."
    found = entities(extractor, text)
    assert ("GPE", "Santa Clara", ["Santa Clara"]) in found


def test_a_console_by_its_makers_possessive_is_a_product_and_its_letters_after_the(extractor):
    # Seed 99's tech/351: the DS (11 mentions) and the PSP (5) missed; "Nintendo DS" ORG.
    text = (
        "Nintendo DS makes its debut\n\n"
        "Nintendo's DS handheld game console has gone on sale in Europe. Sony is expected to "
        "release its PSP console soon. The PSP uses small discs, and the DS has two screens."
    )
    found = entities(extractor, text)
    assert ("PRODUCT", "DS", ["DS", "DS"]) in found
    assert ("PRODUCT", "PSP", ["PSP", "PSP"]) in found
    assert ("PRODUCT", "Nintendo DS", ["Nintendo DS"]) in found


def test_a_place_between_a_possessive_and_console_is_no_console(extractor):
    text = (
        "Sales\n\n"
        "Sony's UK console sales rose last year, and the UK remains its biggest market in Europe."
    )
    found = entities(extractor, text)
    assert not [e for e in found if e[0] == "PRODUCT"]
