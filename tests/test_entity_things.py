"""Names of things the model tags as people, and what the words around them show instead."""

from builders import cue_at, raw_mentions

from factx.extract.entities import name_key, weak_person_keys
from factx.extract.evidence import a_language, cue_of
from factx.extract.referents import refer_back


def _entities(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def test_a_name_with_its_own_the_is_no_full_persons_name():
    # "the Oscar" is one word with an article, not a first name and a surname: the lone
    # name's cues ("award by its name") hold for it.
    text = "She went on to win the Oscar for best actress."
    mentions = raw_mentions(text, [("the Oscar", "PERSON")])
    assert weak_person_keys(mentions) == {"oscar"}
    text = "Sir Oscar Smith spoke."
    assert weak_person_keys(raw_mentions(text, [("Oscar Smith", "PERSON")])) == set()


def test_an_award_won_after_the_is_the_award(extractor):
    text = (
        "Film awards\n\nThe Spanish drama went on to win the Oscar for best foreign film. "
        "The Oscar-nominated drama opens in May."
    )
    assert _entities(extractor, text).get("Oscar") == "WORK_OF_ART"


def test_it_after_a_name_with_its_own_the_says_no_firm():
    # A ship, like a firm, is "it"; a firm's name takes no "the".
    def cue(text, name):
        start = text.index(name)
        mentions = raw_mentions(text, [(name, "PERSON")])
        assert mentions[0].start == start
        refer_back(text, mentions, weak_person_keys(mentions), name_key)
        return mentions[0].cue

    assert cue("As the Aurora made its way back to port, the crew waited.", "the Aurora") == ""
    assert cue("Highfield said that it intends to take the firm private.", "Highfield") == "ORG"


def test_a_name_after_a_preposition_is_no_subject_of_a_plural_verb():
    # "passengers on the Aurora have got": the passengers have, not the ship.
    def cue(text, name):
        start = text.index(name)
        found = cue_of(text, start, start + len(name), "PERSON")
        return found and found.name

    assert cue("Passengers booked on the Aurora have got a refund.", "Aurora") is None
    assert cue("Fans of Oasis are queueing.", "Oasis") is None
    assert cue("Everton have won again.", "Everton") == "name as a plural"


def test_a_paper_by_its_capital_the_is_no_nationality(extractor):
    text = (
        "Holyrood row\n\nScotsman journalist Hamish MacDonell said the talks had failed. "
        "Mr MacDonell, political editor of The Scotsman, said more would follow."
    )
    assert _entities(extractor, text).get("Scotsman") == "ORG"
    text = "Rugby\n\nThe Scotsman scored twice. He is a fine Scotsman, his coach said."
    assert _entities(extractor, text).get("Scotsman") in (None, "NORP")


def test_a_firms_suffix_stays_after_its_goods(extractor):
    # Without "Corporation" the rest names the goods, no body; "Sony" stays Sony.
    text = (
        "Oil deal\n\nFirms led by the Oil & Natural Gas Corporation (ONGC) will bid. "
        "ONGC said it was ready. Sony Corporation said it would not bid."
    )
    found = _entities(extractor, text)
    assert found.get("Oil & Natural Gas Corporation") == "ORG"
    assert "Oil & Natural Gas" not in found
    assert found.get("Sony") == "ORG"


def test_a_short_title_alone_is_no_name(extractor):
    # The model, after a sentence that ends in a sum, tags the rank alone: "Gen" PERSON.
    text = (
        "Bank fined\n\nThe bank hid Gen Pinochet's assets. It was ordered to pay a fine of "
        "$16m. Gen Pinochet himself has never been put on trial."
    )
    found = _entities(extractor, text)
    assert "Gen" not in found
    assert found.get("Pinochet") == "PERSON"


def _cue_name(text, name, label):
    found = cue_at(text, name, label)
    return None if found is None else found[0]


def test_the_budget_is_the_chancellors_event():
    # Round r24-recur (seeds 23 and 34 graded "the Budget" ORG wrong): the statement is an event.
    assert _cue_name("a tax cut in Mr Osborne's Budget", "Budget", "ORG") == (
        "the Budget by its name"
    )
    assert _cue_name("before the Pre-Budget report", "Pre-Budget", "ORG") == (
        "the Budget by its name"
    )


def test_a_festival_before_its_kind_word():
    text = "Tickets for the Fenwick folk festival sold out."
    assert _cue_name(text, "Fenwick", "ORG") == "festival before its kind"
    # A person ("the Van Dyke festival film") and a known place keep their own labels.
    assert _cue_name("the Van Dyke festival film", "Van Dyke", "PERSON") is None
    assert _cue_name("the Cornwall festival", "Cornwall", "ORG") is None


def test_a_language_before_its_text():
    text = "The board will read the English version of the ruling."
    assert _cue_name(text, "English", "NORP") == "language before its text"
    # Any language ISO 639 knows, not only the common ones.
    assert _cue_name("Most here speak the Persian language.", "Persian", "NORP") == (
        "language before its text"
    )


def test_a_region_before_version_is_no_language(extractor):
    # The cue matches a region's release of a game ("the European version"), but a name no
    # language list knows never takes LANGUAGE from it.
    text = "Games\n\nI bought the European version of the game in Paris."
    assert _entities(extractor, text).get("European") == "NORP"
    text = "Languages\n\nMost people in the city speak a dialect of the Persian language."
    assert _entities(extractor, text).get("Persian") == "LANGUAGE"


def test_a_macrolanguage_goes_by_its_plain_name():
    assert a_language("Swahili") and a_language("Malay")
    assert not a_language("European")
