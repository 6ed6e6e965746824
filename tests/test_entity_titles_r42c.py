"""Round r42c-titles: words glued to names (seed 124's "Rules these errors suggest"): a desk's
word between a broadcaster's or a paper's name and a journalist's title is the title's ("ITV
Political Editor Nick Robinson": `ITV` ORG, never `ITV Political`); "LAN" is a technology's
term, no firm. The sentences are made up."""

from datetime import date


def entities(extractor, text):
    record = extractor.extract_text(text, reference_date=date(2005, 3, 1))
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def names(found):
    return {e[1] for e in found}


def test_a_desk_before_a_journalists_title_is_no_part_of_the_broadcaster(extractor):
    # Seed 124's "But ITV Political Editor Nick Robinson said": `ITV Political` ORG.
    text = (
        "Vote too close to call\n\n"
        "But ITV Political Editor Nick Robinson said the vote was close. BBC Business "
        "Correspondent Mark Gregory said shares fell."
    )
    found = entities(extractor, text)
    assert "ITV Political" not in names(found)
    assert "BBC Business" not in names(found)
    assert ("ORG", "ITV", ["ITV"]) in found
    assert "Nick Robinson" in names(found)
    assert "Mark Gregory" in names(found)


def test_a_paper_keeps_its_name_before_a_chief_desk(extractor):
    text = (
        "Rates held\n\n"
        "The Guardian Chief Political Editor Tom Hart said it was a shock to the markets."
    )
    found = entities(extractor, text)
    assert "Guardian Chief Political" not in names(found)
    assert "Guardian Political" not in names(found)


def test_a_channel_named_with_a_desk_word_is_left_whole(extractor):
    # "Sky Sports" is a channel's whole name, and "Sports" no desk.
    text = "Cup draw made\n\nSky Sports reporter Tim Hall said the draw was fair to both clubs."
    found = entities(extractor, text)
    assert "Sky" not in names(found)


def test_a_body_whose_name_ends_in_a_desk_word_is_left_whole(extractor):
    # "Health" and "Industry" end these bodies' names; the body's name holds a lower-case "of".
    text = (
        "Waiting lists fall\n\n"
        "Department of Health analysts said waiting lists were shorter, and the Confederation "
        "of British Industry economist Ian McCafferty agreed."
    )
    found = entities(extractor, text)
    assert "Department of" not in names(found)
    assert "Confederation of British" not in names(found)


def test_a_lan_is_a_technology_no_firm(extractor):
    # Seed 124's "A wireless LAN card in the PC may be sufficient": `LAN` ORG.
    text = (
        "Home office advice\n\n"
        "A wireless LAN card in the PC may be sufficient, said Anne Lee of Dell."
    )
    found = entities(extractor, text)
    assert "LAN" not in names(found)
