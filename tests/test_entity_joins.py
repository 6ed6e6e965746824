"""Names cut at "and" or a number made whole, two surnames joined by a hyphen parted, and
capitalised common nouns that are no names."""

from builders import raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_joins import (
    joined_names,
    names_cut_before_noun,
    national_bodies,
    national_events,
    numbered_channels,
    parties_cut_at_opener,
    with_continued_names,
    with_nicknames,
)
from factx.extract.entity_non_names import adverb, common_noun


def joined(text, named, taken=()):
    return [
        (m.text, m.label)
        for m in joined_names(text, raw_mentions(text, named), name_key, list(taken))
    ]


def nicknamed(text, named):
    return [(m.text, m.label, m.cue) for m in with_nicknames(text, raw_mentions(text, named))]


def test_a_town_and_a_plural_nickname_after_the_are_one_side():
    # The model tags the town alone, or the town a place and the nickname a person.
    text = "The Denver Broncos beat the Texas Hornets 3-1."
    named = [("Denver", "GPE"), ("Broncos", "PERSON"), ("Texas", "GPE")]
    assert nicknamed(text, named) == [
        ("Denver Broncos", "ORG", "TEAM"),
        ("Texas Hornets", "ORG", "TEAM"),
    ]
    # Rejoined by the model as one person: the town is a known region.
    text = "Fans saw the Florida Pythons win."
    assert nicknamed(text, [("Florida Pythons", "PERSON")]) == [("Florida Pythons", "ORG", "TEAM")]


def test_a_places_feature_an_event_or_no_the_is_no_side():
    text = "The Falkland Islands sent a team to the Atlanta Games, and Denver Broncos fans went."
    named = [("Falkland", "GPE"), ("Atlanta", "GPE"), ("Denver", "GPE")]
    assert nicknamed(text, named) == [(n, label, "") for n, label in named]


def test_a_country_named_with_an_and_is_one_place():
    text = "Trinidad and Tobago beat Mexico."
    named = [("Trinidad", "GPE"), ("Tobago", "ORG"), ("Mexico", "GPE")]
    assert joined(text, named) == [("Trinidad and Tobago", "GPE"), ("Mexico", "GPE")]


def test_two_countries_joined_by_and_stay_two():
    text = "France and Germany agreed."
    assert joined(text, [("France", "GPE"), ("Germany", "GPE")]) == [
        ("France", "GPE"),
        ("Germany", "GPE"),
    ]


def test_a_known_firm_the_model_cut_in_two_is_one_firm():
    # The model splits a firm named by two surnames into a firm and a product, or two people.
    text = "Shares in Lockheed Martin rose; Northrop Grumman fell."
    named = [
        ("Lockheed", "ORG"),
        ("Martin", "PRODUCT"),
        ("Northrop", "PERSON"),
        ("Grumman", "PERSON"),
    ]
    assert joined(text, named) == [("Lockheed Martin", "ORG"), ("Northrop Grumman", "ORG")]


def test_names_side_by_side_that_are_no_known_firm_stay_apart():
    # "Microsoft Windows": a firm and its product; a comma parts two firms.
    text = "He used Microsoft Windows at Lockheed, Martin said."
    named = [
        ("Microsoft", "ORG"),
        ("Windows", "PRODUCT"),
        ("Lockheed", "ORG"),
        ("Martin", "PERSON"),
    ]
    assert joined(text, named) == named


def test_a_stock_index_keeps_its_number():
    text = "The FTSE 100 fell, as did the Nikkei 225 index."
    named = [("FTSE", "ORG"), ("Nikkei", "ORG")]
    assert joined(text, named) == [("FTSE 100", "ORG"), ("Nikkei 225", "ORG")]


def test_an_index_takes_no_year_nor_a_figure_of_another_fact():
    text = "The FTSE 2004 review; the FTSE 100 fell."
    start = text.index("100")
    assert joined(text, [("FTSE", "ORG")]) == [("FTSE", "ORG")]
    named = [("FTSE", "ORG"), ("FTSE", "ORG")]
    assert joined(text, named, [(start, start + 3)]) == [("FTSE", "ORG"), ("FTSE", "ORG")]


def test_air_before_a_country_names_an_airline():
    text = "six airlines - Air China, China Eastern Airlines and Air India. Fresh air China."
    named = [("China", "GPE"), ("China Eastern Airlines", "ORG"), ("Air India", "ORG")]
    named += [("China", "GPE")]
    assert joined(text, named) == [
        ("Air China", "ORG"),
        ("China Eastern Airlines", "ORG"),
        ("Air India", "ORG"),
        ("China", "GPE"),  # "air" in lower case is no airline's name
    ]


