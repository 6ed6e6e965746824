"""Round r48b-civic: a sentence's opening verb of going cut off the place after it, a hospital
named by its town whole, a plural landform after "the" a region, and a party's wing by its age
word the party's label; from seeds 157-162's "Rules these errors suggest", each tried on
sentences of my own."""

from entity_reading import label_by_name, mention_labels


def test_an_opening_verb_of_going_is_no_word_of_the_place(extractor):
    # Seed 157's politics/406 shape: "Entering Westminster, he ..." gave `Entering Westminster`
    # PERSON; "Leaving Brussels" gave PERSON too.
    found = label_by_name(
        extractor,
        "Entering Westminster, he shared an office with a young MP from Fife. Leaving Brussels,"
        " the minister said the talks had gone well.",
    )
    assert "Entering Westminster" not in found
    assert "Leaving Brussels" not in found
    assert found.get("Westminster") == "GPE"
    assert found.get("Brussels") == "GPE"


def test_towns_and_titles_ending_in_ing_keep_their_word(extractor):
    # "Reading" and "Finding" are not on the closed list of verbs of going: nothing is cut.
    found = label_by_name(
        extractor,
        "Finding Nemo, the Pixar film, was a hit. Reading, the town in Berkshire, voted Labour.",
    )
    assert "Nemo" not in found
    assert found.get("Berkshire") == "GPE"
    # Inside a sentence, after other words, the participle's span is left as the model read it.
    inside = label_by_name(extractor, "He said Leaving Home, his new play, opens in May.")
    assert inside.get("Leaving Home") == "WORK_OF_ART"
    assert "Home" not in inside


def test_a_hospital_named_by_its_town_is_whole(extractor):
    # Seed 157's "died in Edinburgh Royal Infirmary, 10 days after being born" gave `Edinburgh`
    # GPE; "Leeds General Infirmary" gave `Leeds` GPE.
    found = mention_labels(
        extractor,
        "Their daughter died in Edinburgh Royal Infirmary, ten days after being born. A year"
        " later their son died in Leeds General Infirmary.",
    )
    assert ("Edinburgh Royal Infirmary", "ORG") in found
    assert ("Leeds General Infirmary", "ORG") in found
    assert ("Edinburgh", "GPE") not in found
    assert ("Leeds", "GPE") not in found


def test_a_town_beside_a_lower_case_hospital_stays_a_town(extractor):
    found = mention_labels(
        extractor, "A hospital in Leeds is to close, and Leeds hospitals are full this winter."
    )
    assert ("Leeds", "GPE") in found
    assert not any("Infirmary" in text or "hospital" in text for text, _ in found)


def test_a_plural_landform_after_the_is_a_region(extractor):
    # Seed 159's sport/401 "hot air drifting up from the Valleys" gave `Valleys` ORG.
    found = label_by_name(
        extractor,
        "The mist drifts up from the Valleys every morning, and walkers love the Dales and the"
        " Fens. Floods hit the Fens again, and farmers in the Fens want help.",
    )
    assert found.get("Valleys") == "LOC"
    assert found.get("Dales") == "LOC"
    assert found.get("Fens") == "LOC"


def test_a_side_nicknamed_for_a_landform_stays_a_side(extractor):
    # "Highlanders" is a club's nickname, not a landform's plural.
    found = label_by_name(extractor, "The Lions beat the Highlanders in Dunedin on Saturday.")
    assert found.get("Highlanders") == "ORG"
    assert found.get("Dunedin") == "GPE"


def test_a_party_wing_in_quotes_is_the_party(extractor):
    # Seed 157's 'more "Old Labour" than Mr Blair' gave `Old Labour` WORK_OF_ART; the odd half's
    # politics/085 gave `New Labour` WORK_OF_ART after a quoted phrase.
    found = label_by_name(
        extractor,
        'The minister is seen as more "Old Labour" than his leader on tax. She said that'
        ' instead of the "bonfire of red tape" New Labour had promised, the rules grew.',
    )
    assert found.get("Old Labour") == "ORG"
    assert found.get("New Labour") == "ORG"


def test_a_quoted_title_with_labour_in_it_stays_a_work(extractor):
    # Only "Old|New" before the party's word: a film's title keeps its label.
    found = label_by_name(
        extractor, 'The Labour Party bought the rights to the film "Brassed Off".'
    )
    assert found.get("Labour Party") == "ORG"
    assert found.get("Brassed Off") == "WORK_OF_ART"


def test_a_venue_an_event_is_held_at_before_its_town_is_a_building(extractor):
    # The even half's entertainment/038 shape: "are being held at The Odeon in London's
    # Leicester Square" gave `The Odeon` ORG; politics/164's "the G8 summit in Gleneagles in
    # July" gave `Gleneagles` ORG.
    found = mention_labels(
        extractor,
        "The film awards are being held at The Odeon in London's Leicester Square. World"
        " leaders gather for the G8 summit in Gleneagles in July.",
    )
    assert ("The Odeon", "FAC") in found
    assert ("The Odeon", "ORG") not in found
    assert ("Gleneagles", "GPE") in found
    assert ("Gleneagles", "ORG") not in found


def test_a_firm_talks_are_held_at_stays_a_firm(extractor):
    # Talks and meetings are held at firms; a summit at a body with no town after it names no
    # building.
    found = label_by_name(
        extractor,
        "Union leaders held talks at Microsoft in Reading. The summit at the BBC was short.",
    )
    assert found.get("Microsoft") == "ORG"
    assert found.get("BBC") == "ORG"
