"""Round r30-bodies: a body's initials beside the law named after it, a kind of law named by its
maker, firms in a list after their plural kind, a glued pair beside its side alone, a ground
after a gerund, a sea by its people's adjective, and the clubs of a fixture a player misses."""

import pytest


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_bodys_initials_are_not_joined_to_the_law_named_after_it(extractor):
    # `body initials, no law's`: the model reads "the CRA" as a body; the law spells it too.
    names = _entities(
        extractor,
        'Seat row\n\nMs Hale said the rule applied to the CRA as to any other council. "The'
        ' Coastal Regions Act is plain on this," she said. She will write to the CRA today.',
    )
    assert names["Coastal Regions Act"] == ("LAW", ["The Coastal Regions Act"])
    assert names["CRA"][0] == "ORG"


def test_an_act_of_parliament_is_a_kind_of_law_and_the_body_stays(extractor):
    # `law by its maker, no name`: no "Act of Parliament" ORG; the run stops at "Parliament".
    names = _entities(
        extractor,
        "Records\n\nCampaigners said a fresh Act of Parliament was needed. The latest Act of"
        " Parliament on the matter was passed in 2001.",
    )
    assert "Act of Parliament" not in names
    assert names["Parliament"][0] == "ORG"


def test_names_listed_after_studios_such_as_are_firms(extractor):
    # `company after its kind` takes "studios, such as" with its comma: "Pixar" is no person.
    names = _entities(
        extractor,
        "Format war\n\nThe disc has support from big studios, such as Lionsgate, Pixar, and"
        " Touchstone.",
    )
    assert names["Pixar"][0] == "ORG"


def test_two_firms_after_firms_like_are_two(extractor):
    # `firms listed by their kind`: "Dell and Acer" after "firms like" is two firms.
    names = _entities(
        extractor,
        "Format war\n\nThe disc is backed by computer firms like Dell and Acer this year.",
    )
    assert "Dell and Acer" not in names
    assert names["Dell"][0] == names["Acer"][0] == "ORG"


def test_a_glued_pair_beside_its_side_alone_is_two_names(extractor):
    # `pair beside its side alone`: "Ubisoft" is written alone; "Electronics Arts" is longer.
    names = _entities(
        extractor,
        "Games\n\nUbisoft said it would back the disc. Backing from Ubisoft and Electronics Arts"
        " is a boost for the format.",
    )
    assert "Ubisoft and Electronics Arts" not in names
    assert names["Electronics Arts"][0] == "ORG"


def test_a_ground_after_a_gerund_is_no_plural_subject(extractor):
    # `name as a plural` holds no name after "quitting": "Anfield are" is not Anfield's verb.
    names = _entities(
        extractor,
        "Skipper stays\n\nThe captain said thoughts of quitting Anfield are far from his mind.",
    )
    assert names["Anfield"][0] == "FAC"


def test_a_peoples_adjective_before_a_lower_case_ocean_is_the_sea(extractor):
    # `sea by its people's adjective`: "Indian" NORP before "ocean" is the Indian Ocean.
    names = _entities(
        extractor,
        "Tourism\n\nHotels along the Indian ocean coast reported fewer guests this winter.",
    )
    assert names["Indian ocean"][0] == "LOC"
    assert "Indian" not in names


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Brown will miss the meetings with Ross County and Arbroath next month.", "Arbroath"),
        ("Brown will miss the game with Arbroath next month.", "Arbroath"),
    ],
)  # fmt: skip
def test_clubs_of_a_fixture_a_player_misses(extractor, sentence, club):
    # `club of a fixture a player misses`: the town the model tags GPE is the club.
    names = _entities(extractor, "Ban\n\n" + sentence)
    assert names[club][0] == "ORG"
