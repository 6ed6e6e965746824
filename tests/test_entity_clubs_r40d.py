"""Round r40d-clubs: sides in football news (seed 110's "Rules these errors suggest"): the side
after a club's dated "meeting with", the side after "were out playing" in a player's words, and a
regional side glossed "- a region of <Country> -" (the cues of `factx/data/entities.json` named
in each test). The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_the_side_after_a_clubs_dated_meeting_with_is_a_club(extractor):
    # "club met in a side's dated fixture, a lone name": seed 110's `Hearts` PERSON.
    found = entities(
        extractor,
        "Celtic plan for Bulgaria trip\n\nBulgaria's game comes between Celtic's Boxing Day"
        " meeting with Hearts and their 2 January fixture against Livingston.",
    )
    assert found["Hearts"][0] == "ORG"
    assert found["Livingston"][0] == "ORG"
    assert found["Celtic"][0] == "ORG"


def test_a_person_named_in_full_after_a_dated_meeting_keeps_his_person(extractor):
    found = entities(
        extractor,
        "Talks in Washington\n\nPresident George Bush will meet Tony Blair this week. Bush's"
        " Saturday meeting with Blair will cover Iraq.",
    )
    assert found["Tony Blair"][0] == "PERSON"


def test_a_meeting_with_no_day_is_left_alone(extractor):
    found = entities(
        extractor,
        "Open draw\n\nBefore her meeting with Conchita Martinez, Davenport said she felt fit.",
    )
    assert found["Conchita Martinez"][0] == "PERSON"


def test_the_side_a_player_was_out_playing_is_a_club(extractor):
    # "club played against, a lone name", widened to "were out playing": seed 110's grader's
    # `Valencia` PERSON.
    found = entities(
        extractor,
        'Celtic draw\n\n"When we were out playing Valencia, I spoke with the Dutch manager, Marco'
        ' van Basten," said the Celtic boss.',
    )
    assert found["Valencia"][0] == "ORG"
    assert found["Marco van Basten"][0] == "PERSON"


def test_a_region_glossed_after_a_friendly_is_its_side(extractor):
    # "regional side glossed as a region of its country": seed 110's `Valenciana` ORG (the
    # grader's `Galicia` PERSON).
    found = entities(
        extractor,
        "Celtic plan\n\nThe Celtic manager does not view the friendly against Galicia - a region"
        " of Spain - on 28 December as important.",
    )
    assert found["Galicia"][0] == "GPE"
    assert found["Spain"][0] == "GPE"


def test_a_side_after_a_friendly_with_no_gloss_keeps_its_label(extractor):
    found = entities(
        extractor,
        "Scotland plan\n\nScotland will play the friendly against Sweden - the group leaders -"
        " in March, and the game against Celtic in May.",
    )
    assert found["Sweden"][0] == "GPE"


def test_the_principality_is_a_country(extractor):
    # "country by its style, the Principality": seeds 16 and 111's `Principality` ORG.
    found = entities(
        extractor,
        "Wales hype\n\nWales face England on Saturday. While the hype in the Principality will go"
        " into overdrive, the coach stays calm.",
    )
    assert found["Principality"][0] == "GPE"


def test_a_firm_named_after_the_principality_keeps_its_label(extractor):
    found = entities(
        extractor,
        "Lender results\n\nThe Principality Building Society said profits rose by 5% last year.",
    )
    assert found["Principality Building Society"][0] == "ORG"


def test_a_year_and_a_count_before_nations_make_the_championship_whole(extractor):
    # `nations_after_their_year_and_count` (entity_short_events.py): seeds 20 and 110's
    # `Nations` ORG.
    found = entities(
        extractor,
        "Wales look back\n\nThe entire 1999 Five Nations campaign was a wash-out for Wales.",
    )
    assert found["Five Nations"][0] == "EVENT"
    assert "Nations" not in found


def test_home_nations_after_a_year_are_not_grown_into_a_championship(extractor):
    found = entities(
        extractor,
        "Rugby review\n\nThe 2004 Home Nations teams all struggled against New Zealand.",
    )
    assert "Home Nations" not in found or found["Home Nations"][0] != "EVENT"
