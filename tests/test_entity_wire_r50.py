"""Round r50-conll: shapes of wire news (CoNLL-2003's Reuters) that recur across documents,
written from the errors of the even-numbered CoNLL-2003 dev documents, each tested on sentences
of my own."""

from entity_reading import entities, labelled, mentions, names


def test_a_country_opening_a_results_sentence_is_the_country(extractor):
    # "Wales beat San Marino 6-0 ( halftime 4-0 )": the model tags neither side's country
    # where the result opens the sentence in wire news' spaced tokens.
    found = labelled(
        extractor, "Wales beat Andorra 4-1 ( halftime 2-0 ) in a friendly on Wednesday .", "GPE"
    )
    assert found == ["Wales", "Andorra"]


def test_a_country_in_a_scoreboard_line_is_the_country(extractor):
    # "England 180 ( Nick Knight 56 ) v Zimbabwe": the second side was left out.
    found = labelled(extractor, "Norway 212 ( Tor Lund 48 ) v Denmark 150 .", "GPE")
    assert found == ["Norway", "Denmark"]


def test_a_country_in_a_list_of_fixtures_is_the_country(extractor):
    found = labelled(
        extractor,
        "Ireland play Portugal on 5 June, Malta on 9 June and Cyprus on 12 June.",
        "GPE",
    )
    assert found == ["Ireland", "Portugal", "Malta", "Cyprus"]


def test_a_country_after_a_players_of_is_the_country(extractor):
    found = labelled(extractor, "He lost to Marco Bianchi of Italy 6-3 6-2 in the final.", "GPE")
    assert found == ["Italy"]


def test_a_country_inside_a_longer_name_is_left_alone(extractor):
    # A capitalised word after the country ("Wales Theatre", "China Daily") or before it
    # ("Air Canada") makes a longer name, no country of its own.
    found = names(
        entities(
            extractor,
            "The Princess of Wales Theatre reopened on Monday. He read the China Daily on Air"
            " Canada flights.",
        )
    )
    assert not {"Wales", "China", "Canada"} & found


GAMES = (
    "Hawks beat Bulls 101-95.\n\n"
    "The Hawks beat the Bulls 101-95 in Atlanta on Friday. Mark Jones had 30 points and 12"
    " rebounds for Atlanta, which has won 10 of its last 12 games. Portland's lead over Phoenix"
    " in the division grew to four games after a 99-90 win in Portland. Portland's Tom Miller"
    " scored 22 points."
)


def test_a_town_in_a_sides_role_in_a_report_of_games_is_the_side(extractor):
    # "his 23rd for Seattle", "Baltimore 's Eddie Murray", "Texas 's lead over Seattle": the
    # city names the side; the game's town stays the place.
    found = mentions(extractor, GAMES)
    atlanta = [label for _, text, label in found if text == "Atlanta"]
    portland = [label for _, text, label in found if text == "Portland"]
    assert atlanta == ["GPE", "ORG"]  # "in Atlanta", "rebounds for Atlanta"
    assert portland == ["ORG", "GPE", "ORG"]  # "Portland's lead", "in Portland", "Portland's Tom"


def test_a_towns_own_things_and_a_story_of_no_games_are_left_alone(extractor):
    found = mentions(
        extractor,
        GAMES + " Chicago's archbishop led the service. Chicago's first mosque opened in 1990.",
    )
    assert {label for _, text, label in found if text == "Chicago"} == {"GPE"}
    # No score: no report of games, so the possessive before "lead" is the town's.
    plain = mentions(extractor, "Denver's lead in clean air was praised by the mayor of Denver.")
    assert {label for _, text, label in plain if text == "Denver"} <= {"GPE"}
