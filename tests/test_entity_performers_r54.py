"""Round 54 (lead): a name straight after a performer's word for their fame ("music diva",
"pop star", "hip hop mogul") is a person, whatever the model's label (a PolNeAR article's
"music diva Beyonc\u00e9", the model's ORG). Sentences of our own."""

import pytest
from entity_reading import label_by_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She shared the stage with music diva Beyonc\u00e9 and her husband.", "Beyonc\u00e9"),
        ("The show starred pop star Kylie Minogue.", "Kylie Minogue"),
    ],
)
def test_a_performer_after_the_word_for_their_fame_is_a_person(extractor, text, name):
    assert label_by_name(extractor, text)[name] == "PERSON"


def test_a_title_with_star_in_it_is_left_alone(extractor):
    # "Star" opening a name is no performer's word before it.
    found = label_by_name(extractor, "Fans queued to see Star Wars at the cinema.")
    assert found.get("Star Wars") != "PERSON"
