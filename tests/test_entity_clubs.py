"""A club named by the first word of its name alone, after the article names it in full, and
by its town alone after its town and kind word."""

import pytest
from builders import cue_at, raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_clubs import towns_of_named_clubs


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_clubs_first_word_alone_is_the_club(extractor):
    # The model tags "Bayern Munich" and misses "Bayern" alone; the word is the club's.
    names = _entities(
        extractor,
        "SOCCER - BAYERN HELD\n\nBayern Munich drew 1-1 at Hamburg on Saturday. The late goal"
        " earned Bayern a point, and Bayern stay top.",
    )
    assert names["Bayern Munich"] == ("ORG", ["BAYERN", "Bayern Munich", "Bayern", "Bayern"])


def test_two_clubs_opening_alike_leave_the_word_alone(extractor):
    # "Real" could be either club: it is left as the model read it.
    names = _entities(
        extractor,
        "Soccer\n\nReal Madrid beat Real Betis 2-0 on Sunday. Real were the better side.",
    )
    assert [m for _, ms in names.values() for m in ms].count("Real") == 0


def test_a_word_that_opens_no_club_stays_a_word(extractor):
    # "Real" opens a sentence in an article that names no club of that word.
    names = _entities(extractor, "Wages\n\nReal wages fell in Spain last year, Madrid said.")
    assert "Real" not in names


def _towns(text, named):
    mentions = raw_mentions(text, named)
    short_forms: dict[str, str] = {}
    towns_of_named_clubs(mentions, short_forms, name_key)
    return [(m.text, m.cue) for m in mentions], short_forms


def test_a_clubs_town_alone_is_the_club():
    # The model tags the town's word alone PERSON once the article named "Walsall Town".
    text = "Walsall Town lost. Walsall had chances, and Walsall pressed late."
    named = [("Walsall Town", "ORG"), ("Walsall", "PERSON"), ("Walsall", "PERSON")]
    cues, short_forms = _towns(text, named)
    assert cues == [("Walsall Town", ""), ("Walsall", "TEAM"), ("Walsall", "TEAM")]
    assert short_forms == {name_key("Walsall"): name_key("Walsall Town")}


def test_a_town_the_model_reads_as_a_place_or_shared_by_two_clubs_stays():
    # "in Walsall" is the town: no lone use joins the club then.
    text = "Walsall Town lost. Walsall had chances in Walsall."
    cues, short_forms = _towns(text, [("Walsall Town", "ORG"), ("Walsall", "PERSON"),
                                      ("Walsall", "GPE")])  # fmt: skip
    assert short_forms == {} and all(cue == "" for _, cue in cues)
    text = "Bristol City beat Bristol Rovers. Bristol were happy."
    named = [("Bristol City", "ORG"), ("Bristol Rovers", "ORG"), ("Bristol", "PERSON")]
    assert _towns(text, named)[1] == {}


def test_a_county_is_no_clubs_kind():
    # "Hillsborough County" is a place far more often than a club ("Derby County"): the
    # county's name alone is left as the model read it.
    text = "Voters in Hillsborough County decide. Hillsborough backed him in 2012."
    named = [("Hillsborough County", "GPE"), ("Hillsborough", "PERSON")]
    cues, short_forms = _towns(text, named)
    assert short_forms == {} and all(cue == "" for _, cue in cues)


def test_a_club_by_its_abbreviation():
    # Round r24-recur: "Neath RFC" PERSON; the letters say a club whatever the town is.
    assert cue_at("He signed for Penzance RFC.", "Penzance RFC", "PERSON") == (
        "club by its abbreviation",
        "TEAM",
    )
    assert cue_at("a move to FC Porto", "FC Porto", "GPE") == ("club by its abbreviation", "TEAM")
    assert cue_at("a move to FCB Porto", "FCB Porto", "GPE") is None


