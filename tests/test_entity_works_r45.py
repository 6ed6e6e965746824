"""Round r45-works: a band named like a person by a group's own words (its frontman or lead
singer, "rockers" or a group's count word before it, a plural verb, a group's prize), over the
one vote of its first name, and a place after a bare "role in" no work."""

from entity_reading import labels, mention_labels


def test_a_frontman_makes_a_band_named_like_a_person_a_band_in_every_mention(extractor):
    # Seed 138's `Franz Ferdinand` PERSON in a festival's bill; the article's other words about
    # the band outvote its first name.
    found = mention_labels(
        extractor,
        "Band news\n\nThe festival will be joined on the bill by Franz Ferdinand. Franz Ferdinand"
        " frontman Alex Kapranos said the gig would be huge.",
    )
    assert found.count(("Franz Ferdinand", "ORG")) == 2
    assert ("Alex Kapranos", "PERSON") in found


def test_a_bands_lead_singer_after_its_possessive(extractor):
    found = mention_labels(
        extractor,
        "Band news\n\nThe singer said Franz Ferdinand's lead singer was great. Tickets for Franz"
        " Ferdinand sold out.",
    )
    assert ("Franz Ferdinand", "PERSON") not in found
    assert ("Franz Ferdinand", "ORG") in found


def test_rockers_before_a_name_make_it_a_band(extractor):
    found = mention_labels(
        extractor,
        "Band news\n\nScottish rockers Franz Ferdinand have been nominated. Tickets for Franz"
        " Ferdinand sold out.",
    )
    assert found.count(("Franz Ferdinand", "ORG")) == 2


def test_a_solo_singers_players_and_a_groups_listed_members_stay_people(extractor):
    found = mention_labels(
        extractor,
        "Singer news\n\nJames Blunt's guitarist said the album was great. The trio Alex Kapranos,"
        " Nick McCarthy and Bob Hardy met in Glasgow.",
    )
    assert ("James Blunt", "PERSON") in found
    assert ("Alex Kapranos", "PERSON") in found
    assert ("Nick McCarthy", "PERSON") in found


def test_a_solo_singers_album_in_a_bill_stays_a_person(extractor):
    found = mention_labels(
        extractor,
        "Festival line-up grows\n\nThe festival will be joined on the bill by James Blunt. James"
        " Blunt's new album is out in May.",
    )
    assert ("James Blunt", "ORG") not in found
    assert ("James Blunt", "PERSON") in found


def test_a_place_after_a_bare_role_in_is_no_work(extractor):
    # The brief's `Bristol` WORK_OF_ART after "a role in" (round 37's cue).
    found = mention_labels(
        extractor,
        "Actor cast\n\nHe had a role in Brighton last year, and she played a key role in Bristol.",
    )
    assert ("Brighton", "WORK_OF_ART") not in found
    assert ("Bristol", "WORK_OF_ART") not in found


def test_a_film_named_for_a_town_after_a_film_role_stays_a_work(extractor):
    found = mention_labels(
        extractor,
        "Actor cast\n\nShe won an Oscar for her role in Chicago, and he had a film role in Troy.",
    )
    assert ("Chicago", "WORK_OF_ART") in found
    assert ("Troy", "WORK_OF_ART") in found


def test_a_film_after_a_bare_role_in_stays_a_work(extractor):
    from entity_reading import entities

    found = entities(
        extractor, "Actor cast\n\nPaddy Considine was praised for his role in Dead Man's Shoes."
    )
    assert labels(found, "Dead Man's Shoes") == {"WORK_OF_ART"}
