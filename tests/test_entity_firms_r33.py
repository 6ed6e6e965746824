"""Round r33-firms: firms, laws and nationalities the model mislabels: a firm's misspelt name
joined to the firm, a firm made to add servers or that shipped its goods, a firm's servers
and subscribers, "JP Morgan", a "Directive on" its subject, and "Shares in Anglo-Dutch ..."
(a nationality, no firm)."""

import pytest

from factx.extract.entity_misspelt_firms import edits


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return [
        (f.name, f.label, sorted(m.text for m in f.mentions))
        for f in record.facts
        if f.type == "entity"
    ]


def _labels(extractor, text):
    return {(name, label) for name, label, _ in _entities(extractor, text)}


def test_edits_counts_swaps_as_one():
    assert edits("astrazeneca", "aztrazeneca", 2) == 1
    assert edits("glaxosmithkline", "glaxosmithklein", 2) == 2
    assert edits("kline", "klien", 2) == 1
    assert edits("pellcorp", "quorvia", 2) == 3


def test_a_misspelt_firm_is_the_firm(extractor):
    # The model reads the misspelt name as a person, apart from the firm.
    found = _entities(
        extractor,
        "GlaxoSmithKline had hoped to sell its Avandia drug in Europe. GlaxoSmithKlein has now "
        "appointed a new executive director to the board.",
    )
    assert ("GlaxoSmithKline", "ORG", ["GlaxoSmithKlein", "GlaxoSmithKline"]) in found


def test_a_misspelt_firm_of_one_letter_is_the_firm(extractor):
    found = _entities(
        extractor,
        "Drugmaker AstraZeneca said its heart drug had failed. Shares in AstraZeneca fell 5%. "
        "AztraZeneca has now named a new head of research.",
    )
    firm = [f for f in found if f[0] == "AstraZeneca"]
    assert firm and firm[0][1] == "ORG" and "AztraZeneca" in firm[0][2]
    assert not any(label == "PERSON" for _, label, _ in found)


def test_a_person_one_letter_from_a_firm_stays_a_person(extractor):
    # A person's evidence of his own (an honorific) keeps him apart from the firm.
    found = _labels(
        extractor,
        "Shares in Pellcorp fell 4% on Monday. Mr Pelcorp, no relation, said he was sorry.",
    )
    assert ("Pelcorp", "PERSON") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "More than 100,000 players joined on the first day, forcing Rockstar to add another "
            "20 servers to cope with the influx.",
            "Rockstar",
        ),
        (
            "More than 100,000 players joined on the first day, forcing Bungie to add another "
            "20 servers to cope with the influx.",
            "Bungie",
        ),
        ("Analysts said Halvio has shipped more than two million consoles since March.", "Halvio"),
    ],
)
def test_a_firm_by_its_servers_or_shipments_is_a_firm(extractor, text, name):
    # The model reads each as a person or a place.
    assert (name, "ORG") in _labels(extractor, text)


def test_a_person_forced_to_act_stays_a_person(extractor):
    found = _labels(
        extractor, "The scandal forced Gordon Hale to resign, and Tom Rusk to add a new chapter."
    )
    assert ("Gordon Hale", "PERSON") in found
    assert ("Tom Rusk", "PERSON") in found


def test_jp_morgan_is_one_firm(extractor):
    found = _labels(extractor, "The deal was advised by JP Morgan and J.P. Morgan Chase in Boston.")
    assert ("JP Morgan", "ORG") in found
    assert ("J.P. Morgan Chase", "ORG") in found


def test_a_directive_on_its_subject_is_a_law(extractor):
    found = _labels(
        extractor,
        "Ministers want to see the text of the Directive on Unfair Commercial Practices changed.",
    )
    assert ("Directive on Unfair Commercial Practices", "LAW") in found


def test_shares_in_an_anglo_compound_make_no_firm(extractor):
    found = _labels(extractor, "Shares in Anglo-Dutch oil group have closed down 3% in UK trade.")
    assert not any(label == "ORG" and "Anglo" in name for name, label in found)


def test_a_place_beside_its_peoples_body_is_no_misspelling(extractor):
    # "Kashmiri" is a word made from "Kashmir" (an ending added), not a misspelling of it.
    found = _labels(
        extractor,
        "Troops patrol the disputed region of Kashmir. The Kashmiri said the talks had failed, "
        "and Kashmiri leaders walked out.",
    )
    assert ("Kashmir", "LOC") in found


def _raw(text, label, start):
    from factx.extract.entities import RawMention

    return RawMention(text, start, start + len(text), label, 0, 0, False)


def test_a_surname_the_model_once_tags_a_firm_lends_no_label():
    # One ORG of the model on a lone surname ("said Colquhoun") makes no firm: the misspelt
    # "Colquohun" beside it is no firm's mention. Two ORG mentions make one.
    from factx.extract.entities import name_key
    from factx.extract.entity_misspelt_firms import misspelt_firms

    once = [_raw("Colquohun", "PERSON", 0), _raw("Colquhoun", "ORG", 50)]
    short_forms: dict[str, str] = {}
    misspelt_firms(once, {"colquohun"}, short_forms, name_key)
    assert short_forms == {} and once[0].cue == ""
    twice = [*once, _raw("Colquhoun", "ORG", 90)]
    misspelt_firms(twice, {"colquohun"}, short_forms, name_key)
    assert short_forms == {"colquohun": "colquhoun"} and twice[0].cue == "ORG"
