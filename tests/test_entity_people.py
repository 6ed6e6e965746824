"""People the model took for firms, shown by "he" or "she" after their name."""

from builders import raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_people import people_by_honorific, people_by_pronoun


def cues(text, named, rule=people_by_pronoun):
    mentions = raw_mentions(text, named)
    rule(text, mentions, name_key, lambda key: key == "france")
    return [m.cue for m in mentions]


def test_a_name_followed_by_he_is_a_person():
    text = "Number eight Imanol Harinordoquy has shaken off his shoulder injury."
    assert cues(text, [("Imanol Harinordoquy", "ORG")]) == ["PERSON"]


def test_a_name_tagged_a_place_followed_by_he_is_a_person_but_not_a_city():
    # "Rio Ferdinand" GPE: a full name, no place, then "he"; "Las Vegas ... he" is the city's.
    text = "Rio Ferdinand has said he is unsure. In Las Vegas he said so."
    named = [("Rio Ferdinand", "GPE"), ("Las Vegas", "GPE")]
    assert cues(text, named) == ["PERSON", ""]


def test_a_name_followed_by_its_is_no_person():
    text = "Keanu Reeves said he was happy. Keanu Reeves lost its lead, he said."
    named = [("Keanu Reeves", "ORG"), ("Keanu Reeves", "ORG")]
    assert cues(text, named) == ["", ""]


def test_a_name_with_a_cue_or_a_kind_word_stays():
    text = "Shares in Harvey Nichols rose as he spoke. Glasgow Academy said he would."
    mentions = raw_mentions(text, [("Harvey Nichols", "ORG"), ("Glasgow Academy", "ORG")])
    mentions[0].cue = "ORG"
    people_by_pronoun(text, mentions, name_key, lambda key: False)
    assert [m.cue for m in mentions] == ["ORG", ""]


def test_a_club_by_its_name_stays_a_club_before_him():
    # "Real Madrid view him as a natural replacement": the name's own words say a club.
    text = "Real Madrid view him as a natural replacement for Ronaldo."
    assert cues(text, [("Real Madrid", "ORG")]) == [""]


def test_a_surname_alone_is_a_person_where_he_follows_it_twice():
    text = "Souness said he was pleased. Souness admitted he had doubts."
    assert cues(text, [("Souness", "ORG"), ("Souness", "ORG")]) == ["PERSON", "PERSON"]
    # Once is no evidence: a club is the subject of sentences about its players.
    once = "Arsenal signed him in May. Arsenal won again."
    assert cues(once, [("Arsenal", "ORG"), ("Arsenal", "ORG")]) == ["", ""]


def calling_cue(text, name, label):
    from factx.extract.evidence import cue_of

    start = text.index(name)
    found = cue_of(text, start, start + len(name), label)
    return None if found is None else (found.name, found.label)


def test_a_calling_before_a_name_makes_a_person():
    # "maker" of "company after its kind" matched inside "film-maker" and made him a firm.
    text = "Parents should not take young children, film-maker George Lucas has said."
    assert calling_cue(text, "George Lucas", "ORG") == ("person's calling before a name", "PERSON")
    # A person the model read as one keeps the cue of a person, not of a club ("Villa").
    assert calling_cue("the striker Ricky Villa", "Ricky Villa", "PERSON")[1] == "PERSON"
    text = "Everton needed goalkeeper Carroll after the break."
    assert calling_cue(text, "Carroll", "ORG") == ("person's calling before a name", "PERSON")


def test_a_champion_a_model_or_a_dramatist_before_a_name_is_a_person():
    # Round r24-recur: the model reads a sportswoman and a model ORG and PRODUCT.
    text = "She will take on world heptathlon champion Anna Lindqvist next month."
    assert calling_cue(text, "Anna Lindqvist", "ORG") == (
        "person's calling before a name",
        "PERSON",
    )
    text = "Then model Tamsin and actor Joe Bloggs walked out."
    assert calling_cue(text, "Tamsin", "PRODUCT") == ("person's calling before a name", "PERSON")
    # The plural names sides, no person: "champions Chelsea" keeps no person's cue (round
    # r49-people: the club's, `club by its table standing`, keeps the model's ORG).
    assert calling_cue("They beat champions Chelsea.", "Chelsea", "ORG") == (
        "club by its table standing",
        "TEAM",
    )


def test_a_calling_holds_for_its_own_name_only():
    # Not for a name joined before it, nor an award after "best actress".
    text = "Guests were presenter Fearne Cotton, Glastonbury organiser Emily Eavis and others."
    # No person's cue; round r40c-acts reads the place before "organiser <Name>" as the festival.
    assert calling_cue(text, "Glastonbury", "ORG") == (
        "festival by its place before its bill or organiser",
        "EVENT",
    )
    text = "She picked up her second best actress Oscar for the role."
    assert calling_cue(text, "Oscar", "PRODUCT") == ("award by its name", "WORK_OF_ART")
    # A firm after a "car-maker" stays a firm.
    assert calling_cue("The car-maker Toyota said.", "Toyota", "PERSON")[1] == "ORG"


def honorific_cues(text, named):
    return cues(text, named, people_by_honorific)