def test_a_club_played_away_or_scored_past():
    text = "the reserves lost 2-1 away at Galatasaray last week"
    assert cue_at(text, "Galatasaray", "FAC") == (
        "club played away or scored past, a lone name",
        "TEAM",
    )
    text = "since he came on against Sunderland in May"
    assert cue_at(text, "Sunderland", "GPE")[1] == "TEAM"
    text = "the side that put five goals past Motherwell"
    assert cue_at(text, "Motherwell", "NORP")[1] == "TEAM"
    # A person is not played away at: a full name keeps its own label.
    assert cue_at("five goals past Tom Smith", "Tom Smith", "PERSON") is None


def test_a_club_of_a_loan_or_of_a_seasons_player():
    text = "after a loan spell at Grimsby he came back"
    assert cue_at(text, "Grimsby", "PERSON") == ("club of a loan, a lone name", "TEAM")
    text = "he was named Rotherham's player of the season"
    assert cue_at(text, "Rotherham", "PERSON") == (
        "club of a season's player, a lone name",
        "TEAM",
    )
    # A full name is a person's, whoever lends him.
    assert cue_at("on loan to Tom Smith", "Tom Smith", "PERSON") is None


def test_a_town_a_player_switches_to_is_its_club():
    # A transfer's "switch to" names the club by its town, as "joined" does.
    text = "Lindgren completes switch to Lisbon from Hull City."
    assert cue_at(text, "Lisbon", "GPE") == ("club a player moves to", "TEAM")
    # A household's move and a prisoner's transfer are no player's.
    assert cue_at("The family moved to Lisbon in May.", "Lisbon", "GPE") is None
    assert cue_at("He fought his transfer to Lisbon.", "Lisbon", "GPE") is None


def test_a_club_by_its_opening_word_and_town():
    # Continental clubs open with a word of their kind ("Stade", "Celta", "Maccabi"); the
    # model reads the rest as a place.
    text = "He was signed last summer from Stade Orleans as back-up."
    assert cue_at(text, "Stade Orleans", "LOC") == ("club by its town and kind", "TEAM")
    text = "They meet Maccabi Beit Shean next week."
    assert cue_at(text, "Maccabi Beit Shean", "GPE") == ("club by its town and kind", "TEAM")


def test_a_meeting_raced_at_is_an_event():
    # A sponsor's athletics meeting: the race "at the" it, or its "Indoor" kind word.
    text = "She won the 60m race at the Hamble Life International in Sheffield."
    assert cue_at(text, "Hamble Life International", "ORG") == ("meeting raced at", "EVENT")
    # The mention may hold its "the".
    assert cue_at(text, "the Hamble Life International", "ORG") == ("meeting raced at", "EVENT")
    text = "He ran well at the Hamble Life Indoor on Saturday."
    assert cue_at(text, "Hamble Life Indoor", "ORG")[1] == "EVENT"
    # A body whose name ends alike, before a common noun, is no meeting (a firm's arm's cue
    # may still say it is the organisation it was tagged).
    found = cue_at("a meeting at the Redress International offices", "Redress International", "ORG")
    assert found is None or found[1] == "ORG"


def test_a_competitor_placed_after_a_countrys_possessive_is_a_person():
    # "Britain's Tosin Oke fourth": the model's GPE for a name it does not know.
    text = "with Britain's Tayo Adeyemi fourth in the triple jump."
    assert cue_at(text, "Tayo Adeyemi", "GPE") == (
        "competitor placed, after a country's possessive",
        "PERSON",
    )
    # No placing, no cue; a club or a ground keeps its own.
    assert cue_at("with Britain's Tayo Adeyemi in the jump.", "Tayo Adeyemi", "GPE") is None
    assert cue_at("Italy's Inter Milan second in the table.", "Inter Milan", "GPE")[1] == "TEAM"


def test_a_town_before_a_players_position_and_name_is_his_club():
    # Round r26-sport: rugby reports name a player by his club's town and his position
    # ("Wearside centre Tom Hale"); the model reads the town as a place.
    for position in ("centre", "wing", "number eight", "prop", "forward"):
        text = f"Wearside {position} Tom Hale was injured."
        assert cue_at(text, "Wearside", "GPE") == ("team before its named player", "TEAM")
    # No player's name after the word, no club: a centre in a town is a building.
    assert cue_at("the Wearside centre for refugees", "Wearside", "GPE") is None


