"""Round r48b-ents: shows, films, prizes and acts in entertainment stories. A trade fair named by
its trade's word ("Film Market", "Book Fair") is an event, not a building or a body; a one-word
name after the lower-case "character" is a person."""

from entity_reading import mention_labels


def test_a_trade_fair_by_its_trades_word_is_an_event(extractor):
    # Seed 159's shape ("the European Film Market that runs alongside it" FAC), the even half's
    # "the festival's sister event, the Bangkok Film Market" FAC and the odd half's "at the
    # London Book Fair" ORG; sentences of my own.
    found = mention_labels(
        extractor,
        "Festival opens\n\nSome 200 films will be shown at the American Film Market that runs"
        " alongside it.",
    )
    assert ("the American Film Market", "EVENT") in found
    assert ("the American Film Market", "FAC") not in found
    fair = mention_labels(
        extractor,
        "Book prize\n\nThe prize will be handed out at the London Book Fair on 14 March.",
    )
    assert ("the London Book Fair", "EVENT") in fair


def test_a_market_with_no_trades_word_stays_a_place(extractor):
    found = mention_labels(
        extractor,
        "Traders angry\n\nStallholders at Camden Market said rents had doubled. The Corn Market"
        " was shut.",
    )
    assert ("Camden Market", "EVENT") not in found
    assert ("Corn Market", "EVENT") not in found


def test_one_word_after_the_noun_character_is_a_person(extractor):
    # Seed 162's shape ("when character Dot confided in Den Watts", `Dot` ORG, as at seeds 89
    # and 157); a sentence of my own.
    found = mention_labels(
        extractor,
        "Soap wins poll\n\nLong-running soap Coronation Street won the title when character Dot"
        " confided in Phil Mitchell that she was unwell.",
    )
    assert ("Dot", "PERSON") in found
    assert ("Dot", "ORG") not in found


def test_a_place_after_the_character_of_stays_a_place(extractor):
    found = mention_labels(
        extractor,
        "City changes\n\nThe character of Paris has changed, and character actor Tim Spall"
        " says so.",
    )
    assert ("Paris", "GPE") in found
    assert ("Tim Spall", "PERSON") in found


def test_a_title_after_a_channels_kind_word_is_its_programme(extractor):
    # Seed 160's shape ("Fox's boxing show The Next Great Champ had been hurriedly produced",
    # `Next Great Champ` ORG); a sentence of my own.
    found = mention_labels(
        extractor,
        "Networks row\n\nThe NBC network claimed that Fox's boxing show The Next Great Champ had"
        " been hurriedly produced.",
    )
    assert ("The Next Great Champ", "WORK_OF_ART") in found
    assert not any(label == "ORG" and "Champ" in text for text, label in found)


def test_a_channels_own_words_after_its_possessive_stay(extractor):
    found = mention_labels(
        extractor,
        "Schedules\n\nITV1's Saturday morning children's show was axed, and the BBC's World"
        " Service said so.",
    )
    assert not any(label == "WORK_OF_ART" for _, label in found)


def test_a_prize_after_the_prize_of_is_a_work(extractor):
    # Seed 162's shape ("She then went on to take the overall prize of Golden TV Moment.",
    # `Golden TV Moment` ORG, as at seeds 89 and 157); sentences of my own.
    found = mention_labels(
        extractor, "Poll\n\nShe won the overall title of Golden Radio Moment on Friday."
    )
    assert ("Golden Radio Moment", "WORK_OF_ART") in found
    other = mention_labels(extractor, "Poll\n\nHe took the overall award of Best TV Moment.")
    assert ("Best TV Moment", "WORK_OF_ART") in other


def test_a_peers_title_and_a_bodys_award_stay(extractor):
    peer = mention_labels(
        extractor, "Peers\n\nHe was given the title of Lord Falconer of Thoroton."
    )
    assert not any(label == "WORK_OF_ART" for _, label in peer)
    body = mention_labels(
        extractor, "Science\n\nThe award of the Royal Society went to Dr Jane Smith."
    )
    assert ("the Royal Society", "ORG") in body or ("Royal Society", "ORG") in body


def test_a_plural_nickname_in_quotes_after_so_called_is_a_group(extractor):
    # Seed 158's shape ('one of the so-called "Blair Babes" elected in 1997', WORK_OF_ART, as at
    # seed 39); sentences of my own.
    found = mention_labels(
        extractor,
        'Women MPs\n\nJane Smith, one of the so-called "Blair Babes" elected in 1997, told the'
        " conference she would stand down.",
    )
    assert ("Blair Babes", "NORP") in found
    assert ("Blair Babes", "WORK_OF_ART") not in found
    three = mention_labels(
        extractor, 'Riots\n\nThe so-called "Tottenham Three" were freed on appeal.'
    )
    assert not any(label == "WORK_OF_ART" for _, label in three)


def test_a_quoted_name_before_a_things_noun_stays(extractor):
    found = mention_labels(
        extractor,
        'Campaign\n\nThe party withdrew its so-called "Fagin" posters after complaints.',
    )
    assert not any(label == "NORP" for _, label in found)