def test_a_flight_is_named_by_its_airline():
    text = "the losses of Adam Air Flight 574 and Garuda Indonesia Flight 200; Flight Centre"
    named = [("Adam Air Flight 574", "ORG"), ("Garuda Indonesia Flight", "ORG")]
    named += [("Flight Centre", "ORG")]
    assert joined(text, named) == [
        ("Adam Air", "ORG"),
        ("Garuda Indonesia", "ORG"),
        ("Flight Centre", "ORG"),
    ]


def test_a_radio_station_is_named_after_its_broadcasters_radio():
    # Round r18-ent: the model tags a station's place or name apart from "BBC Radio".
    text = "BBC Radio Cymru host Dai Jones and Virgin Radio Classic Rock both said so."
    named = [("BBC Radio", "ORG"), ("Cymru", "GPE"), ("Dai Jones", "PERSON")]
    named += [("Virgin Radio", "ORG"), ("Classic Rock", "PERSON")]
    assert joined(text, named) == [
        ("BBC Radio Cymru", "ORG"),
        ("Dai Jones", "PERSON"),
        ("Virgin Radio Classic Rock", "ORG"),
    ]


def test_a_role_or_a_person_after_a_radio_is_no_station():
    text = "Capital Radio DJ Pete Smith met Radio listeners. Kiss Radio Tony Blair said."
    named = [("Capital Radio", "ORG"), ("DJ Pete Smith", "PERSON")]
    named += [("Kiss Radio", "ORG"), ("Tony Blair", "PERSON")]
    assert joined(text, named) == named


def test_two_surnames_joined_by_a_hyphen_are_two_people():
    text = "Tony Blair and Gordon Brown: the Blair-Brown feud."
    named = [("Tony Blair", "PERSON"), ("Gordon Brown", "PERSON"), ("Blair-Brown", "FAC")]
    assert joined(text, named)[2:] == [("Blair", "PERSON"), ("Brown", "PERSON")]


def test_a_double_barrelled_surname_stays_whole():
    text = "Stelios Haji-Ioannou and Gordon Brown met."
    named = [("Stelios Haji-Ioannou", "PERSON"), ("Gordon Brown", "PERSON")]
    assert joined(text, named) == named


def test_a_common_noun_after_a_determiner_is_no_name():
    text = "as the Bill passes through the two Houses"
    assert common_noun(text, text.index("Bill"), text.index("Bill") + 4)
    assert common_noun(text, text.index("Houses"), len(text))
    text = "Bill Gates and the Houses of Parliament"
    assert not common_noun(text, 0, 4)  # a first name
    assert not common_noun(text, text.index("Houses"), len(text))  # a name that holds it


def test_a_plural_common_noun_after_any_lower_case_word_is_no_name():
    # Round r27-recur: "bad Bills" names no bill; a side has its town before its plural.
    text = "Peers fear ministers will bring in bad Bills, as the Buffalo Bills fans know."
    at = text.index("Bills")
    assert common_noun(text, at, at + 5)
    at = text.rindex("Bills")
    assert not common_noun(text, at, at + 5)
    text = "He said weak Bill Clinton lost."
    assert not common_noun(text, text.index("Bill"), text.index("Bill") + 4)  # singular


def test_an_adverb_is_no_name():
    assert adverb("Symbolically", "RB")
    assert not adverb("Kelly", "NNP") and not adverb("Italy", "NNP")


def test_a_title_keeps_its_capital_the():
    text = "ITV's The Bill was watched. The Bill passed."
    assert not common_noun(text, text.index("Bill"), text.index("Bill") + 4)
    at = text.rindex("Bill")
    assert common_noun(text, at, at + 4)


def test_a_bill_by_its_name_is_a_law_and_a_film_stays_a_work():
    from factx.extract.evidence import cue_of

    def law(sentence, name, label):
        start = sentence.index(name)
        found = cue_of(sentence, start, start + len(name), label)
        return found is not None and found.label == "LAW"

    assert law("the Prevention of Terrorism Bill was passed", "Prevention of Terrorism Bill", "ORG")
    assert law("MPs debated the Gambling Bill", "Gambling Bill", "PRODUCT")
    assert not law("Kill Bill was a hit", "Kill Bill", "WORK_OF_ART")
    assert not law("Sonny Bill plays", "Sonny Bill", "PERSON")


def test_the_plural_of_a_role_is_no_name():
    from factx.extract.entity_non_names import plural_role

    assert plural_role("MPs") and plural_role("MEPs")
    assert not plural_role("MP") and not plural_role("Lords") and not plural_role("Beatles")
    assert not plural_role("MEPS")  # a firm's name in capitals


