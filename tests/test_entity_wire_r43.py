"""Round r43-conll: wire news's firms around their "of" and peoples joined by a hyphen
(`factx/extract/entity_wire_names.py`), on sentences of this round's own."""

from entity_reading import labelled, mentions


def test_a_firms_town_after_its_legal_word_is_a_place(extractor):
    # At the base "Daniels Pharmaceuticals Inc of St. Petersburg" was one ORG mention.
    found = mentions(
        extractor,
        "Jones Medical Industries Inc said it completed the acquisition of Daniels"
        " Pharmaceuticals Inc of St. Petersburg, Fla., for about 2.9 million shares.",
    )
    assert (66, "Daniels Pharmaceuticals Inc", "ORG") in found
    assert (97, "St. Petersburg", "GPE") in found


def test_a_firms_town_the_model_missed_is_added(extractor):
    # At the base `Hull` was no mention.
    found = mentions(extractor, "The deal values Northern Foods Plc of Hull at 300 million pounds.")
    assert (16, "Northern Foods Plc", "ORG") in found
    assert (38, "Hull", "GPE") in found


def test_a_firms_town_the_model_read_as_a_firm_is_a_place(extractor):
    # The lead's probe of the merge: the key's suffix "plc" lies outside the firm's mention,
    # and the model read the town as a firm.
    found = mentions(
        extractor, "The Royal Bank of Scotland Group plc of Edinburgh said profits rose."
    )
    assert (40, "Edinburgh", "GPE") in found


def test_a_dangling_of_after_a_legal_word_goes(extractor):
    # At the base "Bank of America Corp of" ORG, its "of" in the name.
    text = "The fund bought shares in Bank of America Corp of Charlotte, North Carolina."
    assert "Bank of America Corp" in labelled(extractor, text, "ORG")


def test_a_country_and_a_legal_word_after_of_close_a_firms_name(extractor):
    # At the base `Gold Fields` PERSON, the rest of the firm's name lost.
    text = (
        "About 2,000 miners failed to report for work, mine managers Gold Fields of South"
        " Africa Ltd said on Friday."
    )
    assert labelled(extractor, text, "ORG") == ["Gold Fields of South Africa Ltd"]
    assert labelled(extractor, text, "PERSON") == []


def test_a_firms_name_holding_its_country_stays_whole(extractor):
    text = "Shares in Anglo American Corp of South Africa Ltd rose 2 percent on Friday."
    assert labelled(extractor, text, "ORG") == ["Anglo American Corp of South Africa Ltd"]


def test_a_person_of_a_firm_stays_a_person(extractor):
    # "of <Firm> Inc" after a person is where the person works, not the rest of a name.
    text = '"We had two strong reports," said Ralph Bloch of Raymond James Inc on Friday.'
    assert labelled(extractor, text, "PERSON") == ["Ralph Bloch"]
    assert labelled(extractor, text, "ORG") == ["Raymond James Inc"]


def test_peoples_joined_by_a_hyphen_are_one_peoples_word(extractor):
    # At the base `Arab` and `Israeli` NORP, two mentions.
    text = "News came of a renewed breakdown in Arab-Israeli peace talks in Jerusalem on Friday."
    assert labelled(extractor, text, "NORP") == ["Arab-Israeli"]


def test_a_peoples_word_the_model_missed_after_the_hyphen_is_taken_in(extractor):
    # At the base only `Israeli` NORP; "Palestinian" no mention.
    text = "The talks aim to end the Israeli-Palestinian conflict, diplomats said."
    assert labelled(extractor, text, "NORP") == ["Israeli-Palestinian"]


def test_a_country_joined_to_a_peoples_word_is_left_alone(extractor):
    # "US" is a country's name, no people's word: not this rule's shape.
    text = "The US-Iraqi talks ended on Monday."
    assert labelled(extractor, text, "NORP") == []
    assert labelled(extractor, text, "GPE") == ["US"]


def test_a_peoples_word_before_born_is_left_alone(extractor):
    found = mentions(extractor, "The Brazilian-born midfielder scored twice on Sunday.")
    assert not any("-" in name for _, name, _ in found)


def test_a_name_ending_in_a_firms_co_is_a_firm(extractor):
    # At the base `Kloof Gold Mining Co` PERSON ("Co" was no corporate suffix of the cue).
    text = (
        "Nine people have been killed in labour unrest at Driefontein Consolidated and Gold"
        " Fields ' Kloof Gold Mining Co this month ."
    )
    assert "Kloof Gold Mining Co" in labelled(extractor, text, "ORG")
    assert labelled(extractor, text, "PERSON") == []


def test_a_county_opening_with_co_is_left_alone(extractor):
    text = "The fire broke out at a farm near Omagh in Co Tyrone on Sunday."
    assert labelled(extractor, text, "PERSON") == []
    assert labelled(extractor, text, "ORG") == []
