"""Round r46b-towns: a channel keeps its "1", a cup ends before its round's "quarter|semi",
a nationality before "Re" is the reinsurer (sentences of my own)."""

from entity_reading import entities, labels, mentions, names


def test_a_channels_number_one_stays_in_its_name(extractor):
    found = entities(extractor, "The final will be shown by Sky Movies 1 at 2200 GMT on Sunday.")
    assert "Sky Movies 1" in names(found) and "Sky Movies" not in names(found)
    found = entities(extractor, "Highlights follow on Sky Sports 1 at 1900 GMT.")
    assert "Sky Sports 1" in names(found) and "Sky Sports" not in names(found)


def test_a_channels_other_number_and_a_teams_score_are_left_alone(extractor):
    found = entities(extractor, "The final will be shown by Sky Movies 2 at 2200 GMT on Sunday.")
    assert "Sky Movies 2" in names(found)
    found = entities(extractor, "Somerset 83 for four, then the rain came.")
    assert not any(name.startswith("Somerset 8") and label == "ORG" for label, name, _ in found)


def test_a_cup_ends_before_its_rounds_first_word(extractor):
    found = entities(extractor, "Motherwell sealed their Scottish Cup quarter-final tie at home.")
    assert "Scottish Cup" in names(found)
    assert not any("quarter" in name for name in names(found))
    found = entities(extractor, "Aberdeen lost their League Cup semi-final against Hibs.")
    assert not any("semi" in name for name in names(found))


def test_a_places_capital_quarter_is_left_alone(extractor):
    found = entities(extractor, "The band played a club in the French Quarter of New Orleans.")
    assert not any(name == "French" for name in names(found))


def test_a_nationality_before_re_is_the_reinsurer(extractor):
    found = entities(
        extractor,
        "Hanover Re and Swiss Re, two large reinsurers, expect smaller claims. Swiss Re said"
        " its costs would fall.",
    )
    assert labels(found, "Swiss Re") == {"ORG"}
    assert "Swiss" not in names(found)


def test_a_nationality_before_a_hyphened_re_word_is_left_alone(extractor):
    found = entities(extractor, "The Swiss Re-insurance market grew. Swiss voters said no.")
    assert "Swiss Re" not in names(found)


def test_a_county_before_a_residents_noun_and_a_full_name_is_a_place(extractor):
    found = entities(
        extractor,
        "The issue became famous when Norfolk farmer Peter Lane was jailed for shooting a burglar.",
    )
    assert labels(found, "Norfolk") == {"GPE"}
    found = entities(
        extractor,
        "Lincolnshire farmer Peter Lane shot an intruder. Kent pensioner Mary Jones said so."
        " Essex businessman Paul Green agreed.",
    )
    for place in ("Lincolnshire", "Kent", "Essex"):
        assert labels(found, place) == {"GPE"}, place


def test_a_firm_a_body_a_people_and_a_province_before_a_residents_noun_are_left_alone(
    extractor,
):
    found = entities(
        extractor,
        "Ford worker Paul Black left. Norfolk Constabulary said it would act. Welsh farmer"
        " Tom Hale agreed.",
    )
    assert labels(found, "Ford") == {"ORG"}
    assert labels(found, "Norfolk Constabulary") == {"ORG"}
    assert "GPE" not in labels(found, "Welsh")
    # A county before a noun that is no resident's, or before no full name, is not read here.
    found = entities(extractor, "The Norfolk man was never named. Kent pensioners protested.")
    assert "Kent" not in names(found) or labels(found, "Kent") != {"ORG"}


def test_a_critic_of_a_paper_is_the_person_and_the_paper(extractor):
    found = entities(
        extractor, "But while Wendy Ide of The Times still thinks the film has a chance, few agree."
    )
    assert labels(found, "Wendy Ide") == {"PERSON"}
    assert not any(" of " in name for name in names(found))
    assert not any(label == "WORK_OF_ART" for label, _, _ in found)


def test_a_member_of_a_band_of_the_is_left_alone(extractor):
    found = entities(extractor, "The singer Barry Gibb of The Bee Gees sang at the concert.")
    assert labels(found, "Barry Gibb") == {"PERSON"}
    assert "Bee Gees" in " ".join(names(found))


_CRITICS = (
    "Critics pick their winners\n\n"
    "The Aviator is the favourite film, said Jamie Graham of Total Film, a position shared by"
    " Film 2005 presenter Jonathan Ross.\n\n"
    "- Jamie Graham, Total Film:\n\n"
    "Film - The Aviator; director - Martin Scorsese\n\n"
    "- Tom Hale, Empire:\n\n"
    "Film: Sideways; director - Alexander Payne"
)


def test_a_common_word_name_takes_no_lists_heading_by_its_spelling(extractor):
    heading_starts = [
        i for i in range(len(_CRITICS)) if _CRITICS.startswith("\n\nFilm", i - 2) and i > 1
    ]
    assert heading_starts
    starts = {start for start, _, _ in mentions(extractor, _CRITICS)}
    assert not starts & set(heading_starts)


def test_a_name_the_article_never_writes_in_lower_case_still_heads_its_line(extractor):
    text = (
        "Arsenal beat Chelsea on Saturday.\n\n"
        "Arsenal - Tom Hale, Jim Bell, Paul Green\n\n"
        "Chelsea - Peter Lane, Mark Jones"
    )
    found = entities(extractor, text)
    arsenal = [texts for _, name, texts in found if name == "Arsenal"]
    assert arsenal and len(arsenal[0]) == 2
