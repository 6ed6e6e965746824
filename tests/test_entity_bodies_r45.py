"""Round r45-bodies: companies and bodies the model calls a person or a place. Seed 138's
business/297 gave `Bloomberg` GPE in '"...," Ivo Geijsen, an analyst with Bank Oyens & Van
Eeghen, told Bloomberg.': round r44-outlets's cue reads "told <Name>" before a comma, a colon or
the day, not before the sentence's full stop. The sentences are made up."""

from entity_reading import entities, labelled, labels


def test_an_outlet_told_at_the_sentence_end_is_no_place_or_person(extractor):
    text = (
        "Bank cuts\n\n"
        '"Costs must fall, so cutting jobs makes sense," Piet Jansen, an analyst with Bank '
        "Degroof, told Bloomberg. "
        '"The yuan will rise," a central bank adviser told Sidewire.'
    )
    found = entities(extractor, text)
    assert labels(found, "Bloomberg") == {"ORG"}
    assert labels(found, "Sidewire") == {"ORG"}
    assert "Piet Jansen" in labelled(extractor, text, "PERSON")


def test_a_person_told_at_the_sentence_end_is_left(extractor):
    # A first name alone, and a surname the article gives in full, stay people.
    text = (
        "Family\n\n"
        '"I knew it was over," he said. "I told Monica." '
        "Sarah Kessler joined the board. The chairman later told Kessler."
    )
    people = labelled(extractor, text, "PERSON")
    assert "Monica" in people
    assert "Sarah Kessler" in people
    assert "Monica" not in labelled(extractor, text, "ORG")
    assert "Kessler" not in labelled(extractor, text, "ORG")
