import pytest

from factx.extract.entities import RawMention, name_key, weak_person_keys
from factx.extract.referents import (
    named_with_honorific,
    plural_groups,
    refer_back,
    teams_by_pronoun,
)


def built(text, spans):
    return [RawMention(text[s:e], s, e, label, 0, 1, False) for s, e, label in spans]


def referred(text, *spans):
    """The cues refer_back sets on mentions (start, end, label) of `text`."""
    mentions = built(text, spans)
    refer_back(text, mentions, weak_person_keys(mentions), name_key)
    return [m.cue for m in mentions]


def cues(text, *names):
    """The cues refer_back sets on the first mention of each name, tagged PERSON, in `text`."""
    starts = sorted((text.index(name), name) for name in names)
    found = referred(text, *((s, s + len(name), "PERSON") for s, name in starts))
    return {name: cue for (_, name), cue in zip(starts, found, strict=True)}


def test_a_name_the_article_calls_it_is_no_person():
    text = "Highfield said that it intends to take the firm private."
    assert cues(text, "Highfield") == {"Highfield": "ORG"}
    assert cues("Acpo made its call on Monday.", "Acpo") == {"Acpo": "ORG"}


def test_it_that_is_no_ones_shows_nothing():
    # "said it was", "it'll": "it" most often stands for no name after these.
    assert cues("Wilson said it was a good day.", "Wilson") == {"Wilson": ""}
    assert cues("We will go to Wilson and it'll give us a boost.", "Wilson") == {"Wilson": ""}


def test_any_person_evidence_keeps_a_person():
    # "Mr Wilson", or "his" after one of its mentions, outweighs an "its" after another.
    assert cues("Mr Wilson said its plans were good.", "Wilson") == {"Wilson": ""}
    text = "Wilson said his team was ready. Wilson said its plans were good."
    assert referred(text, (0, 6, "PERSON"), (32, 38, "PERSON")) == ["", ""]


def test_only_the_next_pronoun_before_another_name_counts():
    # The pronoun after another name is that name's; a sentence's end stops the search.
    assert cues("Wilson told Acme its plans were good.", "Wilson", "Acme") == {
        "Wilson": "",
        "Acme": "ORG",
    }
    assert cues("Wilson left. Its plans were good.", "Wilson") == {"Wilson": ""}


def test_a_word_of_a_full_name_is_no_candidate():
    # "Mark McClelland had been in the band since its formation": a person named in full.
    text = "Mark McClelland had been in the band since its formation."
    assert cues(text, "Mark McClelland") == {"Mark McClelland": ""}


def test_a_name_the_model_also_tags_otherwise_is_left_alone():
    # "from Longyear, has asked to be left alone with its grief": the comma ends the search,
    # and a name the model tags a place elsewhere is no candidate.
    text = "a short ride from Longyear, has asked to be left with its grief."
    assert cues(text, "Longyear") == {"Longyear": ""}
    text = "Longyear is a town. Longyear made its name in mining."
    assert referred(text, (0, 8, "LOC"), (20, 28, "PERSON")) == ["", ""]


def groups(text, *spans):
    mentions = built(text, spans)
    plural_groups(text, mentions, name_key)
    return [m.cue for m in mentions]


def test_a_plural_name_after_the_is_a_group():
    # "Lib Dems" PERSON, and "The Lib Dems' sums" the model tags otherwise: a party.
    text = "Lib Dems policy. The Lib Dems' sums"
    assert groups(text, (0, 8, "PERSON"), (21, 29, "WORK_OF_ART")) == ["NORP", "NORP"]
    # Never after "the", one word ("the Elvis song"), or a place elsewhere: unchanged.
    assert groups("Lib Dems policy. Lib Dems sums", (0, 8, "PERSON")) == [""]
    assert groups("the Elvis song", (4, 9, "PERSON")) == [""]
    text = "the West Midlands club. West Midlands"
    assert groups(text, (4, 17, "PERSON"), (24, 37, "LOC")) == ["", ""]


