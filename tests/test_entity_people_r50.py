"""Round r50-people: a rank of several words no name, a plural calling cut from the person after
it, a person glued to his town parted, a lone title after "the" its one holder, a name after a
person's title before a plural verb no band, a nationality's "-men" plural the people, "a man
known as <Name>" a person, and no "he" for a name that modifies a noun; from the Lee hand check's
sheets A-F ("Rules these errors suggest"), each tried on sentences of my own."""

from entity_reading import entities, label_by_name, labels, names, texts_of

from factx.extract.entities import RawMention
from factx.extract.evidence import cue_of


def _raw(text, name, label):
    start = text.index(name)
    return RawMention(name, start, start + len(name), label, 0, 0, False)


def test_a_name_before_a_noun_after_a_takes_no_he_from_the_clause(extractor):
    # Lee sheet C's "a Toowoomba Anglican school when he was the Anglican Archbishop": the
    # model's ORG made PERSON by the "he" of someone else.
    found = label_by_name(
        extractor,
        "The bishop was asked about abuse at a Gympie Methodist school when he was its"
        " chaplain. He later resigned.",
    )
    # r52-spans parts the town and the faith (`place_before_faith`); no PERSON either way.
    assert "PERSON" not in (found.get("Gympie Methodist"), found.get("Gympie"))
    assert found.get("Gympie") == "GPE"


def test_a_name_before_he_still_becomes_a_person(extractor):
    # Left alone: the name the subject of its clause, "<Name> said he".
    found = label_by_name(extractor, "Imanol Harinordoquy said he was fit to play on Saturday.")
    assert found.get("Imanol Harinordoquy") == "PERSON"


def test_a_rank_of_two_words_before_a_name_is_no_entity(extractor):
    # Lee sheet A's `Rear Admiral` WORK_OF_ART beside the admiral himself.
    found = entities(
        extractor,
        '"We think they are still in the valley," Rear Admiral Peter Whitcombe said in Canberra.',
    )
    assert "Rear Admiral" not in names(found)
    assert labels(found, "Peter Whitcombe") == {"PERSON"}
    # The model's whole span, "Rear Admiral Craig Dunmore" WORK_OF_ART, is the person.
    whole = label_by_name(
        extractor,
        '"A few days ago we saw them near the border," Rear Admiral Craig Dunmore said at the'
        " Pentagon.",
    )
    assert whole.get("Craig Dunmore") == "PERSON"
    assert "Rear Admiral Craig Dunmore" not in whole


def test_sergeant_first_class_is_stripped_whole(extractor):
    # Lee sheet C's "Sergeant First Class Daniel Henry Petithory": `First Class` PERSON.
    found = entities(
        extractor,
        "Those killed were Sergeant First Class Thomas Edward Quigley, 35, of Maine, and"
        " Private Mark Bell, 19.",
    )
    assert not {"Sergeant First", "First Class", "Sergeant First Class"} & names(found)
    assert labels(found, "Thomas Edward Quigley") == {"PERSON"}


def test_first_class_with_no_rank_before_it_is_left(extractor):
    found = label_by_name(extractor, "She sent the parcel by First Class Mail to her sister.")
    assert "First Class Mail" in found


def test_a_plural_calling_opening_a_sentence_is_cut_and_the_surname_taken(extractor):
    # Lee sheet A's "Guides Simon Wiget and Stefan Abegglen were acquitted": the model's
    # `Guides Simon` PERSON (the model reads my sentences apart, so its span is given here).
    from factx.extract.entity_plural_callings import without_plural_callings

    text = "Guides Simon Keller and Bruno Lutz were cleared by the court in Thun."
    raw = [_raw(text, "Guides Simon", "PERSON"), _raw(text, "Bruno Lutz", "PERSON")]
    kept = without_plural_callings(text, raw)
    assert [(m.text, m.label) for m in kept] == [
        ("Simon Keller", "PERSON"),
        ("Bruno Lutz", "PERSON"),
    ]
    # Left: a calling the article writes inside a sentence with its capital, a name's word.
    other = "He ran the Guides Simon Club. Guides Simon said so."
    glued = [_raw(other, "Guides Simon Club", "ORG")]
    at = other.rindex("Guides Simon")
    glued.append(RawMention("Guides Simon", at, at + 12, "PERSON", 1, 0, False))
    assert [m.text for m in without_plural_callings(other, glued)] == [
        "Guides Simon Club",
        "Guides Simon",
    ]


