"""Round r32-sport: a club named by its town in results and fixtures (a town's possessive
before a result, a ground after a score, a plural verb, a derby, a move, a director of rugby),
sport's governing bodies written as a word, athletics clubs by their kind, and a match score
cut from the name before it. Sentences of my own; each positive case fails on r31's code."""

import pytest
from builders import cue_at

from factx.extract.glue import without_set_scores


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


_ORG_CUES = ("sport's governing body by its word", "firm, club or band by a plural kind word")


@pytest.mark.parametrize(
    ("text", "name", "label", "cue"),  # the cue's label is TEAM unless said
    [
        # A town's possessive before a result and the side it was over: the town's club.
        ("Toulouse's victory over Bath was deserved.", "Toulouse", "GPE",
         "place's club by its result"),
        ("Valencia's win over Real Madrid lifted the dressing room.", "Valencia", "PERSON",
         "place's club by its result"),
        ("Lyon's title hopes suffered on Sunday.", "Lyon", "GPE", "place's club by its result"),
        ("Porto's pursuit of the Portuguese title goes on.", "Porto", "GPE",
         "place's club by its result"),
        # A ground after a match's one score and "at", or before a cup's name.
        ("Arsenal won 3-1 at Bolton on Saturday.", "Bolton", "GPE",
         "club a side played at by its score"),
        ("Leeds won at Stoke in the FA Cup.", "Stoke", "GPE", "club a side played at in a cup"),
        # A plural verb: a side; a town is one place.
        ("Lille know they need a result.", "Lille", "GPE", "team by a plural verb"),
        ("If Lille do not win, the coach goes.", "Lille", "GPE", "team by a plural verb"),
        # A derby with a town, its director of rugby, a player's move.
        ("He spoke before Sunday's derby with Coventry.", "Coventry", "GPE", "team beaten"),
        ("Worcester director of rugby John Brain said so.", "Worcester", "GPE", "team's staff"),
        ("The striker has been linked with a move to Marseille.", "Marseille", "GPE",
         "club a player moves to"),
        # Sport's governing bodies written as a word; athletics clubs by their kind.
        ('"We did our best," Moreno told Uefa\'s official website.', "Uefa", "PERSON",
         "sport's governing body by its word"),
        ("Pole vault: T Jones (Reading AC).", "Reading AC", "FAC", "club by its abbreviation"),
        ("Her Exeter Striders team-mates were second.", "Exeter Striders", "PRODUCT",
         "firm, club or band by a plural kind word"),
    ],
)  # fmt: skip
def test_a_club_named_by_its_town_in_a_match(text, name, label, cue):
    assert cue_at(text, name, label) == (cue, "ORG" if cue in _ORG_CUES else "TEAM")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A city wins a vote or a bid: the city.
        ("London's victory over Paris in the vote to host the Games delighted the mayor.",
         "London", "GPE"),
        # A town takes the singular; a bare form after "did", "see", "in" is no plural.
        ("Lille knows how to throw a party.", "Lille", "GPE"),
        ("Did Lille know about it?", "Lille", "GPE"),
        ("He will see Lille play tomorrow.", "Lille", "GPE"),
        ("The fans in Lille want a new mayor.", "Lille", "GPE"),
        # A win at a place with no cup after it, and with two set scores, stays a place.
        ("Woods won at Augusta on Sunday.", "Augusta", "GPE"),
        ("Henman won 6-4 6-3 at Queens on Friday.", "Queens", "GPE"),
    ],
)  # fmt: skip
def test_a_town_that_is_a_place_stays_one(text, name, label):
    found = cue_at(text, name, label)
    assert found is None or found[1] != "TEAM"


def test_a_club_by_its_towns_result_is_the_club(extractor):
    # The model reads "Valencia" a person and "Coventry" a place; the words say a side.
    names = _entities(
        extractor,
        "Football\n\nValencia's win over Real Madrid lifted the mood. Arsenal won at Coventry in"
        " the FA Cup, and Lille know they need a result.",
    )
    assert names["Valencia"] == "ORG" and names["Coventry"] == "ORG" and names["Lille"] == "ORG"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fenerbahce 2-0", "Fenerbahce"),  # one match score ends no name
        ("Stamford Bridge 3-1", "Stamford Bridge"),
        ("Boeing 747-400", "Boeing 747-400"),  # three digits: a model number
        ("Fokker 70", "Fokker 70"),
    ],
)
def test_one_match_score_ends_no_name(text, expected):
    assert text[: without_set_scores(text, 0, len(text))] == expected


def test_a_club_beaten_by_a_score_is_the_club(extractor):
    # The model tagged "Fenerbahce 2-0" a product: the score goes, and the side beaten is a club.
    names = _entities(extractor, "Football\n\nRangers beat Fenerbahce 2-0 on Sunday.")
    assert names.get("Fenerbahce") == "ORG"
