"""Round r49b-media: a wire dateline's agency, a pollster before its poll (whole, and apart from
the person it is named after), a market index's whole name and a market table's row, a firm's
initials no town's spelling, and a paper named with its bracketed region; from PolNeAR sheets
A-C's "Rules these errors suggest", the even TempEval-3 texts and sentences of my own."""

from entity_reading import entities, labels, names, texts_of


def test_a_dateline_agency_is_an_organisation(extractor):
    # PolNeAR sheets A and B: "New York (AFP) -" gave no `AFP`; the even TempEval-3 texts'
    # "WASHINGTON (AP) --" datelines gave no `AP` (the model reads "(AP)_" only).
    found = entities(
        extractor,
        "Shares slide\n\nPARIS (AFP) - European shares fell on Tuesday as banks lost ground.\n\n"
        "Traders said the mood was grim.",
    )
    assert labels(found, "AFP") == {"ORG"}
    assert labels(found, "Paris") == {"GPE"}
    found = entities(
        extractor,
        "Talks resume\n\nGENEVA, May 3 (Xinhua) -- Negotiators met again on Monday to discuss the"
        " ceasefire.",
    )
    assert labels(found, "Xinhua") == {"ORG"}
    found = entities(
        extractor,
        "Storm hits coast\n\nTAMPA, Fla. (AP) -- Heavy rain flooded streets across the city on"
        " Sunday.",
    )
    assert labels(found, "AP") == {"ORG"}
    found = entities(
        extractor, "Markets\n\nSeoul (AFP) – Asian markets rose on Wednesday after the vote."
    )
    assert labels(found, "AFP") == {"ORG"}


def test_a_bracket_that_opens_no_dateline_is_left_alone(extractor):
    found = entities(
        extractor,
        "Think tank\n\nThe group said the Institute for Fiscal Studies (IFS) - an independent"
        " body - had checked its sums. The results were (mostly) good.",
    )
    assert "IFS" not in names(found) or labels(found, "IFS") == {"ORG"}
    assert "mostly" not in names(found)
    # a table's line in capitals before a lower-case bracket is no dateline
    found = entities(extractor, "Results\n\nWINNERS (twice) - Leeds, Hull.")
    assert "twice" not in names(found)


def test_a_pollster_cut_before_its_kind_word_is_whole_and_a_firm(extractor):
    # PolNeAR sheet C: "a Rasmussen Reports poll" gave `Rasmussen` PERSON (cut, a firm labelled
    # a person).
    found = entities(
        extractor,
        "Race tightens\n\nOn Tuesday a Rasmussen Reports survey put the senator three points ahead"
        " of her rival among likely voters.",
    )
    assert labels(found, "Rasmussen Reports") == {"ORG"}
    assert "Rasmussen" not in names(found)
    found = entities(
        extractor,
        "Race tightens\n\nThe latest Rasmussen Reports tracking poll showed the governor ahead.",
    )
    assert labels(found, "Rasmussen Reports") == {"ORG"}
    # a name ending in "Reports" alone is no person either
    found = entities(
        extractor, "Race tightens\n\nRasmussen Reports said 45 percent of voters backed the plan."
    )
    assert labels(found, "Rasmussen Reports") == {"ORG"}


def test_a_pollster_tagged_a_place_before_its_poll_is_a_firm(extractor):
    # "A new Zogby poll showed" gave `Zogby` GPE.
    found = entities(
        extractor, "Iowa race\n\nA new Zogby poll showed the contest tightening in Iowa."
    )
    assert labels(found, "Zogby") == {"ORG"}
    assert labels(found, "Iowa") == {"GPE"}


def test_a_pollster_and_its_founder_are_two_entities(extractor):
    # "a Rasmussen poll" beside "Scott Rasmussen said" made `Scott Rasmussen` ORG; "John Zogby"
    # beside "a Zogby poll" gave the firm's mention to the man, PERSON.
    found = entities(
        extractor,
        "Race tightens\n\nA Rasmussen poll on Thursday had the mayor ahead. Scott Rasmussen, who"
        " runs the firm, said the race was close.",
    )
    assert labels(found, "Scott Rasmussen") == {"PERSON"}
    assert labels(found, "Rasmussen") == {"ORG"}
    assert texts_of(found, "Rasmussen") == [["Rasmussen"]]
    found = entities(
        extractor,
        "Race tightens\n\nJohn Zogby said voters were restless. A Zogby poll on Monday gave the"
        " challenger a two-point lead.",
    )
    assert labels(found, "John Zogby") == {"PERSON"}
    assert labels(found, "Zogby") == {"ORG"}


def test_a_person_and_his_poll_ratings_are_left_alone(extractor):
    # A person's poll numbers or lead are no pollster's poll; a poll by a named person neither.
    found = entities(
        extractor,
        "Senate race\n\nHillary Clinton spoke in Ohio. The Clinton poll numbers have been falling"
        " for a week.",
    )
    assert labels(found, "Hillary Clinton") == {"PERSON"}
    assert "ORG" not in {label for label, name, _ in found if "Clinton" in name}
    found = entities(
        extractor,
        "Study\n\nA survey by John Smith, a researcher at the university, found little change.",
    )
    assert labels(found, "John Smith") == {"PERSON"}
    # a place or a people is the poll's ground, not a firm
    found = entities(
        extractor,
        "Polls\n\nA UK poll and a British survey both showed a tie, and a London survey agreed.",
    )
    assert "ORG" not in labels(found, "United Kingdom") | labels(found, "London")
    assert labels(found, "British") <= {"NORP"}


