"""The lead's rules of round 41: the cue "work of a nominee" reads a prize's sentence only
where the sentence starts inside its 80 characters (the window's own start stood for a
sentence start, so a sport word further back went unseen and a player's club became a work),
and `entity_nominees` reads "Nominees include ..." as a prize's sentence."""


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def test_a_club_in_a_long_sport_sentence_is_no_nominated_work(extractor):
    labels = _labels(
        extractor,
        "Award list\n\nPlayers at the club praised the manager on Sunday, as the list of those"
        " nominated for the annual award included Frank Lampard for Chelsea.",
    )
    assert labels["Frank Lampard"] == "PERSON"
    assert labels["Chelsea"] != "WORK_OF_ART"


def test_works_after_nominees_from_a_paragraph_s_start(extractor):
    labels = _labels(
        extractor,
        "Theatre awards\n\nNominees include Rufus Norris for Festen and Hildegard Bechtler, for"
        " Iphigenia.",
    )
    assert labels["Festen"] == "WORK_OF_ART"
    assert labels["Iphigenia"] == "WORK_OF_ART"
    assert labels["Rufus Norris"] == "PERSON"


def test_a_work_after_its_nominee_in_a_short_sentence_after_another(extractor):
    # The sentence starts inside the cue's window: the cue itself still reads it.
    labels = _labels(
        extractor,
        "Theatre awards\n\nThe shortlist was read out. Nominated were Rufus Norris for Festen"
        " and Hildegard Bechtler, for Iphigenia.",
    )
    assert labels["Festen"] == "WORK_OF_ART"


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: [m.text for m in f.mentions] for f in record.facts if f.type == "entity"}


def test_the_initials_of_a_name_run_together_join_it(extractor):
    # sport/461: "a deal with pharmaceutical company GlaxoSmithKline ... agreement we had
    # with GSK": one firm, named in full and by its three capitals, without brackets.
    found = _entities(
        extractor,
        "Drug deal\n\nThe ATP struck a deal with pharmaceutical company GlaxoSmithKline to"
        ' provide drinks. "The agreement we had with GSK has an education component," he said.',
    )
    assert found["GlaxoSmithKline"] == ["GlaxoSmithKline", "GSK"]


def test_two_capitals_run_together_claim_no_initials():
    from factx.extract.acronyms import camel_initials

    assert camel_initials("GlaxoSmithKline") == "gsk"
    # "MD" beside "McDonald", "DC" beside "DaimlerChrysler": too short to be sure of.
    assert camel_initials("McDonald") is None
    assert camel_initials("DaimlerChrysler") is None
    assert camel_initials("Glaxo Smith Kline") is None


def test_a_relative_set_off_by_commas_is_a_person(extractor):
    # A PolNeAR debate report read as a user: `Melania` was GPE.
    labels = _labels(
        extractor,
        "Debate night\n\nHe used the seats allocated to him in the debate hall to his wife,"
        " Melania, his three eldest children and the four women.\n\nHe flew home with his"
        " wife, Paris, and their son.",
    )
    assert labels["Melania"] == "PERSON"
    assert labels["Paris"] == "PERSON"


def test_a_list_after_a_relative_s_comma_is_no_apposition(extractor):
    labels = _labels(
        extractor,
        "School run\n\nShe sent her daughters, London and Paris schools said, to boarding school.",
    )
    assert labels["London"] == "GPE"


def test_a_party_s_name_opening_a_sentence_before_a_noun_is_the_common_noun(extractor):
    # Round r41b-sides's missed parties gave business/463's "Labour markets firmed" ORG.
    labels = _labels(
        extractor,
        "Markets\n\nLabour markets firmed in the third quarter. Labour costs rose sharply."
        " Labour says the Tories are wrong.",
    )
    assert labels.get("Labour") == "ORG"  # the last sentence's party
    record = extractor.extract_text(
        "Markets\n\nLabour markets firmed in the third quarter. Labour costs rose sharply."
        ' "Labour markets firmed in a number of districts," the Beige Book said.'
    )
    assert not [f for f in record.facts if f.type == "entity" and f.name == "Labour"]


def test_a_name_before_who_and_a_plural_verb_is_a_side_or_a_band(extractor):
    # "a blow for Bath, who face Leicester": the model's PERSON, and the cue "person who".
    labels = _labels(
        extractor,
        "Injury blow\n\nBath prop Matt Stevens starts for England on Saturday, a blow for Bath,"
        " who face Leicester next week.\n\nThe injury is a blow for Wales, who face England.",
    )
    assert labels["Bath"] == "ORG"
    assert labels["Wales"] == "GPE"
    assert labels["Matt Stevens"] == "PERSON"


def test_a_person_who_does_in_the_singular_stays_a_person(extractor):
    labels = _labels(
        extractor,
        "Awards\n\nThe award went to Smith, who plays for Bath, and to Jones, who beat Federer."
        " It was a blow for Tom Jenkins, who face charges.",
    )
    assert labels["Smith"] == "PERSON"
    assert labels["Jones"] == "PERSON"
    assert labels["Tom Jenkins"] == "PERSON"


def test_a_house_after_a_first_name_is_a_household_or_a_firm(extractor):
    # Seed 120's politics/120: "Clarence House has issued a statement" (the model's ORG) was
    # PERSON: "Clarence" is a common first name, and "House" was no name kind.
    labels = _labels(
        extractor,
        "Prince apologises\n\nClarence House has issued a statement saying the prince has"
        " apologised. Tom House, the pitching coach, said the team was ready.",
    )
    assert labels["Clarence House"] == "ORG"
    assert labels["Tom House"] == "PERSON"


def test_a_club_after_a_player_s_name_and_of_is_no_place(extractor):
    # Round r41c-bodies's "<First> <Surname>, of <Place>," reads a known place as GPE; a club
    # named so in a sentence about a game stays the club.
    labels = _labels(
        extractor,
        "Ready\n\nThe midfielder scored twice. Frank Lampard, of Chelsea, said the team was"
        " ready for the match.",
    )
    assert labels["Chelsea"] == "ORG"
