import pytest
import spacy
from spacy.tokens import Span

from factx.extract.runs import widened

NLP = spacy.blank("en")


def widen(sentence: str, name: str, label: str) -> str:
    doc = NLP(sentence)
    start = next(i for i, t in enumerate(doc) if doc[i:].text.startswith(name))
    end = start + len(NLP(name))
    doc.ents = [Span(doc, start, end, label=label)]
    first, last = widened(doc, start, end, label)
    return doc[first:last].text


@pytest.mark.parametrize(
    ("sentence", "name", "label", "expected"),
    [
        # The model's part of a name, widened over the capitalised words around it.
        ("more on the BBC World Service's Go Digital programme", "Digital", "ORG", "Go Digital"),
        ("a spokesman for Top of the Pops said", "Pops", "ORG", "Top of the Pops"),
        ("by Sunday Telegraph journalist Robert Peston", "Telegraph", "ORG", "Sunday Telegraph"),
        ("will sing on Friday's BBC One show", "BBC", "ORG", "BBC One"),
        ("the Prisoner of Azkaban was", "Azkaban", "ORG", "Prisoner of Azkaban"),
        # Not over a title, a sentence's first word, an acronym, or after a place.
        ("said Labour MP Smith", "Labour", "ORG", "Labour"),
        ("Yesterday Apple said", "Apple", "ORG", "Apple"),
        ("sold to Nintendo DS owners", "Nintendo", "ORG", "Nintendo"),
        ("the rise of British TV", "British", "NORP", "British"),
        ("the UK Prime Minister", "UK", "GPE", "UK"),
        ("a statement from Michael of Romania", "Romania", "GPE", "Romania"),
        ("the Edinburgh Royal Infirmary", "Royal Infirmary", "FAC", "Royal Infirmary"),
        ("Sunday Telegraph said", "Telegraph", "ORG", "Telegraph"),
        # People's names are not widened: "Tory Michael Howard" keeps its parts apart.
        ("said Tory Michael Howard", "Michael Howard", "PERSON", "Michael Howard"),
    ],
)
def test_a_name_cut_inside_a_capitalised_run_takes_the_run(sentence, name, label, expected):
    assert widen(sentence, name, label) == expected


def test_a_weekday_the_model_read_as_a_date_opens_a_papers_name():
    # The model tags "Sunday" DATE before "Telegraph": the paper's name is both.
    doc = NLP("by Sunday Herald journalist Ann Lee")
    doc.ents = [Span(doc, 1, 2, label="DATE"), Span(doc, 2, 3, label="ORG")]
    assert doc[slice(*widened(doc, 2, 3, "ORG"))].text == "Sunday Herald"
    # A day that is no part of a name stays the date's ("on Monday Acme said").
    doc = NLP("said on Monday Acme would")
    doc.ents = [Span(doc, 2, 3, label="DATE"), Span(doc, 3, 4, label="ORG")]
    assert doc[slice(*widened(doc, 3, 4, "ORG"))].text == "Acme"
    # Whatever the model made of the paper's word: "the Sunday Herald report" PERSON.
    doc = NLP("the Sunday Herald report added")
    doc.ents = [Span(doc, 1, 2, label="DATE"), Span(doc, 2, 3, label="PERSON")]
    assert doc[slice(*widened(doc, 2, 3, "PERSON"))].text == "Sunday Herald"
