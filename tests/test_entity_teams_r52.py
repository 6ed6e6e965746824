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
            "A Chelsea fan said the club would win, and Smith, Jones, Brown and Green all "
            "played.",
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
