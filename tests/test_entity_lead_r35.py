"""The lead's entity rules of round 35: clubs in brackets on a squad line that the model left
out (docs/entity-handcheck.md, "The lead's entity rules of round 35")."""


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: (f.label, len(f.mentions)) for f in record.facts if f.type == "entity"}


SQUAD = (
    "Italy name squad\n\n"
    "Italy have named their squad for the match against Scotland.\n\n"
    "Forwards: Marco Bortolami (Gloucester, capt), Carlo Festuccia (Gran Parma), Salvatore "
    "Perugini (Calvisano), Andrea Lo Cicero (L'Aquila), Santiago Dellape (Agen), Aaron Persico "
    "(Viadana), Mauro Bergamasco (Stade Francais), Sergio Parisse (Treviso), Fabio Ongaro "
    "(Saracens)\n"
)


def test_every_club_of_a_squad_line_is_a_club(extractor):
    found = _entities(extractor, SQUAD)
    clubs = ["Gloucester", "Gran Parma", "Calvisano", "L'Aquila", "Agen", "Viadana",
             "Stade Francais", "Treviso", "Saracens"]  # fmt: skip
    assert {club: found.get(club, ("missing",))[0] for club in clubs} == dict.fromkeys(clubs, "ORG")
    for player in ("Marco Bortolami", "Carlo Festuccia", "Fabio Ongaro"):
        assert found[player][0] == "PERSON", player


def test_no_club_is_made_of_a_substitute(extractor):
    # Four brackets make it a squad line's shape, but each holds a substitute and his minute.
    sheet = (
        "Chelsea win\n\nChelsea beat Fulham 3-1 on Saturday.\n\n"
        "Substitutions: Gallas (Kezman 74), Duff (Cole 80), Gudjohnsen (Tiago 88), "
        "Robben (Jarosik 89).\n"
    )
    found = _entities(extractor, sheet)
    assert not [name for name, (label, _) in found.items() if label == "ORG" and " 8" in name]
    assert not [name for name, (label, _) in found.items() if label == "ORG" and " 7" in name]


def test_a_nations_football_association_by_its_letters(extractor):
    text = (
        "Valencia given permission\n\nThe Portuguese FA has given the club special permission "
        "to sign a keeper. The Portuguese FA's decision came on Monday."
    )
    found = _entities(extractor, text)
    assert found.get("Portuguese FA") == ("ORG", 2)
    assert "Portuguese" not in found


def test_a_club_a_player_is_loaned_to():
    # The model read sport/117's "who has been loaned to Everton" as a person; the cue is the
    # evidence, whatever the model says in a given sentence.
    from factx.extract.evidence import cue_of

    for text in ("Arteta, who has been loaned to Everton, is fit.",
                 "The striker was loaned out to Everton last season."):  # fmt: skip
        start = text.index("Everton")
        cue = cue_of(text, start, start + len("Everton"), "PERSON")
        assert cue is not None and cue.label == "TEAM", text


def test_a_town_before_one_sides_word_is_the_town(extractor):
    text = (
        "Rovers beat Hibernian\n\nRovers beat Hibernian 2-1 on Saturday. Smith has made just "
        "four starts in six months with the Edinburgh club."
    )
    assert _entities(extractor, text).get("Edinburgh", ("missing",))[0] == "GPE"


def test_people_listed_after_their_calling(extractor):
    text = (
        "Jury named\n\nThe panel will include novelists Anne Tyler and Kazuo Ishiguro. Veteran "
        "film-makers Ken Loach, Stephen Frears and Terence Davies are also on it."
    )
    found = _entities(extractor, text)
    for person in ("Anne Tyler", "Kazuo Ishiguro", "Ken Loach", "Stephen Frears", "Terence Davies"):
        assert found.get(person, ("missing",))[0] == "PERSON", person


def test_bands_after_a_shared_calling_are_left_to_the_other_rules(extractor):
    # "artists" names bands as often as people: no person's cue comes of it.
    text = "Tour dates\n\nThe bill features artists Oasis, Blur and Pulp in July."
    assert all(label != "PERSON" for label, _ in _entities(extractor, text).values())


def test_firms_right_after_their_trade(extractor):
    text = (
        "Bid pressure\n\nShareholders including hedge funds Odey and Centaurus want a higher "
        "price. Rival retailers - including Argos, Comet and Currys - gained."
    )
    found = _entities(extractor, text)
    for firm in ("Odey", "Argos", "Currys"):  # the model finds no "Centaurus", no "Comet"
        assert found.get(firm, ("missing",))[0] == "ORG", firm


def test_a_firm_before_its_officers_post_and_name():
    # Lone names the model read as people (business/015's "Ryanair deputy chief executive
    # Michael Cawley", business/392's "Euronext chief Jean-Francois Theodore"): the cue is the
    # evidence; "chief" alone needs a full name after it ("Smith chief of staff" is no firm).
    from factx.extract.evidence import cue_of

    for text in ("Aerlinx deputy chief executive Michael Cawley said.",
                 "Bourselink chief Jean-Marc Petit will meet his counterpart.",
                 "Aerlinx finance director Anne Hall resigned.",
                 "Aerlinx chief operating officer Anne Hall resigned."):  # fmt: skip
        name = text.split()[0]
        cue = cue_of(text, 0, len(name), "PERSON")
        assert cue is not None and cue.label == "ORG", text
    assert cue_of("Smith chief of staff said.", 0, 5, "PERSON") is None


def test_an_organisation_or_a_production_unit_before_its_name():
    from factx.extract.evidence import cue_of

    for text, name in (
        ("It sold its key production unit Neftenord last month.", "Neftenord"),
        ("The lists come from organisations such as Spamwatch.", "Spamwatch"),
    ):
        start = text.index(name)
        cue = cue_of(text, start, start + len(name), "PERSON")
        assert cue is not None and cue.label == "ORG", text


def test_a_familys_firm_is_not_its_members_surname(extractor):
    text = (
        "Brothers buy fashion house\n\nThe Marcadi Group has bought the French label. One of the "
        'brothers behind the Marcadi Group said talks had gone well. "We are buying his name," '
        "Simon Marcadi told the Reuters news agency."
    )
    found = _entities(extractor, text)
    assert found.get("Simon Marcadi") == ("PERSON", 1)
    assert found.get("Marcadi Group", ("missing",))[0] == "ORG"


def test_the_town_an_act_is_from(extractor):
    text = (
        "New album\n\nThe Sheffield band Arctic Lights have finished their album. They toured "
        "with Leeds group Hope Street in May."
    )
    found = _entities(extractor, text)
    assert found.get("Sheffield", ("missing",))[0] == "GPE"
    assert found.get("Leeds", ("missing",))[0] == "GPE"
    # "group" before no act's name is a firm's word: the cue leaves the name to the others.
    from factx.extract.evidence import cue_of

    text = "The Halifax group said profits rose."
    assert cue_of(text, 4, 11, "ORG") is None or cue_of(text, 4, 11, "ORG").label != "GPE"
