"""Round r54-sport: a country's initials are never a person, a side's nickname after "the" is
the side (never a product), a full name after a country's possessive before a competitor's verb
is a person (and its bare surname joins it), and "<Town> Indoor Games" is a meeting (BBC sheets
53E and 53H's "Rules these errors suggest"; sentences of my own)."""

from entity_reading import entities, label_by_name, texts_of

from factx.extract.entities import RawMention
from factx.extract.entity_side_nicknames import side_nickname_cues

# A country's initials (the cue row "a country by its initials").


def test_a_countrys_initials_before_a_sides_word_are_the_country(extractor):
    text = (
        "Pavey keen on GB place\n\nJo Pavey wants to be part of the GB team in Madrid, and the "
        "GB team will be named on Monday."
    )
    found = entities(extractor, text)
    assert "PERSON" not in {label for label, name, _ in found if name == "GB"}
    assert label_by_name(extractor, text).get("GB") == "GPE"


def test_initials_inside_a_longer_name_or_a_unit_are_left_alone(extractor):
    text = (
        "Headline\n\nTeam GB won six medals, and UK Athletics praised the squad. "
        "The new player holds 40GB of songs."
    )
    found = label_by_name(extractor, text)
    assert found.get("Team GB") == "ORG"
    assert found.get("UK Athletics") == "ORG"
    assert "GB" not in found


# A side's nickname after "the" in a sport story (`entity_side_nicknames`).


def test_a_sides_nickname_before_its_fans_is_the_side_not_a_product(extractor):
    text = (
        "Zambia host Malawi in regional cup final\n\nZambia meet Malawi in the final of the "
        "regional tournament in Lusaka on Sunday. The Chipolopolo fans have bought every "
        "ticket. The Chipolopolo won the cup twice in the 1990s and scored four goals in the "
        "semi-final."
    )
    assert label_by_name(extractor, text).get("Chipolopolo") == "ORG"


def _person(text, word):
    start = text.rindex(word)
    return RawMention(word, start, start + len(word), "PERSON", 0, 1, False)


def test_a_nickname_outside_a_sport_story_or_a_players_demonym_is_left_alone(extractor):
    music = "U2 played a new song in Dublin. The Edge won praise for his guitar."
    assert side_nickname_cues(music, [_person(music, "Edge")]) == []
    sport = "Bellamy scored in the league match. The Welshman won a penalty too."
    assert side_nickname_cues(sport, [_person(sport, "Welshman")]) == []
    fans = "Paul Rovers scored in the league match. The Rovers fans sang."
    assert side_nickname_cues(fans, [_person(fans, "Rovers")]) == []  # "Paul Rovers": a person
    cup = "The regional tournament final is on Sunday. The Chipolopolo fans sang."
    assert side_nickname_cues(cup, [_person(cup, "Chipolopolo")]) == [0]


# A country's athlete before a competitor's verb (`entity_country_athletes`).


def test_a_full_name_after_a_countrys_possessive_before_set_is_a_person(extractor):
    text = (
        "Headline\n\nEthiopia's Ejegayehu Dibaba set a new world record in winning the "
        "women's 3,000m at the Karlsruhe meeting. Dibaba won in eight minutes 30 seconds."
    )
    found = entities(extractor, text)
    assert [label for label, name, _ in found if name == "Ejegayehu Dibaba"] == ["PERSON"]
    assert texts_of(found, "Ejegayehu Dibaba") == [["Ejegayehu Dibaba", "Dibaba"]]
    other = (
        "Headline\n\nEthiopia's Meselech Melkamu set a new world record in winning the "
        "women's 3,000m at the indoor meeting."
    )
    assert label_by_name(extractor, other).get("Meselech Melkamu") == "PERSON"


def test_a_countrys_place_or_a_firm_after_its_possessive_is_left_alone(extractor):
    text = (
        "Headline\n\nItaly's Lake Garda drew record crowds after the marathon. Japan's Sony "
        "Ericsson said sales rose."
    )
    found = label_by_name(extractor, text)
    assert found.get("Lake Garda") in ("LOC", "GPE")
    assert found.get("Sony Ericsson") == "ORG"


# "<Town> Indoor Games" (the cue row "meeting by its town and Indoor or Outdoor").


def test_a_towns_indoor_games_is_a_meeting(extractor):
    text = (
        "Headline\n\nThe Russian won the women's 1500m at the Glasgow Indoor Games on "
        "Saturday in a world-leading time."
    )
    assert label_by_name(extractor, text).get("Glasgow Indoor Games") == "EVENT"


def test_a_game_firm_ending_in_games_stays_a_firm(extractor):
    text = "Headline\n\nShares in Midway Games rose after the publisher's results."
    found = label_by_name(extractor, text)
    assert found.get("Midway Games") == "ORG"
    assert texts_of(entities(extractor, text), "Midway Games")
