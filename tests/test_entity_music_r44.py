"""Round r44-music: a song after its act's possessive and before its entry into the chart a
work ("Elvis' Wooden Heart, which entered the chart at number two"), the Brits of a music story
the awards show by its words ("at the Brits", "Brits success"), and a name that won best group
or band a band in every mention."""

from entity_reading import entities, labels, mention_labels

_ENTRIES = (
    "Reissues keep the King in the chart\n\nElvis' Wooden Heart, which entered the chart at"
    " number two, is the sixth in a series of reissues. Kate Bush's Hounds of Love entered the"
    " chart at number eight, while Usher's Caught Up was a new entry at number 12. Madonna's"
    " Frozen Dream, which entered the UK singles chart at No 3, sold well."
)


def test_a_song_before_which_entered_the_chart_is_a_work(extractor):
    # Seed 132's `Wooden Heart` PERSON.
    found = mention_labels(extractor, _ENTRIES)
    assert ("Wooden Heart", "WORK_OF_ART") in found
    assert ("Frozen Dream", "WORK_OF_ART") in found
    assert not any(label == "PERSON" for text, label in found if "Heart" in text)


def test_a_song_before_entered_the_chart_or_a_new_entry_is_a_work(extractor):
    found = mention_labels(extractor, _ENTRIES)
    assert ("Hounds of Love", "WORK_OF_ART") in found
    assert ("Caught Up", "WORK_OF_ART") in found
    assert ("Usher's Caught Up", "ORG") not in found


def test_a_song_before_which_fell_to_a_chart_place_is_a_work(extractor):
    found = mention_labels(
        extractor,
        "Chart news\n\nThe new single went straight to number one, toppling the Chemical"
        " Brothers' Push The Button Down, which fell to number six.",
    )
    assert ("Push The Button Down", "WORK_OF_ART") in found


def test_a_players_ranking_after_his_country_is_no_song(extractor):
    found = mention_labels(
        extractor,
        "Tennis rankings\n\nSpain's Rafael Nadal reached number four in the world this week,"
        " and Britain's Andy Murray entered the top 100 at number 64.",
    )
    assert not any(label == "WORK_OF_ART" for _, label in found)


def test_a_new_entry_on_a_rich_list_is_no_song(extractor):
    found = mention_labels(
        extractor,
        "Young millionaires\n\nTeenage soul singer Joss Stone is a new entry on a list of"
        " Britain's young music millionaires, and Westlife's Nicky Byrne is a new entry on the"
        " same list.",
    )
    assert not any(label == "WORK_OF_ART" for _, label in found)


def test_a_name_entering_a_chart_with_no_possessive_is_left_alone(extractor):
    found = mention_labels(
        extractor,
        "Chart news\n\nThe singer Tom Jones entered the chart at number two last week with an old"
        " song.",
    )
    assert ("Tom Jones", "PERSON") in found


_BRITS = (
    "Brits return Kasabian to number one\n\nBrits success has helped return Coldplay's album"
    " Parachutes back to the top of the UK album chart. The debut album, which took the best"
    " British album title at the Brits on Tuesday, moved up seven places. Also capitalising on"
    " Brits success were the Scissor Sisters."
)


def test_the_brits_of_a_music_story_are_the_awards(extractor):
    # Seed 132's `Brits` NORP (5), in a chart story that never writes "Brit Awards".
    found = entities(extractor, _BRITS)
    assert labels(found, "Brits") == {"EVENT"}


def test_a_brit_nomination_of_a_music_story_is_the_award(extractor):
    found = entities(
        extractor,
        "Singer up for awards\n\nSinger Jamelia had three Brit nominations this year. Her album"
        " Thank You reached number two in the UK chart.",
    )
    # Round r46b-music: the nominations are no part of the prize's name (seed 145's "Brit
    # nominations" EVENT): the short name alone is the awards.
    assert labels(found, "Brit") == {"EVENT"}
    assert not labels(found, "Brit nominations")


def test_brits_outside_a_music_story_or_the_shows_words_are_people(extractor):
    found = entities(
        extractor,
        "Holiday spending\n\nMany Brits abroad spend more on food than at home, a survey says."
        " Brits are the biggest spenders in Spain.",
    )
    assert "EVENT" not in labels(found, "Brits")
    found = entities(
        extractor,
        "Readers on the charts\n\nWe Brits can be so apathetic about the chart and the album"
        " sales of our bands. Brits are too polite.",
    )
    assert "EVENT" not in labels(found, "Brits")


_GROUP = (
    "Brits boost albums\n\nThere was more follow up to Brits success for Franz Ferdinand won best"
    " rock act and best British group last week. Their self-titled album moved from 13 to number"
    " four. Kasabian, who picked up best international band, were also up. Franz Ferdinand will"
    " tour in May.\n\nSinger Joss Stone won best British female, while Jamie Cullum won best"
    " newcomer for his band."
)


def test_a_name_that_won_best_group_is_a_band_in_every_mention(extractor):
    # Seed 132's `Franz Ferdinand` PERSON ("for Franz Ferdinand won best rock act and best
    # British group last week").
    found = entities(extractor, _GROUP)
    assert labels(found, "Franz Ferdinand") == {"ORG"}
    assert labels(found, "Kasabian") == {"ORG"}
    assert [m for _, n, m in found if n == "Franz Ferdinand"] == [
        ["Franz Ferdinand", "Franz Ferdinand"]
    ]


def test_a_singer_who_won_a_singers_prize_stays_a_person(extractor):
    found = entities(extractor, _GROUP)
    assert labels(found, "Joss Stone") == {"PERSON"}
    assert labels(found, "Jamie Cullum") == {"PERSON"}