def test_a_name_whose_surname_follows_an_honorific_is_a_person():
    # "Will" is no first name the list trusts (a verb); the article's "Mr Davies" says who.
    text = '"A civic commons," Will Davies told the BBC. The state, suggests Mr Davies, could help.'
    assert honorific_cues(text, [("Will Davies", "WORK_OF_ART")]) == ["PERSON"]
    text = "Fellow guest Ruth Kelly MP was hit. Ms Kelly, a minister, was unhurt."
    assert honorific_cues(text, [("Ruth Kelly", "ORG")]) == ["PERSON"]
    # A common first name before a surname that also ends places' names ("Notting Hill").
    text = "Since Anita Hill testified in 1991, Ms. Hill has taught law."
    assert honorific_cues(text, [("Anita Hill", "LOC")]) == ["PERSON"]


def test_an_honorific_before_another_word_or_another_persons_surname_says_nothing():
    # No "Mr Lynch": the firm stays.
    text = "Merrill Lynch said profits rose. Mr Thain said so."
    assert honorific_cues(text, [("Merrill Lynch", "ORG")]) == [""]
    # "Mr Sukul" is Ravi Sukul's, not the glued span's the model read as a work.
    text = "Ravi Sukul spoke. Interrupting Mr Sukul, the judge said no."
    named = [("Ravi Sukul", "PERSON"), ("Interrupting Mr Sukul", "WORK_OF_ART")]
    assert honorific_cues(text, named) == ["", ""]
    # A kind word ends no person's name, and a cue of the words around it decides.
    text = "Davies Group and Davies Street grew. Mr Davies said so."
    named = [("Davies Group", "ORG"), ("Davies Street", "FAC")]
    assert honorific_cues(text, named) == ["", ""]
    text = "Police in Notting Hill said Mr Hill was safe."
    assert honorific_cues(text, [("Notting Hill", "GPE")]) == [""]


def test_a_common_first_name_before_a_lone_surname_is_the_persons():
    from factx.extract.entities import RawMention
    from factx.extract.entity_people import with_first_names

    def lone(text, word, label="PERSON"):
        start = text.index(word)
        return RawMention(word, start, start + len(word), label, 0, 1, False)

    text = "Wing Christophe Dominici says the side is ready. Igor Biscan was outstanding."
    found = with_first_names(text, [lone(text, "Dominici"), lone(text, "Biscan", "NORP")])
    assert [(m.text, m.label) for m in found] == [
        ("Christophe Dominici", "PERSON"),
        ("Igor Biscan", "PERSON"),  # "Igor": from the European locales' first names
    ]
    text = "Midfielder Quorvel Biscan was outstanding."
    found = with_first_names(text, [lone(text, "Biscan", "NORP")])
    assert [(m.text, m.label) for m in found] == [("Biscan", "NORP")]  # no first name
    # A word that opens the sentence and is written in lower case too, or a month, is none.
    text = "Will Hamann play? It will depend. In May Hamann scored."
    assert [m.text for m in with_first_names(text, [lone(text, "Hamann")])] == ["Hamann"]
    text = "In May Hamann scored."
    assert [m.text for m in with_first_names(text, [lone(text, "Hamann")])] == ["Hamann"]
    # Round r23-media: a surname of two words the model tagged without the first name
    # ("Catalina Sandino Moreno" tagged "Sandino Moreno"); not a full name already.
    text = "Winners included Lucia Ibarra Soto, who took best actress."
    found = with_first_names(text, [lone(text, "Ibarra Soto")])
    assert [(m.text, m.label) for m in found] == [("Lucia Ibarra Soto", "PERSON")]
    text = "Winners included Lucia Tom Hardy's film."
    assert [m.text for m in with_first_names(text, [lone(text, "Tom Hardy")])] == ["Tom Hardy"]
    text = "Winners included Lucia Ibarra Soto, who took best actress."
    found = with_first_names(text, [lone(text, "Ibarra Soto", "ORG")])
    assert [m.text for m in found] == ["Ibarra Soto"]  # a firm's two words: the model's label


def test_a_capitalised_word_after_a_lone_common_first_name_is_the_surname():
    from factx.extract.entities import RawMention
    from factx.extract.entity_people import with_last_names

    def lone(text, word, label="PERSON"):
        start = text.index(word)
        return RawMention(word, start, start + len(word), label, 0, 1, False)

    text = "A single by Travis Okafor tied it before Shawn Petrakis struck out the side."
    found = with_last_names(text, [lone(text, "Shawn")])
    assert [m.text for m in found] == ["Shawn Petrakis"]
    # A month, a place, a word the article writes in lower case, a longer name: left alone.
    for text in (
        "They signed Shawn Monday.",
        "He met Shawn London last year.",
        "Ask Shawn Will. Nobody will.",
        "He told Shawn Petrakis Jr about it.",
    ):
        assert [m.text for m in with_last_names(text, [lone(text, "Shawn")])] == ["Shawn"]


