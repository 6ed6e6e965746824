"""The lead's entity cues of round 33: a title named after its character before its star, and
a work up for a work's prize (docs/entity-handcheck.md, "The lead's entity rules of round 33")."""

import pytest


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A film named after its character, before "star" and its star's full name.
        (
            "The Billy Elliot star Jamie Bell has signed up for a new film.",
            "Billy Elliot",
            "WORK_OF_ART",
        ),
        ("The Billy Elliot star Jamie Bell has signed up for a new film.", "Jamie Bell", "PERSON"),
        # A band's star comes before "star" too: the band stays.
        ("Rolling Stones star Ronnie Wood opened the show.", "Rolling Stones", "ORG"),
        # The work a prize for best film goes to; a director named in full stays a person.
        (
            "Critics expect Sideways to win, but bookmakers favour The Island for best film.",
            "Island",
            "WORK_OF_ART",
        ),
        ("Bookmakers favour Mike Leigh for best film.", "Mike Leigh", "PERSON"),
        # A part played in a title named after its character; a role in a person's deed.
        ("Kate Hudson plays a shy waitress in Annie Gray.", "Annie Gray", "WORK_OF_ART"),
        ("He played a key role in Gordon Brown's campaign.", "Gordon Brown", "PERSON"),
        # A time between an award and its work.
        ("Miyazaki won an Oscar earlier this year for Castle Rock.", "Castle Rock", "WORK_OF_ART"),
        # The noun "stars" after the film industry's place: no work.
        ("Several Hollywood stars arrived for the festival.", "Hollywood", "GPE"),
    ],
)
def test_works_by_their_star_and_their_prize(extractor, text, name, label):
    assert _labels(extractor, text).get(name) == label


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Perpignan centre Jean-Philippe Granclaude", "Jean-Philippe Granclaude"),
        ("Hollywood star Tom Cruise", "Tom Cruise"),
        ("Leinster hooker Shane Byrne", "Shane Byrne"),
    ],
)
def test_a_post_inside_a_person_span_starts_the_name_after_it(span, name):
    from factx.extract.entities import strip_title

    start, label = strip_title(span, 0, len(span), "PERSON")
    assert (span[start:], label) == (name, "PERSON")


@pytest.mark.parametrize("span", ["Centre Point Tower", "Star Wars Episode"])
def test_a_post_word_that_opens_a_name_is_the_names(span):
    from factx.extract.entities import strip_title

    assert strip_title(span, 0, len(span), "ORG") == (0, "ORG")
