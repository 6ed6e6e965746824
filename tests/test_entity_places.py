"""Places the article shows as places: a known region after "in" or "visits to", places after
their kind ("towns including ..."), and a known place listed among places."""

import pytest
from builders import raw_mentions

from factx.extract.evidence import cue_of
from factx.extract.lists import known_labels, listed_labels
from factx.extract.place_names import known_place, towns_as_teams


def cue(sentence: str, name: str, label: str) -> str | None:
    start = sentence.index(name)
    found = cue_of(sentence, start, start + len(name), label)
    return found.name if found is not None else None


def test_pycountry_knows_counties_and_unitary_authorities():
    assert known_place("Dorset") and known_place("Torbay") and known_place("Bristol")
    assert not known_place("Halifax") and not known_place("Ubisoft")
    # A city whose council ISO names "<city> City" is known by the city's own name.
    assert known_place("Glasgow") and known_place("Dundee") and known_place("Glasgow City")


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        # Seed 27: the Lib Dem leader's tour, the model read PERSON, PERSON, ORG.
        ("His visits to Manchester, Torbay and Dorset this week.", "Torbay", "PERSON"),
        ("His visits to Manchester, Torbay and Dorset this week.", "Dorset", "ORG"),
        ("Hospitals in Dorset, he said.", "Dorset", "ORG"),
        ("protests in towns and cities including Cardiff, Bangor and Wrexham", "Bangor", "PERSON"),
    ],
)
def test_a_place_by_the_words_before_it(sentence, name, label):
    assert cue(sentence, name, label) in ("known place after where", "places after their kind")


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        ("She lives in Halifax.", "Halifax", "ORG"),  # a bank too: no known region
        ("a role in Nelson.", "Nelson", "PERSON"),
        ("shares in Dorset rose", "Dorset", "ORG"),  # a firm's cue comes first
        ("a good day for Manchester", "Manchester", "PERSON"),  # no place's preposition
    ],
)
def test_no_place_without_the_words_and_the_knowledge(sentence, name, label):
    assert cue(sentence, name, label) not in ("known place after where", "places after their kind")


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        # Round r18-ent: where someone comes from, and a part of a county, are places.
        ("The 18-year-old singer from Cornwall beat them all.", "Cornwall", "PERSON"),
        ("Farmers in that part of Cumbria fear the ban.", "Cumbria", "PRODUCT"),
        ("in other parts of Lincolnshire, he said", "Lincolnshire", "PERSON"),
    ],
)
def test_a_known_place_someone_comes_from(sentence, name, label):
    assert cue(sentence, name, label) == "known place someone comes from"


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        ("a letter from Kingfisher to its staff", "Kingfisher", "PERSON"),  # no known region
        ("the striker signed from Cornwall last year", "Cornwall", "ORG"),  # a club: not for ORG
        ("a call from Tony Blair", "Tony Blair", "PERSON"),
    ],
)
def test_no_place_someone_comes_from_without_the_knowledge_or_for_a_firm(sentence, name, label):
    assert cue(sentence, name, label) != "known place someone comes from"


def _relabelled(text, named):
    found = raw_mentions(text, named)
    known, certain = known_labels(text, found)
    return [(found[i].text, lab) for i, lab in listed_labels(text, found, known, certain)]


def test_a_known_place_listed_among_places_is_a_place():
    text = "Leeds, Gateshead, Sheffield and Bristol."
    named = [("Leeds", "GPE"), ("Gateshead", "PERSON"), ("Sheffield", "GPE"), ("Bristol", "GPE")]
    assert _relabelled(text, named) == [("Gateshead", "GPE")]


def test_a_club_or_a_player_listed_among_places_keeps_its_label():
    # A town's club tagged ORG among towns tagged GPE stays a club; "Wilkinson" is no place.
    text = "Leeds, Gateshead, Sheffield and Wilkinson."
    named = [("Leeds", "GPE"), ("Gateshead", "ORG"), ("Sheffield", "GPE"), ("Wilkinson", "PERSON")]
    assert _relabelled(text, named) == []


class _M:
    def __init__(self, text, start, label, cue=""):
        self.text, self.start, self.label, self.cue = text, start, label, cue
        self.end = start + len(text)


