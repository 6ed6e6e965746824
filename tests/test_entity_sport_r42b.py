"""Round r42b-sport: events, venues, laws and products by their words: a tournament before its
sport's word, a cross-country race and a lecture by their words, a cup before its round the
model missed, a ground by its opening words, an act named by its sponsors and its short name,
"Internet Explorer" and "IE<n>" a product."""

from entity_reading import mention_labels


def test_tournament_before_its_sport_word(extractor):
    # Seed 121's shape: `Adelaide International` ORG at the base.
    found = mention_labels(
        extractor, "Tennis\n\nHewitt withdrew from the Adelaide International tennis tournament."
    )
    assert ("Adelaide International", "EVENT") in found


def test_town_before_a_sport_word_stays_a_place(extractor):
    # What the rule leaves alone: a town alone before "tennis tournament" is the town.
    found = mention_labels(
        extractor, "Tennis\n\nHewitt withdrew from the Sydney tennis tournament on Sunday."
    )
    assert not any(label == "EVENT" for _, label in found)


def test_race_cut_after_cross_international_is_grown_back(extractor):
    # Seed 123's shape: `Zornotza` PERSON at the base.
    found = mention_labels(
        extractor,
        "Athletics\n\nBenita Johnson was no match for her in the 51st Cross International"
        " Zornotza in Amorebieta, Spain.",
    )
    assert ("Cross International Zornotza", "EVENT") in found
    assert ("Zornotza", "PERSON") not in found


def test_cross_internacional_race_is_an_event(extractor):
    # Seed 123's shape: `Cross Internacional de Italica` ORG at the base.
    found = mention_labels(
        extractor, "Athletics\n\nShe won the 20th Cross Internacional de Italica in Seville, Spain."
    )
    assert ("Cross Internacional de Italica", "EVENT") in found


def test_lecture_by_its_name(extractor):
    # Seed 123's shape: `Keynes Lecture` ORG (2) at the base.
    found = mention_labels(
        extractor,
        "Economics\n\nHe delivered the 10th Keynes Lecture in Cambridge. The Keynes Lecture"
        " celebrates his work.",
    )
    assert ("Keynes Lecture", "EVENT") in found
    assert not any(label == "ORG" for name, label in found if "Lecture" in name)


def test_cup_before_its_round_missed_by_the_model(extractor):
    # Seed 121's shape: `Heineken Cup` missed at the base (the side's possessive before it).
    found = mention_labels(
        extractor,
        "Rugby\n\nLeinster's Heineken Cup quarter-final tie against Toulouse has been"
        " switched. It is the first Heineken Cup fixture to be played in Spain.",
    )
    assert found.count(("Heineken Cup", "EVENT")) == 2
    assert ("Leinster", "ORG") in found


def test_cup_word_without_a_round_is_left_alone():
    # What the rule leaves alone: a cup with no round or game after it, after "The", or ending
    # a longer name whose start is unknown; a side's possessive before a cup is no word of it.
    from factx.extract.entity_missed import _cups_before_rounds

    def cups(text):
        return [m.group("cup") for m in _cups_before_rounds(text, 0, len(text))]

    assert cups("They beat Cup holders Leeds on Saturday.") == []
    assert cups("The Cup final was delayed.") == []
    assert cups("a win at the Heineken Cup holders") == []
    assert cups("Munster's Heineken Cup quarter-final tie") == ["Heineken Cup"]
    assert cups("the Parker Pen Cup semi-final") == ["Parker Pen Cup"]
    assert cups("the Anglo Welsh Challenge Cup final") == []


def test_ground_after_parc_des_sports(extractor):
    # Seed 121's shape: `Marcel Michelin` PERSON at the base (the ground cut to its person).
    found = mention_labels(
        extractor,
        "Rugby\n\nThe match will be played at the Parc des Sports Marcel Michelin in"
        " Clermont, which holds 15,000.",
    )
    assert ("Parc des Sports Marcel Michelin", "FAC") in found
    assert ("Marcel Michelin", "PERSON") not in found


def test_stade_with_a_person_name_is_a_ground(extractor):
    # Seed 121's shape: `Stade Aime Giral` ORG at the base.
    found = mention_labels(
        extractor,
        "Rugby\n\nThe match moves from the Stade Aime Giral in Perpignan, which has a"
        " capacity of just 14,000.",
    )
    assert ("the Stade Aime Giral", "FAC") in found


