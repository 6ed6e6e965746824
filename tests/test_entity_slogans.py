"""A slogan "X, Not Y" before its kind word is one name (factx.extract.entity_slogans)."""


def entities(extractor, text):
    record = extractor.extract_text(text)
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def test_a_slogan_before_its_campaign_is_whole_over_its_comma(extractor):
    text = (
        "The firm's Buy Local, Not Global campaign began in May. Through the Buy Local, Not "
        "Global website, users could sign up."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[1] == "Buy Local, Not Global"]
    assert not [e for e in found if e[1] == "Buy Local"]


def test_a_name_before_a_comma_and_not_with_no_kind_word_stays():
    import re

    from factx.extract.entity_slogans import _rest

    text = "It backed Leeds, Not Hull fans said, and"
    assert _rest().match(text, len("It backed Leeds")) is None
    assert re.fullmatch(", Not War", _rest().match("Make Tea, Not War campaign", 8).group())


def test_a_slogan_named_whole_grows_its_other_mentions(extractor):
    text = (
        "The firm's Buy Local, Not Global campaign began in May. Critics said the Buy Local, "
        "Not Global effort failed."
    )
    found = entities(extractor, text)
    assert ("WORK_OF_ART", "Buy Local, Not Global",
            ["Buy Local, Not Global", "the Buy Local, Not Global"]) in found  # fmt: skip
