"""Two names the model glued at a possessive ("Pires's Arsenal"), parted where each is a name."""

from builders import raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_possessives import possessives_parted


def parted(text, named):
    return [(m.text, m.label) for m in possessives_parted(raw_mentions(text, named), name_key)]


def test_a_player_glued_to_his_club_is_the_player_and_the_club():
    # "Pires" is the surname of a person named in full; a person owns no ORG's name.
    text = "Robert Pires said it. The pass went to Pires's Arsenal team-mate."
    named = [("Robert Pires", "PERSON"), ("Pires's Arsenal", "ORG")]
    assert parted(text, named) == [
        ("Robert Pires", "PERSON"),
        ("Pires", "PERSON"),
        ("Arsenal", "ORG"),
    ]


def test_a_club_glued_to_its_player_is_the_club_and_the_player():
    text = "Lazio lost. He fouled Lazio's Marco Rossi."
    named = [("Lazio", "ORG"), ("Lazio's Marco Rossi", "ORG")]
    assert parted(text, named) == [("Lazio", "ORG"), ("Lazio", "ORG"), ("Marco Rossi", "PERSON")]


def test_a_firm_named_with_its_s_or_a_kind_word_stays_whole():
    # "Hobson's" is the firm's own name; "Bank" ends a firm named after a person.
    text = "Hobson's said sales rose. It sells Hobson's Cider. Lord Tate opened Tate's Bank."
    named = [("Hobson's", "ORG"), ("Hobson's Cider", "ORG"), ("Lord Tate", "PERSON"),
             ("Tate's Bank", "ORG")]  # fmt: skip
    assert parted(text, named) == [
        ("Hobson's", "ORG"),
        ("Hobson's Cider", "ORG"),
        ("Lord Tate", "PERSON"),
        ("Tate's Bank", "ORG"),
    ]


def test_an_authors_title_is_no_persons_person():
    # Both sides would be people: a title after its author's name, kept whole.
    text = "Anne Ward wrote it. Judges praised Ward's Mary Lamb."
    named = [("Anne Ward", "PERSON"), ("Ward's Mary Lamb", "ORG")]
    assert parted(text, named)[-1] == ("Ward's Mary Lamb", "ORG")


def test_a_player_named_in_full_after_a_club_the_model_took_for_a_person():
    text = "Leinster won. He joins Leinster's Owen Quinn."
    named = [("Leinster", "PERSON"), ("Leinster's Owen Quinn", "ORG")]
    assert parted(text, named)[1:] == [("Leinster", "PERSON"), ("Owen Quinn", "PERSON")]
