"""A name's own number, no score (r32-glue): four figures, a release's decimal or a day's slash
after a name stay in it ("Nokia 6600", "Opera 8.0", "Fahrenheit 9/11"), and make the span a
product's or a title's, while scores, minutes and times are cut as before."""

import pytest
from builders import raw_mentions

from factx.extract.glue import pieces
from factx.extract.makers import with_models
from factx.extract.versions import product_families, with_versions


def names(text: str, label: str) -> list[str]:
    return [text[s:e] for s, e in pieces(text, 0, len(text), label)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Nokia 7610", "ORG"),  # a phone's model: four figures
        ("Sparrow 8.0", "ORG"),  # a release's one decimal
        ("Harbour 7/7", "ORG"),  # a film named for a day
        ("Harbour 7/7", "PERSON"),
    ],
)
def test_a_names_own_number_stays(text: str, label: str) -> None:
    assert names(text, label) == [text]


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Somerset 83", "GPE", ["Somerset"]),  # a score
        ("Dalton 107", "ORG", ["Dalton"]),  # a goal's minute in extra time
        ("Mexico 2-0", "GPE", ["Mexico"]),
        ("Kestrel 2.0", "PERSON", ["Kestrel"]),  # no person is named with a release
        ("Kestrel 6600", "PERSON", ["Kestrel"]),  # nor with a model's number
        # A year is an edition's or a date's as often as a name's own.
        ("Fairfield Prize 2004", "WORK_OF_ART", ["Fairfield Prize 2004"]),  # a label that keeps
        ("Fairfield Society 2004", "ORG", ["Fairfield Society"]),
        ("Budget of 2002", "ORG", ["Budget of"]),  # a date's "of" before the year
        ("Sussex 245/6", "GPE", ["Sussex"]),  # a cricket total and its wickets
    ],
)
def test_scores_minutes_and_dates_still_go(text: str, label: str, expected: list[str]) -> None:
    assert names(text, label) == expected


def test_figures_after_the_number_make_a_table_row():
    text = "Wigan 2005 4"
    assert [text[s:e] for s, e in pieces(text, 0, 9, "ORG")] == ["Wigan"]


def test_a_firms_span_ending_in_a_model_or_a_release_is_the_product():
    text = "Buyers chose the Nokia 7610, the Sparrow 8.0 browser and Heron 2000 backed them."
    named = [("Nokia 7610", "ORG"), ("Sparrow 8.0", "ORG"), ("Heron 2000", "ORG")]
    found = [(m.text, m.label) for m in with_models(text, raw_mentions(text, named))]
    # A year's four figures name a group as well as a product: the firm's label stays.
    assert found == [("Nokia 7610", "PRODUCT"), ("Sparrow 8.0", "PRODUCT"), ("Heron 2000", "ORG")]


def test_a_name_ending_in_a_days_slash_is_a_title():
    text = "Critics called Harbour 7/7 the film of the year."

    def no_add(*args):
        raise AssertionError("no untagged product expected")

    found = with_versions(text, raw_mentions(text, [("Harbour 7/7", "ORG")]), [], [], no_add)
    assert [(m.text, m.label) for m in found] == [("Harbour 7/7", "WORK_OF_ART")]


def test_a_releases_name_alone_is_the_product():
    text = "Web browser Sparrow 8.0 is out. Sparrow is free, said Sparrow Ltd."
    mentions = raw_mentions(text, [("Sparrow 8.0", "PRODUCT"), ("Sparrow", "PERSON")])
    product_families(mentions)
    assert [m.cue for m in mentions] == ["", "PRODUCT"]


def test_a_model_number_and_a_release_end_to_end(extractor):
    text = (
        "Phones\n\nBuyers queued for the Nokia 7610 phone in Oslo. Web browser Sparrow 8.0 is "
        "out this week. Sparrow is free to download, said Sparrow spokeswoman Anne Berg."
    )
    found = [(f.text, f.label) for f in extractor.extract_text(text).facts if f.type == "entity"]
    assert ("Nokia 7610", "PRODUCT") in found
    assert ("Sparrow 8.0", "PRODUCT") in found
    assert ("Sparrow", "PRODUCT") in found


def test_a_known_products_release_grows_whatever_the_models_label(extractor):
    # The model tags "Firefox" PERSON and "the Xbox 360" LAW; "to the" opens no range.
    found = [
        (f.text, f.label)
        for f in extractor.extract_text(
            "Consoles\n\nMozilla released Firefox 1.0 to the public on Tuesday. Microsoft will "
            "sell the Xbox 360 in Oslo."
        ).facts
        if f.type == "entity"
    ]
    assert ("Firefox 1.0", "PRODUCT") in found
    assert ("the Xbox 360", "PRODUCT") in found


def test_a_list_of_versions_leaves_the_family_whole(extractor):
    text = "Risks\n\nComputers running Microsoft Windows 95, 98 and 2000 are at risk, said Oslo."
    found = [(f.text, f.label) for f in extractor.extract_text(text).facts if f.type == "entity"]
    assert ("Microsoft Windows", "PRODUCT") in found