def test_a_country_before_a_players_position_stays_a_country(extractor):
    # A national side is its country (OntoNotes, CoNLL); the town's club is an ORG.
    names = _entities(
        extractor,
        "Rugby union\n\nThe coach named Wearside centre Tom Hale and England wing Sam Lowe.",
    )
    assert names["England"][0] == "GPE"
    assert names["Wearside"][0] == "ORG"


def test_a_players_surname_that_ends_places_names_still_names_a_player():
    # "Green" ends places' names ("Bethnal Green"), yet after a position the first name says
    # a player: the town before is his club.
    text = "He said Wearside striker Tom Green scored twice on Saturday."
    assert cue_at(text, "Wearside", "PRODUCT") == ("team before its named player", "TEAM")


def test_a_clubs_kind_word_alone_is_the_club(extractor):
    # Round r26-sport: after "Walsall City" the model reads "City" alone as a place, or
    # misses it; the word is the club's, joined to it.
    names = _entities(
        extractor,
        "Striker stays\n\nWalsall City boss Tom Hale praised him. He moved to City in 2003,"
        " and he wants to stay at City.",
    )
    assert names["Walsall City"] == ("ORG", ["Walsall City", "City", "City"])


def test_a_kind_word_after_the_or_of_two_clubs_stays(extractor):
    # "the City" of a business page is London's markets; two clubs of one kind word leave
    # the word to either.
    names = _entities(
        extractor,
        "Shares\n\nWalsall City shares fell in the City on Monday. City traders sold them.",
    )
    assert [ms for name, (_, ms) in names.items() if "Walsall" in name] == [["Walsall City"]]
    names = _entities(
        extractor,
        "Derby\n\nWalsall City beat Dudley City 2-0 on Sunday. He moved to City in 2003.",
    )
    assert all(ms == [name] for name, (_, ms) in names.items() if name.endswith(" City"))


def _town_and_people(text, named):
    from factx.extract.entity_clubs import clubs_of_a_town_and_people
    from factx.extract.evidence import a_people_by_name

    found = clubs_of_a_town_and_people(text, raw_mentions(text, named), a_people_by_name)
    return [(m.text, m.label, m.cue) for m in found]


def test_a_club_of_a_town_and_a_people_is_whole():
    # The model cuts the rugby club at its space: a town and a nationality. A score after it
    # shows the club, and every other use of the two words in the article is the club too.
    text = "Hull Welsh 12-30 Bath\n\nBath beat Hull Welsh at home."
    named = [("Hull", "GPE"), ("Welsh", "NORP"), ("Bath", "GPE"), ("Bath", "GPE"),
             ("Hull", "GPE"), ("Welsh", "NORP")]  # fmt: skip
    assert _town_and_people(text, named) == [
        ("Hull Welsh", "ORG", "TEAM"),
        ("Bath", "GPE", ""),
        ("Bath", "GPE", ""),
        ("Hull Welsh", "ORG", "TEAM"),
    ]


def test_a_team_sheets_club_of_a_town_and_a_people_is_whole():
    text = "Replacements: T Reed (Hull Welsh), J Cole (Bath)."
    named = [("T Reed", "PERSON"), ("Hull", "ORG"), ("Welsh", "NORP")]
    assert _town_and_people(text, named)[1:] == [("Hull Welsh", "ORG", "TEAM")]


def test_a_towns_people_are_people():
    # Nothing shows a club: the town's Welsh families.
    text = "Many Hull Welsh families moved there."
    named = [("Hull", "GPE"), ("Welsh", "NORP")]
    assert _town_and_people(text, named) == [("Hull", "GPE", ""), ("Welsh", "NORP", "")]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Leeds United against Hull is the tie of the round.", "Hull", "PERSON"),
        ("DERBY COUNTY against Stoke is the pick of the ties.", "Stoke", "GPE"),
        ("Tonight it is Kelby Rovers v Marton at home.", "Marton", "PERSON"),
    ],
)
def test_a_town_after_a_club_and_against_is_a_club(text, name, label):
    from factx.extract.evidence import cue_of

    start = text.index(name)
    found = cue_of(text, start, start + len(name), label)
    assert found is not None and found.name == "club against a club"


