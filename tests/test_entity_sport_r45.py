"""Round r45-sport: a side's role or a praise word opening a sentence before a surname, a
player named by his side's nickname in the singular, and a sport's governing body named
"<Sport> <Country>"."""

from entity_reading import mention_labels


def test_praise_word_before_a_surname_is_no_word_of_the_name(extractor):
    # Seed 135's sport/217 shape: `Matchwinner Keane` PERSON at the base.
    found = mention_labels(
        extractor, "Football\n\nArsenal won 2-0. Matchwinner Henry was full of praise for Pires."
    )
    assert ("Henry", "PERSON") in found
    assert ("Matchwinner Henry", "PERSON") not in found


def test_sides_roles_before_a_surname_leave_the_person(extractor):
    # "Boss Mourinho" and "Hooker Thompson" ORG at the base.
    found = mention_labels(
        extractor,
        "Sport\n\nChelsea won 2-0 at home. Boss Mourinho was pleased. Wales beat France."
        " Hooker Thompson scored a try.",
    )
    assert ("Mourinho", "PERSON") in found
    assert ("Thompson", "PERSON") in found
    assert not any(text.startswith(("Boss ", "Hooker ")) for text, _ in found)


def test_a_role_word_the_article_capitalises_inside_stays(extractor):
    # What the rule leaves alone: "Boss" is a name's own word where the article writes it
    # with its capital inside a sentence too (the guard of the callings' rule).
    found = mention_labels(
        extractor, "Fashion\n\nSales at Hugo Boss rose. Boss Orange sold well in Germany."
    )
    assert ("Boss Orange", "ORG") in found
    assert ("Orange", "PERSON") not in found


def test_a_side_member_by_its_singular_nickname_is_norp(extractor):
    # Seed 138's sport/367 shape: `The All Black` WORK_OF_ART, `The Wallaby` PRODUCT at the base.
    found = mention_labels(
        extractor,
        "Rugby\n\nHis last game is against a side captained by New Zealand winger Jonah Lomu."
        " The All Black is aiming to return to action. Australia winger Lote Tuqiri plays too."
        " The Wallaby is fit again.",
    )
    assert ("The All Black", "NORP") in found
    assert ("The Wallaby", "NORP") in found


def test_a_missed_side_member_and_the_player_after_it(extractor):
    # The even half's sport/382 shape: both missed at the base.
    found = mention_labels(
        extractor,
        "Rugby\n\nThe visitors never looked like winning. All Black Aaron Mauger was in good"
        " form with the boot.",
    )
    assert ("All Black", "NORP") in found
    assert ("Aaron Mauger", "PERSON") in found


def test_a_missed_side_nickname_before_a_sides_noun(extractor):
    # The even half's sport/366 shape: missed at the base; before "star", the side, ORG.
    found = mention_labels(
        extractor, "Rugby\n\nFormer All Black star Jonah Lomu says he cannot wait to play."
    )
    assert ("All Black", "ORG") in found


def test_a_side_nickname_before_a_sides_noun_names_the_side(extractor):
    # CoNLL-2003's convention and the house's "England captain": before a noun of the side's
    # the singular nickname is the side, ORG ("Springbok" PERSON at the base).
    found = mention_labels(
        extractor,
        "Rugby\n\nSpringbok scrum-half Joost van der Westhuizen was injured. Joubert kicked a"
        " penalty before All Black hooker Sean Fitzpatrick scored.",
    )
    assert ("Springbok", "ORG") in found
    assert ("All Black", "ORG") in found
    assert not any(label == "NORP" for _, label in found)


def test_the_sides_plural_and_longer_names_are_left_alone(extractor):
    # What the rule leaves alone: the side itself ("the All Blacks", ORG) and a longer name
    # the singular word opens ("Springbok Radio").
    found = mention_labels(
        extractor,
        "Rugby\n\nThe All Blacks won 23-11. A Springbok Radio presenter said it was a fine game.",
    )
    assert ("The All Blacks", "ORG") in found
    assert not any(label == "NORP" for _, label in found)


def test_sport_body_by_its_sport_and_country(extractor):
    # Seed 137's sport/021 shape: `Kenya` GPE cut; "Swimming Australia" gives `Australia` GPE.
    found = mention_labels(
        extractor,
        "Athletics\n\nSwimming Australia confirmed the team. Athletics Kenya (AK) issued the"
        " ban after Kiprop failed to turn up. Athletics Ireland said the runner would appeal.",
    )
    assert ("Swimming Australia", "ORG") in found
    assert ("Athletics Kenya", "ORG") in found
    assert ("Athletics Ireland", "ORG") in found
    assert ("Australia", "GPE") not in found
    assert ("Kenya", "GPE") not in found


def test_a_sport_word_in_a_longer_name_or_after_a_colon_is_left_alone(extractor):
    # What the rule leaves alone: an event's name the sport's word is inside, a country after
    # a heading's colon, and a country after a lower-case sport.
    found = mention_labels(
        extractor,
        "Athletics\n\nThe World Athletics Championships start in August. Tennis: Australia beat"
        " Spain in the Davis Cup. He played golf in Ireland.",
    )
    assert ("Australia", "GPE") in found
    assert ("Ireland", "GPE") in found
    assert not any(label == "ORG" and "Athletics" in text for text, label in found)
