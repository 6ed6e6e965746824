"""Round r48-flips: one cue on one mention turning a whole entity against the model's steady
label (sentences of my own)."""

from entity_reading import label_by_name

# `facility before its kind` and `places named before their kind` (factx/data/entities.json):
# the kind takes no role after it.


def test_a_club_before_its_stadium_manager_is_no_stadium(extractor):
    # "Rovers stadium manager": the club's man; the cue made every `Rovers` FAC.
    found = label_by_name(
        extractor,
        "Rovers beat Leeds. But Rovers stadium manager Tom Hill has warned supporters over "
        "flares. Rovers said the ban stands.",
    )
    assert found.get("Rovers") == "ORG"
    found = label_by_name(
        extractor,
        "Villa beat Leeds. The Villa stadium manager, Tom Hill, has warned supporters. Villa "
        "said the ban stands.",
    )
    assert found.get("Villa") == "ORG"


def test_a_name_before_its_kind_is_still_the_facility(extractor):
    found = label_by_name(
        extractor,
        "Work on the Nuozhadu dam began in May, and fans will fly in through the Gatwick airport.",
    )
    assert found.get("Gatwick") == "FAC"
    found = label_by_name(
        extractor, "Heathrow airport staff went on strike. Ten flights left Heathrow late."
    )
    assert found.get("Heathrow") == "FAC"


# `evidence._joined_club`: the second of two clubs joined in one bracket is a club, no player.


def test_the_second_club_of_a_joined_bracket_is_a_club(extractor):
    found = label_by_name(
        extractor,
        "Women's 400m: J Smith (Harrow AC), K Brown (Enfield Harriers), P Jones (Reading with "
        "Surrey Ladies), R Green (Bath AC), T Hale (Luton AC).",
    )
    # r48b-sport's `clubs_in_brackets` (merged after this rule) reads the whole bracket as the
    # joint club; either way the second club is no person.
    assert found.get("Reading with Surrey Ladies") == "ORG"
    assert found.get("P Jones") == "PERSON"
    # A short line: the initialled player before the bracket tells it.
    found = label_by_name(
        extractor,
        "Men's 60m: D Hale (Enfield and Surrey Beagles), K Moss (Bath AC), N Kerr (Luton AC).",
    )
    assert found.get("Enfield and Surrey Beagles") == "ORG"
    assert found.get("D Hale") == "PERSON"


def test_players_on_a_sheet_and_a_bracket_of_people_are_left_alone(extractor):
    found = label_by_name(
        extractor,
        "Women's 400m: J Smith (Harrow AC), K Brown (Enfield Harriers), P Jones (Reading with "
        "Surrey Ladies), R Green (Bath AC), T Hale (Luton AC), (reps: K Lee and J Staunton).",
    )
    assert {found.get(n) for n in ("J Smith", "K Brown", "P Jones", "K Lee")} == {"PERSON"}
    # Two people joined in a bracket of prose, no sheet and no initialled player before it.
    found = label_by_name(
        extractor,
        "The report was written by two officials (Tom Smith and Ann Jones) of the league.",
    )
    assert found.get("Ann Jones") == "PERSON"


# `entity_prizes_won.prizes_won_by_short_name`: a prize's short name won is the statuette.


def test_a_brit_won_in_a_story_of_the_brit_awards_is_the_statuette(extractor):
    found = label_by_name(
        extractor,
        "Lena Park was named best female at the Brit Awards on Tuesday. Fans asked why Kim Moss "
        'did not get a Brit. "What more does she need to win the Brit?" one wrote, while another '
        "said picking up a Brit is harder than ever.",
    )
    assert found.get("Brit") == "WORK_OF_ART"
    assert found.get("Brit Awards") == "EVENT"


def test_a_brit_who_is_a_briton_and_a_brit_award_are_left_alone(extractor):
    found = label_by_name(
        extractor,
        "Lena Park was named best female at the Brit Awards on Tuesday. A Brit living abroad said "
        "he watched the show, and the Brit who runs the fan club agreed.",
    )
    assert found.get("Brit") == "NORP"
    found = label_by_name(extractor, "Lena Park won a Brit award at the Brit Awards.")
    assert found.get("Brit award") == "EVENT"