def test_an_index_named_in_full_is_one_organisation(extractor):
    # TempEval-3's "The Dow Jones Industrial Average tumbled 39.55 points" gave `Dow Jones` (the
    # firm's name) and "the Nasdaq Composite" nothing.
    found = entities(
        extractor,
        "Stocks slide\n\nThe Dow Jones Industrial Average lost 112 points, and the Nasdaq"
        " Composite Index fell 1.4 percent.",
    )
    assert labels(found, "Dow Jones Industrial Average") == {"ORG"}
    assert labels(found, "Nasdaq Composite Index") == {"ORG"}
    assert "Dow Jones" not in names(found)


def test_a_market_table_row_holds_an_index(extractor):
    # PolNeAR sheet A: "<Place> – <Index>: UP|DOWN|Closed" rows gave no index.
    found = entities(
        extractor,
        "Markets at a glance\n\nSydney - ASX: UP 0.2 percent\n\nHong Kong - Hang Seng: UP 0.4"
        " percent at 22,100.12\n\nTokyo - Nikkei 225: DOWN 1.1 percent\n\nNew York - Dow: UP"
        " 0.3 percent at 18,200.50",
    )
    assert labels(found, "Hang Seng") == {"ORG"}
    assert labels(found, "Nikkei 225") == {"ORG"}
    assert labels(found, "Dow") == {"ORG"}
    assert labels(found, "Tokyo") == {"GPE"}


def test_the_firm_dow_jones_stays_apart_from_the_index(extractor):
    found = entities(
        extractor,
        "Publisher\n\nDow Jones & Co, the publisher of financial newspapers, said profits rose."
        " The Dow Jones Industrial Average gained 40 points.",
    )
    assert labels(found, "Dow Jones Industrial Average") == {"ORG"}
    index = texts_of(found, "Dow Jones Industrial Average")
    assert index == [["Dow Jones Industrial Average"]]


def test_a_firms_initials_are_no_town(extractor):
    # PolNeAR sheet A: "at IG Ltd., said" gave `Ig` (a town's spelling of the firm's initials).
    found = entities(
        extractor,
        "Markets\n\nAnna Grey, an analyst in Sydney at IG Ltd., told clients shares would slip.",
    )
    assert labels(found, "IG") == {"ORG"}
    assert "Ig" not in names(found)


def test_a_dateline_place_in_capitals_is_still_respelled(extractor):
    found = entities(
        extractor,
        "Talks\n\nTEHRAN, June 4 (Xinhua) -- Officials said the talks would resume next week.",
    )
    assert labels(found, "Tehran") == {"GPE"}


def test_a_paper_with_its_bracketed_region_is_one_paper(extractor):
    # TempEval-3's "The Hamilton (Ontario) Spectator quoted" gave `Hamilton` PERSON; PolNeAR
    # sheet A's "Naples (Fla.) Daily News" gave `Daily News`.
    found = entities(
        extractor,
        "Inquiry\n\nOn Friday the Sarnia (Ontario) Observer quoted a police officer. Jane Roe"
        " writes for the Naples (Fla.) Daily News.",
    )
    assert labels(found, "Sarnia Observer") == {"ORG"}
    assert labels(found, "Naples Daily News") == {"ORG"}
    assert "Daily News" not in names(found)


def test_a_bracket_after_a_person_or_a_town_alone_is_left_alone(extractor):
    found = entities(
        extractor,
        "Prize\n\nThe shortlist named Margaret Atwood (Canada) and Saul Bellow. Our reporter"
        " writes for The (Fort Myers, Fla.) News-Press.",
    )
    assert labels(found, "Margaret Atwood") == {"PERSON"}
    assert labels(found, "Canada") == {"GPE"}
    assert labels(found, "News-Press") == {"ORG"}


def test_a_dateline_on_a_line_of_its_own_names_its_agency(extractor):
    # The TempEval-3 texts set "WASHINGTON (AP) --" on the first line, alone.
    found = entities(
        extractor,
        "BOSTON (AP) --\n\nA jury on Thursday acquitted the former mayor of all charges, his"
        " lawyer said.",
    )
    assert labels(found, "AP") == {"ORG"}
    # a headline with other words keeps no dateline's agency
    found = entities(
        extractor, "Senate (GOP) - the fight goes on\n\nThe Senate voted again on Friday."
    )
    assert "GOP" not in names(found) or labels(found, "GOP") == {"ORG"}


def test_a_news_programme_is_a_work_whole(extractor):
    # PolNeAR sheet C: "told Fox News Sunday" gave `Fox News` ORG and `Sunday` DATE; the model
    # tags "Meet the Press" and "NBC Nightly News" ORG and "Larry King Live" PERSON.
    found = entities(
        extractor,
        "Interview\n\nThe senator told Fox News Sunday that the bill would pass. She went on Meet"
        " the Press and NBC Nightly News to defend it, and later on Larry King Live.",
    )
    assert labels(found, "Fox News Sunday") == {"WORK_OF_ART"}
    assert labels(found, "Meet the Press") == {"WORK_OF_ART"}
    assert labels(found, "NBC Nightly News") == {"WORK_OF_ART"}
    assert labels(found, "Larry King Live") == {"WORK_OF_ART"}
    assert "Fox News" not in names(found)


def test_a_network_before_a_day_is_left_the_network(extractor):
    found = entities(
        extractor,
        "Interview\n\nThe governor told Fox News on Sunday that he would not run. He watched Fox"
        " News Sunday morning before church.",
    )
    assert labels(found, "Fox News") == {"ORG"}
    assert "Fox News Sunday" not in names(found)
