import pytest

from factx.extract.acronyms import abbreviates, introduced
from factx.extract.entities import RawMention, cluster, with_short_forms

DEFRA = "the Department for Environment, Food and Rural Affairs"


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("Defra", DEFRA, True),  # capitalised words only
        ("IAAF", "International Association of Athletics Federations", True),
        ("NATO", "North Atlantic Treaty Organization", True),
        ("DfES", "Department for Education and Skills", True),  # every word
        ("AP", "Associated Press", True),
        ("Reuters", "Thomson Reuters", False),
        ("US", "Apple", False),  # one word has no initials to match
        ("PM", "Tony Blair", False),
    ],
)
def test_abbreviates(short, name, expected):
    assert abbreviates(short, name) is expected


def test_introduced_reads_the_bracket_right_after_a_name():
    text = "the IAAF (IAAF) said and Apple (2004) and Sony ( SCEI )"
    assert text[slice(*introduced(text, 8))] == "IAAF"
    assert introduced(text, text.index(" (2004)")) is None
    assert text[slice(*introduced(text, text.index(" ( SCEI")))] == "SCEI"


def mention(text, label, start):
    return RawMention(text, start, start + len(text), label, 0, 1, False)


def test_a_short_form_joins_the_name_it_abbreviates():
    text = f"{DEFRA} (Defra) said. Defra added."
    name = mention(DEFRA[4:], "ORG", 4)
    later = mention("Defra", "PERSON", text.rindex("Defra"))
    mentions, keys = with_short_forms(text, [name, later])
    # The model missed the bracketed "Defra": it is added, with the name's label to copy.
    assert [m.text for m in mentions] == [DEFRA[4:], "Defra", "Defra"]
    [group] = cluster(mentions, keys)
    assert group.name("ORG") == "Department for Environment, Food and Rural Affairs"
    assert len(group.mentions) == 3