def test_estadio_before_a_person_name_is_the_ground(extractor):
    # `Santiago Bernabeu` PERSON at the base.
    found = mention_labels(extractor, "Football\n\nEstadio Santiago Bernabeu was full on Sunday.")
    assert ("Estadio Santiago Bernabeu", "FAC") in found


def test_stade_clubs_of_one_word_stay_clubs(extractor):
    # What the rule leaves alone: a club named with "Stade" and one word.
    found = mention_labels(
        extractor, "Rugby\n\nStade Francais beat Biarritz in Paris on Saturday afternoon."
    )
    assert ("Stade Francais", "ORG") in found


def test_act_named_by_its_sponsors_and_its_short_name(extractor):
    # Seed 122's shape: `Dodd-Frank` ORG (2) at the base, the act's own mention pulled to ORG.
    found = mention_labels(
        extractor,
        "Business\n\nFirms must comply with the Dodd-Frank Act. Instead, the cost of"
        " Dodd-Frank has persuaded them to leave.",
    )
    assert ("Dodd-Frank Act", "LAW") in found
    assert ("Dodd-Frank", "LAW") in found
    assert not any(label == "ORG" for _, label in found)


def test_short_name_after_a_sponsors_act_joins_it(extractor):
    # Seed 122's shape: `Sarbanes-Oxley` ORG beside `Sarbanes-Oxley Act` LAW at the base.
    record = extractor.extract_text(
        "Business\n\nFirms must comply with the Sarbanes-Oxley Act. Instead, the cost of"
        " Sarbanes-Oxley has persuaded them to leave."
    )
    laws = [f for f in record.facts if f.type == "entity" and f.label == "LAW"]
    assert len(laws) == 1 and len(laws[0].mentions) == 2


def test_a_place_named_act_leaves_the_place_alone(extractor):
    # What the rule leaves alone: no hyphened sponsors, the place stays a place.
    found = mention_labels(
        extractor, "Politics\n\nThe Scotland Act set up the parliament. Scotland voted for it."
    )
    assert ("Scotland", "GPE") in found


def test_internet_explorer_and_its_numbered_initials(extractor):
    # Seed 122's shape: `Internet Explorer` missed four times and `IE6` GPE at the base.
    found = mention_labels(
        extractor,
        "Browsers\n\nMicrosoft's Internet Explorer web browser still dominates. The current"
        " version of Internet Explorer is IE6.",
    )
    assert found.count(("Internet Explorer", "PRODUCT")) == 2
    assert ("IE6", "PRODUCT") in found


def test_browsers_listed_after_their_kind_and_a_comma(extractor):
    # The even half's tech/196 shape: `Opera` ORG (2) at the base; the maker's possessive stays.
    found = mention_labels(
        extractor,
        "Browsers\n\nOther browser software, like Opera and Apple's Safari, are also"
        " challenging Microsoft. Opera is set to release its version 7.60.",
    )
    assert found.count(("Opera", "PRODUCT")) == 2
    assert ("Apple", "ORG") in found


def test_console_by_its_maker_and_initials(extractor):
    # Seed 121's shape: `Nintendo NDS` PERSON at the base.
    found = mention_labels(extractor, "Games\n\nNintendo NDS console hits Europe in March.")
    assert ("Nintendo NDS", "PRODUCT") in found
    assert not any(label == "PERSON" for _, label in found)


def test_a_peoples_word_before_a_cup_s_two_words_adds_no_cup(extractor):
    # The lead's mend of the odd half's one harm (sport/219): "an all Ghanaian Confederation
    # Cup final" gave `Ghanaian Confederation Cup` EVENT, the nationality glued to the cup.
    record = extractor.extract_text("Final\n\nIt was an all Ghanaian Confederation Cup final.")
    names = [f.name for f in record.facts if f.type == "entity"]
    assert "Ghanaian Confederation Cup" not in names


def test_a_cup_opening_its_sentence_after_the_is_found(extractor):
    # The lead's mend: "The" opening the sentence read as a capitalised word of the name
    # before the cup, so the cup was left out (sport/267's "The Heineken Cup game was there").
    record = extractor.extract_text("Tie\n\nThe Davis Cup tie was played in Spain.")
    labels = {f.name: f.label for f in record.facts if f.type == "entity"}
    assert labels.get("Davis Cup") == "EVENT"
