"""Round r36-bodies: bodies, places, buildings, events and laws the model mislabels (seeds
70-72's "Rules these errors suggest"): a guild "of Great Britain", sevens tournaments, a club
after "the manager's job at", a school before "former ... pupil", a police station, a school's
fields over its "and", a seat's "and", a treaty's "Agreement", a prison after a break-out, the
Holy Grail, a conference by its city, a drug after its kind, a college's town, a school
glued to its town, a seat by its member, a prison before "prison", a preposition run on after a
name, a ground after a side's opponent and rugby's honours."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {
        f.name: (f.label, [m.text for m in f.mentions]) for f in record.facts if f.type == "entity"
    }


def test_a_guild_of_great_britain_is_one_body(extractor):
    # `bodies_before_country` with "Guild" and "Academy": the model's "Writers Guild" ORG and
    # "Great Britain" GPE.
    names = _entities(
        extractor,
        "Prizes\n\nThe film is among the nominees at the Writers Guild of Great Britain awards,"
        " and the Film Academy of Great Britain will vote next week.",
    )
    assert names["Writers Guild of Great Britain"][0] == "ORG"
    assert names["Film Academy of Great Britain"][0] == "ORG"
    assert "United Kingdom" not in names


def test_a_towns_guild_stays_apart_from_its_town(extractor):
    # Only before a country: a town's guild is written so, and the model may part them.
    names = _entities(extractor, "Prizes\n\nThe Writers Guild of Leeds met in May.")
    assert "Writers Guild of Leeds" not in names


def test_a_sevens_tournament_is_an_event(extractor):
    # `sevens tournament by its kind` and `sevens tournament in apposition`: the model's
    # "IRB Sevens" PERSON and "the Wellington Sevens" FAC.
    names = _entities(
        extractor,
        "Rugby\n\nJones will captain Wales in this season's opening IRB Sevens tournament, the"
        " Dubai Sevens, which starts on Friday.",
    )
    assert names["IRB Sevens"][0] == "EVENT"
    assert names["Dubai Sevens"][0] == "EVENT"


def test_a_countrys_sevens_side_is_no_tournament(extractor):
    names = _entities(extractor, "Rugby\n\nEngland Sevens beat Fiji in the final on Sunday.")
    assert names["England Sevens"][0] != "EVENT"


def test_a_town_after_the_managers_job_at_is_its_club(extractor):
    # `club after a manager's job at`: the model's "Rotherham" GPE.
    names = _entities(
        extractor,
        "Football\n\nHe was linked with the manager's job at Rotherham and the chairman said he"
        " would not stand in his way.",
    )
    assert names["Rotherham"][0] == "ORG"


def test_a_school_before_former_pupil_is_the_school(extractor):
    # `school before its former pupil`: the model's "Eton" PERSON and "Harrow" GPE.
    names = _entities(
        extractor,
        "Hunt\n\nThose charged included Tom Blake, a former Eton pupil. Jack Smith, a former"
        " Harrow pupil and joint master of the Vale Hunt, said he had no regrets.",
    )
    assert names["Eton"][0] == "ORG"
    assert names["Harrow"][0] == "ORG"


def test_a_towns_pupils_stay_the_town(extractor):
    # No "former": a town's pupils ("Leeds pupils") are the town's, not a school's.
    names = _entities(extractor, "Exams\n\nThe strike hit Leeds pupils sitting exams in May.")
    assert names.get("Leeds", ("GPE",))[0] != "ORG"


def test_a_police_station_is_a_building(extractor):
    # `police station by its name`: the model's ORG.
    names = _entities(
        extractor,
        "Terror\n\nFive of the men spoke to reporters outside Paddington Green Police Station"
        " on Monday evening.",
    )
    assert names["Paddington Green Police Station"][0] == "FAC"


def test_a_school_is_whole_over_the_and_of_its_fields(extractor):
    # `schools_of_fields`: the model's "the Bristol School of Speech" ORG and "Drama" PERSON.
    names = _entities(
        extractor,
        "Obituary\n\nShe trained at the Bristol School of Speech and Drama before joining a"
        " repertory company in Leeds.",
    )
    assert names["Bristol School of Speech and Drama"][0] == "ORG"
    assert "Drama" not in names


def test_a_school_and_another_body_stay_two_names(extractor):
    # "Harvard" is no field a school teaches.
    names = _entities(
        extractor, "Study\n\nThe London School of Economics and Harvard both offered him a place."
    )
    assert "London School of Economics" in names
    assert "London School of Economics and Harvard" not in names


def test_a_seats_and_is_one_seat(extractor):
    # `seats_by_their_and`: the model's "Eton" and "Slough" (PERSON at the model's stage).
    names = _entities(
        extractor,
        "Resigns\n\nJane Green, the Labour MP for Eton and Slough, resigned on Monday. She had"
        " been the member for Eton and Slough since 1997.",
    )
    assert names["Eton and Slough"] == ("GPE", ["Eton and Slough", "Eton and Slough"])
    assert "Eton" not in names


def test_a_seat_and_a_person_stay_apart(extractor):
    names = _entities(
        extractor, "Seats\n\nShe was the MP for Leeds and John Smith was the MP for York."
    )
    assert "Leeds" in names
    assert "John Smith" in names


def test_an_agreement_is_a_treaty_cut_before_its_preposition(extractor):
    # `prepositions_run_on`, `treaty by its Agreement`: the model's "Good Friday Agreement for".
    names = _entities(
        extractor,
        "Talks\n\nUnionists protested against the Good Friday Agreement for years, and earlier"
        " the Sunningdale Agreement collapsed.",
    )
    assert names["Good Friday Agreement"][0] == "LAW"
    assert "Good Friday Agreement for" not in names


def test_a_law_with_words_after_its_for_stays_whole(extractor):
    # Only a name that ends in its preposition is cut: the whole Act stays a law.
    names = _entities(
        extractor, "Law\n\nThe Criminal Justice Act for the first time lets juries hear it."
    )
    assert names["Criminal Justice Act"][0] == "LAW"


def test_a_prison_after_a_break_out_is_a_building(extractor):
    # `prison after a break-out`: the model's "the Maze" ORG.
    names = _entities(
        extractor,
        "Jail\n\nThirty-eight prisoners broke out of the Maze in 1983, the biggest escape from a"
        " British jail.",
    )
    assert names["Maze"][0] == "FAC"


def test_an_escape_from_a_country_or_a_group_is_no_prison(extractor):
    names = _entities(
        extractor,
        "Flight\n\nThe prisoners escaped from Iraq in 2003. Others tried to escape from the"
        " Taleban.",
    )
    assert names["Iraq"][0] == "GPE"
    assert names["Taleban"][0] != "FAC"


def test_the_holy_grail_is_no_place(extractor):
    # `catchphrases`: the model's "Holy Grail" GPE.
    names = _entities(
        extractor,
        "Film\n\nThe film follows two knights on their quest for the Holy Grail across Europe.",
    )
    assert "Holy Grail" not in names


def test_a_conference_by_its_city_is_the_event(extractor):
    # `conference by its city`: the model's "Comdex" ORG.
    names = _entities(
        extractor,
        "Phones\n\nThe firm will show the phone at the Comdex conference in Las Vegas next month.",
    )
    assert names["Comdex"][0] == "EVENT"


def test_a_partys_or_a_unions_conference_stays_the_body(extractor):
    names = _entities(
        extractor,
        "Votes\n\nDelegates gathered at the Labour conference in Brighton, while the TUC"
        " conference in Blackpool was quiet.",
    )
    assert names["Labour"][0] == "ORG"
    assert names["TUC"][0] == "ORG"


def test_a_drug_after_its_kind_is_a_product(extractor):
    # `drug after its kind`: the model's "TGX" and "PMA" ORG.
    names = _entities(
        extractor,
        "Doping\n\nSmith was banned after testing positive for the designer steroid TGX. His"
        " team-mate failed a test for the banned stimulant PMA.",
    )
    assert names["TGX"][0] == "PRODUCT"
    assert names["PMA"][0] == "PRODUCT"


def test_a_drug_firm_and_a_drugs_cheat_stay(extractor):
    names = _entities(
        extractor,
        "Doping\n\nHe was in talks with drug firm Pfizer and drugs cheat Dwain Chambers was"
        " banned.",
    )
    assert names["Pfizer"][0] == "ORG"
    assert names["Dwain Chambers"][0] == "PERSON"


def test_a_town_after_its_colleges_comma_is_the_town(extractor):
    # `town after its college's comma`: the model's "Oxford" ORG.
    names = _entities(
        extractor,
        "Obituary\n\nProf Smith trained at St Thomas' Hospital Medical School, University of"
        " London; Balliol College, Oxford; and in Germany.",
    )
    assert names["Oxford"][0] == "GPE"


def test_universities_listed_after_a_college_stay_bodies(extractor):
    names = _entities(
        extractor,
        "Study\n\nHe studied at Imperial College, Cambridge and Oxford before joining the firm.",
    )
    assert names["Cambridge"][0] == "ORG"
    assert names["Oxford"][0] == "ORG"


def test_a_school_glued_to_its_town_is_cut_at_in(extractor):
    # `bodies_glued_to_their_town`: the model's "Glenurquhart High School in Inverness" ORG.
    names = _entities(
        extractor,
        "Visit\n\nHe spoke to pupils at Glenurquhart High School in Inverness, attended by"
        " pupils from a nearby school. Staff at Peel Common Infants School in Gosport agreed.",
    )
    assert names["Glenurquhart High School"][0] == "ORG"
    assert names["Inverness"][0] == "GPE"
    assert names["Peel Common Infants School"][0] == "ORG"
    assert names["Gosport"][0] == "GPE"
    assert "Glenurquhart High School in Inverness" not in names


def test_the_church_in_wales_stays_one_body(extractor):
    # One word before "in": a body named so, no body glued to its town; nothing is cut.
    names = _entities(extractor, "Faith\n\nThe Church in Wales said the vote would be held.")
    assert "Church" not in names


def test_a_name_after_the_member_for_is_the_seat(extractor):
    # `constituency of its member`, widened to "member for": the model's "Loch Ness West" ORG.
    names = _entities(
        extractor,
        "Row\n\nMargaret Davidson, the independent member for Loch Ness West, said the first"
        " minister was speaking in a very general way.",
    )
    assert names["Loch Ness West"][0] == "GPE"
    assert names["Margaret Davidson"][0] == "PERSON"


def test_a_name_before_prison_is_the_prison(extractor):
    # `prison before its kind`: the model's "Belmarsh" PRODUCT and "Barlinnie" PERSON.
    names = _entities(
        extractor,
        "Jail\n\nThe suspects are mostly held at London's Belmarsh prison. Home Office prison"
        " figures rose, and the Scottish prison service said Barlinnie prison was full.",
    )
    assert names["Belmarsh"][0] == "FAC"
    assert names["Barlinnie"][0] == "FAC"
    assert names["Home Office"][0] == "ORG"


def test_a_preposition_run_on_after_a_name_goes(extractor):
    # `prepositions_run_on`: the model's "the G8 of" WORK_OF_ART.
    names = _entities(
        extractor,
        "Aid\n\nThe prime minister prepares to assume the presidency of the G8 of top"
        " industrialised nations.",
    )
    assert "G8" in names
    assert "G8 of" not in names


def test_a_preposition_before_a_number_stays(extractor):
    # The name may go on over the number ("Sound of 2004", a list's name and its year): the
    # model's "Sound of" is left to the rules of years.
    names = _entities(
        extractor,
        "Music\n\nTen were tipped in the BBC News website's Sound of 2004 list of artists.",
    )
    assert "Sound" not in names


def test_a_preposition_before_another_name_stays(extractor):
    # CoNLL-2003's "Faik Nerweyi of the Kurdistan Democratic Party": a person and his party,
    # which the rules of "of" would glue once the model's "of" were cut.
    names = _entities(
        extractor,
        'Talks\n\nThey have established a headquarters in Chuman, " Faik Nerweyi of the'
        " Kurdistan Democratic Party ( KDP ) told Reuters by telephone from Ankara.",
    )
    assert "Kurdistan Democratic Party" in names


def test_a_ground_after_a_sides_opponent_at_the_is_the_ground(extractor):
    # `ground after a side's opponent at the`: the model's "the Riverside" and "the Gnoll"
    # PRODUCT ("Riverside" is also a city of the world: the "the" says it is no town).
    names = _entities(
        extractor,
        "Football\n\nA late goal earned Middlesbrough a battling draw with Charlton at the"
        " Riverside. The side plays its first match on Thursday, against Italy at the Gnoll.",
    )
    assert names["Riverside"][0] == "FAC"
    assert names["Gnoll"][0] == "FAC"


def test_a_competition_after_an_opponent_at_the_is_no_ground(extractor):
    names = _entities(
        extractor, "Football\n\nHe scored against Leeds at the Premiership's bottom end."
    )
    assert names.get("Premiership", ("ORG",))[0] != "FAC"


def test_rugbys_honours_are_honours(extractor):
    # `rugby honour by its name`: the model's "Triple Crown" PRODUCT, "the Wooden Spoon" LOC.
    names = _entities(
        extractor,
        "Rugby\n\nAfter claiming their first Triple Crown for 19 years last season, Ireland want"
        " more. That would leave the Scots as favourites to win the Wooden Spoon.",
    )
    assert names["Triple Crown"][0] == "WORK_OF_ART"
    assert names["Wooden Spoon"][0] == "WORK_OF_ART"
