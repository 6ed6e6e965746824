"""Round r39c-shows: shows named best in a TV prize's list and films between their maker's
possessive and their story are works, not people (seeds 101 and 102's "Rules these errors
suggest"): `shows_named_best` and `films_before_their_story` of
factx/extract/entity_screen_titles.py. The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name) for f in record.facts if f.type == "entity"]


def test_shows_named_best_in_a_tv_prize_are_works_whole(extractor):
    # Seed 102's "Desperate Housewives was named top new drama" gave `Housewives` PERSON, and
    # the grader's "Frasier and Law and Order" gave `Frasier` PERSON and `Law` PERSON.
    text = (
        "Awards night\n\n"
        "In television categories, Lost was named top new drama and Boston Legal was best new "
        "comedy. Long-running shows Frasier and Law and Order were named best TV comedy and TV "
        "drama respectively.\n\n"
        "Desperate Housewives was named top new drama at the ceremony."
    )
    found = entities(extractor, text)
    for title in ("Lost", "Boston Legal", "Frasier", "Desperate Housewives"):
        assert ("WORK_OF_ART", title) in found
    assert not [e for e in found if e[0] == "PERSON"]


def test_a_list_of_three_pieces_joins_its_one_word_titles(extractor):
    # Seed 102's "Long-running shows Will and Grace and CSI ..." gave `Grace` PERSON.
    text = (
        "Awards night\n\n"
        "Long-running shows Will and Grace and CSI: Miami were named best TV comedy and TV "
        "drama respectively."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Will and Grace") in found
    assert ("WORK_OF_ART", "CSI: Miami") in found
    assert not [e for e in found if e[0] == "PERSON"]


def test_a_person_named_best_comedy_performer_stays_a_person(extractor):
    text = (
        "Awards night\n\n"
        "Ricky Gervais was named best comedy performer, and Julie Walters was named best "
        "actress."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Ricky Gervais") in found
    assert ("PERSON", "Julie Walters") in found
    assert not [e for e in found if e[0] == "WORK_OF_ART"]


def test_a_film_between_its_makers_possessive_and_its_story_is_a_work(extractor):
    # Seed 101's "Patel's Little Soldier follows a young Pakistani Muslim boy": a film PERSON.
    text = (
        "Short films\n\n"
        "Arnold's gritty drama Wasp is about a single mother, while Patel's Little Soldier "
        "follows a young Pakistani Muslim boy. Little Soldier was shot in Bradford."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Little Soldier") in found
    assert ("WORK_OF_ART", "Wasp") in found
    assert not [e for e in found if e[0] == "PERSON" and e[1] not in ("Arnold", "Patel")]


def test_a_player_after_a_countrys_possessive_stays_a_person(extractor):
    text = (
        "Rugby\n\n"
        "England's Jonny Wilkinson follows the same path as his coach. Wales's Gareth Thomas "
        "is about a week away from fitness."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Jonny Wilkinson") in found
    assert ("PERSON", "Gareth Thomas") in found
    assert not [e for e in found if e[0] == "WORK_OF_ART"]


def test_a_documentary_called_by_its_title_is_one_work_with_its_copies(extractor):
    # Seed 101's "a BBC documentary called 'No More Mr Nasty'" gave `Nasty` PERSON twice.
    text = (
        "Brown on film\n\n"
        "His comments come in a BBC documentary called 'Farewell Mr Nasty'. The minister "
        "spoke of his early years.\n\n"
        "- Gordon Brown: Farewell Mr Nasty is being shown on BBC2 on Saturday."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Farewell Mr Nasty") in found
    assert not [e for e in found if e[0] == "PERSON" and e[1] != "Gordon Brown"]


def test_a_person_called_by_name_and_seminars_entitled_are_left_alone(extractor):
    text = (
        "Chat show\n\n"
        "The channel has a new chat show called Jonathan Ross, after its host. The body runs "
        "a number of seminars entitled Getting Online, for small firms."
    )
    found = entities(extractor, text)
    assert ("PERSON", "Jonathan Ross") in found
    assert ("WORK_OF_ART", "Jonathan Ross") not in found