def test_a_person_of_a_town_is_the_person_and_the_town():
    # Lee sheet B's `Shane Bradford of Ballidu` PERSON (the model's span, given here).
    from factx.extract.entity_person_of_town import persons_parted_from_towns

    text = "Wayne Hobbs of Koorda, north of the town, says the tremor shook his shed."
    kept = persons_parted_from_towns(text, [_raw(text, "Wayne Hobbs of Koorda", "PERSON")])
    assert [(m.text, m.label) for m in kept] == [("Wayne Hobbs", "PERSON"), ("Koorda", "GPE")]


def test_styles_and_single_names_before_of_stay_whole():
    from factx.extract.entity_person_of_town import persons_parted_from_towns

    for text, name in (
        ("Joan of Arc was burned at Rouen.", "Joan of Arc"),
        ("Lord Steel of Aikwood spoke in the debate.", "Lord Steel of Aikwood"),
        ("Prince Andrew of York opened the wing.", "Prince Andrew of York"),
        ("Wendy Ide of The Times wrote the review.", "Wendy Ide of The Times"),
    ):
        kept = persons_parted_from_towns(text, [_raw(text, name, "PERSON")])
        assert [m.text for m in kept] == [name]


def test_a_lone_sheikh_after_the_joins_the_one_sheikh_named(extractor):
    # Lee sheet B's "the Sheikh's house" after "Sheikh Ahmed Yassin": `Sheikh` PERSON of its own.
    found = entities(
        extractor,
        "Militant cleric Sheikh Omar Bakri was arrested. Officers searched the Sheikh's flat on"
        " Monday.",
    )
    assert "Sheikh" not in names(found)
    assert texts_of(found, "Omar Bakri") == [["Omar Bakri", "Sheikh"]]


def test_a_lone_title_with_two_holders_is_left(extractor):
    found = names(
        entities(
            extractor,
            "Sheikh Ahmed Yassin and Sheikh Hassan Yousef spoke. The Sheikh said nothing.",
        )
    )
    assert {"Ahmed Yassin", "Hassan Yousef"} <= found


def test_a_name_after_a_title_before_a_plural_verb_is_no_band(extractor):
    # Lee sheet E's "William and Prince Harry are so devastated": `Harry` ORG.
    found = label_by_name(
        extractor,
        "William and Prince Edward are so hurt by the book that they will not speak to him.",
    )
    assert found.get("Edward") == "PERSON"
    other = label_by_name(extractor, "Peter and Prince Harry are so angry about the photographs.")
    assert other.get("Harry") == "PERSON"


def _cue(text, name):
    start = text.index(name)
    found = cue_of(text, start, start + len(name), "PERSON")
    return found.name if found else None


def test_the_plural_cue_skips_a_name_after_a_title_and_keeps_lone_plurals():
    assert _cue("William and Prince Harry are so devastated.", "Harry") is None
    assert _cue("Peter and Prince Edward were at the races.", "Edward") is None
    # Left alone: a plural name alone before its verb, a band's or a club's.
    assert _cue("Coldplay are touring Europe this summer.", "Coldplay") == "name as a plural"
    assert _cue("Everton have won again.", "Everton") == "name as a plural"


def test_a_nationality_in_men_plural_is_the_people(extractor):
    # Lee sheet B's "The Englishmen says" PRODUCT; my own Frenchmen GPE and Scotswomen ORG.
    found = label_by_name(
        extractor, "Two Frenchmen and three Scotswomen joined the crew in Lisbon."
    )
    assert found.get("Frenchmen") == "NORP"
    assert found.get("Scotswomen") == "NORP"


def test_a_band_ending_in_men_is_no_people(extractor):
    found = label_by_name(extractor, "Echo and the Bunnymen played two encores in Liverpool.")
    assert found.get("Bunnymen") != "NORP"


def test_a_man_known_as_a_name_is_a_person(extractor):
    # Lee sheet D's "a man known as Nick, told Channel Ten": `Nick` ORG.
    found = label_by_name(
        extractor, "Police want to speak to a man known as Dazza who was seen at the bar."
    )
    assert found.get("Dazza") == "PERSON"


def test_a_group_known_as_a_name_stays_a_body(extractor):
    found = label_by_name(extractor, "They joined a group known as Meibion Glyndwr in 1980.")
    assert found.get("Meibion Glyndwr") == "ORG"


def test_a_lone_first_name_read_as_a_place_is_the_one_person_with_it(extractor):
    # Lee sheet F's "looking forward with Tommy" GPE beside `Tommy Robredoboth`.
    found = entities(
        extractor,
        'Mary Pierce and Tommy Evert won their doubles. "We are looking forward with Tommy to'
        ' the final," she said.',
    )
    assert texts_of(found, "Tommy Evert") == [["Tommy Evert", "Tommy"]]
    assert "Tommy" not in names(found)


