from factx.extract.entities import RawMention, cluster, name_key, weak_person_keys
from factx.extract.kin import lend_labels


def mention(text, label, start, cue=""):
    return RawMention(text, start, start + len(text), label, 0, 1, False, cue=cue)


def labels(mentions):
    weak = weak_person_keys(mentions)
    lend_labels(mentions, weak, name_key)
    return {g.key: g.label(weak) for g in cluster(mentions)}


def test_a_title_with_a_sequel_is_a_work():
    # "Xbox video game Halo 2" (LAW, the sequel cue makes it a work); "Halo" ORG alone.
    mentions = [mention("Halo 2", "LAW", 0, cue="WORK_OF_ART")] + [
        mention("Halo", "ORG", 40 * i) for i in range(1, 4)
    ]
    assert labels(mentions) == {"halo 2": "WORK_OF_ART", "halo": "WORK_OF_ART"}


def cues(mentions):
    lend_labels(mentions, weak_person_keys(mentions), name_key)
    return [m.cue for m in mentions]


def test_a_word_of_a_firms_name_is_the_firm():
    # "Lycos Europe's campaign" ORG, then "Lycos has shut down" PERSON; a last word only
    # where the article's words show a firm ("MG Rover's plant", a cue).
    assert cues([mention("Lycos Europe", "ORG", 0), mention("Lycos", "PERSON", 40)])[1] == "ORG"
    assert cues([mention("MG Rover", "ORG", 0), mention("Rover", "PERSON", 40)])[1] == ""
    firm = mention("MG Rover", "ORG", 0, cue="ORG")
    assert cues([firm, mention("Rover", "PERSON", 40)])[1] == "ORG"


def test_a_person_taken_for_a_firm_lends_nothing():
    # "Bob Bryan" ORG is a person's name; "Bryan" stays a person, and so does the surname of
    # a full person name.
    assert cues([mention("Bob Bryan", "ORG", 0), mention("Bryan", "PERSON", 40)]) == ["", ""]
    assert cues([mention("S Lamont", "ORG", 0), mention("Lamont", "PERSON", 40)]) == ["", ""]
    mentions = [
        mention("Henry Ford", "PERSON", 0),
        mention("Ford Motor", "ORG", 20),
        mention("Ford", "PERSON", 40),
    ]
    assert cues(mentions) == ["", "", ""]
