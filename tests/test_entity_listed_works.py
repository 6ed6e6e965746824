"""Works named in a list whose kind the article says beside one member only."""

from builders import raw_mentions

from factx.extract.entities import name_key
from factx.extract.entity_listed_works import listed_works
from factx.extract.evidence import country_keys


def listed(text, named, cued):
    """The cue of each mention after the rule; `cued` holds the names whose words say a work."""
    mentions = raw_mentions(text, named)
    for m in mentions:
        m.cue = "WORK_OF_ART" if m.text in cued else ""
    listed_works(text, mentions, name_key, country_keys(name_key).__contains__)
    return [(m.text, m.cue) for m in mentions]


def test_the_members_of_a_list_beside_a_work_are_works():
    # The cue before the first member ("starred in") says what the whole list holds.
    text = "She starred in Lost Highway, Twin Peaks and The Straight Story."
    named = [("Lost Highway", "WORK_OF_ART"), ("Twin Peaks", "GPE"), ("Straight Story", "ORG")]
    assert listed(text, named, {"Lost Highway"}) == [
        ("Lost Highway", "WORK_OF_ART"),
        ("Twin Peaks", "WORK_OF_ART"),
        ("Straight Story", "WORK_OF_ART"),  # its "The" left out of the name, not out of the list
    ]


def test_two_names_need_and_or_or_between_them():
    # A comma alone ends a clause before its subject.
    text = "Based on the novel by Edith Nesbit, The Railway Children tells of three children."
    named = [("Edith Nesbit", "ORG"), ("The Railway Children", "WORK_OF_ART")]
    assert listed(text, named, {"The Railway Children"}) == [
        ("Edith Nesbit", ""),
        ("The Railway Children", "WORK_OF_ART"),
    ]
    text = "The games Halo and Fable sold well."
    named = [("Halo", "WORK_OF_ART"), ("Fable", "PERSON")]
    assert listed(text, named, {"Halo"}) == [("Halo", "WORK_OF_ART"), ("Fable", "WORK_OF_ART")]


def test_people_places_and_other_kinds_stay():
    # A list most of whose names are people is a list of people, whatever one member is.
    text = "Nominees include Keane, Dido, Joss Stone and Gorillaz."
    named = [("Keane", "PERSON"), ("Dido", "PERSON"), ("Joss Stone", "PERSON"), ("Gorillaz", "ORG")]
    assert all(cue == "" for _, cue in listed(text, named, {"Gorillaz"})[:3])
    # A full name with a common first name, a country, a cued name, a name's owner.
    text = "It stars in Casablanca, Peter Lorre and France, and Rick's Cafe or Paris."
    named = [("Casablanca", "WORK_OF_ART"), ("Peter Lorre", "ORG"), ("France", "GPE"),
             ("Rick", "ORG"), ("Paris", "GPE")]  # fmt: skip
    assert listed(text, named, {"Casablanca"})[1:] == [
        ("Peter Lorre", ""),
        ("France", ""),
        ("Rick", ""),
        ("Paris", ""),
    ]


def test_a_place_after_its_preposition_stays():
    text = "The film looks at the war in Kashmir and The Killing Fields tells of Cambodia."
    named = [("Kashmir", "GPE"), ("The Killing Fields", "WORK_OF_ART")]
    assert listed(text, named, {"The Killing Fields"})[0] == ("Kashmir", "")


def test_a_surname_of_a_person_named_in_full_stays():
    text = "Alfonso Cuaron made Gravity and Cuaron won."
    named = [("Alfonso Cuaron", "PERSON"), ("Gravity", "WORK_OF_ART"), ("Cuaron", "ORG")]
    assert listed(text, named, {"Gravity"})[2] == ("Cuaron", "")


def test_an_aside_and_a_cut_name_are_no_members():
    # ", and" after two names closes an aside; a name the model cut runs on into capitals.
    text = "She made Kes, starring Denholm Elliott, and The Navigator, her first film."
    named = [("Kes", "WORK_OF_ART"), ("Denholm Elliott", "ORG"), ("The Navigator", "ORG")]
    assert listed(text, named, {"Kes", "The Navigator"})[1] == ("Denholm Elliott", "")
    text = "It faces The Fast Show and Harry Enfield's creations."
    named = [("The Fast Show", "WORK_OF_ART"), ("Harry", "GPE")]
    assert listed(text, named, {"The Fast Show"})[1] == ("Harry", "")


def test_a_nominee_named_before_his_film_is_no_member():
    # "Ann Hale for Tin Roof" after a work and "and": the nominee of the next pair, no work.
    text = "Nominees include Jo Park for Greyhound and Ann Hale for Tin Roof."
    named = [("Jo Park", "PERSON"), ("Greyhound", "ORG"), ("Ann Hale", "ORG")]
    assert listed(text, named, {"Greyhound"})[2] == ("Ann Hale", "")
