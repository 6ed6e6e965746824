"""The lead's entity rules of round 39: a club's name ending in the short "Utd" is a club
(the cue "club by its name" and the word in `name_kinds`, so that a first name opening it,
"Man", makes no person of it)."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def test_a_club_named_with_utd_is_a_club(extractor):
    # At the base both were PERSON (the model's label; "Man" is a first name).
    labels = _labels(
        extractor,
        "Football bid\n\nThe board of Man Utd is expected to meet early this week. Sheff Utd"
        " won 2-1 on Saturday.",
    )
    assert labels["Man Utd"] == "ORG"
    assert labels["Sheff Utd"] == "ORG"


def test_a_first_name_before_a_surname_stays_a_person(extractor):
    labels = _labels(extractor, "Football news\n\nMan Chan scored twice for the side.")
    assert labels.get("Man Chan") == "PERSON"
