"""Two names the model glued at a possessive ("Pires's Arsenal"), parted where each is a name."""

from builders import raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_possessives import owners_parted, possessives_parted


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


def owned(text, named):
    return [(m.text, m.label) for m in owners_parted(text, raw_mentions(text, named), name_key)]


def test_a_firm_glued_to_its_film_is_the_firm_and_the_film():
    # The work is named alone elsewhere; the owner, of two words, keeps a firm's label.
    text = "They are editing Tarn Pictures' Grey Tide now. Grey Tide was shown uncut."
    named = [("Tarn Pictures' Grey Tide", "ORG"), ("Grey Tide", "ORG")]
    assert owned(text, named)[:2] == [("Tarn Pictures", "ORG"), ("Grey Tide", "ORG")]


def test_a_singer_glued_to_his_album_is_the_singer_and_a_work():
    text = "Lamb sang. Lamb's Blue Hours is at number two."
    named = [("Lamb", "PERSON"), ("Lamb's Blue Hours", "ORG")]
    assert owned(text, named)[1:] == [("Lamb", "PERSON"), ("Blue Hours", "WORK_OF_ART")]


def test_a_firms_part_or_product_after_its_possessive():
    text = "Vexo grew. Vexo's Quill studio and Vexo's Finder search tool."
    named = [("Vexo", "ORG"), ("Vexo's Quill", "ORG"), ("Vexo's Finder", "ORG")]
    assert owned(text, named)[1:] == [
        ("Vexo", "ORG"),
        ("Quill", "ORG"),
        ("Vexo", "ORG"),
        ("Finder", "PRODUCT"),
    ]


def test_titles_with_a_possessive_of_their_own_stay_whole():
    # A cut title head ("Ocean" of "Ocean's Twelve") names no owner; a singular owner with its
    # "The" opens a title; a title going on past the span; a place owns no work; an award or a
    # body's kind word ends the name.
    text = (
        "Dune's Ten beat Dune's Eleven. The Rover sank. The Rover's Tale is read. "
        "Guy said Guy's My Heart Is Mine sold. Wales won. Wales's Big Sing. "
        "Lamb said. Lamb's Gold Award."
    )
    named = [("Dune", "ORG"), ("Dune's Eleven", "PERSON"), ("The Rover", "ORG"),
             ("The Rover's Tale", "ORG"), ("Guy", "PERSON"), ("Guy's My Heart", "ORG"),
             ("Wales", "GPE"), ("Wales's Big Sing", "ORG"), ("Lamb", "PERSON"),
             ("Lamb's Gold Award", "WORK_OF_ART")]  # fmt: skip
    assert owned(text, named) == [(name, label) for name, label in named]
