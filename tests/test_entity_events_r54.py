"""Round r54-events: athletics meetings by their kind word, events cut before it, Great
Britain whole, places of worship, nature reserves and prisons by their names (BBC sheets 54A,
54C and 54D; sentences of my own)."""

from entity_reading import label_by_name, mentions


def _spans(extractor, text):
    return {(span, label) for _, span, label in mentions(extractor, text)}


def test_a_town_international_before_meeting_is_an_event(extractor):
    text = (
        "Headline\n\nHolmes won the 800m at Friday's Karlsruhe International meeting in fine style."
    )
    assert label_by_name(extractor, text).get("Karlsruhe International") == "EVENT"


def test_an_unlisted_town_international_after_a_race_is_an_event(extractor):
    text = "Headline\n\nBritain's Ian Smith won the 400m at Sunday's Ghent International meeting."
    assert label_by_name(extractor, text).get("Ghent International") == "EVENT"


def test_a_body_international_before_event_stays_a_body(extractor):
    text = (
        "Headline\n\nSupporters packed an Amnesty International event in Madrid on Friday. "
        "Amnesty International said it was pleased."
    )
    assert label_by_name(extractor, text).get("Amnesty International") == "ORG"


def test_an_event_cut_before_trials_takes_the_word(extractor):
    text = (
        "Headline\n\nThe Scot will race at next month's Norwich Union World Indoor trials in "
        "Birmingham."
    )
    spans = _spans(extractor, text)
    assert ("Norwich Union World Indoor trials", "EVENT") in spans


def test_an_event_cut_before_championships_takes_the_word(extractor):
    text = "Headline\n\nShe will compete at the Aviva National Junior championships in Glasgow."
    assert ("Aviva National Junior championships", "EVENT") in _spans(extractor, text)


def test_an_event_ending_in_a_noun_keeps_its_span(extractor):
    text = "Headline\n\nHe took silver in the Norwich Union Grand Prix final last year."
    spans = {span for span, _ in _spans(extractor, text)}
    assert not any(span.endswith("final") for span in spans)


def test_great_before_a_britain_found_by_its_string_is_the_name(extractor):
    text = (
        "Headline\n\nBritain's Tom Mills won the 60m in Ghent. Mills, part of the Great Britain "
        "4x100m quartet which won Olympic gold, said he was pleased."
    )
    found = mentions(extractor, text)
    assert (71, "Great Britain", "GPE") in found
    assert not any(span == "Britain" and start == 77 for start, span, _ in found)


def test_great_before_a_town_stays_the_town(extractor):
    text = "Headline\n\nThe MP visited Great Yarmouth and Great Ormond Street Hospital."
    spans = {span for span, _ in _spans(extractor, text)}
    assert "Great Yarmouth" in spans and "Yarmouth" not in spans


def test_a_mosque_visited_in_a_town_is_a_building(extractor):
    text = (
        "Headline\n\nThe prime minister will visit the Central Jamia Mosque in Birmingham "
        "next week."
    )
    assert label_by_name(extractor, text).get("Central Jamia Mosque") == "FAC"


def test_a_person_and_a_work_named_temple_are_no_buildings(extractor):
    text = (
        "Headline\n\nShirley Temple sang on the radio. She was at the premiere of Indiana "
        "Jones and the Temple of Doom."
    )
    found = label_by_name(extractor, text)
    assert found.get("Shirley Temple") == "PERSON"
    assert found.get("Temple of Doom") != "FAC"


def test_a_wildlife_sanctuary_is_a_place(extractor):
    text = "Headline\n\nTourists flock to the Kaziranga Wildlife Sanctuary in Assam every winter."
    assert label_by_name(extractor, text).get("Kaziranga Wildlife Sanctuary") == "LOC"


def test_reserve_banks_and_army_reserves_stay_bodies(extractor):
    text = (
        "Headline\n\nThe Federal Reserve raised rates. The US Army Reserve recruited more soldiers."
    )
    found = label_by_name(extractor, text)
    assert found.get("Federal Reserve") == "ORG"
    assert found.get("US Army Reserve") == "ORG"


def test_a_prison_named_without_prison_is_a_building(extractor):
    text = "Headline\n\nThe three men have been held at Woodhill since March, their lawyers said."
    assert label_by_name(extractor, text).get("Woodhill") == "FAC"


def test_inmates_at_a_listed_prison(extractor):
    text = "Headline\n\nFour inmates at Strangeways staged a rooftop protest on Monday."
    assert label_by_name(extractor, text).get("Strangeways") == "FAC"


def test_districts_with_prisons_stay_places(extractor):
    text = "Headline\n\nThe singer grew up in Brixton and later lived in Holloway."
    found = label_by_name(extractor, text)
    assert found.get("Brixton") == "GPE"
    assert found.get("Holloway") == "GPE"
