"""Round r48-norp: a people's word that is also a language's, the language where the words say
so and the people elsewhere, two entities (`entity_languages_apart`); an act the model tagged an
event after its kind word or before its records, the band (`act tagged an event by its kind or
its records`); a people or a place glued to "Olympic" before a discipline, the people or the
place and the Games (`entity_games_adjectives`); a nationality tagged alone before the rest of a
body's, a building's or islands' name, the whole name (`entity_national_names`)."""

from entity_reading import entities, labels, mention_labels, texts_of


def test_a_language_and_its_people_in_one_story_are_two_entities(extractor):
    # A LANGUAGE group holding the people's mentions: "subtitles" cues the language, the
    # lower-case nouns after the others the people (the base gave all three LANGUAGE).
    found = entities(
        extractor,
        "Festival news\n\nThe Thai people have rebuilt quickly, organisers said. Few prints"
        " carried Thai subtitles, so crowds were small. Thai food stalls stayed open.",
    )
    assert labels(found, "Thai") == {"NORP", "LANGUAGE"}
    by_label = {label: texts for label, name, texts in found if name == "Thai"}
    assert by_label["LANGUAGE"] == ["Thai"]
    assert len(by_label["NORP"]) == 2


def test_a_peoples_group_gives_up_its_language_mention(extractor):
    # A NORP group holding the language's mention: "translated into" cues the language, the
    # model's NORP the rest (the base gave all three NORP).
    found = mention_labels(
        extractor,
        "Book news\n\nThe German coach said the book had been translated into German. German"
        " fans were pleased.",
    )
    assert ("German", "LANGUAGE") in found
    assert ("German", "NORP") in found
    assert found.count(("German", "NORP")) == 2


def test_one_kind_of_evidence_keeps_one_entity(extractor):
    # Only the language: one entity, LANGUAGE; only the people: one entity, NORP.
    spoken = entities(
        extractor, "Coach news\n\nHe speaks fluent Portuguese and he practises his Portuguese."
    )
    assert labels(spoken, "Portuguese") == {"LANGUAGE"}
    assert len(texts_of(spoken, "Portuguese")) == 1
    people = entities(
        extractor,
        "Match report\n\nThe Italian coach praised the Italian fans after the Italian win.",
    )
    assert labels(people, "Italian") == {"NORP"}
    assert len(texts_of(people, "Italian")) == 1


def test_a_word_that_is_no_language_is_left_alone(extractor):
    # "Tory" is a people's (a party's) word and no language's: nothing to split.
    found = entities(
        extractor,
        "Election news\n\nTory voters backed the plan, and Tory MPs said so in Tory leaflets.",
    )
    assert "LANGUAGE" not in labels(found, "Tory")


def test_an_act_tagged_an_event_after_its_kind_is_the_band(extractor):
    # The model reads "Maroon 5" (a name with a number) as an event.
    found = mention_labels(extractor, "Awards night\n\nUS band Maroon 5 was named best new act.")
    assert ("Maroon 5", "ORG") in found
    assert ("Maroon 5", "EVENT") not in found
    chart = mention_labels(
        extractor,
        "Chart news\n\nThe Killers moved up one place to number three. Maroon 5's album Songs"
        " About Jane has moved up to number seven.",
    )
    assert ("Maroon 5", "ORG") in chart


def test_an_event_before_a_song_or_after_a_festival_stays_an_event(extractor):
    found = mention_labels(
        extractor,
        "Music news\n\nThe band will play the Glastonbury festival, and the World Cup's album"
        " was released.",
    )
    assert ("World Cup", "EVENT") in found
    assert ("World Cup", "ORG") not in found


def test_a_people_or_a_place_glued_to_olympic_is_two_names(extractor):
    # The model's "Sydney Olympic" PERSON, "Athens Olympic" ORG, "Kenyan Olympic" NORP.
    found = mention_labels(
        extractor,
        "Meeting news\n\nThe field includes Sydney Olympic 400m champion Anna Cole and Athens"
        " Olympic relay gold medallist Ben Fox.",
    )
    assert ("Sydney", "GPE") in found
    assert ("Athens", "GPE") in found
    assert ("Olympic", "EVENT") in found
    assert not any(text.endswith(" Olympic") for text, _ in found)
    people = mention_labels(
        extractor, "Race news\n\nThe race will feature Kenyan Olympic champion Paul Kibet."
    )
    assert ("Kenyan", "NORP") in people
    assert ("Kenyan Olympic", "NORP") not in people


def test_a_bodys_olympic_name_stays_whole(extractor):
    # A body or a venue named whole, and a body's lower-case kind word after the two words.
    found = mention_labels(
        extractor,
        "Games news\n\nThe British Olympic Association said the Athens Olympic Stadium was full.",
    )
    assert ("The British Olympic Association", "ORG") in found
    assert ("the Athens Olympic Stadium", "FAC") in found
    assert ("British", "NORP") not in found
    committee = mention_labels(
        extractor, "Games news\n\nThe Greek Olympic committee met on Monday."
    )
    assert ("Olympic", "EVENT") not in committee


def test_a_nationality_cut_before_a_bodys_or_a_places_name_is_the_whole_name(extractor):
    # The model tags "European", "Anglican", "British" alone, NORP, and leaves the rest out.
    body = mention_labels(
        extractor,
        "Fraud news\n\nFiles were passed to the European Anti-Fraud Office, officials said.",
    )
    assert ("European Anti-Fraud Office", "ORG") in body
    assert ("European", "NORP") not in body
    building = mention_labels(
        extractor, "March news\n\nThe march ended outside the Anglican Cathedral on Sunday."
    )
    assert ("Anglican Cathedral", "FAC") in building
    islands = mention_labels(
        extractor, "Boat news\n\nFew families in the British Isles own a boat."
    )
    assert ("British Isles", "LOC") in islands


def test_a_nationality_before_a_post_or_a_person_stays_a_people(extractor):
    found = mention_labels(
        extractor,
        "Summit news\n\nBritish Prime Minister Tony Blair spoke to French President Jacques"
        " Chirac.",
    )
    assert ("British", "NORP") in found
    assert ("French", "NORP") in found
    assert ("Jacques Chirac", "PERSON") in found
