import pytest

from factx.extract.evidence import cue_of
from factx.extract.first_names import first_names, person_by_first_name


def test_the_census_lists_common_first_names_less_words_that_open_other_names():
    assert {"scott", "britney", "irina", "freddie"} <= first_names()
    assert not {"hong", "golden", "may"} & first_names()


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Scott Draper", True),  # a tennis player the model calls a firm
        ("Britney Spears", True),
        ("Todd Van Poppel", True),  # a particle inside the name
        # A middle initial as British news writes it, with no stop (round r30-names2).
        ("Marion K Fairweather", True),
        ("Marion K. Fairweather", True),
        ("Hong Kong", False),  # the census lists "Hong"; news means the place
        ("Ellis Park", False),  # a first name before a place's kind word
        ("Johnson Controls", False),  # ... or a firm's
        ("SCOTT DRAPER", False),  # capitals say nothing (headlines)
        ("Scott", False),  # one word is no full name
        ("Scott Draper Ltd", False),
        ("Adam Air", False),  # an airline ("Adam Air Flight 574" crashed)
        ("Delta Program", False),  # a business unit ("Launch Services and Delta Program")
        # US states the census lists as first names open their own shops and people's groups.
        ("Maryland Farmers", False),
        ("Nevada Casinos", False),
        ("Florida Retirees", False),
        # A town that is a first name too, before its club's nickname.
        ("Bradford Bulls", False),
        ("Lincoln Lions", False),
        # First names of British, Irish and international news the US census lacks.
        ("Clive Owen", True),
        ("Owain Bennallack", True),  # an analyst the model calls a firm
        ("Thierry Henry", True),
        ("Vladimir Putin", True),
        ("Glyn Davies", True),  # a State Department spokesman the model calls a firm
        ("Zac Goldsmith", True),
        ("Ewan McGregor", True),  # a capital after "Mc"
        ("Kelly MacDonald", True),
    ],
)
def test_a_full_name_opening_with_a_first_name_is_a_person(name, person):
    assert person_by_first_name(name) is person


def test_a_first_name_is_a_cue_after_the_words_around_the_name():
    text = "Scott Draper beat him. Santiago de Cuba is hot."
    found = cue_of(text, 0, len("Scott Draper"), "ORG")
    assert found is not None and found.label == "PERSON"
    start = text.index("Santiago")
    assert cue_of(text, start, start + len("Santiago de Cuba"), "GPE") is None
    # The article's own words come first: "Mary Poppins, starring ..." is a work.
    text = "Mary Poppins, starring Julie Andrews, opened."
    found = cue_of(text, 0, len("Mary Poppins"), "ORG")
    assert found is not None and found.label == "WORK_OF_ART"


def test_a_nationality_before_a_british_first_name_is_no_part_of_the_name(extractor):
    record = extractor.extract_text("Film\n\nBriton Clive Owen won a prize for Closer.")
    names = [(f.name, f.label) for f in record.facts if f.type == "entity"]
    assert ("Clive Owen", "PERSON") in names
    assert not any(name.startswith("Briton") for name, _ in names)


def test_every_club_nickname_is_a_clubs_last_word_for_the_plural_kind_cue():
    # The nicknames are listed twice (the cue's pattern and `club_nicknames`): keep them as one.
    from factx.extract.evidence import cues
    from factx.extract.wordlists import data_file

    cue = next(c for c in cues() if c.name == "firm, club or band by a plural kind word")
    for nickname in data_file("entities.json")["club_nicknames"]:
        assert cue.pattern.search(f"Avon {nickname}"), nickname
