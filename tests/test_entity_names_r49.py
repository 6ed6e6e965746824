"""Round r49c-names: which of two people of one surname a titled surname is. A lone surname
after a title joins the one person the article writes with that title ("President Clinton"
beside "former President Bill Clinton" and "Secretary of State Hillary Clinton"); "Jr." does
not hide a full name's surname from the rule that keeps a shared surname a person of its own;
and a surname under a man's title stays apart from the one full name where the article calls
that person a wife. From the PolNeAR sheets' sections (never their texts), the brief's shapes
and the halves' articles, each tried on sentences of my own."""

from entity_reading import entities, texts_of

from factx.extract.entities import RawMention, cluster


def test_a_titled_surname_joins_the_owner_with_that_title(extractor):
    found = entities(
        extractor,
        "Former President Bill Clinton opened the library in Little Rock on Friday. Secretary of"
        " State Hillary Clinton flew in from Brussels. President Clinton thanked the donors,"
        " and Secretary Clinton talked about the talks in Europe.",
    )
    assert texts_of(found, "Bill Clinton") == [["Bill Clinton", "Clinton"]]
    assert texts_of(found, "Hillary Clinton") == [["Hillary Clinton", "Clinton"]]


def test_a_title_in_apposition_is_the_owners_too(extractor):
    found = entities(
        extractor,
        "Edward Kennedy, the senator from Massachusetts, endorsed the bill. His niece Caroline"
        " Kennedy stayed away. Senator Kennedy said the vote would be close.",
    )
    assert texts_of(found, "Edward Kennedy") == [["Edward Kennedy", "Kennedy"]]
    assert texts_of(found, "Caroline Kennedy") == [["Caroline Kennedy"]]
    # The lone surname's own apposition names the title too.
    lady = entities(
        extractor,
        "Hillary Clinton, the former first lady, spoke in Ohio. Bill Clinton stayed in New"
        " York. Reporters asked whether Clinton, then the first lady, knew of the deal.",
    )
    assert texts_of(lady, "Hillary Clinton") == [["Hillary Clinton", "Clinton"]]


def test_a_title_of_one_sex_no_owner_carries_joins_the_owner_of_that_sex(extractor):
    found = entities(
        extractor,
        "Margaret Thatcher and her husband Denis Thatcher arrived in Dallas on Monday. Lady"
        " Thatcher spoke for an hour about the Cold War.",
    )
    assert texts_of(found, "Margaret Thatcher") == [["Margaret Thatcher", "Thatcher"]]
    assert texts_of(found, "Denis Thatcher") == [["Denis Thatcher"]]


def test_a_title_both_or_neither_owner_carries_is_left_unsure(extractor):
    # Both brothers are senators: "Senator Udall" says not which; nor does "Mr" say which man.
    found = entities(
        extractor,
        "Senator Mark Udall and Senator Tom Udall met the governor. Senator Udall said the"
        " water plan was fair.",
    )
    assert texts_of(found, "Mark Udall") == [["Mark Udall"]]
    assert texts_of(found, "Tom Udall") == [["Tom Udall"]]
    assert texts_of(found, "Udall") == [["Udall"]]


def test_a_surname_beside_a_junior_is_a_person_of_its_own():
    # "Donald Trump Jr." beside "Donald Trump", then "Trump" tagged ORG twice: the surname is
    # shared by two people named in full, a family's, never a firm; "Jr." hid it.
    text = (
        "Eric Walsh Jr. spoke at the dinner. His father, Eric Walsh, stayed home. Walsh said"
        " the vote was close, and Walsh left early."
    )
    mentions = [
        RawMention("Eric Walsh Jr.", 0, 14, "PERSON", 0, 1, False),
        RawMention("Eric Walsh", 48, 58, "PERSON", 1, 1, False),
        RawMention("Walsh", 73, 78, "ORG", 2, 1, False),
        RawMention("Walsh", 108, 113, "ORG", 2, 1, False),
    ]
    assert [text[m.start : m.end] for m in mentions] == [m.text for m in mentions]
    groups = {g.key: g for g in cluster(mentions, text=text)}
    assert sorted(groups) == ["eric walsh", "eric walsh jr", "walsh"]
    assert groups["walsh"].family
    assert groups["walsh"].label(set()) == "PERSON"


def test_a_surname_beside_one_junior_alone_joins_him():
    # Left alone: one full name only, "Jr." or not, takes its lone surname.
    text = "Eric Walsh Jr. spoke at the dinner. Walsh said the vote was close."
    mentions = [
        RawMention("Eric Walsh Jr.", 0, 14, "PERSON", 0, 1, False),
        RawMention("Walsh", 36, 41, "PERSON", 1, 1, False),
    ]
    assert [text[m.start : m.end] for m in mentions] == [m.text for m in mentions]
    assert [len(g.mentions) for g in cluster(mentions, text=text)] == [2]


def test_a_mans_titled_surname_is_not_the_one_wife_named(extractor):
    found = entities(
        extractor,
        "First lady Laura Bush read to the children in Dallas on Monday. President Bush said"
        " he would sign the bill next week.",
    )
    assert texts_of(found, "Laura Bush") == [["Laura Bush"]]
    assert texts_of(found, "Bush") == [["Bush"]]
    # The wife in apposition after her name, and "he" later in the titled surname's sentence.
    apposed = entities(
        extractor,
        "The raid was a move by President Carter to prove how firm he is before the vote. He"
        " later dined with Rosalynn Carter, the first lady, in Atlanta.",
    )
    assert texts_of(apposed, "Rosalynn Carter") == [["Rosalynn Carter"]]
    assert texts_of(apposed, "Carter") == [["Carter"]]


def test_one_man_under_a_new_title_and_a_wifes_own_honorific_stay_joined(extractor):
    # No wife named: "Prime Minister Blair ... he" is the one Tony Blair.
    blair = entities(
        extractor,
        "Tony Blair met the union leaders in Brighton. Later Prime Minister Blair said he would"
        " not change course.",
    )
    assert texts_of(blair, "Tony Blair") == [["Tony Blair", "Blair"]]
    # The wife's own "Mrs" joins her.
    bush = entities(
        extractor,
        "His wife, Laura Bush, visited the school in Austin. Mrs Bush said reading mattered.",
    )
    assert texts_of(bush, "Laura Bush") == [["Laura Bush", "Bush"]]
    # A wife under her own title: "Senator Carnahan said he" is still the senator named.
    senator = entities(
        extractor,
        "Senator Jean Carnahan, the wife of the late governor, met the mayor in St. Louis."
        " Senator Carnahan said he had promised her the funds.",
    )
    assert texts_of(senator, "Jean Carnahan") == [["Jean Carnahan", "Carnahan"]]
