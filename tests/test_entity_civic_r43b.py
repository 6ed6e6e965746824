"""Round r43b-civic: schemes, bodies and documents of political news (seeds 127-129's "Rules these
errors suggest"): a scheme between "the" and its kind or "introduced as a pilot scheme" no person
(the cues "scheme between the and its kind" and "name introduced as a scheme" of
factx/data/entities.json, and factx.extract.entity_civic.schemes_whole), a body's name over "of
<People> <Plural>" (bodies_of_a_people), "the Commission for <Field>" the model leaves out
(bodies_for_a_field), a cabinet portfolio before "Secretary <Name>" (portfolio_titles) and a
field's White Paper (entity_non_names.document_kind). The sentences are made up."""

from entity_reading import entities, labelled, names


def test_a_scheme_between_the_and_its_kind_is_no_person(extractor):
    # Seed 129's tech/308: `Windows Genuine Advantage` PERSON (the model's ORG on the first
    # mention, PERSON on the second).
    text = (
        "Software checks\n\nThe Office Genuine Check scheme means people will have to prove "
        "their software is genuine. Office Genuine Check was first introduced as a pilot scheme "
        "in 2004."
    )
    found = entities(extractor, text)
    scheme = "Office Genuine Check"
    assert ("ORG", scheme, [scheme, scheme]) in found
    assert not labelled(extractor, text, "PERSON")


def test_a_scheme_introduced_as_a_pilot_is_no_person(extractor):
    text = (
        "Music checks\n\nThe iTunes Authentic Licence scheme means users must register. iTunes "
        "Authentic Licence was first introduced as a pilot scheme in March."
    )
    assert not labelled(extractor, text, "PERSON")
    assert "Licence" not in names(entities(extractor, text))


def test_a_presenters_programme_and_a_stars_campaign_are_left(extractor):
    text = (
        "Phone taps\n\nMr Solana told ITV1's Jonathan Dimbleby programme that it worked. The "
        "label said the new Elvis campaign was its biggest."
    )
    # Round r45b-press: the show named for its presenter after a broadcaster's possessive is a
    # work (OntoNotes makes a programme's title WORK_OF_ART; seed 139 counted it wrong as
    # PERSON); what this test keeps is that the campaign's rule leaves it alone: no ORG.
    assert "Jonathan Dimbleby" in labelled(extractor, text, "WORK_OF_ART")
    assert "Jonathan Dimbleby" not in labelled(extractor, text, "ORG")


def test_a_body_runs_on_over_its_people(extractor):
    # Seed 129's politics/232: `Board of Deputies` ORG and `British` NORP.
    text = (
        "Complaint\n\nA complaint was made to the body by the Board of Deputies of British Jews "
        "and the Commission for Racial Equality."
    )
    found = entities(extractor, text)
    assert [e for e in found if e[0] == "ORG" and e[1] == "Board of Deputies of British Jews"]
    assert ("ORG", "Commission for Racial Equality", ["Commission for Racial Equality"]) in found
    assert not labelled(extractor, text, "NORP")


def test_a_body_for_a_field_after_and_the(extractor):
    text = (
        "Farm row\n\nA complaint was made by the Council of Welsh Farmers and the Commission for "
        "Rural Communities."
    )
    found = entities(extractor, text)
    body = "Commission for Rural Communities"
    assert ("ORG", body, [body]) in found


def test_a_people_after_a_body_of_no_kind_word_is_left(extractor):
    text = "Visit\n\nThe minister met leaders of Welsh Farmers and the families of British Jews."
    found = entities(extractor, text)
    assert not [e for e in found if "of British Jews" in e[1] or "of Welsh Farmers" in e[1]]


def test_a_portfolio_before_secretary_is_no_body(extractor):
    # Seed 128's politics/135: `International Development` ORG.
    text = (
        "Aid visit\n\nInternational Development Secretary Hilary Benn will visit Kenya. Shadow "
        "Constitutional Affairs Secretary Oliver Heald accused the government of failing."
    )
    found = entities(extractor, text)
    assert not [e for e in found if e[0] in ("ORG", "WORK_OF_ART")]
    assert {"Hilary Benn", "Oliver Heald"} <= names(found)


def test_a_fields_white_paper_is_no_name(extractor):
    # Seed 127's politics/033: `White Paper` ORG.
    text = (
        "Airport plans\n\nThe government's plans outlined in last year's transport White Paper "
        "could be left in ruins."
    )
    assert "White Paper" not in names(entities(extractor, text))


def test_a_party_after_a_persons_comma_is_found(extractor):
    # Seed 127's politics/375 and seed 129's politics/025: `Plaid Cymru` and `Labour` missed.
    text = (
        "Budget reaction\n\nElfyn Llwyd, of Plaid Cymru, called it a budget for the rich. Ms "
        "Roche, Labour MP for Hornsey and Wood Green, believes the plan is wrong."
    )
    found = entities(extractor, text)
    assert ("ORG", "Plaid Cymru", ["Plaid Cymru"]) in found
    assert ("ORG", "Labour", ["Labour"]) in found


def test_a_party_before_a_longer_name_is_left(extractor):
    text = "Donors\n\nThe money went to Labour Friends of Israel, a lobby group, in March."
    assert "Labour" not in names(entities(extractor, text))
