"""Round r50-conll: shapes of wire news (CoNLL-2003's Reuters) that recur across documents,
written from the errors of the even-numbered CoNLL-2003 dev documents, each tested on sentences
of my own."""

from entity_reading import entities, labelled, names


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