def _teams(text, named):
    mentions = [_M(n, text.index(n), label, cue) for n, label, cue in named]
    weak = {n.casefold() for n, label, _ in named if label == "PERSON" and " " not in n}
    towns_as_teams(text, mentions, weak, str.casefold)
    return [(m.text, m.cue) for m in mentions]


def test_a_town_taken_for_a_person_is_its_team_in_a_report_of_games():
    text = "Exeter, who knocked out Doncaster, meet Luton. Giggs (Saha 70) came off."
    named = [("Exeter", "ORG", "TEAM"), ("Doncaster", "PERSON", ""), ("Luton", "PERSON", ""),
             ("Saha", "PERSON", "")]  # fmt: skip
    # Saha is a Russian republic's name too, but a substitute in brackets is a player.
    assert _teams(text, named) == [("Exeter", "TEAM"), ("Doncaster", "TEAM"), ("Luton", "TEAM"),
                                   ("Saha", "")]  # fmt: skip


def test_no_team_where_no_name_is_one():
    text = "Doncaster voted. Victoria spoke."
    named = [("Doncaster", "PERSON", ""), ("Victoria", "PERSON", "")]
    assert _teams(text, named) == [("Doncaster", ""), ("Victoria", "")]


def test_a_town_paired_with_a_team_is_a_team():
    text = "Tait had a nightmare for Newcastle against Leicester, in Leicester."
    named = [("Newcastle", "ORG", "TEAM"), ("Leicester", "GPE", "")]
    assert _teams(text, named)[1] == ("Leicester", "TEAM")
    # The town where they played stays a place.
    text = "Newcastle won, in Leicester."
    assert _teams(text, named)[1] == ("Leicester", "")


def test_a_british_county_or_borough_tagged_person_alone_is_the_place():
    from factx.extract.entities import RawMention, cluster

    def label(name: str) -> str:
        mention = RawMention(name, 0, len(name), "PERSON", 0, 1, False)
        # A lone PERSON name that no full person name of the article holds: a weak person.
        return cluster([mention])[0].label({name.casefold()})

    # "the London boroughs of Hillingdon and Wandsworth", "Ulster man Humphreys"
    assert label("Wandsworth") == "GPE" and label("Ulster") == "GPE"
    assert label("Devon") == "PERSON"  # a common first name as well
    assert label("Saha") == "PERSON"  # a Russian republic, and a footballer's surname


def test_a_town_before_the_sides_it_holds_is_the_town():
    # "his Glasgow rivals": the city of two clubs, no team, whatever the model's PERSON says.
    text = "Rangers won at the home of their Glasgow rivals."
    named = [("Rangers", "ORG", "TEAM"), ("Glasgow", "PERSON", "")]
    assert _teams(text, named)[1] == ("Glasgow", "GPE")


def test_home_places_pycountry_lacks_are_known():
    # Round r24-recur: ceremonial counties and towns with no council of their name, which the
    # model reads as people ("Born in Luton, Bedfordshire", "If you come to Norwich").
    from factx.extract.place_names import home_place

    assert known_place("Bedfordshire") and home_place("Bedfordshire")
    assert known_place("Norwich") and known_place("Melton Mowbray") and known_place("Yorkshire")
    # A town that is a common surname stays out: "Lincoln" is as often Abraham Lincoln.
    assert not known_place("Lincoln") and not known_place("Lancaster")
    # The reporter is in the town she names: a known place after "in".
    assert cue("Our reporter, in Melton Mowbray, said.", "Melton Mowbray", "PERSON") == (
        "known place after where"
    )


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        # Round r24-recur: a county before its police force, a region before "province".
        ("Essex police chief Jane Smith said officers were ready.", "Essex", "ORG"),
        ("the cost of rebuilding Aceh Besar province", "Aceh Besar", "ORG"),
        ("He was questioned by Wiltshire constabulary.", "Wiltshire", "PERSON"),
    ],
)
def test_a_place_before_its_police_or_province(sentence, name, label):
    assert cue(sentence, name, label) == "place before its police or province"


def test_no_place_before_a_capitalised_force_or_another_word():
    # "Norfolk Police" capitalised is the force's own name, which the model spans whole.
    assert cue("Kent Police said.", "Kent", "ORG") != "place before its police or province"
    assert cue("Ofwat policy changed.", "Ofwat", "ORG") != "place before its police or province"
