"""Round r40d-firms: a publisher the model took for a person, shown a firm by what it owns and
does (seed 110's `Merriam-Webster` PERSON): sentences of my own."""

from datetime import date

from test_lone_firms import cues


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def labels(found):
    return {name: label for label, name, _ in found}


def test_a_name_that_defines_words_and_owns_a_dictionary_is_a_firm(extractor):
    # At 5675879: `Webster` PERSON (3), the publisher.
    text = (
        "Word of the year\n\n"
        'The word "podcast" has been picked as the top word of 2005 by a US dictionary '
        "publisher.\n\n"
        'Webster said "podcast" headed the list of most looked-up terms on its site during the '
        'year. Webster defines a podcast as: "an audio programme you can download". The word '
        "will appear in the 2006 version of Webster's printed dictionary."
    )
    assert labels(entities(extractor, text)).get("Webster") == "ORG"


def test_a_person_s_own_website_alone_leaves_a_person(extractor):
    # One sign is not enough: a singer has a website too.
    text = (
        "Tour dates\n\n"
        "Minogue said on her site that the tour would start in May. Fans can find the dates on "
        "Minogue's official website."
    )
    assert labels(entities(extractor, text)).get("Minogue") == "PERSON"


def test_a_person_s_definition_and_website_are_no_firm_s_signs():
    """A person defines words and has a website as often as a publisher does: neither is a
    firm's sign (the lead's mend of round r40d-firms, whose "defines <word> as" and "<Name>'s
    website" signs together made a lone manager's name a firm); a dictionary still is one."""
    text = "Talvex defines success as winning. Talvex's website says so."
    assert set(cues(text, "Talvex")) == {""}
    text = "Talvex said the word was on its site. Talvex's printed dictionary has it."
    assert set(cues(text, "Talvex")) == {"ORG"}
