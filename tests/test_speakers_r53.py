"""Titles of clergy, the military, the police and royalty name the one person the article gives
them to ("Cardinal Cormac Murphy-O'Connor ... the cardinal said"), as "the chancellor" does."""

from claim_reading import speaker_names


def test_the_cardinal_is_the_one_cardinal_the_article_names(extractor):
    body = (
        "Cardinal Cormac Murphy-O'Connor criticised the war. The cardinal said peace was "
        "possible. He added that the cost was too high."
    )
    assert speaker_names(extractor, body)[1:] == [
        ("The cardinal", "Cormac Murphy-O'Connor"),
        ("He", "Cormac Murphy-O'Connor"),
    ]


def test_the_general_and_the_king_are_the_ones_named_so(extractor):
    body = "General Mike Jackson visited the troops. The general said morale was high."
    assert speaker_names(extractor, body)[-1] == ("The general", "Mike Jackson")
    body = "King Abdullah met the envoy. The king said talks would go on."
    assert speaker_names(extractor, body)[-1] == ("The king", "Abdullah")


def test_a_title_with_a_modifier_is_no_named_persons(extractor):
    # "a Vatican cardinal" is some cardinal, not the one the article named.
    body = (
        "Cardinal Cormac Murphy-O'Connor criticised the war. A Vatican cardinal said it was wrong."
    )
    assert speaker_names(extractor, body)[-1] == ("A Vatican cardinal", None)


def test_a_bishop_named_in_apposition_is_left_to_the_pronouns(extractor):
    # "the Bishop" is not read as a title: the article gives it as "The Bishop of Durham, the Rt
    # Rev Dr Tom Wright", which the title reading does not take, and a title no one holds would
    # take the "he" after it from the bishop it means.
    body = (
        "The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as lousy history. "
        'The Bishop said: "It is fun." "We have evidence," he said.'
    )
    assert speaker_names(extractor, body)[-1] == ("he", "Tom Wright")
