"""Round r44-names: people's names and the towns of US news. A person's name keeps the middle
initials the article writes ("George W. Bush", not "George Bush": `Cluster.name` in
factx/extract/entities.py), and a name before a comma and a US state's abbreviation is a town
("Prince William, Va.": factx/extract/entity_state_towns.py). The sentences are made up."""

from entity_reading import entities, labelled, texts_of


def test_a_persons_name_keeps_the_middle_initial_the_article_writes(extractor):
    text = (
        "Bank chief quits\n\nTimothy J. Sloan, the chief executive of the bank, resigned on "
        "Tuesday. Tim Sloan said he was sorry, and Mr Sloan left the building."
    )
    found = entities(extractor, text)
    assert texts_of(found, "Timothy J. Sloan") == [["Timothy J. Sloan", "Tim Sloan", "Sloan"]]


def test_the_fuller_form_wins_however_often_the_shorter_is_written(extractor):
    text = (
        "Speech\n\nPresident George W. Bush spoke on Monday. George Bush said the war was "
        "over, and later George Bush left for Texas."
    )
    people = {name for label, name, _ in entities(extractor, text) if label == "PERSON"}
    assert "George W. Bush" in people and "George Bush" not in people


def test_a_name_without_a_middle_initial_keeps_its_form(extractor):
    # No initial to keep: the names are as before; "Malcolm X" has no middle word.
    text = "Talks\n\nMalcolm X was quoted by Tony Blair, and Mr Blair said so on Monday."
    people = {name for label, name, _ in entities(extractor, text) if label == "PERSON"}
    assert "Tony Blair" in people and "Malcolm X" in people


def test_a_name_before_a_state_abbreviation_is_a_town(extractor):
    text = (
        "Early voting\n\nVoters queued at a library in Prince William, Va., on Tuesday. "
        "Officials in Hillsborough, N.H., and Mount Vernon, Va., said turnout was up."
    )
    places = set(labelled(extractor, text, "GPE"))
    assert {"Prince William", "Hillsborough", "Mount Vernon"} <= places
    assert "Prince William" not in labelled(extractor, text, "PERSON")


def test_a_senator_named_with_the_state_and_a_party_letter_stays_a_person(extractor):
    text = (
        "Senate vote\n\nSen. Tim Kaine, D-Va., voted no. Sen. Dianne Feinstein, Calif., "
        "voted yes, and Prince William visited the town."
    )
    people = set(labelled(extractor, text, "PERSON"))
    assert {"Tim Kaine", "Dianne Feinstein"} <= people
