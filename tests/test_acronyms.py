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


def test_a_short_form_before_its_name_in_brackets_joins_it():
    # "The FOMC (Federal Open Market Committee)": the short form first, the model's name after.
    text = "The ECB ( European Central Bank ) met. Later the ECB held rates."
    full = "European Central Bank"
    name = mention(full, "ORG", text.index(full))
    mentions, keys = with_short_forms(text, [name])
    assert [m.text for m in mentions] == ["ECB", full]
    [group] = cluster(mentions, keys)
    assert group.name("ORG") == full
    # A bracket that does not close right after the name introduces nothing.
    text = "The ECB (the European Central Bank and others) met."
    name = mention(full, "ORG", text.index(full))
    assert [m.text for m in with_short_forms(text, [name])[0]] == [full]


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


def test_a_short_form_written_without_brackets_joins_the_one_name_it_abbreviates():
    text = "Association of Chief Police Officers president Chris Fox spoke. Acpo made its call."
    name = mention("Association of Chief Police Officers", "ORG", 0)
    fox = mention("Chris Fox", "PERSON", text.index("Chris"))
    short = mention("Acpo", "PERSON", text.index("Acpo"))
    mentions, keys = with_short_forms(text, [name, fox, short])
    assert keys == {"acpo": "association of chief police officers"}
    assert [len(g.mentions) for g in cluster(mentions, keys)] == [2, 1]
    # Two names of the same initials: the short form is neither's.
    text = "General Motors and Grand Metropolitan fell. GM rose."
    named = [mention("General Motors", "ORG", 0), mention("Grand Metropolitan", "ORG", 19),
             mention("GM", "ORG", text.index("GM"))]  # fmt: skip
    assert with_short_forms(text, named)[1] == {}
    # A short form with the article it is read with: "the WTO" is the World Trade Organization's.
    text = "a negotiator at the World Trade Organization, sees it. Talks under the WTO failed."
    named = [mention("the World Trade Organization", "ORG", text.index("the World")),
             mention("the WTO", "ORG", text.index("the WTO"))]  # fmt: skip
    assert with_short_forms(text, named)[1] == {"wto": "world trade organization"}
    # A country's short name is the country's, whatever else its letters spell.
    text = "goods shipped to the US cost more, said Tom Ray of UBS Securities."
    named = [mention("the US", "GPE", text.index("the US")),
             mention("UBS Securities", "ORG", text.index("UBS"))]  # fmt: skip
    assert with_short_forms(text, named)[1] == {}
    # An "&" joins words, not a person's initials: "R&B" is the music, not the singer.
    text = "soul singer Rhian Benson won. She said R&B was in good health."
    named = [mention("Rhian Benson", "PERSON", text.index("Rhian")),
             mention("R&B", "ORG", text.index("R&B"))]  # fmt: skip
    assert with_short_forms(text, named)[1] == {}
    # Initials read as a place are no person's; read as a body, they are a body's the article
    # names with them; alone beside a person, they may be his nickname.
    text = "Dara Cole said officials in Washington, DC, met."
    named = [mention("Dara Cole", "PERSON", 0), mention("DC", "GPE", text.index("DC"))]
    assert with_short_forms(text, named)[1] == {}
    text = "Tariq Lane said Trans Lux lost to TL, which TL denied."
    named = [mention("Tariq Lane", "PERSON", 0), mention("Trans Lux", "ORG", 16),
             mention("TL", "ORG", text.index("TL"))]  # fmt: skip
    assert with_short_forms(text, named)[1] == {"tl": "trans lux"}
    text = "DJ duo TL and Joel spoke. TL, also known as Tariq Lane, said so."
    named = [mention("TL", "ORG", 7), mention("Tariq Lane", "PERSON", text.index("Tariq"))]
    assert with_short_forms(text, named)[1] == {"tl": "tariq lane"}
