"""Round r33-sport: clubs after a cup's result, "saw off", "face X for a place", "knocked out of
the <cup> by X" and a tie's lead; a club's possessive in a list of players and its player;
grounds after "a match at the"; players by a hyphened given name or a position. Sentences of my
own; each positive case fails on main's code at 03deb69."""

import pytest
from builders import cue_at


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


@pytest.mark.parametrize(
    ("text", "name", "label", "cue", "to"),
    [
        # A cup's result: the side met is a club, two words or one.
        ("Hearts reached the last 32 with a 3-1 Uefa Cup win over Sturm Graz.", "Sturm Graz",
         "PERSON", "club after a cup's result, a person's shape", "ORG"),
        ("Their Carling Cup defeat to Wigan still hurts.", "Wigan", "PRODUCT",
         "club after a cup's result", "TEAM"),
        # A side saw off, a side faced for a place in a round.
        ("The Dutch side saw off Feyenoord on penalties.", "Feyenoord", "PERSON",
         "club a side saw off, a lone name", "TEAM"),
        ("Hibs meet Tottenham for a place in the semi-finals.", "Tottenham", "PERSON",
         "club faced for a place", "TEAM"),
        # Knocked out of a cup by a town: the town's club.
        ("Chelsea were knocked out of the Carling Cup by Ipswich on Tuesday.", "Ipswich", "GPE",
         "club that knocked a side out of a cup", "TEAM"),
        # A tie's lead.
        ("They watched Lyon take a 3-0 first-leg lead at home.", "Lyon", "GPE",
         "club with a tie's lead", "TEAM"),
        # A list of players by their clubs.
        ("Terry is in the squad with Porto's Deco and Milan's Kaka.", "Porto", "PERSON",
         "club before its player in a list of players", "TEAM"),
        ("Terry is in the squad with Porto's Deco and Milan's Kaka.", "Milan", "PERSON",
         "club after another club's player in a list of players", "TEAM"),
        ("Terry is in the squad with Porto's Deco and Milan's Kaka.", "Deco", "PRODUCT",
         "player after his club in a list of players", "PERSON"),
        # A ground after a match "at the" / "in the", with or without its article in the span.
        ("Wigan earned a draw at the Valley on Saturday.", "Valley", "GPE",
         "ground after a match at the", "FAC"),
        ("Wigan earned a draw at The Valley on Saturday.", "The Valley", "GPE",
         "ground after a match at the, the article spanned", "FAC"),
        # Players: a hyphened given name after a player's noun, a lone name in a position.
        ("Top seed Andy Roddick beat Korean player Woo-Jin Park in round one.", "Woo-Jin Park",
         "ORG", "player with a hyphened given name", "PERSON"),
        ("We can play Figo up front and Joao on the left.", "Figo", "ORG",
         "player put in a position", "PERSON"),
        ("We can bring Petit in and rest the others.", "Petit", "PRODUCT",
         "player put in a position", "PERSON"),
    ],
)  # fmt: skip
def test_a_sports_shape_names_its_kind(text, name, label, cue, to):
    assert cue_at(text, name, label) == (cue, to)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A person named with a common first name stays one.
        ("It was a first Davis Cup win over Roger Federer.", "Roger Federer", "PERSON"),
        # No place in a round after "face": a match of players or of nations.
        ("Henman will face Nadal in the final.", "Nadal", "PERSON"),
        # A snooker player's lead in frames is no tie's.
        ("Hendry took a 5-3 lead in the evening session.", "Hendry", "PERSON"),
        # A competition, a prize or a country after "a win in the" is no ground.
        ("It was their third win in the Premiership.", "Premiership", "ORG"),
        ("It was his second win at the Oscars.", "Oscars", "ORG"),
        ("It was their first win in the Netherlands.", "Netherlands", "GPE"),
        # Firms' products in a list are no players and clubs.
        ("Gamers queued for Microsoft's Xbox and Sony's Saturn last week.", "Saturn", "PRODUCT"),
        ("Gamers queued for Microsoft's Xbox and Sony's Saturn last week.", "Microsoft", "ORG"),
        # A side is played in a ground or a round, not in a position.
        ("We play Chelsea in the final.", "Chelsea", "ORG"),
        # A hyphened name after no player's noun is left to the model.
        ("The firm Hewlett-Packard Labs said so.", "Hewlett-Packard Labs", "ORG"),
    ],
)  # fmt: skip
def test_a_name_outside_the_shape_keeps_its_kind(text, name, label):
    found = cue_at(text, name, label)
    assert found is None or found[0] not in {
        "club after a cup's result",
        "club after a cup's result, a person's shape",
        "club a side saw off, a lone name",
        "club faced for a place",
        "club with a tie's lead",
        "ground after a match at the",
        "ground after a match at the, the article spanned",
        "club before its player in a list of players",
        "player after his club in a list of players",
        "player with a hyphened given name",
        "player put in a position",
    }


def test_a_cup_tie_and_its_grounds_end_to_end(extractor):
    # The model reads the clubs as people and a place, the ground as a place.
    names = _entities(
        extractor,
        "Football\n\nCeltic face Sporting for a place in the last eight after the Portuguese side"
        " saw off Lazio on Wednesday. Hibs reached the last 16 with a 1-0 Uefa Cup win over"
        " Sturm Graz after a hard encounter at The Hawthorns.",
    )
    assert names["Sporting"] == "ORG" and names["Lazio"] == "ORG" and names["Sturm Graz"] == "ORG"
    assert names["Hawthorns"] == "FAC"


def test_a_country_after_a_cup_result_keeps_its_place(extractor):
    # A Davis Cup tie is between nations: TEAM makes no country an ORG.
    names = _entities(extractor, "Tennis\n\nIt was their first Davis Cup win over Switzerland.")
    assert names["Switzerland"] == "GPE"


def test_a_list_of_players_by_their_clubs_end_to_end(extractor):
    names = _entities(
        extractor,
        "Football\n\nHenry is on the shortlist with Porto's Costinha and Valencia's Baraja.",
    )
    # The model reads both clubs as people and the last player as a place.
    assert names["Porto"] == "ORG" and names["Valencia"] == "ORG"
    assert names["Costinha"] == "PERSON" and names["Baraja"] == "PERSON"
