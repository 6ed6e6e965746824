import pytest

from factx.extract.entities import RawMention, name_key, weak_person_keys
from factx.extract.lone_firms import firms_by_evidence


def cues(text, name, label="PERSON", others=()):
    """The cues firms_by_evidence sets on every mention of `name`, tagged `label`, in `text`;
    `others`: other names, tagged PERSON, whose mentions come between."""
    spans = []
    for word in (name, *others):
        start = text.find(word)
        while start >= 0:
            spans.append((start, start + len(word), label if word == name else "PERSON"))
            start = text.find(word, start + 1)
    spans.sort()
    mentions = [RawMention(text[s:e], s, e, lab, 0, 1, False) for s, e, lab in spans]
    firms_by_evidence(text, mentions, weak_person_keys(mentions), name_key)
    return [m.cue for m in mentions if m.text == name]


@pytest.mark.parametrize(
    "text",
    [
        # A bankruptcy in its clause weighs two: one mention says enough.
        "Kestrova sought to halt the sale by applying for bankruptcy in a US court.",
        # Weaker signs add up over the mentions: "its" in its clause, "which", "said it".
        "Talvex, which runs two mines, has cut jobs. Talvex is selling off its smelter.",
        "Talvex bosses met on Monday. The three owners of Talvex were not there.",
        "Ministers backed rival suitor Talvex. Talvex said it had made its final offer.",
        "Ministers backed Brazil's Talvex. Talvex's shareholders agreed.",
        # A country's possessive alone is enough (r31-firms): "Argentina's Enarsa".
        "The pipeline deal was signed on Friday by Norway's Talvex and two banks.",
        # A firm's money and officers (r31-firms): its share price, profits, turnover, finance
        # director, shares in it.
        "Talvex's share price fell after Talvex's finance director quit.",
        "Investors sold shares in Talvex. Talvex's turnover fell by a tenth.",
        "Talvex's profits doubled. Analysts expect Talvex's revenues to grow.",
        # A chart's owner (the lead, round 31): "Billboard's Hot 100 chart", thrice PERSON.
        "The song tops Talvex's Hot 100 chart and Talvex's dance chart this week.",
    ],
)
def test_a_lone_name_the_article_shows_as_a_firm_is_one(text):
    name = "Kestrova" if "Kestrova" in text else "Talvex"
    assert set(cues(text, name)) == {"ORG"}


@pytest.mark.parametrize(
    "text",
    [
        # One weak sign is not enough: a song or a character takes "which" too.
        "The album ends with the track Talvex, which mocks the president.",
        # Any sign of a person keeps the name out, whatever the others say.
        "President Talvex said the firm filed for bankruptcy. Talvex's assets were sold.",
        "Talvex, which runs two mines, has cut jobs. Talvex said he would sell its smelter.",
        "Talvex, who ran two mines, applied for bankruptcy in a US court last year.",
        # A name with an article is a thing: "a Mini" is a car, no firm.
        "He bought a Talvex, which was cheap. Talvex sold its factory in May.",
    ],
)
def test_no_firm_without_enough_evidence_or_with_a_person_s(text):
    assert set(cues(text, "Talvex")) == {""}


def test_a_common_first_name_is_no_firm():
    # "a book by his widow Deborah which forms the basis": the "which" is the book's.
    text = "Deborah, which runs two mines, applied for bankruptcy in May."
    assert set(cues(text, "Deborah")) == {""}


def test_only_lone_names_tagged_person_on_every_mention_change():
    text = "Talvex, which runs two mines, applied for bankruptcy. Talvex cut its costs."
    assert set(cues(text, "Talvex", label="ORG")) == {""}
    # A word of a person's full name is no lone name.
    named = "Anna Talvex runs it. " + text
    mentions = cues(named, "Talvex", others=("Anna Talvex",))
    assert mentions and set(mentions) == {""}


def test_its_after_another_name_is_that_name_s():
    text = "Talvex met Brixo on Monday to sell its mines. Talvex, which was quiet, left."
    assert set(cues(text, "Talvex", others=("Brixo",))) == {""}


@pytest.mark.parametrize(
    "text",
    [
        # A person after a country's possessive is named in full, by an honorific or a pronoun
        # somewhere in the article, even where the model tags no full name (r31-firms).
        "Spain's Talvex won in three sets. The crowd cheered Pablo Talvex all the way.",
        "Spain's Talvex won in three sets. Mr Talvex thanked the crowd.",
        "Spain's Talvex said he was tired after the final.",
    ],
)
def test_a_person_after_a_country_s_possessive_is_no_firm(text):
    assert set(cues(text, "Talvex")) == {""}
