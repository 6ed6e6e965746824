"""Names that open with one capital letter, cut at it by the model, made whole."""

from builders import raw_mentions

from factx.extract.entity_letter_names import letter_names


def grown(text, named):
    return [(m.text, m.label) for m in letter_names(text, raw_mentions(text, named))]


def test_a_lone_capital_before_a_name_is_its_first_word():
    text = 'The T Review said so. Sales fell in S Korea. She played the "V Stage" at the E Street.'
    named = [("Review", "ORG"), ("Korea", "GPE"), ("V Stage", "FAC"), ("Street", "FAC")]
    assert grown(text, named) == [
        ("T Review", "ORG"),
        ("S Korea", "GPE"),
        ("V Stage", "FAC"),
        ("E Street", "FAC"),
    ]


def test_a_sentence_before_the_letter_ends_with_its_stop():
    text = "It followed Blue Hours. Q Review also praised the runners-up."
    named = [("Blue Hours", "WORK_OF_ART"), ("Review", "ORG")]
    assert grown(text, named)[1] == ("Q Review", "ORG")


def test_initials_words_and_people_stay_apart():
    # A middle initial after a capitalised word, "A" and "I" (words), a letter inside another
    # mention, and a surname the model tagged PERSON after an initial ("J Worsley").
    text = (
        "President John W Tarrant spoke. A Review came out. I Korea is no name. "
        "Tries: J Worsley. The Plan B Films deal."
    )
    named = [
        ("W Tarrant", "ORG"),
        ("Review", "ORG"),
        ("Korea", "GPE"),
        ("Worsley", "PERSON"),
        ("Plan B", "ORG"),
        ("Films", "ORG"),
    ]
    assert grown(text, named) == [
        ("W Tarrant", "ORG"),
        ("Review", "ORG"),
        ("Korea", "GPE"),
        ("Worsley", "PERSON"),
        ("Plan B", "ORG"),
        ("Films", "ORG"),
    ]
