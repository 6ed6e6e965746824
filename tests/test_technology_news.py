"""Technology news: standards and formats are no names; products and firms by their names."""

import pytest

from factx.extract.entity_non_names import (
    spelled_in_lower_case,
    spelled_out_term,
    technology_tail,
    technology_term,
    unit_beside_figure,
)


def test_a_listed_term_and_its_plural_are_no_names_in_the_lists_own_case():
    assert technology_term("DRM") and technology_term("Wap") and technology_term("Mbps")
    assert technology_term("SMSes") and technology_term("PVRs")
    # Names that are words of the list in another case, and letter pairs left out of it.
    assert not technology_term("Ram") and not technology_term("Sim")
    assert not technology_term("GB") and not technology_term("Skype")


def test_a_unit_beside_its_figure_is_no_name():
    def unit(text, name):
        start = text.index(name)
        return unit_beside_figure(text, start, start + len(name))

    assert unit("the phone comes with 32 GB of memory", "GB")
    assert unit("a 700MB disc", "MB")
    assert unit("it costs $49 (USD) a year", "USD")
    assert unit("prices of EUR 12 each", "EUR")
    # Great Britain's initials and a code far from any figure stay names.
    assert not unit("the GB team won", "GB")
    assert not unit("Team GB took 12 medals", "GB")
    assert not unit("USD traders were calm", "USD")
    # A game's statistic after its count; the bank of the same letters stands alone.
    assert unit("Ortiz drove in 121 RBI last season", "RBI")
    assert unit("he had three RBI in the win", "RBI")
    assert not unit("the RBI cut its rates", "RBI")
    # A clock's zone after its time; the same letters far from a time stay a name.
    assert unit("The hearing starts at 1200 GMT.", "GMT")
    assert unit("polls close at 9 a.m. EST on Tuesday", "EST")
    assert unit("at 10pm (2200 GMT)", "GMT")
    assert not unit("GMT said no to the offer", "GMT")
    assert not unit("shares of GMT rose 3", "GMT")


def test_a_terms_words_written_out_spell_it():
    assert spelled_out_term("Digital Rights Management", "DRM")
    assert spelled_out_term("Global System for Mobiles", "GSM")
    assert spelled_out_term("Digital Video Broadcasting Handheld", "DVB-H")
    assert not spelled_out_term("Digital Rights Management", "FSA")  # no listed term
    assert not spelled_out_term("Michael M. Sears", "MMS")  # an initial is no word
    assert not spelled_out_term("Mobile Messaging Solutions Ltd", "MMS")


def test_a_short_form_spelled_out_in_lower_case_is_a_term():
    text = (
        "Firms use digital rights management (DRM) and voice over internet protocol (VoIP); "
        "the Food Standards Agency (FSA) and the regulator (Ofcom) disagree."
    )
    assert spelled_in_lower_case(text) == {"DRM", "VoIP"}


def test_a_term_run_into_a_name_is_cut_off_but_a_generation_stays():
    assert technology_tail("Skype Voip") == len(" Voip")
    assert technology_tail("TiVo DVR") == len(" DVR")
    assert technology_tail("Super 3G") == 0
    assert technology_tail("DRM") == 0


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # The model tags a standard and a service's protocol as firms or people.
        (
            "Mobile TV\n\nThe DVB standard is used in Europe by Nokia, with USB and GPRS.",
            {"USB", "GPRS"},
            {"Nokia": "ORG", "Europe": "LOC"},
        ),
        (
            "Net calls\n\nAbout 83 million people have downloaded the Skype Voip service. Skype "
            "lets people make free calls.",
            {"Skype Voip", "Voip"},
            {"Skype": "ORG"},
        ),
        # Spelled out with capitals beside its short form, then written alone.
        (
            "Music news\n\nMusic firms wrap songs in Digital Rights Management (DRM). Critics say "
            "DRM stops fans copying songs. Digital Rights Management systems are unpopular.",
            {"Digital Rights Management", "DRM"},
            {},
        ),
        # Initials that spell a term used in the article are a person's, not the term.
        (
            "Net calls\n\nMichael M. Sears said MMS picture messages were selling well in the US.",
            {"MMS"},
            {"Michael Sears": "PERSON"},
        ),
        # Round r26-things: diseases and terms, technologies and schemes written out.
        # Diseases the model tags as firms.
        (
            "Health checks\n\nMigrants face tests for TB under the plan, said Michael Howard. "
            "Malaria kills a child every minute, the World Health Organisation said.",
            {"TB", "Malaria"},
            {"Michael Howard": "PERSON", "World Health Organisation": "ORG"},
        ),
        # A standard written out with a hyphenated short form, and a scheme by its last word
        # with its initials after.
        (
            "Mobile TV\n\nNokia backs Digital Video Broadcasting Handheld (DVB-H) for phones. "
            "Ofcom wants more firms to offer Carrier Number Selection (CNS), and CNS lines are "
            "cheap.",
            {"Digital Video Broadcasting Handheld", "Carrier Number Selection", "CNS"},
            {"Nokia": "ORG", "Ofcom": "ORG"},
        ),
        # A disease's short form the article gives as a body's initials is the body's.
        (
            "Markets\n\nShares fell on the Bombay Stock Exchange (BSE) on Monday. Trading on "
            "the BSE was thin, said Reliance.",
            set(),
            {"Bombay Stock Exchange": "ORG", "Reliance": "ORG"},
        ),
        # A body whose initials are given in brackets stays.
        (
            "Shops\n\nThe Office of Fair Trading (OFT) will look at the deal. The OFT said "
            "shoppers paid VAT twice.",
            {"VAT"},
            {"Office of Fair Trading": "ORG"},
        ),
    ],
)
def test_technology_terms_are_no_entities(extractor, text, gone, kept):
    found = _entities(extractor, text)
    assert not gone & set(found)
    assert {name: found.get(name) for name in kept} == kept


def test_a_product_the_model_reads_as_a_person_owns_no_first_word(extractor):
    # The model's one PERSON reading of "Yahoo Messenger" took every "Yahoo" as its first
    # name: the firm was a person, named after its product.
    found = _entities(
        extractor,
        "Yahoo news\n\nUsers of Yahoo Messenger can now swap photos. Yahoo said the service had "
        "20 million users. Yahoo shares rose 3%. Yahoo is also buying a search firm.",
    )
    assert found.get("Yahoo") == "ORG"
    assert found.get("Yahoo Messenger") == "PRODUCT"


def test_a_term_after_an_article_leaves_no_name(extractor):
    # "The GPRS" is the term with its sentence's article: no entity "The" may be left of it.
    found = _entities(
        extractor,
        "Gizmondo\n\nThe Gizmondo handheld goes on sale. The GPRS connection lets players meet. "
        "The device costs £229. The screen is small.",
    )
    assert "The" not in found and "GPRS" not in found
