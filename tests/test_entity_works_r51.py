"""Round r51-works: films in awards stories named by the category they won, and opening or
quoted words that are no names (sentences of my own)."""

from entity_reading import label_by_name, mention_labels

# Cue "work that won a film's craft category" (factx/data/entities.json).


def test_a_name_that_won_a_films_craft_category_is_a_work(extractor):
    found = label_by_name(
        extractor,
        "Morning Lanterns won best original screenplay and best editing at the ceremony.",
    )
    assert found.get("Morning Lanterns") == "WORK_OF_ART"
    found = label_by_name(extractor, "The Northern Crossing was declared best picture by critics.")
    assert found.get("Northern Crossing") == "WORK_OF_ART"


def test_a_person_who_won_a_craft_category_stays_a_person(extractor):
    found = label_by_name(
        extractor,
        "Charlie Kaufman won best original screenplay. Kaufman also won best editing.",
    )
    assert found.get("Charlie Kaufman") == "PERSON"
    assert "Kaufman" not in found or found["Kaufman"] == "PERSON"


# Cue "work that took a film prize's awards".


def test_a_name_that_took_a_count_of_film_prizes_is_a_work(extractor):
    found = label_by_name(
        extractor, "The Long Winter took four Baftas, and Grey Mornings took two Oscars."
    )
    assert found.get("Grey Mornings") == "WORK_OF_ART"


def test_a_person_who_took_film_prizes_stays_a_person(extractor):
    found = label_by_name(
        extractor, "Katharine Hepburn took four Oscars. Hepburn took home two Baftas too."
    )
    assert found.get("Katharine Hepburn") == "PERSON"


# Cue "work named a best film category's winner".


def test_the_film_a_best_film_category_names_is_a_work(extractor):
    found = label_by_name(
        extractor, "Best British film was A Summer of Rain, the story of two sisters."
    )
    assert found.get("A Summer of Rain") == "WORK_OF_ART"


def test_the_film_a_work_categorys_award_went_to_is_a_work(extractor):
    found = label_by_name(
        extractor,
        "The documentary award went to The Long Road North, while the animation prize went "
        "to The Paper Fox.",
    )
    assert found.get("Long Road North") == "WORK_OF_ART"


def test_a_best_actor_category_names_no_work(extractor):
    found = label_by_name(extractor, "Best actor went to Jamie Foxx for his role as a singer.")
    assert found.get("Jamie Foxx") == "PERSON"
    found = label_by_name(extractor, "The best actress award went to Imelda Staunton for her role.")
    assert found.get("Imelda Staunton") == "PERSON"


# `entity_quoted_openings.opens_a_quotation`: a quotation after "said:" opens with a
# speaker's words, no title.


def test_a_gerund_opening_a_quotation_after_a_colon_is_no_work(extractor):
    found = label_by_name(
        extractor,
        'Blanchett, who won an award in 1998 for her role, said: "Winning a Bafta means an '
        'enormous amount to me and my family."',
    )
    assert "Winning a Bafta" not in found
    found = mention_labels(
        extractor, 'Speaking after the match, he said: "Beating the Aussies is always special."'
    )
    assert ("Beating the Aussies", "WORK_OF_ART") not in found


def test_a_title_of_capitalised_words_opening_a_quotation_stays(extractor):
    found = label_by_name(
        extractor, 'The critic wrote: "Finding Neverland is the film of the year."'
    )
    assert found.get("Finding Neverland") == "WORK_OF_ART"


# `entity_quoted_words.without_quoted_words`: a word quoted as a word is no name.


def test_a_word_quoted_as_a_word_is_no_name(extractor):
    found = label_by_name(extractor, "\"'Restraint' is the word I would use,\" the minister said.")
    assert "Restraint" not in found
    found = label_by_name(extractor, "He called the plan 'Overreach', a word his aides repeated.")
    assert "Overreach" not in found


def test_a_quoted_name_without_a_word_of_words_stays(extractor):
    found = label_by_name(extractor, "The band 'Keane' played the Brixton Academy on Friday.")
    assert "Keane" in found


def test_a_quoted_slogan_after_a_comma_keeps_its_reading(extractor):
    text = 'She wore the club\'s new slogan, "Back the Bid", on her shorts at the meeting.'
    assert ("Back the Bid", "WORK_OF_ART") in mention_labels(extractor, text)
