"""Round r52b-teams: a bare team sheet's initials "A" and "O" stay with their surnames, and
rugby's old championship, the Five Nations, is an event as the Six Nations is (sentences of my
own, from BBC sheets 52B-D's sport reports: `Foley`, `Barkley`, `Titterrell`, `Hazell`, `Goode`
cut at their initial; `Five Nations` ORG)."""

from entity_reading import label_by_name, labelled, mentions

# `bare_sheet_initials` (factx/extract/entity_bare_sheet_initials.py).

_SHEET = (
    "Wales held on for a narrow win in Cardiff on Saturday.\n\n"
    "C Paterson; S Lamont, A Henderson, H Southwell, S Webster; D Parks, C Cusiter; "
    "T Smith, G Bulloch, B Douglas; N Hines, S Murray; J White, O Redpath, A Hogg.\n\n"
    "A Titmuss, R Russell, S Grimes, A Lo Cicero, M Blair, O Palmer."
)


def test_a_bare_sheets_a_and_o_initials_stay_with_their_surnames(extractor):
    people = labelled(extractor, _SHEET, "PERSON")
    for name in ("A Henderson", "O Redpath", "A Hogg", "A Titmuss", "O Palmer"):
        assert name in people
    assert "Henderson" not in people and "Redpath" not in people


def test_a_two_word_surname_after_a_sheets_a_keeps_it(extractor):
    texts = [t for _, t, _ in mentions(extractor, _SHEET)]
    assert "Lo Cicero" not in texts


def test_an_a_opening_prose_is_no_initial(extractor):
    texts = [
        t
        for _, t, _ in mentions(
            extractor,
            "A Chelsea fan said the club would win, and Smith, Jones, Brown and Green all played.",
        )
    ]
    assert "A Chelsea" not in texts


def test_a_short_list_with_an_a_is_no_sheet(extractor):
    texts = [
        t
        for _, t, _ in mentions(
            extractor, "Scorers: J Smith, A Jones.\n\nHe thanked A Robinson, his old coach."
        )
    ]
    assert "A Robinson" not in texts


# "old championship by its name" (factx/data/entities.json).


def test_the_five_nations_is_an_event(extractor):
    found = label_by_name(
        extractor,
        "Scotland last won the title, then the Five Nations, in 1999, before Italy joined to "
        "make it the Six Nations.",
    )
    assert found.get("Five Nations") == "EVENT"


def test_the_nations_of_a_body_are_left_alone(extractor):
    found = label_by_name(
        extractor, "The United Nations said the five nations had agreed to the plan."
    )
    assert found.get("United Nations") == "ORG"


# "club a player is bought or loaned from" (factx/data/entities.json).


def test_a_club_a_player_is_loaned_or_bought_from_is_a_club(extractor):
    found = label_by_name(
        extractor,
        "Millwall have signed keeper Tom Baker, who spent a month on loan from Charlton. "
        "Forest turned down a £6m bid from Tottenham for their striker. "
        "Mark Jones moved to Fulham for £3m from Anderlecht last summer.",
    )
    assert found.get("Charlton") == "ORG"
    assert found.get("Tottenham") == "ORG"
    assert found.get("Anderlecht") == "ORG"


def test_a_town_a_person_moved_from_stays_a_town(extractor):
    found = label_by_name(
        extractor,
        "Jane Hill moved to London from Leeds in 1990, and took a £5m loan from Barclays "
        "for her firm in Spain.",
    )
    assert found.get("Leeds") == "GPE"
    assert found.get("Spain") == "GPE"


# `missed_names` "Scarlets", "Ospreys" (factx/data/entities.json).


def test_welsh_regional_sides_by_their_one_word_names(extractor):
    found = label_by_name(
        extractor,
        "The Scarlets have begun to rebuild after the defeat. Scarlets chief executive Tom "
        "Price said the side would face the Ospreys on Boxing Day.",
    )
    assert found.get("Scarlets") == "ORG"
    assert found.get("Ospreys") == "ORG"


def test_an_osprey_is_a_bird(extractor):
    found = label_by_name(extractor, "Two ospreys nested by the loch, the RSPB said.")
    assert "ospreys" not in {name.casefold() for name in found}
