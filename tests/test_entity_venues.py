"""Venues and landmarks named by their last word (and the people whose surname is such a word),
and bands named like people."""

from factx.extract.evidence import cue_of


def cue(text, name, label):
    start = text.index(name)
    found = cue_of(text, start, start + len(name), label)
    return found.name if found else None


def test_a_venue_is_named_by_its_kind():
    text = "Crowds gathered in Trafalgar Square before the game at Stamford Bridge."
    assert cue(text, "Trafalgar Square", "PERSON") == "venue by its kind"
    assert cue(text, "Stamford Bridge", "ORG") == "venue by its kind"


def test_a_person_with_a_first_name_is_no_venue():
    text = "Stuart Hall and Bruce Arena spoke."
    assert cue(text, "Stuart Hall", "PERSON") != "venue by its kind"
    assert cue(text, "Bruce Arena", "ORG") != "venue by its kind"


def test_a_work_or_a_body_of_the_venue_keeps_its_label():
    text = "Howl's Moving Castle opened; the Hall of Fame voted."
    assert cue(text, "Howl's Moving Castle", "WORK_OF_ART") != "venue by its kind"
    assert cue(text, "Hall of Fame", "ORG") is None


def test_a_band_named_like_a_person_takes_a_plural_verb():
    text = (
        "Joy Division were signed to Factory. "
        "Mr Howard and shadow chancellor Oliver Letwin have met."
    )
    assert cue(text, "Joy Division", "PERSON") == "band as a plural"
    assert cue(text, "Oliver Letwin", "PERSON") != "band as a plural"


def test_water_and_mountains_are_named_after_their_kind():
    text = "They sailed on Loch Lomond and the River Tyne."
    assert cue(text, "Loch Lomond", "PERSON") == "water or mountain before its name"
    assert cue(text, "River Tyne", "FAC") == "water or mountain before its name"


def test_a_constituency_after_its_member_and_a_port_among_ports_are_places():
    text = "the Labour MP for Birkenhead asked whether ports like Peterhead or Fraserburgh would"
    assert cue(text, "Birkenhead", "PERSON") == "constituency of its member"
    assert cue(text, "Fraserburgh", "PERSON") == "places after their kind"
    assert cue("a candidate for Labour said", "Labour", "ORG") != "constituency of its member"
