"""Names that open with a number, cut at it by the model, made whole (r31-ent)."""

from builders import raw_mentions

from factx.extract.entity_numbered import numbered_names


def grown(text, named):
    return [(m.text, m.label) for m in numbered_names(text, raw_mentions(text, named))]


def test_a_stage_name_written_twice_with_its_number_keeps_it():
    text = "Rapper 50 Cent has ended his feud. Police said 50 Cent's crew were there."
    named = [("Cent", "ORG"), ("Cent", "ORG")]
    assert grown(text, named) == [("50 Cent", "ORG"), ("50 Cent", "ORG")]


def test_a_work_opening_with_a_number_keeps_it():
    text = "She starred in 12 Angry Men, then in 2 Fast 2 Furious."
    named = [("Angry Men", "WORK_OF_ART"), ("Fast 2 Furious", "WORK_OF_ART")]
    assert grown(text, named) == [
        ("12 Angry Men", "WORK_OF_ART"),
        ("2 Fast 2 Furious", "WORK_OF_ART"),
    ]


def test_a_count_before_a_name_stays_apart():
    # Once each, or before the noun it counts; a year and a figure's digits are no name's.
    text = (
        "The band will play 24 European gigs in 13 US cities, and 13 Oxford shows. "
        "The 1994 Frank Darabont tale won £20 Smith awards and 2-0 Chelsea 3 Blind Mice songs."
    )
    named = [
        ("European", "NORP"),
        ("US", "GPE"),
        ("Oxford", "ORG"),
        ("Frank Darabont", "PERSON"),
        ("Smith", "PERSON"),
        ("Chelsea", "ORG"),
        ("Blind Mice", "WORK_OF_ART"),
    ]
    assert grown(text, named) == named


def test_a_title_before_its_actress_keeps_its_number_and_is_a_work():
    # The model tags the title's last word a person; the actress after it says it is a film.
    text = "The 28 Days actress Sandra Bullock met 3 Musketeers fans and 12 Oxford students."
    named = [
        ("Days", "PERSON"),
        ("Sandra Bullock", "PERSON"),
        ("Musketeers", "ORG"),
        ("Oxford", "ORG"),
    ]
    assert grown(text, named) == [
        ("28 Days", "WORK_OF_ART"),
        ("Sandra Bullock", "PERSON"),
        ("Musketeers", "ORG"),
        ("Oxford", "ORG"),
    ]
