"""Round r44-outlets: a news outlet the model tags PERSON (or a place) where a speaker tells it,
gives it an interview or writes in it (the cues "outlet a speaker told, a lone name" and "outlet
given an interview, a lone name" of factx/data/entities.json). Fresh US news read at round 43's
end: "Isikoff told Sidewire on Thursday" gave `Sidewire` PERSON, "In a recent interview with
Breitbart" `Breitbart` PERSON (GPE in a sentence of my own). A person is named in full first, so
only a single word no full name in the article holds is read so. The sentences are made up."""

from entity_reading import entities, labelled, labels


def test_an_outlet_a_speaker_told_is_no_person(extractor):
    text = (
        "Tape row\n\nMichael Isikoff told Sidewire on Thursday that the video had been cut. "
        'Isikoff told Sidewire, "Folks have made much of it."'
    )
    found = entities(extractor, text)
    assert labels(found, "Sidewire") == {"ORG"}
    assert "Michael Isikoff" in labelled(extractor, text, "PERSON")


def test_an_outlet_given_an_interview_is_no_place(extractor):
    text = (
        "Claims\n\nIn a recent interview with Breitbart, Juanita Broaddrick recounted the events."
    )
    found = entities(extractor, text)
    assert labels(found, "Breitbart") == {"ORG"}


def test_outlets_told_and_written_for(extractor):
    text = (
        "Deal\n\nThe boss told Bild on Monday the deal was done. He also told Spiegel: "
        '"It is over." '
        "Writing in Slate, the analyst agreed."
    )
    found = entities(extractor, text)
    for outlet in ("Bild", "Spiegel"):
        assert labels(found, outlet) == {"ORG"}
    assert not labelled(extractor, text, "PERSON")


def test_a_person_named_in_full_is_left(extractor):
    # PolNeAR's huff-post and wash-post articles: "Obama told Bee" after "Samantha Bee",
    # "according to Band's memo" of Douglas Band.
    text = (
        "Show\n\nSamantha Bee asked the questions. Obama told Bee that the choice could not be "
        "clearer. According to Band's memo, the firm gave money. Douglas Band wrote the memo."
    )
    people = labelled(extractor, text, "PERSON")
    assert "Samantha Bee" in people
    assert "Douglas Band" in people
    assert not labelled(extractor, text, "ORG")


def test_a_person_told_to_act_or_after_an_honorific_is_left(extractor):
    text = (
        "Team news\n\nThe coach told Rooney to stay on. Mr Negroponte published a book. Ms "
        "Kerr said the board would meet, according to Kerr's office."
    )
    people = labelled(extractor, text, "PERSON")
    assert "Rooney" in people
    assert "Negroponte" in people
    assert "Kerr" in people


def test_a_one_word_person_spoken_to_is_left(extractor):
    # The even half's sport/038 ("I was speaking to Paula in the lead-up") and sport/168
    # ("talking to Adriano on the day"), made ORG before "speaking to" and "talking to" left
    # the cue; ", who" after a name told is a person's.
    text = (
        "Transfer talk\n\nThe manager said he was talking to Kaka on the day. I was speaking to "
        "Paula in the lead-up to the race. The club told Robinho, who joined last year, to rest."
    )
    people = labelled(extractor, text, "PERSON")
    assert not labelled(extractor, text, "ORG")
    assert "Paula" in people


def test_a_one_word_person_told_in_a_letter_is_left(extractor):
    # CoNLL dev's "Ramos told Suharto in a letter", "I told Monica we need her", "told Wang 's
    # family": only a comma, a colon, a day or time, or "in an interview" after the name makes
    # it the outlet told.
    text = (
        "Letter\n\nPresident Ramos told Suharto in a letter that he was grateful. Suharto "
        'replied. "I told Monica we need her," the coach said.'
    )
    people = labelled(extractor, text, "PERSON")
    assert "Suharto" in people
    assert not labelled(extractor, text, "ORG")
