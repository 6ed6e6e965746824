"""Round r43-missed: names the model misses entirely. A title opening with "The" inside a
sentence that the model leaves out whole ("The German film The Downfall", "Martin Scorsese's
The Aviator", "his role in The Godfather") is added where the cue table reads its words as a
work or a body, a name the model leaves out whole after a firm's trade ("filtering firm
Ciphertrust", "an analyst at Gartmore") is a firm (`factx.extract.entity_missed_titles`), and
the article's other uses of each join it. Seeds 121-126's missed names and the even-numbered
articles; the sentences are made up."""

from entity_reading import entities, mentions


def test_a_the_title_after_its_kind_is_a_work(extractor):
    found = entities(
        extractor,
        "Festival winners\n\nHollywood blockbuster The Voyager, starring Tom Hanks, leads the "
        "field. The Chilean film The Orchard triumphed in the short category.",
    )
    assert ("WORK_OF_ART", "Voyager", ["The Voyager"]) in found
    assert ("WORK_OF_ART", "Orchard", ["The Orchard"]) in found


def test_a_the_title_after_its_directors_possessive_is_a_work(extractor):
    found = entities(
        extractor,
        "Box office\n\nDirector Michael Mann's The Insider, starring Russell Crowe, took $20m in "
        "its first week.",
    )
    assert ("WORK_OF_ART", "Insider", ["The Insider"]) in found


def test_the_titles_other_uses_join_it(extractor):
    found = entities(
        extractor,
        "Actor remembered\n\nHe won an Oscar for his role in The Godfather. Studio bosses had "
        "doubted him for The Godfather role, and his co-stars from The Godfather spoke of him.",
    )
    works = [e for e in found if e[1] == "Godfather"]
    assert works == [("WORK_OF_ART", "Godfather", ["The Godfather"] * 3)]


def test_what_the_titles_rule_leaves_alone(extractor):
    text = (
        "Music news\n\nUS rapper The Game is signed to a new label. The films Harry Potter and "
        "The Prisoner Of Azkaban took £11m. He worked on The Village and The Ladykillers. "
        "The Ship sailed on Monday."
    )
    found = mentions(extractor, text)
    spans = [name for _, name, _ in found]
    assert not any(label == "WORK_OF_ART" and name == "The Game" for _, name, label in found)
    assert "The Prisoner Of Azkaban" not in spans
    assert "The Village" not in spans and "The Ladykillers" not in spans
    assert "The Ship" not in spans


def test_a_name_after_a_firms_trade_is_a_firm(extractor):
    found = entities(
        extractor,
        'Pay TV\n\n"Viewers want choice," said Tom Hale, director of media consultancy Decipher. '
        "The discs were traced by copy protection firm Macrovision.",
    )
    assert ("ORG", "Decipher", ["Decipher"]) in found
    assert ("ORG", "Macrovision", ["Macrovision"]) in found


def test_what_the_firms_rule_leaves_alone(extractor):
    text = (
        "Market news\n\nShares in Swiss Re fell. He said it was a club I love. The group bought "
        "the PC division on Monday, the group said. It must get past a club 36 places below it."
    )
    spans = [name for _, name, _ in mentions(extractor, text)]
    assert "Re" not in spans and "I" not in spans and "PC" not in spans and "36" not in spans