# r29-towns: a club's lone name by a fixture, a club's staff, and a country's side after it.
def _cue(sentence, name, label):
    from factx.extract.evidence import cue_of

    start = sentence.index(name)
    found = cue_of(sentence, start, start + len(name), label)
    return found.name if found is not None else None


@pytest.mark.parametrize(
    ("sentence", "name", "label", "found"),
    [
        ("It came a day before their league fixture with Gillingham.", "Gillingham", "PERSON",
         "club beaten, a lone name"),
        ("The Gills sporting director said the talks were over.", "Gills", "PERSON",
         "club before its staff, a lone name"),
        ("Former Saints and Wales striker Dean Price has retired.", "Saints", "PERSON",
         "club before a country's player, a lone name"),
        ("Two days before Millwall's Championship fixture at home.", "Millwall", "GPE",
         "place's club by its league"),
        ("Then Lyon's coach was pleased with the win.", "Lyon", "GPE",
         "place's club by its staff"),
    ],
)  # fmt: skip
def test_a_clubs_name_by_its_fixture_staff_and_league(sentence, name, label, found):
    assert _cue(sentence, name, label) == found


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        # A player's nationality before: two people, a Brazilian and England's captain.
        ("The Brazilian Silva and England captain John Terry waited.", "Silva", "PERSON"),
        # "and" before no country: two clubs' players, or a band and its members.
        ("Former Saints and Hornets striker Dean Price.", "Saints", "PERSON"),
        # A city's coach of another kind.
        ("The visitors took London's coach station by storm.", "London", "GPE"),
    ],
)
def test_no_club_where_the_words_say_otherwise(sentence, name, label):
    assert _cue(sentence, name, label) is None


def test_a_country_with_no_national_side_is_its_club_where_the_words_show_a_side():
    from factx.extract import entities

    def group(cue):
        m = entities.RawMention("Monaco", 0, 6, "GPE", 0, 1, False)
        m.cue = cue
        return entities.Cluster("monaco", [m])

    assert group("TEAM").label(set()) == "ORG"  # "Monaco are through to the last eight"
    assert group("").label(set()) == "GPE"  # "Prince Albert of Monaco"
    other = entities.RawMention("Moldova", 0, 7, "GPE", 0, 1, False)
    other.cue = "TEAM"
    assert entities.Cluster("moldova", [other]).label(set()) == "GPE"  # a national side


# r29-sport2: a lone name a side beat, and a town's club before its player's age.
@pytest.mark.parametrize(
    ("sentence", "name", "label", "found"),
    [
        ("Last week Rovers beat Grimsby at home.", "Grimsby", "PERSON",
         "club a side beat, a lone name"),
        ("They then defeated a weakened Castres in the semi-final.", "Castres", "PERSON",
         "club a side beat, a lone name"),
        ("Ipswich's 19-year-old winger Sam Hale starts.", "Ipswich", "GPE",
         "place's club by its aged player"),
        ("Bath's former 31-year-old England lock Ed Moss is fit.", "Bath", "GPE",
         "place's club by its aged player"),
    ],
)  # fmt: skip
def test_a_clubs_lone_name_beaten_and_before_its_aged_player(sentence, name, label, found):
    assert _cue(sentence, name, label) == found


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        # A lone name that opens a list of those beaten: an award's nominees, not a side.
        ("The singer beat Rihanna, Adele and Dido to the prize.", "Rihanna", "PERSON"),
        # A town's aged thing that is no player.
        ("Leeds's 150-year-old market hall reopens.", "Leeds", "GPE"),
    ],
)  # fmt: skip
def test_no_club_beaten_in_a_list_nor_before_an_aged_thing(sentence, name, label):
    assert _cue(sentence, name, label) is None
