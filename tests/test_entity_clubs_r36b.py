"""Round r36b-clubs: football clubs labelled PERSON, cut or glued (the club after its non-League
standing, clubs a side is away at, a club that entertains a side at its ground, the clubs of a
draw's lines with a replay's two by a slash; `factx/extract/entity_leagues.py`,
`factx/extract/results.py` and the cues of `factx/data/entities.json`)."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_club_after_non_league_is_the_club_without_the_standing(extractor):
    # The model's `non-League Woking` ORG, cut to `League Woking` PERSON at the base.
    names = _entities(
        extractor,
        "Football\n\nThe tie is a potential money-spinner for non-League Woking, who beat Barnet"
        " in the second round.",
    )
    assert names["Woking"][0] == "ORG"
    assert "League Woking" not in names


def test_a_club_after_a_sentence_opening_non_league_is_the_club(extractor):
    names = _entities(
        extractor, "Football\n\nNon-League Exeter City held Manchester United to a draw."
    )
    assert names["Exeter City"][0] == "ORG"
    assert not any(name.startswith("League ") for name in names)


def test_non_league_before_a_common_noun_gives_no_club(extractor):
    names = _entities(extractor, "Football\n\nHe played non-League football for years in Kent.")
    assert not any("football" in name.casefold() for name in names)


def test_clubs_a_side_is_away_at_are_clubs_through_the_list(extractor):
    # `Preston North End` PERSON at the base.
    names = _entities(
        extractor,
        "Football\n\nPremiership strugglers Norwich, Blackburn and West Brom are away at West Ham,"
        " Cardiff and Preston North End respectively.",
    )
    assert names["Preston North End"][0] == "ORG"


def test_a_person_away_at_a_house_is_left_alone(extractor):
    # Only sides' plural "are away at": a minister "is away at" a house.
    names = _entities(
        extractor, "Politics\n\nThe prime minister is away at Chequers for the weekend."
    )
    assert names.get("Chequers", ("GPE",))[0] != "ORG"


def test_a_lone_name_that_entertains_a_side_at_its_ground_is_the_club(extractor):
    # `Spurs` PERSON at the base.
    names = _entities(
        extractor,
        "Football\n\nMiddlesbrough were drawn against Swindon, while Spurs entertain Brighton at"
        " White Hart Lane.",
    )
    assert names["Spurs"][0] == "ORG"


def test_a_person_who_entertains_guests_stays_a_person(extractor):
    names = _entities(
        extractor, "Arts\n\nMary Smith entertains guests at Chequers every summer, she said."
    )
    assert names["Mary Smith"][0] == "PERSON"


_DRAW = (
    "Football\n\nThe draw for the fourth round was made on Sunday.\n\nReading v Stockport/Swansea"
    "\n\nLuton v Hinckley/Brentford\n\nSwindon/Notts Co v Middlesbrough\n\nMan Utd v Exeter\n\n"
    "Leicester v Blackpool\n\nCoventry v Crewe\n\nDerby v Wigan"
)


def test_every_side_of_a_draws_lines_is_a_club_and_a_slash_parts_two(extractor):
    # The base gave `Luton` GPE, `Hinckley/Brentford` PERSON, `Crewe\nDerby` ORG, no `Exeter`.
    names = _entities(extractor, _DRAW)
    for club in ("Luton", "Hinckley", "Brentford", "Stockport", "Swansea", "Swindon", "Exeter"):
        assert names[club][0] == "ORG", club
    assert names["Crewe"] == ("ORG", ["Crewe"])
    assert not any("/" in name or "\n" in name for name in names)


def test_a_lone_case_line_is_no_draw(extractor):
    names = _entities(
        extractor, "Law\n\nThe court heard the case.\n\nRoe v Wade\n\nThe ruling stands."
    )
    assert "Roe" not in names
    assert "Wade" not in names


def test_the_league_of_non_league_is_no_mention_of_a_league_named_elsewhere(extractor):
    # sport/205's shape: a "League" entity elsewhere spread to the standing's word.
    text = (
        "Football\n\nThe tie is a money-spinner for non-League Woking, who beat Barnet."
        " Woking play in the Ryman League."
    )
    record = extractor.extract_text(text)
    standing = text.index("non-League") + len("non-")
    assert all(m.start != standing for f in record.facts if f.type == "entity" for m in f.mentions)
