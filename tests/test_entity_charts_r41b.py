"""Round r41b-charts: a chart's act and record parted ("In at number three was <Act> for
<Record>", "<Record> by <Act>, down three places to number nine"), a tour's title after "the
worldwide" or "their", and two bodies joined by "and" after "commissioned|funded by"."""


def _mentions(extractor, text):
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


def test_act_in_at_a_chart_place_for_its_record(extractor):
    # Seed 117's shape: `Deep Purple for Smoke` PERSON and `Water and Erasure` WORK_OF_ART at
    # the base.
    found = _mentions(
        extractor,
        "Chart news\n\nElvis Presley has scored another number one single in the UK charts."
        " In at number three was Deep Purple for Smoke on the Water and Erasure entered the"
        " chart at four with Breathe.",
    )
    assert ("Deep Purple", "ORG") in found
    assert ("Smoke on the Water", "WORK_OF_ART") in found
    assert not any("Deep Purple" in name and label == "PERSON" for name, label in found)


def test_act_in_at_a_chart_place_glued_to_its_record_is_parted(extractor):
    # Seed 117's shape: `Kaiser Chiefs for I Predict a Riot` ORG at the base.
    found = _mentions(
        extractor,
        "Chart news\n\nElvis Presley has scored another number one single in the UK charts."
        " In at number five was Kaiser Chiefs for I Predict a Riot.",
    )
    assert ("Kaiser Chiefs", "ORG") in found
    assert ("I Predict a Riot", "WORK_OF_ART") in found


def test_a_singer_in_at_a_chart_place_stays_a_person(extractor):
    # What the rule leaves alone: a performer with a common first name is a person.
    found = _mentions(
        extractor,
        "Chart news\n\nElvis Presley has scored another number one single in the UK charts."
        " In at number four was Robbie Williams for Misunderstood.",
    )
    assert ("Robbie Williams", "PERSON") in found
    assert ("Misunderstood", "WORK_OF_ART") in found


def test_record_by_its_act_down_the_chart(extractor):
    # Seed 117's shape: `Modest Mouse` PERSON, both records and `The Bravery` missed at the
    # base.
    found = _mentions(
        extractor,
        "Chart news\n\nElvis Presley has scored another number one single in the UK charts."
        " Making up the top 10 are Mr Brightside by The Bravery, down three places to number"
        " nine, and Float On by Modest Mouse.",
    )
    assert ("Mr Brightside", "WORK_OF_ART") in found
    assert ("Float On", "WORK_OF_ART") in found
    assert ("Modest Mouse", "ORG") in found
    assert ("The Bravery", "ORG") in found


def test_a_race_by_a_runner_down_the_field_is_left_alone(extractor):
    # What the rule leaves alone: "by" and "down ... places" without a record's title shape
    # before a name and a comma.
    found = dict(
        _mentions(
            extractor,
            "Athletics news\n\nThe race was won by Paula Radcliffe, up two places to number"
            " one in the world rankings.",
        )
    )
    assert found.get("Paula Radcliffe") == "PERSON"


def test_tour_after_the_worldwide_is_an_event(extractor):
    # Seed 117's shape: `Vertigo` ORG ("the worldwide Vertigo tour") at the base.
    found = _mentions(
        extractor,
        "Rock band U2 break ticket record\n\nU2 have smashed box office records with ticket"
        " sales for their Dublin concerts. The dates form part of the worldwide Viva tour."
        " The band will also play 24 European gigs.",
    )
    assert ("Viva", "EVENT") in found


def test_a_kind_of_tour_after_their_is_no_name(extractor):
    # What the rule leaves alone: "their European tour" names a kind, no tour.
    found = _mentions(
        extractor,
        "Rock band U2 break ticket record\n\nU2 have smashed box office records with ticket"
        " sales for their concerts. The dates form part of their European tour. The band"
        " will also play 24 gigs.",
    )
    assert not any(label == "EVENT" for _, label in found)


def test_two_bodies_glued_after_commissioned_by_are_parted(extractor):
    # Seed 117's shape: `UK Sport and Sport England` ORG at the base.
    found = _mentions(
        extractor,
        "Athletics news\n\nThe review of the sport was published in May. It was commissioned"
        " by UK Sport and Sport England, which wanted answers.",
    )
    assert ("UK Sport", "ORG") in found
    assert ("Sport England", "ORG") in found
    assert ("UK Sport and Sport England", "ORG") not in found


def test_a_body_after_funded_by_before_and_is_no_person(extractor):
    # Seed 117's rule's sentences: `Sport Wales` PERSON and `Sport Scotland` LOC at the base.
    found = _mentions(
        extractor,
        "Sport news\n\nThe review was commissioned by UK Sport and Sport England. It was funded"
        " by Sport Wales and UK Coaching. It was commissioned by Arts Council England and Sport"
        " Scotland.",
    )
    assert ("Sport Wales", "ORG") in found
    assert ("Sport Scotland", "ORG") in found


def test_one_body_with_and_in_its_name_is_left_whole(extractor):
    # What the rule leaves alone: a body whose name holds "and" and a small word.
    found = _mentions(
        extractor,
        "Technology news\n\nThe project was funded by the Department of Trade and Industry,"
        " officials said.",
    )
    assert [label for name, label in found if "Department of Trade" in name] == ["ORG"]
    assert any(name.endswith("Department of Trade and Industry") for name, _ in found)


def test_a_person_after_backed_by_stays_a_person(extractor):
    # What the rule leaves alone: a person's full name among the backers.
    found = _mentions(
        extractor,
        "Politics news\n\nThe plan was backed by Gordon Brown and John Prescott, aides said.",
    )
    assert ("Gordon Brown", "PERSON") in found