def test_two_names_joined_in_one_mention_are_two_where_each_is_named_alone():
    text = "Everton and Arsenal drew. Everton led, then Arsenal scored."
    named = [("Everton and Arsenal", "ORG"), ("Everton", "ORG"), ("Arsenal", "ORG")]
    assert joined(text, named)[:2] == [("Everton", "ORG"), ("Arsenal", "ORG")]
    text = "Matt Lucas and David Walliams: Lucas and Walliams wrote it."
    named = [("Matt Lucas", "PERSON"), ("David Walliams", "PERSON"), ("Lucas and Walliams", "ORG")]
    assert joined(text, named)[2:] == [("Lucas", "PERSON"), ("Walliams", "PERSON")]


def test_one_name_with_an_and_stays_whole():
    text = "Marks & Spencer and the Department of Trade and Industry met Trade officials."
    named = [("Marks & Spencer", "ORG"), ("Department of Trade and Industry", "ORG"),
             ("Trade", "ORG")]  # fmt: skip
    assert joined(text, named) == named
    text = "Trinidad and Tobago won; Trinidad is the larger island."
    named = [("Trinidad and Tobago", "GPE"), ("Trinidad", "GPE")]
    assert joined(text, named) == named


def test_two_words_joined_at_the_end_of_a_list_are_two_names():
    text = "the gap on Chelsea, Everton and Arsenal."
    named = [("Chelsea", "ORG"), ("Everton and Arsenal", "ORG")]
    assert joined(text, named) == [("Chelsea", "ORG"), ("Everton", "ORG"), ("Arsenal", "ORG")]
    text = "Tesco, Marks & Spencer and Asda."
    named = [("Tesco", "ORG"), ("Marks & Spencer", "ORG"), ("Asda", "ORG")]
    assert joined(text, named) == named


def test_an_adverb_opening_a_sentence_is_no_part_of_the_name_after_it():
    import spacy
    from spacy.tokens import Doc

    from factx.extract.entity_non_names import opening_adverb

    words = ["Nevertheless", "Franz", "Ferdinand", "were", "the", "only", "band", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * 7)
    for token, tag in zip(doc, ["RB", "NNP", "NNP", "VBD", "DT", "JJ", "NN", "."], strict=True):
        token.tag_ = tag
    assert opening_adverb(doc.char_span(0, 28, label="PERSON"))
    assert not opening_adverb(doc.char_span(0, 28, label="WORK_OF_ART"))
    assert not opening_adverb(doc.char_span(13, 28, label="PERSON"))


def test_a_verb_opening_a_sentence_is_no_part_of_the_full_name_after_it():
    import spacy
    from spacy.tokens import Doc

    from factx.extract.entity_non_names import opening_verb

    def span(words: list[str], tags: list[str]):
        doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * 5)
        for token, tag in zip(doc, tags, strict=True):
            token.tag_ = tag
        return doc[0:3].char_span(0, len(doc[0:3].text), label="PERSON")

    tags = ["VB", "NNP", "NNP", "IN", "NNP", "."]
    # A social-media line under an article: the imperative is no word of the name.
    assert opening_verb(span(["Follow", "Neil", "MacFarquhar", "on", "Twitter", "."], tags))
    # A first name tagged as a verb opens the name ("Mark Twain"); so does a firm's word.
    assert not opening_verb(span(["Mark", "Tom", "Twain", "on", "Twitter", "."], tags))
    assert not opening_verb(span(["Follow", "Acme", "Holdings", "on", "Twitter", "."], tags))


def test_a_nationality_before_a_public_body_s_word_is_the_body():
    # The model tags the nationality alone, and the body's word, if at all, as a person.
    text = "The Welsh Assembly put the papers in the Irish Library, said Irish officials."
    named = [("Welsh", "NORP"), ("Irish", "NORP"), ("Library", "PERSON"), ("Irish", "NORP")]
    found = [(m.text, m.label) for m in national_bodies(text, raw_mentions(text, named))]
    assert found == [("Welsh Assembly", "ORG"), ("Irish Library", "ORG"), ("Irish", "NORP")]


def test_a_partys_word_after_its_untagged_first_word_is_the_party():
    # Opening a sentence, "Liberal" is left out and "Democrat" tagged alone (round r27-recur).
    text = (
        'It is a mess." Liberal Democrat health spokesman Tom Hale said so. Ulster Unionist'
        " members agreed, and a Democrat senator in Ohio did too."
    )
    named = [("Democrat", "NORP"), ("Unionist", "NORP"), ("Democrat", "NORP")]
    found = [(m.text, m.label) for m in parties_cut_at_opener(text, raw_mentions(text, named))]
    assert found == [
        ("Liberal Democrat", "NORP"),
        ("Ulster Unionist", "NORP"),
        ("Democrat", "NORP"),
    ]


def continued(text, named):
    return [(m.text, m.label) for m in with_continued_names(text, raw_mentions(text, named))]


