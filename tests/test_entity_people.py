"""People the model took for firms, shown by "he" or "she" after their name."""

from builders import raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_people import people_by_pronoun


def cues(text, named):
    mentions = raw_mentions(text, named)
    people_by_pronoun(text, mentions, name_key, lambda key: key == "france")
    return [m.cue for m in mentions]


def test_a_name_followed_by_he_is_a_person():
    text = "Number eight Imanol Harinordoquy has shaken off his shoulder injury."
    assert cues(text, [("Imanol Harinordoquy", "ORG")]) == ["PERSON"]


def test_a_name_followed_by_its_is_no_person():
    text = "Keanu Reeves said he was happy. Keanu Reeves lost its lead, he said."
    named = [("Keanu Reeves", "ORG"), ("Keanu Reeves", "ORG")]
    assert cues(text, named) == ["", ""]


def test_a_name_with_a_cue_or_a_kind_word_stays():
    text = "Shares in Harvey Nichols rose as he spoke. Glasgow Academy said he would."
    mentions = raw_mentions(text, [("Harvey Nichols", "ORG"), ("Glasgow Academy", "ORG")])
    mentions[0].cue = "ORG"
    people_by_pronoun(text, mentions, name_key, lambda key: False)
    assert [m.cue for m in mentions] == ["ORG", ""]
