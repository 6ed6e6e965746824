"""A work named again by a part of its title: its subtitle, its head or its last words."""

from builders import raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_work_parts import work_parts
from factx.extract.evidence import country_keys


def parts(text, named, cued=()):
    """The cue of each mention after the rule; `cued` holds (name, cue) pairs set before it."""
    mentions = raw_mentions(text, named)
    given = dict(cued)
    for m in mentions:
        m.cue = given.get(m.text, "")
    work_parts(mentions, name_key, country_keys(name_key).__contains__)
    return [(m.text, m.cue) for m in mentions]


def test_a_subtitle_named_alone_is_the_work():
    # The model reads a game's subtitle by its look, a place, when it stands alone.
    text = "Space Raiders: Harbour Bay sold well. The release of Harbour Bay helped the console."
    named = [("Space Raiders: Harbour Bay", "WORK_OF_ART"), ("Harbour Bay", "LOC")]
    assert parts(text, named)[1] == ("Harbour Bay", "WORK_OF_ART")
    # A coined subtitle the model reads as a land is the game too; a known place is not.
    text = "Star Quest: Frontlane is out. Frontlane is fun. Film Tour: Paris played in Paris."
    named = [("Star Quest: Frontlane", "WORK_OF_ART"), ("Frontlane", "GPE"),
             ("Film Tour: Paris", "WORK_OF_ART"), ("Paris", "GPE")]  # fmt: skip
    assert [cue for _, cue in parts(text, named)[1::2]] == ["WORK_OF_ART", ""]


def test_a_head_before_a_small_word_is_the_work():
    # A show named in full, then by its first word in a headline.
    text = "Hosts lose Ticket. They presented Ticket to Nowhere on Saturdays."
    named = [("Ticket", "ORG"), ("Ticket to Nowhere", "WORK_OF_ART")]
    assert parts(text, named)[0] == ("Ticket", "WORK_OF_ART")


def test_a_title_less_its_first_word_is_the_work():
    # "Restless Neighbours" the drama, then "Neighbours" in a headline, cued by a kind word.
    text = "Neighbours lifts ratings. The drama series Restless Neighbours drew eight million."
    named = [("Neighbours", "ORG"), ("Restless Neighbours", "ORG")]
    cued = [("Restless Neighbours", "WORK_OF_ART")]
    assert parts(text, named, cued)[0] == ("Neighbours", "WORK_OF_ART")


def test_people_countries_places_and_shown_kinds_stay():
    # A person or a country a title is about ("The Diary of Ann Hale", "Hotel Chile").
    text = "The Diary of Ann Hale won. Ann Hale sang. Hotel Chile opened in Chile."
    named = [("Diary of Ann Hale", "WORK_OF_ART"), ("Ann Hale", "PERSON"),
             ("Hotel Chile", "WORK_OF_ART"), ("Chile", "ORG")]  # fmt: skip
    assert [cue for _, cue in parts(text, named)[1::2]] == ["", ""]
    # A region at a title's end is the region ("Old Asia", a phrase); after a colon it is a
    # subtitle.
    text = "He spoke of Old Asia and of Asia's markets."
    assert parts(text, [("Old Asia", "WORK_OF_ART"), ("Asia", "LOC")])[1] == ("Asia", "")
    # The parts of an award's name are bodies ("Academy" of "Academy Award").
    text = "She won an Academy Award. The Academy said so."
    assert parts(text, [("Academy Award", "WORK_OF_ART"), ("Academy", "ORG")])[1] == (
        "Academy",
        "",
    )
    # A part whose own words show another kind keeps them.
    text = "Ticket to Nowhere aired. Ticket shares rose."
    named = [("Ticket to Nowhere", "WORK_OF_ART"), ("Ticket", "ORG")]
    assert parts(text, named, [("Ticket", "ORG")])[1] == ("Ticket", "ORG")