def test_a_bodys_name_cut_at_its_and_is_one_body():
    # The model ends the first part with the "and" and tags the rest, which ends in a body's
    # kind word, apart.
    text = "A panel of the Irish Amateur Rowing and Canoeing Union met."
    named = [("Irish Amateur Rowing and", "EVENT"), ("Canoeing Union", "ORG")]
    assert continued(text, named) == [("Irish Amateur Rowing and Canoeing Union", "ORG")]


def test_an_organisation_cut_inside_what_it_is_for_goes_on_with_the_next_name():
    text = "by the Internet Corporation for Assigned Names and Numbers, Icann."
    named = [("Internet Corporation for Assigned Names and", "ORG"), ("Numbers", "ORG")]
    assert continued(text, [*named, ("Icann", "ORG")]) == [
        ("Internet Corporation for Assigned Names and Numbers", "ORG"),
        ("Icann", "ORG"),  # after a comma: another name
    ]
    # A name that ends as names do is not continued; nor an "of" with no "and" after it.
    two = "chips from Frontier Silicon and Radioscape"
    firms = [("Frontier Silicon and", "ORG"), ("Radioscape", "ORG")]
    assert continued(two, firms) == firms
    owned = "in the Quarterly Economic Commentary of Strathclyde University's institute"
    parts = [("Quarterly Economic Commentary of", "ORG"), ("Strathclyde University", "ORG")]
    assert continued(owned, parts) == parts  # a publication and its owner
    # Only an organisation's span says what it is for: a person's "and" is no body's.
    text = "with John of Gaunt and Sons"
    named = [("John of Gaunt and", "PERSON"), ("Sons", "ORG")]
    assert continued(text, named) == named


def test_no_name_ends_in_and():
    # Before a name of no body's kind, the "and" is cut off and the next name kept apart.
    text = "a game between Leeds United and Chelsea in 2001"
    named = [("Leeds United and", "ORG"), ("Chelsea", "ORG")]
    assert joined(text, named) == [("Leeds United", "ORG"), ("Chelsea", "ORG")]


def test_a_sport_opening_a_sentence_is_no_name():
    from factx.extract.entity_non_names import without_sports

    # "Rowing's ruling body": the sport, written in lower case inside sentences.
    text = "The pair were banned. Rowing's ruling body acted. rowing is a sport."
    kept = without_sports(text, raw_mentions(text, [("Rowing", "ORG")]))
    assert kept == []
    # An article that writes the word with its capital inside a sentence may name a body so.
    text = "Rowing said no. Funding for British Rowing rose."
    assert len(without_sports(text, raw_mentions(text, [("Rowing", "ORG")]))) == 1


def test_a_name_cut_before_its_posts_noun_runs_on_over_it():
    # The model ends a body's name at "Prime", a word that only goes before a noun.
    text = "figures from the Office of the Vice Prime Minister show; Deputy Prime spoke."
    named = [("the Office of the Vice Prime", "ORG"), ("Deputy Prime", "PERSON")]
    found = [(m.text, m.label) for m in names_cut_before_noun(text, raw_mentions(text, named))]
    assert found == [("the Office of the Vice Prime Minister", "ORG"), ("Deputy Prime", "PERSON")]
    # Another mention holds the noun: left as the model cut them.
    text = "the Office of the Deputy Prime Minister Smith said"
    named = [("the Office of the Deputy Prime", "ORG"), ("Minister Smith", "PERSON")]
    assert names_cut_before_noun(text, raw_mentions(text, named)) == raw_mentions(text, named)


def test_a_nationality_before_an_events_kind_word_is_the_event():
    # The model tags the nationality alone before a lower-case noun: "Open" read as a word.
    text = "She reached the Welsh Open final; the Irish Indoor Championships entry list."
    named = [("Welsh", "NORP"), ("Irish", "NORP")]
    found = [(m.text, m.label) for m in national_events(text, raw_mentions(text, named))]
    assert found == [("Welsh Open", "EVENT"), ("Irish Indoor Championships", "EVENT")]


def test_a_nationality_inside_a_longer_name_or_before_a_plural_stays():
    text = "the Morning Post British Cup dinner, and the Welsh and Irish Opens"
    named = [("British", "NORP"), ("Welsh", "NORP"), ("Irish", "NORP")]
    assert national_events(text, raw_mentions(text, named)) == raw_mentions(text, named)


def test_a_channel_is_named_with_its_number():
    text = "shown on ITV Two tonight; shares in Acme One of the analysts; BBC Five Live"
    named = [("ITV", "ORG"), ("Acme", "ORG"), ("BBC", "ORG")]
    found = [m.text for m in numbered_channels(text, raw_mentions(text, named))]
    assert found == ["ITV Two", "Acme", "BBC"]
