"""Business and politics news: words glued to names, titles, gases, sites, faiths, firms by
their deals, bodies cut at their "of", lists of seats (round r23-biz).

Every sentence here is made up for the test; none is from the evaluation data.
"""

import spacy
from spacy.tokens import Span

from factx.extract.entity_non_names import glued_common_words


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def _glued(words: str, start: int, end: int, label: str = "ORG") -> int:
    doc = spacy.blank("en")(words)
    return glued_common_words(Span(doc, start, end, label=label))


def test_lower_case_words_run_into_a_names_front_are_no_part_of_it():
    # The model's span "force Westbrook Foundation" (a verb) and "bank Nordea Holdings" (a
    # common noun before a firm): no name opens with a plain lower-case word.
    assert _glued("tried to force Westbrook Foundation to close", 2, 5) == 1
    assert _glued("rival bank Nordea Holdings said", 1, 4) == 1
    assert _glued("he rang Lucy at once", 1, 3, "PERSON") == 1
    # A part of a place, a particle, a prefix, an article and a title keep their words.
    assert _glued("prices in west London rose", 2, 4, "GPE") == 0
    assert _glued("a painting by van Gogh sold", 3, 5, "PERSON") == 0
    assert _glued("staff of the Proceedings of the Academy", 2, 7) == 0
    assert _glued("the film in the Name of the Father won", 2, 8, "WORK_OF_ART") == 0


def test_a_place_or_a_particle_keeps_its_lower_case_word(extractor):
    found = _entities(
        extractor,
        "Property\n\nHouse prices in west London rose again, the Halifax said on Friday.",
    )
    assert found.get("west London") == "GPE"


def test_a_heads_portfolio_with_no_person_after_it_is_no_body(extractor):
    # The title's word, which the model tags ORG ("State", "State for Transport").
    found = _entities(
        extractor,
        "Visit\n\nDavid Marsh, US Secretary of State was visiting Cairo on Monday. The "
        "Secretary of State for Transport said the plan would work.",
    )
    assert "State" not in found and "State for Transport" not in found
    assert found.get("David Marsh") == "PERSON" and found.get("Cairo") == "GPE"