def test_a_first_name_that_is_a_known_place_stays_the_place(extractor):
    found = label_by_name(
        extractor, "Victoria Beckham flew to Madrid. She later toured Victoria with friends."
    )
    assert found.get("Victoria") == "GPE"


def test_a_full_names_tail_before_supporters_is_that_person(extractor):
    # Lee sheet B's "control of Fazalur Rehman supporters" ORG beside `Maulana Fazalur Rehman`.
    found = entities(
        extractor,
        "Maulana Sami Haq leads the party. Villages under the control of Sami Haq supporters"
        " were searched, officials said.",
    )
    assert texts_of(found, "Maulana Sami Haq") == [["Maulana Sami Haq", "Sami Haq"]]
    assert "Sami Haq" not in names(found)


def test_a_name_in_apposition_grows_over_an_apostrophised_surname():
    # Lee sheet C's ", Batholomew Ulufa'alu," where the model tags `Batholomew` ORG alone (the
    # model reads my sentences whole, so its span is given here).
    from factx.extract.entity_apostrophe_surnames import surnames_over_apostrophes

    text = "The opposition leader, Manasseh Kemaku'u, says he will fight on."
    kept = surnames_over_apostrophes(text, [_raw(text, "Manasseh", "ORG")])
    assert [(m.text, m.label) for m in kept] == [("Manasseh Kemaku'u", "PERSON")]
    # Left: a possessive, and a comma-set name after no person's noun.
    other = "The insurer, Allianz's, shares fell. The firm, Omega Ma'afu, grew."
    raw = [_raw(other, "Allianz", "ORG"), _raw(other, "Omega", "ORG")]
    assert [m.text for m in surnames_over_apostrophes(other, raw)] == ["Allianz", "Omega"]


def test_a_lone_surname_opening_a_sentence_takes_in_unknown_words_before_it():
    # Lee sheet E's "Aldolfo Rodregiuez Saa told a stunned nation": `Saa` PERSON alone (the model
    # reads my sentence whole, so its span is given here).
    from factx.extract.entity_opening_names import opening_names_whole

    text = "The country swore in a new leader. Aldorino Perezquiz Saa told a tense nation so."
    kept = opening_names_whole(text, [_raw(text, "Saa", "PERSON")])
    assert [(m.text, m.label) for m in kept] == [("Aldorino Perezquiz Saa", "PERSON")]


def test_titles_links_and_known_words_before_a_surname_stay_out():
    from factx.extract.entity_opening_names import opening_names_whole

    for text, before in (
        ("He spoke first. Mr Blair told MPs he was sorry.", "Mr Blair"),
        ("It was late. But Rogge said it was over.", "But Rogge"),
        ("Talks failed. Interim President Saa told reporters so.", "Interim President Saa"),
        ("Talks failed. Argentine Saa told reporters so.", "Argentine Saa"),
        ("Talks failed. Yesterday Saa said so.", "Yesterday Saa"),
        ("It was a stunned crowd. Stunned Saa said so.", "Stunned Saa"),
        # A held-out Lee article's "Doctor Harris said" gave `Doctor Harris`: "Dr" was listed.
        ("The inquiry resumed. Doctor Harris said the car was unsafe.", "Doctor Harris"),
        ("The march went on. Reverend Okafor said it was peaceful.", "Reverend Okafor"),
    ):
        surname = before.rsplit(" ", 1)[-1]
        start = text.index(before) + len(before) - len(surname)
        raw = [RawMention(surname, start, start + len(surname), "PERSON", 0, 0, False)]
        assert [m.text for m in opening_names_whole(text, raw)] == [surname], before


def test_an_office_before_a_full_name_stays_out():
    # The 90 Lee articles' one slip of the first draft: "Premier Peter Beattie says".
    from factx.extract.entity_opening_names import opening_names_whole

    text = "Floods rose. Premier Dean Hollis says the dam is safe."
    raw = [_raw(text, "Dean Hollis", "PERSON")]
    assert [m.text for m in opening_names_whole(text, raw)] == ["Dean Hollis"]
    lone = [_raw(text, "Hollis", "PERSON")]
    assert [m.text for m in opening_names_whole(text, lone)] == ["Hollis"]


def test_a_lone_title_with_its_the_joins_the_holder_named_with_the_title(extractor):
    # "The Mullah" of "Mullah Mohammad Omar" made the whole person PRODUCT at the base (a name
    # with its "the" is a thing); the title alone is his mention, without the "the".
    found = entities(
        extractor,
        "The cleric Mullah Dadullah Akhund spoke. The Mullah said the fighting would go on.",
    )
    assert ("PERSON", "Mullah Dadullah Akhund", ["Mullah Dadullah Akhund", "Mullah"]) in found
