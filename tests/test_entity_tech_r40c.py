"""Round r40c-tech: market indexes the model misses, a technology's other name after its
bracketed initials, a report's title after "<Firm> report:" (seeds 106-108): sentences of my
own."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def labels(found):
    return {name: label for label, name, _ in found}


def test_indexes_after_the_or_a_countrys_possessive_are_found(extractor):
    # At 7398637: nothing for `Nikkei` (2) nor `Dax`.
    text = (
        "Markets\n\n"
        "Weak economic data preyed on shares, with the Nikkei down 1% in afternoon trade. "
        "Germany's benchmark Dax index closed lower, and the overall impact on Japan's Nikkei "
        "was slight."
    )
    found = entities(extractor, text)
    assert ("ORG", "Nikkei", ["Nikkei", "Nikkei"]) in found
    assert labels(found).get("Dax") == "ORG"
    assert labels(found).get("Germany") == "GPE"


def test_an_index_keeps_its_number(extractor):
    # At 7398637: nothing for either index.
    text = (
        "Stocks\n\nThe Nikkei 225 index ended the day up 0.7% at 11,740. In Paris the Cac-40 rose."
    )
    found = labels(entities(extractor, text))
    assert found.get("Nikkei 225") == "ORG"
    assert found.get("Cac-40") == "ORG"


def test_an_index_word_in_a_longer_name_or_a_persons_is_left(extractor):
    text = "Shares\n\nThe Nikkei Shimbun reported the deal. Dax Shepard said he was pleased."
    found = labels(entities(extractor, text))
    assert found.get("Dax Shepard") == "PERSON"
    assert "Nikkei" not in found and "Dax" not in found


def test_a_technologys_other_name_after_its_initials_is_a_product(extractor):
    # At 7398637: `Super 4G` FAC.
    text = (
        "Mobiles\n\n"
        '"Long Term Evolution (LTE) - sometimes called Super 4G - will be vital for '
        'operators," the report said.'
    )
    assert labels(entities(extractor, text)).get("Super 4G") == "PRODUCT"


def test_a_person_after_also_known_as_is_left(extractor):
    text = (
        "Mobiles\n\n"
        "The phone uses Wideband Code Division (WCDMA), also known as John Smith, in Europe."
    )
    assert labels(entities(extractor, text)).get("John Smith") == "PERSON"


def test_a_title_after_a_firms_report_runs_to_the_sentences_end(extractor):
    # At 7398637: no title at all.
    text = (
        "Broadband\n\n"
        "He is the author of the Ovum report: Moving Beyond the Limits of Broadband with Fibre "
        "and Other Technologies. He said more."
    )
    title = "Moving Beyond the Limits of Broadband with Fibre and Other Technologies"
    assert labels(entities(extractor, text)).get(title) == "WORK_OF_ART"


def test_a_sentence_after_a_reports_colon_is_no_title(extractor):
    text = "Broadband\n\nThe Ovum report: It said that the firms would lose money. Nobody agreed."
    found = entities(extractor, text)
    assert all(label != "WORK_OF_ART" for label, _, _ in found)


def test_a_technology_called_by_its_name_and_hyphened_initials_is_one_product(extractor):
    # At 7398637: `Evolution` PRODUCT, `Voice Optimised` ORG, `EV` ORG (2).
    text = (
        "Networks\n\n"
        "Some operators are opting for a technology called Evolution, Voice Optimised (EV-VO). "
        "Verizon will spend around $1bn on EV-VO technology."
    )
    found = entities(extractor, text)
    assert ("PRODUCT", "EV-VO", ["EV-VO", "EV-VO"]) in found
    assert labels(found).get("Evolution, Voice Optimised") == "PRODUCT"
    assert "EV" not in labels(found)


def test_a_person_called_by_name_is_left(extractor):
    text = "Code\n\nThe system called John Smith (JS) is a joke among the staff, said Mary Jones."
    assert labels(entities(extractor, text)).get("John Smith") != "PRODUCT"
