import pytest

from factx.extract.entities import RawMention, with_joined_titles
from factx.extract.work_titles import colon_titles, publication_end, sum_titles


def titles(paragraph: str) -> list[str]:
    return [paragraph[s:e] for s, e in colon_titles(paragraph, 0, len(paragraph))]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A title and its subtitle inside a sentence: the model cuts them at the colon.
        (
            "Crime Scene Investigation (CSI) and its spin-offs, CSI: Miami and CSI: New York, "
            "have proven popular.",
            ["CSI: Miami", "CSI: New York"],
        ),
        ("Wesley Snipes' Blade: Trinity took $16m.", ["Blade: Trinity"]),  # no possessor
        (
            "and The Lord of the Rings: The Return of the King. The second",
            ["The Lord of the Rings: The Return of the King"],
        ),
        ("sequel Exorcist: The Beginning, dropped by", ["Exorcist: The Beginning"]),
    ],
)
def test_colon_titles(paragraph, expected):
    assert titles(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Man Utd: Carroll, Gary Neville, Ferdinand, Brown.",  # a team sheet opens the line
        "Rooney, Scholes. Subs Not Used: Howard, Giggs.",  # after a sentence's end
        'He told the BBC: "We will win."',  # a quote after the colon
        "Johnny Depp: The acting outlaw",  # a headline's colon: no subtitle after "The"
        "- Angie Errigo, Empire: Film - The Aviator; director",  # a critic's list
        "the winners were, Best Actor: Jamie Foxx and others",  # a person after the colon
        "the prize for Mutants: On the form, varieties and errors",  # a subtitle cut short
        "the series CSI: Crime Scene Investigation, which",  # a short form and its name
        "Goals: Rooney 68. Att: 47,111 Ref: S Bennett (Kent).",  # an initialled referee
    ],
)
def test_no_colon_title(paragraph):
    assert titles(paragraph) == []


def mention(text: str, sentence: str, label: str, cue: str = "") -> RawMention:
    start = sentence.index(text)
    return RawMention(text, start, start + len(text), label, 0, 1, False, cue=cue)


def test_a_title_cut_at_of_the_is_joined_where_one_side_is_a_work():
    sentence = "nominated for Eternal Sunshine of the Spotless Mind. Eternal Sunshine won."
    first = mention("Eternal Sunshine", sentence, "ORG", cue="WORK_OF_ART")
    later = RawMention("Eternal Sunshine", 53, 69, "ORG", 1, 1, False)
    short_forms: dict[str, str] = {}
    found = with_joined_titles(
        sentence, [first, mention("the Spotless Mind", sentence, "FAC"), later], short_forms
    )
    assert [(m.text, m.label) for m in found] == [
        ("Eternal Sunshine of the Spotless Mind", "WORK_OF_ART"),
        ("Eternal Sunshine", "ORG"),
    ]
    # The work's side alone is the title's short form: its later mention joins the title.
    assert short_forms == {"eternal sunshine": "eternal sunshine of the spotless mind"}


def test_no_title_is_joined_without_a_work():
    sentence = "The Governor of the Bank of England said"
    mentions = [mention("Bank", sentence, "ORG"), mention("England", sentence, "GPE")]
    assert with_joined_titles(sentence, mentions, {}) == mentions


def test_a_person_of_a_band_is_no_title():
    """The model may call a band a work; its member's full name before it is still a person."""
    sentence = "stars include Robin and Barry Gibb of The Bee Gees, and"
    mentions = [
        mention("Barry Gibb", sentence, "PERSON"),
        mention("The Bee Gees", sentence, "WORK_OF_ART"),
    ]
    assert with_joined_titles(sentence, mentions, {}) == mentions


@pytest.mark.parametrize(
    ("text", "place", "name"),
    [
        ("Variety and the Hollywood Reporter said", "Hollywood", "Hollywood Reporter"),
        ("according to the Irish Times.", "Irish", "Irish Times"),
        ("a Hollywood Reporter's story", "Hollywood", "Hollywood Reporter"),
        ("at a Hollywood party on Sunday", "Hollywood", None),
        ("in London. Times change", "London", None),  # a sentence ends after the place
        ("the London Timeshare", "London", None),
    ],
)
def test_publication_after_its_place(text, place, name):
    start = text.index(place)
    end = publication_end(text, start + len(place))
    assert (text[start:end] if end else None) == name


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Clint Eastwood's Million Dollar Baby led the Oscar hopefuls.", ["Million Dollar Baby"]),
        ("He starred in The Six Million Dollar Man in 1974.", ["The Six Million Dollar Man"]),
        # A sum in figures or in lower case is a sum; so is one before a common noun.
        ("It paid a million dollar fee and $1m to Fox.", []),
        ("Firms paid Million Dollar fines.", []),
    ],
)
def test_a_title_opening_with_a_sum_in_capitals(paragraph, expected):
    assert [paragraph[s:e] for s, e in sum_titles(paragraph, 0, len(paragraph))] == expected


def test_a_sum_title_is_a_work_and_makes_its_list_one_of_works(extractor):
    """The model finds no name in "Million Dollar Baby" and reads "Ray" alone, by its look, a
    person; the whole title joins the list, whose kind its first member's cue says."""
    text = (
        "Oscars\n\nThe Aviator, a film biography of Howard Hughes, leads the field. Leading "
        "contenders The Aviator, Million Dollar Baby and Ray all suffered drops in takings."
    )
    labels = {f.name: f.label for f in extractor.extract_text(text).facts if f.type == "entity"}
    assert (labels["Million Dollar Baby"], labels["Ray"]) == ("WORK_OF_ART", "WORK_OF_ART")
