"""Round r44-names: people's names and the towns of US news. A person has one name in every
article of a run, whatever middle initials each writes (`Cluster.name` in
factx/extract/entities.py), and a name before a comma and a US state's abbreviation is a town
("Prince William, Va.": factx/extract/entity_state_towns.py). The sentences are made up."""

from entity_reading import REFERENCE_DATE, entities, labelled


def test_a_person_has_one_name_across_articles_however_the_middle_initial_is_written(extractor):
    # The lead took out r44-names's first rule (the name keeps the article's middle initials):
    # an entity id must have one name in every article of a run, so that a jq selection by
    # name finds them all, and one article writes "George W Bush", another "George W. Bush",
    # a third "George Bush". The key drops the initials, and so does the name.
    texts = [
        "Visit\n\nPresident George W Bush arrived in London. Mr Bush met Tony Blair.",
        "Speech\n\nPresident George W. Bush spoke in Texas. Bush said the economy was strong.",
        "Again\n\nGeorge Bush said he would stay.",
    ]
    named = set()
    for text in texts:
        record = extractor.extract_text(text, reference_date=REFERENCE_DATE)
        named |= {
            (f.entity_id, f.name)
            for f in record.facts
            if f.type == "entity" and f.label == "PERSON"
        }
    bush = {(i, n) for i, n in named if n.endswith("Bush")}
    assert bush == {(next(iter(bush))[0], "George Bush")}


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
