"""A franchise the model reads as a person, told from a director or a star by its frame and by
the article's other mentions of the name (round r25-titles)."""

from builders import raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_franchises import franchises


def cues(text, named):
    mentions = raw_mentions(text, named)
    franchises(text, mentions, name_key)
    return [(m.text, m.cue) for m in mentions]


def test_a_franchise_before_its_kind_in_the_plural_or_counted_is_a_work():
    text = "She plays Kay in the Peter Quill films and will direct the third Peter Quill film."
    named = [("Peter Quill", "PERSON"), ("Peter Quill", "PERSON")]
    assert cues(text, named) == [("Peter Quill", "WORK_OF_ART"), ("Peter Quill", "WORK_OF_ART")]


def test_a_director_or_star_before_a_film_stays_a_person():
    # One film with no count: a director's ("the Mike Leigh film") as often as a franchise's.
    text = "her performance in the Mike Leigh film, and the latest Ann Cole film"
    named = [("Mike Leigh", "PERSON"), ("Ann Cole", "PERSON")]
    assert cues(text, named) == [("Mike Leigh", ""), ("Ann Cole", "")]
    # Counted, but the article writes the name as a person's elsewhere.
    text = "The comedy, starring Tom Rix, is the ninth Tom Rix film to do so. Rix said he was glad."
    named = [("Tom Rix", "PERSON"), ("Tom Rix", "PERSON"), ("Rix", "PERSON")]
    assert cues(text, named) == [("Tom Rix", ""), ("Tom Rix", ""), ("Rix", "")]
    # A name the model read as a firm is left to its cues.
    text = "the Grey Tide films"
    assert cues(text, [("Grey Tide", "ORG")]) == [("Grey Tide", "")]


def test_a_hero_named_by_his_first_name_alone_stays_a_person():
    text = "the third Peter Quill film. Only Peter can save the ship in the first Quill film."
    named = [("Peter Quill", "PERSON"), ("Peter", "PERSON"), ("Quill", "PERSON")]
    assert cues(text, named) == [("Peter Quill", ""), ("Peter", ""), ("Quill", "")]
