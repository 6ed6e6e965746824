"""Round r30-titles2: works in a maker's credits ("has also worked on", "films have included"),
and a title cut at its possessive with capitalised words before the model's head."""

from builders import cue_at, raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_works import possessive_titles

CREDITS = ("work in a maker's credits", "WORK_OF_ART")


def test_a_name_after_worked_on_or_films_have_included_is_a_work():
    text = "Sound editor Ruth Dale, who has also worked on Alfie and Kes, is nominated."
    assert cue_at(text, "Alfie", "PERSON") == CREDITS
    assert cue_at(text, "Kes", "ORG") == CREDITS  # joined to the first, after "and"
    text = "Her previous films have included Gandhi, and she is up for an award."
    assert cue_at(text, "Gandhi", "PERSON") == CREDITS
    text = "His credits include Brassed Off and his books have also included Matilda."
    assert cue_at(text, "Matilda", "PERSON") == CREDITS


def test_a_name_before_a_noun_or_a_possessive_one_is_no_work():
    # "worked on Apple software": the name describes the noun; "Jo Black's campaign": an owner.
    text = "He has worked on Apple software for years."
    assert cue_at(text, "Apple", "ORG") != CREDITS
    text = "She had worked on Jo Black's campaign."
    assert cue_at(text, "Jo Black", "PERSON") != CREDITS


def owned(text, named):
    mentions = raw_mentions(text, named)
    return [(m.text, m.label) for m in possessive_titles(text, mentions, [], name_key)]


def test_a_possessive_title_in_a_maker_s_credits_is_one_work():
    # The model splits such a title at its "'s" and reads its parts as people or places.
    text = "The designer, who has also worked on Harry Brown's Wedding and Alfie, is up."
    named = [("Harry Brown", "PERSON"), ("Wedding", "GPE"), ("Alfie", "PERSON")]
    assert owned(text, named) == [
        ("Harry Brown's Wedding", "WORK_OF_ART"),
        ("Alfie", "PERSON"),  # the cue's own job, later
    ]


def test_a_possessive_title_grows_back_over_capitals_the_model_left_out():
    text = "Her previous films have included Captain Nemo's Island and Gandhi."
    named = [("Nemo", "PERSON"), ("Island", "PERSON"), ("Gandhi", "WORK_OF_ART")]
    assert owned(text, named) == [
        ("Captain Nemo's Island", "WORK_OF_ART"),
        ("Gandhi", "WORK_OF_ART"),
    ]
    # Not after a sentence's end, and only where the cue stands before the grown title.
    text = "It rained. Captain Nemo's Island was shown on the film channel."
    named = [("Nemo", "PERSON"), ("Island", "PERSON")]
    assert owned(text, named) == named


MADE = ("work made by its maker", "WORK_OF_ART")


def test_a_name_made_by_or_the_work_of_a_maker_is_a_work():
    text = "It won. Moth was made by former actor Ed Pryce while Tin Drummer is the work of Al Roy."
    assert cue_at(text, "Moth", "PERSON") == MADE
    assert cue_at(text, "Tin Drummer", "PERSON") == MADE
    # A person's name opening with a common first name stays a person ("was made by" a
    # club's offer, say).
    text = "Then David Lee was made by Sam Cole into a star."
    assert cue_at(text, "David Lee", "PERSON") != MADE
