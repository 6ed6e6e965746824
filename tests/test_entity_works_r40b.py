"""Round r40b-works: games, shows and programmes the model reads as people (seed 106's "Rules
these errors suggest"): the cues `game after a demo of`, `game before a dash and its genre's
title` and `show a presenter left to present` of factx/data/entities.json, and the programme
"<Broadcaster>'s <Day|Meal> with <Host>" of factx/extract/entity_shows.py (its weekday no date:
factx/extract/named_days.py). The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name) for f in record.facts if f.type == "entity"]


def dates(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [f for f in record.facts if f.type == "date"]


def test_a_game_after_a_demo_of_is_a_work(extractor):
    # Seed 106's "The game ships with a demo of Metroid Hunters": `Metroid Hunters` PERSON.
    text = (
        "Handheld date set\n\n"
        "The console ships with a demo of Galaxy Raiders, which can be played alone or with "
        "friends."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Galaxy Raiders") in found
    assert ("PERSON", "Galaxy Raiders") not in found


def test_a_game_before_a_dash_and_its_genre_title_is_a_work(extractor):
    text = (
        "Handheld date set\n\n"
        "Fans queued for Galaxy Raiders - a 3D action title which can be played alone or with "
        "friends."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Galaxy Raiders") in found
    assert ("PERSON", "Galaxy Raiders") not in found


def test_a_player_before_a_dash_and_a_title_stays_a_person(extractor):
    text = "Open draw\n\nRoger Federer - a title contender again - beat Andy Smith in Halle."
    found = entities(extractor, text)
    assert ("PERSON", "Roger Federer") in found


def test_a_show_a_presenter_left_to_present_is_a_work(extractor):
    # Seed 106's "one of the shows Alan Titchmarsh left Ground Force to present": PERSON.
    text = (
        "Garden show returns\n\n"
        "Critics said this is one of the shows Carol Smythe left Changing Rooms to present. "
        "Alan Marsh left Garden Rescue to present the new series."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Changing Rooms") in found
    assert ("WORK_OF_ART", "Garden Rescue") in found
    assert ("PERSON", "Carol Smythe") in found
    assert ("PERSON", "Alan Marsh") in found


def test_a_place_a_presenter_left_to_present_stays_a_place(extractor):
    text = "New series\n\nCarol Smythe left London to present her show in Paris."
    found = entities(extractor, text)
    assert ("GPE", "London") in found
    assert not [e for e in found if e[0] == "WORK_OF_ART"]


def test_a_day_with_its_host_after_a_broadcaster_is_the_programme_whole(extractor):
    # Seed 106's "He told Sky News' Sunday with Adam Boulton": `Adam Boulton` PERSON.
    text = (
        "Poll date row\n\n"
        "He told Sky News' Sunday with Adam Boulton: \"This is the politics of the "
        "playground.\" She told ITV's Sunday with Jon Snowdon that she was sure."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Sunday with Adam Boulton") in found
    assert ("WORK_OF_ART", "Sunday with Jon Snowdon") in found
    assert not [e for e in found if e[0] == "PERSON"]
    assert not dates(extractor, text)


def test_a_persons_sunday_with_a_friend_stays_a_day(extractor):
    text = "Poll date row\n\nMr Brown's Sunday with Tony Blair was long, aides said."
    found = entities(extractor, text)
    assert not [e for e in found if e[0] == "WORK_OF_ART"]
    assert dates(extractor, text)


def test_a_book_and_the_title_before_the_book_chart_is_one_work(extractor):
    # Seed 108's "Harry Potter and the Half-Blood Prince has topped Amazon's book chart":
    # `Harry Potter` PERSON (its part has no "of", so `entity_and_the_titles` left it).
    text = (
        "Book news\n\n"
        "Percy Jackson and the Lightning Thief has topped Amazon's book chart less than a day "
        "after its release date was announced."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Percy Jackson and the Lightning Thief") in found
    assert not [e for e in found if e[0] == "PERSON"]


def test_a_book_and_the_title_after_pre_order_is_one_work(extractor):
    text = (
        "Book news\n\n"
        "Customers who pre-order Percy Jackson and the Lightning Thief avoid standing in long "
        "queues on the day."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Percy Jackson and the Lightning Thief") in found
    assert not [e for e in found if e[0] == "PERSON"]


def test_a_singer_and_the_group_beside_him_stay_a_person(extractor):
    text = (
        "Vegas nights\n\n"
        "Frank Sinatra and the Rat Pack played Las Vegas, and a new novel about them is out."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Frank Sinatra") in found
    assert not [e for e in found if e[0] == "WORK_OF_ART"]