def test_people_after_their_plural_kind():
    # Round r24-recur: "artists such as" names people, every one of the list after it.
    text = "The festival booked artists such as Kylie and Shakira this year."
    assert calling_cue(text, "Shakira", "ORG") == ("people after their plural kind", "PERSON")
    text = "Pupils read writers like Homer, Ovid and Seneca."
    assert calling_cue(text, "Ovid", "ORG") == ("people after their plural kind", "PERSON")
    # A name before a lower-case word is a modifier ("Oscar nominee", "Leeds winger"), and a
    # band written in capitals is a group, no person.
    text = "players like Leeds winger Tom Smith were watched"
    assert calling_cue(text, "Leeds", "ORG") is None
    assert calling_cue("artists including ABBA-Tribute and more", "ABBA-Tribute", "ORG") is None


def test_a_peer_or_prelate_by_the_title_of_a_place_is_a_person():
    text = "The Duke of Kent opened the ward."
    assert calling_cue(text, "Duke of Kent", "ORG") == (
        "royal or noble title of a place",
        "PERSON",
    )
    # "Lord of the Rings" is no title of a place.
    assert calling_cue("the Prince of the Rings", "Prince of the Rings", "ORG") is None


def test_a_person_the_model_read_is_no_firm_in_apposition_nor_water():
    # Round r27-people: "one of the developers" and a surname that is a kind of water made
    # people the model tagged PERSON a firm and a lake.
    text = '"We saw it coming," said Dan Reeve, one of the game developers laid off by Zylo.'
    assert calling_cue(text, "Dan Reeve", "PERSON") is None
    text = "The studio's spokesman Tom Lake told reporters it would appeal."
    assert calling_cue(text, "Tom Lake", "PERSON") is None
    # A name with no first name keeps the cues, and so does one the model did not read as a
    # person's.
    text = "said Zylo, one of the game developers hit by the slump."
    assert calling_cue(text, "Zylo", "PERSON") == ("firm in apposition", "ORG")
    assert calling_cue("They camped by Crater Lake.", "Crater Lake", "PERSON")[1] == "LOC"
    assert calling_cue("a trip to Victoria Lake", "Victoria Lake", "ORG")[1] == "LOC"


def test_a_documentary_or_programme_maker_is_a_person():
    # "maker" of "company after its kind" read "documentary-maker Ben Hollis" as a firm.
    text = "after a row with documentary-maker Ben Hollis at a hotel"
    assert calling_cue(text, "Ben Hollis", "PERSON")[1] == "PERSON"
    text = "the Welsh programme maker Ann Pryce said"
    assert calling_cue(text, "Ann Pryce", "ORG")[1] == "PERSON"
    # A firm that makes things is still one.
    text = "shares in car maker Castell rose"
    assert calling_cue(text, "Castell", "PERSON") == ("company after its kind", "ORG")


def test_a_peer_is_a_person_whatever_the_place_of_the_title():
    # "Lord Strathclyde" GPE, "Lord Tebbit" ORG: a peer named by his title's place or surname.
    text = "Lord Dunmere, the party's leader in the Lords, said ministers were wrong."
    assert calling_cue(text, "Dunmere", "GPE") == ("peer's title before a name", "PERSON")
    text = "Labour peer Baroness Haddow said she agreed."
    assert calling_cue(text, "Haddow", "ORG")[1] == "PERSON"
    # An office is no peer: "the Lord Chancellor", "the Lord Mayor of Leeds".
    assert calling_cue("said the Lord Chancellor on Monday", "Chancellor", "ORG") is None
    assert calling_cue("the Lord Mayor of Leeds said", "Mayor of Leeds", "ORG") is None
    # A peer's possessive glued to his bill's name is no peer's name ("Lord Dales' Reform").
    assert calling_cue("Lord Dales' Reform of the Lords Bill", "Dales' Reform", "ORG") is None
    assert calling_cue("Lord Campbell-Hale, a former MP", "Campbell-Hale", "ORG")[1] == "PERSON"


def test_a_body_by_its_initials_is_no_person():
    # "the Office of the Deputy Prime Minister (ODPM)", "CENTR, the Council of ...": the model
    # tags a body's capitals PERSON; no one's name is written in capitals inside prose.
    text = "The Board of Rural Water Supply (BRWS) said prices would rise."
    assert calling_cue(text, "BRWS", "PERSON") == ("body by its initials", "ORG")
    # A line written all in capitals is a shouted headline, where a surname is in capitals too.
    assert calling_cue("TENNIS - HALLORAN WINS IN PARIS", "HALLORAN", "PERSON") is None
    # The cue only moves PERSON: an acronym the model tagged ORG keeps its other cues.
    assert calling_cue("the report, said the TUC.", "TUC", "ORG") is None


def test_a_stage_name_after_its_number_is_a_person_where_he_follows_it_twice():
    # "50 Cent", made whole by `numbered_names`: read as the lone word it was (r31-ent).
    text = "Rapper 12 Bob said he was leaving. Later 12 Bob said he would stay."
    named = [("12 Bob", "ORG"), ("12 Bob", "ORG")]
    assert cues(text, named) == ["PERSON", "PERSON"]
    once = "A cheque from 12 Bob arrived. 12 Bob said he would stay."
    assert cues(once, named) == ["", ""]
