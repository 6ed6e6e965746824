"""Round r37e-screen: works, magazines and titles in arts news (seeds 85-87's "Rules these
errors suggest"); each sentence is this round's own."""

from dataclasses import dataclass

from builders import raw_mentions

from factx.extract.entity_listed_works import works_rounding_out_a_chart
from factx.extract.lists import known_labels, listed_labels


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {m.text: f.label for f in record.facts if f.type == "entity" for m in f.mentions}


@dataclass
class _M:
    start: int
    end: int
    label: str
    cue: str = ""


def _mentions(text, names):
    found, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        found.append(_M(start, start + len(name), label))
        at = start + len(name)
    return found


def _lent(text, names):
    mentions = _mentions(text, names)
    labels, certain = known_labels(text, mentions)
    return {text[mentions[i].start : mentions[i].end]: lab for i, lab in
            listed_labels(text, mentions, labels, certain)}  # fmt: skip


def test_a_name_after_the_comma_that_follows_a_lists_and_is_no_member():
    # `_closed_by_and`: the list of stars ends at "and"; the film after the comma opens the
    # clause (seed 87's `Ocean's Eleven` PERSON, lent by "Frank Sinatra and the Rat Pack").
    text = (
        "A remake of the 1950s film, starring Dean Martin and the Rat Pack, Harry's Nine was"
        " directed by Steven Soderbergh."
    )
    names = [("Dean Martin", "PERSON"), ("the Rat Pack", "PERSON"), ("Harry's Nine", "ORG")]
    assert _lent(text, names) == {}


def test_a_list_that_goes_on_after_its_and_to_another_and_stays_whole():
    text = "The winners were Ann Lee and Joe Bloggs, Mary Poppins and Acme Jones."
    names = [
        ("Ann Lee", "PERSON"),
        ("Joe Bloggs", "PERSON"),
        ("Mary Poppins", "PERSON"),
        ("Acme Jones", "ORG"),
    ]
    assert _lent(text, names) == {"Acme Jones": "PERSON"}


def test_a_list_closed_by_its_and_still_lends():
    text = "The bid was backed by Ann Lee, Joe Bloggs and Acme Smith."
    names = [("Ann Lee", "PERSON"), ("Joe Bloggs", "PERSON"), ("Acme Smith", "ORG")]
    assert _lent(text, names) == {"Acme Smith": "PERSON"}


def test_stars_before_a_film_after_the_comma_stay_people(extractor):
    # The model's ORG for the film lent to the stars at the base (`Frank Sinatra` ORG).
    found = _labels(
        extractor,
        "Heist film\n\nA remake of the 1960s film, starring Frank Sinatra and the Rat Pack,"
        " Harry's Eleven was directed by Oscar-winning director Steven Soderbergh.",
    )
    assert found.get("Frank Sinatra") == "PERSON"
    assert found.get("Harry's Eleven") != "PERSON"


def test_a_chart_lists_stars_in_a_comma_aside_are_no_works():
    # `entity_listed_works._ASIDE`: seed 87's "animated fable The Polar Express, starring Tom
    # Hanks, and festive comedy ..."; a star without a common first name was cued a work.
    text = (
        "Rounding out the top five was animated fable The Iron Giant, starring Vin Diesel, and"
        " festive comedy Red Sky."
    )
    mentions = raw_mentions(
        text, [("The Iron Giant", "ORG"), ("Vin Diesel", "PERSON"), ("Red Sky", "PERSON")]
    )
    works_rounding_out_a_chart(text, mentions)
    assert [m.cue for m in mentions] == ["WORK_OF_ART", "", "WORK_OF_ART"]


def test_a_chart_list_with_with_inside_a_title_stays_a_work():
    text = "Rounding out the top five were Hot Sun and Evenings with the Smiths."
    mentions = raw_mentions(text, [("Hot Sun", "ORG"), ("Evenings with the Smiths", "PERSON")])
    works_rounding_out_a_chart(text, mentions)
    assert [m.cue for m in mentions] == ["WORK_OF_ART", "WORK_OF_ART"]


def test_a_star_in_a_chart_lists_comma_aside_is_a_person(extractor):
    found = _labels(
        extractor,
        "Box office\n\nRounding out the top five was animated fable The Iron Giant, starring Vin"
        " Diesel, and festive comedy Christmas with the Smiths.",
    )
    assert found.get("Vin Diesel") == "PERSON"
