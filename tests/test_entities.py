from factx.extract.entities import (
    RawMention,
    cluster,
    entity_id,
    name_key,
    repair,
    weak_person_keys,
)


def mention(text, label, start=0, headline=False):
    return RawMention(text, start, start + len(text), label, 0, 1, headline)


def test_name_key_aliases():
    assert name_key("the United States") == name_key("US") == name_key("U.S.") == "us"
    assert name_key("Oracle Corporation") == name_key("Oracle") == "oracle"
    assert name_key("Mr Trump") == "trump"
    assert name_key("the European Union") == name_key("EU")


def test_repair():
    text = "The Oracle’s servers and Kuip/ here"
    assert text[slice(*repair(text, 0, 12))] == "Oracle"
    assert text[slice(*repair(text, 25, 30))] == "Kuip"


def test_surname_joins_full_name():
    groups = cluster([mention("Donald Trump", "PERSON"), mention("Trump", "ORG", 50)])
    assert len(groups) == 1
    assert groups[0].name() == "Donald Trump"
    assert groups[0].label(set()) == "PERSON"


def test_company_tagged_person_becomes_org():
    mentions = [
        mention("Oracle", "PERSON", 10),
        mention("Oracle", "PERSON", 20),
        mention("Oracle", "ORG", 30),
        mention("Oracle", "NORP", 40),
    ]
    weak = weak_person_keys(mentions)
    assert weak == {"oracle"}
    assert cluster(mentions)[0].label(weak) == "ORG"


def test_entity_id_is_stable():
    assert entity_id("oracle") == entity_id(name_key("Oracle Corp."))
    assert entity_id("oracle") != entity_id("tiktok")
