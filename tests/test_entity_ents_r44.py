"""Round r44-ents: shapes of entertainment news from a fresh read of 25 even-numbered
entertainment articles (docs/entity-handcheck.md, "Round r44-ents"): a work named after
"called", "titled" or "entitled" with its kind a few words back (the cue "work called, its kind a
few words back" of factx/data/entities.json), and a title cut at its "of the" after its maker's
possessive or a prize's words (factx.extract.entity_acted_titles). The sentences are made up."""

from entity_reading import labelled


def test_a_work_called_after_its_kind_and_other_words(extractor):
    # The even-numbered entertainment/232's "a musical based on Emile Zola's novel Therese
    # Raquin, called Thou Shalt Not" (the model's ORG).
    text = (
        "Stage news\n\nHe wrote the score for a musical based on a Victorian ghost story, called "
        "Dark Hollow Lane. It ran for three months."
    )
    assert "Dark Hollow Lane" in labelled(extractor, text, "WORK_OF_ART")


def test_a_song_is_called(extractor):
    # The even-numbered 136's "the song is called ..." and 244's "a song dedicated to Edwards
    # called Cardiff Afterlife" (the model's ORG).
    text = (
        "New single\n\nThe band's new album features a song dedicated to their late manager "
        "called Cardiff Nights. The tour starts in May."
    )
    assert "Cardiff Nights" in labelled(extractor, text, "WORK_OF_ART")


def test_what_is_called_beside_another_noun_is_left(extractor):
    text = (
        "Film deal\n\nThe film was made by a production company called Harbour Lights. Another "
        "film tells of a man called John Baxter, who ran away to sea."
    )
    assert "Harbour Lights" not in labelled(extractor, text, "WORK_OF_ART")
    assert "John Baxter" in labelled(extractor, text, "PERSON")


def test_a_title_after_its_makers_possessive_grows_over_its_of(extractor):
    # The even-numbered entertainment/026's "treasures like Raphael's Madonna of the Pinks"
    # (the model's `Madonna` PERSON and `the Pinks` ORG).
    text = (
        "Gallery visits\n\nThe London gallery - which houses treasures like Raphael's Madonna of "
        "the Meadow - was the most visited museum in 2004."
    )
    assert "Madonna of the Meadow" in labelled(extractor, text, "WORK_OF_ART")
    assert "Madonna" not in labelled(extractor, text, "PERSON")


def test_a_title_after_a_prizes_words_grows_over_its_of(extractor):
    # The even-numbered 368's "if Winslet wins for Eternal Sunshine of the Spotless Mind" and
    # 372's "the original screenplay prize went to Eternal Sunshine of the Spotless Mind".
    text = (
        "Awards night\n\nCritics say she will win for her part, and the writing prize went to "
        "Bitter Harvest of the Broken Hills."
    )
    assert "Bitter Harvest of the Broken Hills" in labelled(extractor, text, "WORK_OF_ART")


def test_a_places_possessive_and_a_persons_name_are_left(extractor):
    text = (
        "Museum news\n\nLondon's Museum of the Moving Image will close. The band's Chris Martin "
        "of the Coldplay fan club spoke."
    )
    assert "Museum of the Moving Image" not in labelled(extractor, text, "WORK_OF_ART")
    assert "Chris Martin" in labelled(extractor, text, "PERSON")