def test_a_plural_after_the_that_is_no_people_is_a_band_or_a_body():
    # "the Rolling Stones" PERSON: no nationality, faith or party by its words, so no NORP.
    text = "He toured with the Rolling Stones in May."
    assert groups(text, (19, 33, "PERSON")) == ["ORG"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A pronoun after a possessive is the possessed thing's.
        ("President Yudhoyono's government said it wants to curb subsidies.", "Yudhoyono", ""),
        # One far after a name is the clause's subject's.
        ("BMW makes 200,000 Mini models a year at its vast factory.", "Mini", ""),
        # A thing with a maker is a product.
        ("the anti-depressant Prozac from its maker, Eli Lilly.", "Prozac", "PRODUCT"),
    ],
)
def test_what_the_next_pronoun_shows(text, name, expected):
    assert cues(text, name) == {name: expected}


@pytest.mark.parametrize(
    ("surname", "named"),
    [
        ("Davies", True),  # "said Mr Davies"
        ("Kelly", True),  # "Ms. Kelly", with a full stop
        ("Smith", True),  # "Mr Mr Smith": the second honorific counts too
        ("O'Brien-Jones", True),
        ("Smiths", False),  # only the whole word after the honorific
        ("Lee", False),  # "Prof Lee-Potter" names Lee-Potter
        ("Jr.", True),  # a surname of other characters is searched for as it is
        ("Dunn", False),  # "Mrdunn" is no honorific
    ],
)
def test_named_with_honorific(surname: str, named: bool) -> None:
    text = (
        "He spoke, said Mr Davies. Ms. Kelly agreed with Mr Mr Smith and Dr O'Brien-Jones; "
        "Prof Lee-Potter and Mr Jr. left. Mrdunn stayed."
    )
    assert named_with_honorific(text, surname) is named


def team_cues(text, named, teams=("Chelsea",)):
    """The cues teams_by_pronoun sets on the mentions (name, label) of `text`, where the first
    mention of each of `teams` already has a TEAM cue (the article is a sports report)."""
    spans = []
    for name, label in named:
        start = text.index(name, spans[-1][1] if spans else 0)
        spans.append((start, start + len(name), label))
    mentions = built(text, spans)
    for m in mentions:
        m.cue = "TEAM" if m.text in teams else ""
    teams_by_pronoun(text, mentions, name_key, {"scotland", "french"}.__contains__)
    return [m.cue for m in mentions if m.text not in teams]


def test_a_place_the_article_calls_they_is_a_team():
    # British news writes a side in the plural: "Newcastle expressing their interest".
    text = "Chelsea won. Newcastle expressing their interest, Owen may return."
    assert team_cues(text, [("Chelsea", "ORG"), ("Newcastle", "GPE")]) == ["TEAM"]
    text = "Chelsea lost. Celtic had won their last six meetings."
    assert team_cues(text, [("Chelsea", "ORG"), ("Celtic", "ORG")]) == ["TEAM"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # A town is "it"; a clause's end, another name or a far pronoun stop the search.
        ("Chelsea won. Leeds and its council agreed.", [("Chelsea", "ORG"), ("Leeds", "GPE")]),
        ("Chelsea won. In Leeds, they agreed.", [("Chelsea", "ORG"), ("Leeds", "GPE")]),
        (
            "Chelsea won. Leeds met Smith and their talks went on.",
            [("Chelsea", "ORG"), ("Leeds", "GPE"), ("Smith", "PERSON")],
        ),
        (
            "Chelsea won. Leeds is a city where many say their",
            [("Chelsea", "ORG"), ("Leeds", "GPE")],
        ),
        # A name after a preposition or a result's verb is an object: "their" is the subject's.
        (
            "Chelsea won. The Italians travel to Edinburgh hoping to claim their first win.",
            [("Chelsea", "ORG"), ("Edinburgh", "GPE")],
        ),
        # A player named in full is no side: "He has beaten Santoro in five of their".
        (
            "Chelsea won. Fabrice Santoro lost. Santoro and their coach.",
            [("Chelsea", "ORG"), ("Fabrice Santoro", "PERSON"), ("Santoro", "GPE")],
        ),
        # A nation or a people stays one; a people's adjective is no side.
        ("Chelsea won. Scotland have won their games.", [("Chelsea", "ORG"), ("Scotland", "GPE")]),
        ("Chelsea won. European clubs and their fans.", [("Chelsea", "ORG"), ("European", "NORP")]),
    ],
)
def test_no_team_without_they_after_a_place(text, named):
    assert set(team_cues(text, named)) == {""}


def test_no_team_outside_a_sports_report():
    text = "Newcastle expressing their interest in the plan."
    assert team_cues(text, [("Newcastle", "GPE")], teams=()) == [""]
