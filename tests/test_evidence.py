import re
from pathlib import Path

import pytest

from factx.extract import evidence
from factx.extract.entities import (
    RawMention,
    cluster,
    evidence_cue,
    name_key,
    people_surnames,
)
from factx.extract.evidence import (
    _any_cue,
    _cues_for,
    _search_before,
    country_keys,
    cue_of,
    cues,
    dateline_place,
    on_team_sheet,
)

EVENT_NAME = "sports event by its name"


def cue(sentence: str, name: str, label: str) -> str | None:
    start = sentence.index(name)
    found = cue_of(sentence, start, start + len(name), label)
    return found.name if found is not None else None


@pytest.mark.parametrize(
    ("sentence", "name", "label", "expected"),
    [
        # Companies the model takes for people or places.
        ("Ubisoft's shares rose 5% on Monday.", "Ubisoft", "PERSON", "company's business"),
        ("He is chief executive of Sega in Europe.", "Sega", "PERSON", "role at a company"),
        # A name after an honorific is a person's, whatever verb follows ("Mrs. Michelle
        # Obama were", one of two subjects), never a band's.
        (
            "Barack Obama and Mrs. Michelle Obama were received",
            "Michelle Obama",
            "PERSON",
            "honorific before a name",
        ),
        ("Carlsberg, the Danish brewer, said.", "Carlsberg", "GPE", "firm in apposition"),
        # The rich nations' clubs by their number are bodies, as OntoNotes tags them: the model
        # reads them as places or products ("G7 finance ministers").
        ("a meeting of G7 finance ministers", "G7", "GPE", "group of nations by its number"),
        ("at the G-8 summit", "G-8", "PRODUCT", "group of nations by its number"),
        # A last word that is a plural kind of goods or a club's or band's plural names a firm,
        # a club or a band, whatever person or work the model reads: no surname ("Anglia
        # Buses", "Maseru Hats", "Leeds Tigers"), unlike "Reeves", "Woods" or "Banks".
        (
            "The company will offer wi-fi on Anglia Buses next year.",
            "Anglia Buses",
            "PERSON",
            "firm, club or band by a plural kind word",
        ),
        (
            "the plants were Maseru Hats, Leisure Textiles and Delta Shoes.",
            "Leisure Textiles",
            "WORK_OF_ART",
            "firm, club or band by a plural kind word",
        ),
        (
            "the flanker joined Leeds Tigers in May",
            "Leeds Tigers",
            "PERSON",
            "firm, club or band by a plural kind word",
        ),
        # A club's nickname after its town, a first name's too ("Bradford"): no surname.
        (
            "England trained with Kendal Rhinos this week",
            "Kendal Rhinos",
            "PERSON",
            "firm, club or band by a plural kind word",
        ),
        (
            "he returned to the code with Bradford Bulls",
            "Bradford Bulls",
            "PERSON",
            "firm, club or band by a plural kind word",
        ),
        # A title with a possessive is a work's, not a firm's.
        ("the film Dead Man's Trains", "Dead Man's Trains", "WORK_OF_ART", "work after its kind"),
        # Tennis's championships named by their grounds are events, whatever place or person
        # the model reads; a club of the town keeps the result's TEAM.
        (
            "the former Wimbledon champion lost",
            "Wimbledon",
            "GPE",
            "tennis championship by its ground",
        ),
        (
            "her first final at Roland Garros",
            "Roland Garros",
            "PERSON",
            "tennis championship by its ground",
        ),
        ("Everton lost to Wimbledon in 1994.", "Wimbledon", "GPE", "team beaten"),
        # A club the model reads as a person keeps the result's TEAM by its kind word or town.
        (
            "Nottingham Forest beat Derby on Sunday.",
            "Nottingham Forest",
            "PERSON",
            "team in a result",
        ),
        ("St Albans beat Luton on Sunday.", "St Albans", "PERSON", "team in a result"),
        # One word before set scores is no player: the championship's own cue confirms it.
        (
            "won at Wimbledon 6-3 6-4 in 2004",
            "Wimbledon",
            "EVENT",
            "tennis championship by its ground",
        ),
        # A trade fair or a conference is an event, as OntoNotes tags it; the model reads it
        # as the body that runs it or the hall it fills ("the Consumer Electronics Show" ORG).
        (
            "Sony showed the handset at the Tokyo Electronics Show on Tuesday.",
            "Tokyo Electronics Show",
            "ORG",
            "trade show or conference by its kind",
        ),
        (
            "Chip makers met at the Pacific Circuits Conference.",
            "Pacific Circuits Conference",
            "FAC",
            "trade show or conference by its kind",
        ),
        (
            "It went on sale after Gadget Expo.",
            "Gadget Expo",
            "ORG",
            "trade show or conference by its kind",
        ),
        # A name opening with a first name, and a person's role in apposition, is a person's,
        # though the role names the firm (which "firm in apposition" would read) or the
        # surname ends places' names ("Park").
        (
            "said Karen Wood, an analyst at research firm Ovum.",
            "Karen Wood",
            "ORG",
            "person in apposition",
        ),
        (
            "Harold Park, the retail chain's founder, said",
            "Harold Park",
            "ORG",
            "person in apposition",
        ),
        (
            "A statement from Alan Moss, the billionaire store owner, said",
            "Alan Moss",
            "GPE",
            "person in apposition",
        ),
        ("Apple Computer Inc. said", "Apple Computer Inc.", "PERSON", "corporate suffix"),
        ("shares in Kanto Railways fell", "Kanto Railways", "PERSON", "corporate suffix"),
        # A reinsurer's name ends in "Re" (for reinsurance), as a firm's in "Inc".
        ("claims paid by Hanse Re rose", "Hanse Re", "PERSON", "corporate suffix"),
        # A web address, or two words joined by a dot, names a firm or its site (round
        # r27-recur): the model read "One.Tel" a person and "Jolt.co.uk" a place.
        (
            "calls routed by Fonex and One.Tel, which",
            "One.Tel",
            "PERSON",
            "firm by its web address",
        ),
        ("the review site Jolt.co.uk said", "Jolt.co.uk", "GPE", "firm by its web address"),
        ("prices at Gadgetshop.com fell", "Gadgetshop.com", "PERSON", "firm by its web address"),
        # Storms are named like people; the kind word before the name makes it an event.
        ("the damage left by Hurricane Odile", "Hurricane Odile", "PERSON", "storm by its name"),
        ("after Typhoon Kalmar struck", "Typhoon Kalmar", "GPE", "storm by its name"),
        ("the Devon-based games maker", "Devon", "ORG", "known place before -based"),
        (
            "hikers in Glen Rock National Park",
            "Glen Rock National Park",
            "ORG",
            "national park by its kind",
        ),
        (
            "Vulcan Fire, a docu-drama about the eruption, airs",
            "Vulcan Fire",
            "PERSON",
            "work in apposition",
        ),
        # A wire story's sign-off names the bureau that filed it, an office of the agency.
        ("-- Lisbon Newsroom +351 1 555 0100", "Lisbon Newsroom", "GPE", "wire newsroom"),
        ("Ubisoft publishes the game.", "Ubisoft", "PERSON", "company making"),
        ("used in Sega's launch title Project Rub", "Sega", "PERSON", "company's products"),
        (
            "the Scottish Green Party said",
            "Scottish Green Party",
            "WORK_OF_ART",
            "organisation word",
        ),
        ("survey by Earthlink and Webroot found", "Webroot", "NORP", "role at a company"),
        ("Brightline, a division of Scanvox, said", "Scanvox", "PRODUCT", "role at a company"),
        ("Shares in Elan and Biogen Idec plunged", "Biogen Idec", "PERSON", "role at a company"),
        ("a report by the think-tank Demos", "Demos", "PERSON", "company after its kind"),
        # A newspaper named after its kind word, as the wires write foreign titles.
        (
            "quoted by the daily Berliner Kurier",
            "Berliner Kurier",
            "PERSON",
            "company after its kind",
        ),
        ("a report in the weekly Die Woche said", "Die Woche", "GPE", "company after its kind"),
        # A club after its league's or country's team, an exchange by its short name.
        (
            "Russian first division team Torpedo Tomsk said",
            "Torpedo Tomsk",
            "PERSON",
            "club after its kind",
        ),
        ("Turkish team Genclerbirligi won", "Genclerbirligi", "GPE", "club after its kind"),
        ("the Bund future on LIFFE was lower", "LIFFE", "NORP", "exchange by its name"),
        ("copper on the LME rose", "LME", "PRODUCT", "exchange by its name"),
        # A monopoly is a firm, and so is what a firm or the state owns or runs.
        ("a bid by state gas monopoly Gazprom", "Gazprom", "GPE", "company after its kind"),
        ("confirmed Rosneft-owned Yugansk was not", "Yugansk", "GPE", "firm by its owner"),
        ("the state-run Codelco said", "Codelco", "GPE", "firm by its owner"),
        # A firm before its analyst or chief named in full, and a firm after a show's producer
        # with no first name ("Big Brother producer Endemol").
        ("said Saturn analyst Marie Dubois of", "Saturn", "LOC", "firm before its named staff"),
        (
            "Atlas Fund Management investment chief Paul Marsh said",
            "Atlas Fund Management",
            "WORK_OF_ART",
            "firm before its named staff",
        ),
        ("the Pop Quiz producer Zenmark said", "Zenmark", "PERSON", "firm after a work's producer"),
        # A lone name after its town's "-based", or before a share price's move, is a firm's.
        ("Lyon-based Novacorp is said to", "Novacorp", "PERSON", "firm by its base"),
        ("the New York-based Textra said", "Textra", "GPE", "firm by its base"),
        (
            "In Asia, Ferrotec shed 2.1% to 17 euros",
            "Ferrotec",
            "PERSON",
            "firm by its share price",
        ),
        ("Ferrotec rose 4p to 80p", "Ferrotec", "PERSON", "firm by its share price"),
        # A side by its place in a table or a game, not a person: "behind leaders Arsenal".
        ("ten points behind leaders Arsenal.", "Arsenal", "PERSON", "club by its standing"),
        # A council ward is a place, a road and a market a venue.
        ("councillors for the Hilltop Green ward", "Hilltop Green", "ORG", "ward by its kind"),
        ("a depot off Larch Road West, the", "Larch Road West", "ORG", "road by its kind"),
        # A chip by its generation is the chip, no group of nations (r43-residual's cue, which
        # confirms the model's PRODUCT where a no-cue test stood before).
        ("the Apple G5 chip", "G5", "PRODUCT", "chip before its kind"),
        # A US city's boulevard (PolNeAR usa-today_2016-10-25, read as a user: ORG).
        ("historic Bayshore Boulevard sweeps", "Bayshore Boulevard", "ORG", "road by its kind"),
        # No author's: a ground named by its lane is a venue, as the model says.
        ("beaten at Gigg Lane by Bury", "Gigg Lane", "FAC", "road by its kind"),
        (
            "a fair at Old Quayside Fish Market on",
            "Old Quayside Fish Market",
            "ORG",
            "venue by its kind",
        ),
        ("programs such as Spybot and Ad-Aware", "Ad-Aware", "GPE", "product after its kind"),
        ("albums Confessions and The Diary", "The Diary", "ORG", "work after its kind"),
        # Malware, an operating system, a ship, universities named by one plural, a show and a
        # player before set scores: the kinds the model has no label cue for.
        ("The Cabir virus only affects handsets", "Cabir", "GPE", "malware by its kind"),
        # An aircraft carrier is a ship, no airline: a ship's name, often a person's.
        (
            "on the aircraft carrier Carl Vinson, in the Gulf",
            "Carl Vinson",
            "PERSON",
            "ship after its kind",
        ),
        ("in November the Skulls Trojan came to light", "Skulls", "ORG", "malware by its kind"),
        ("the worm Sasser spread", "Sasser", "PERSON", "malware after its kind"),
        ("handsets running the Symbian Series 60", "Symbian", "NORP", "software a machine runs"),
        ("operates the liner Crystal Harmony, is", "Crystal Harmony", "LOC", "ship after its kind"),
        (
            "The full libraries of Michigan and Stanford universities",
            "Michigan",
            "GPE",
            "universities named before their kind",
        ),
        ("the success of the CSI TV shows", "CSI", "ORG", "show by its kind"),
        ("the US horror hit Boogeyman and", "Boogeyman", "PERSON", "work after a hit"),
        ("reached the French Open final", "French Open", "LANGUAGE", "sports event by its name"),
        ("the Tri-Nations series", "Tri-Nations", "ORG", "sports event by its name"),
        ("the Grand Prix in Birmingham", "Grand Prix", "FAC", "sports event by its name"),
        ("their Davis Cup tie", "Davis Cup", "FAC", "sports event by its name"),
        # American football's final and baseball's, whatever their spelling (round r27-recur).
        ("an advert at last year's Superbowl cost", "Superbowl", "GPE", EVENT_NAME),
        ("sang at the Super Bowl in Houston", "Super Bowl", "FAC", EVENT_NAME),
        ("won the World Series in October", "World Series", "ORG", EVENT_NAME),
        # "Olympic" alone is the Games' adjective, an EVENT as OntoNotes tags it ("double
        # Olympic gold"); the model reads it as a place or a person before a discipline.
        ("she beat the Olympic 400m champion", "Olympic", "FAC", "Olympic alone"),
        ("a two-time Paralympic gold medallist", "Paralympic", "PERSON", "Olympic alone"),
        # The champion's title, no side's name: no team cue reads it first.
        ("will face the Olympic heptathlon champion", "Olympic", "GPE", "Olympic alone"),
        # A national stadium by its name; a national side by its nickname is a team.
        ("at Twickenham on Sunday", "Twickenham", "GPE", "ground by its name"),
        ("against the All Blacks", "All Blacks", "WORK_OF_ART", "national side by its nickname"),
        ("the Pumas scored twice", "Pumas", "NORP", "national side by its nickname"),
        ("big clubs like Celtic", "Celtic", "NORP", "company after its kind"),  # a plural's like
        # Championships in the plural, a championship's indoor meeting, a football
        # championship by its year, and games named by their city or alone.
        ("to the European Championships", "European Championships", "LAW", EVENT_NAME),
        ("the European Indoors in Madrid", "European Indoors", "ORG", EVENT_NAME),
        ("their final Euro 2004 qualifier", "Euro 2004", "LAW", EVENT_NAME),
        # A golf tournament by its kind word, and a series' final meeting.
        ("winner of the Scottish Masters", "Scottish Masters", "ORG", EVENT_NAME),
        ("at the IAAF Grand Prix Final", "IAAF Grand Prix Final", "ORG", EVENT_NAME),
        ("at the Manchester Games.", "Manchester Games", "FAC", "games by their place"),
        ("of the Games closing", "Games", "FAC", "games by their place"),
        ("at the Manchester Games.", "the Manchester Games", "FAC", "games by their place"),
        # Games named without "the" are a firm's, as its apposition says.
        (
            "Rockstar Games, the makers of Manhunt, said",
            "Rockstar Games",
            "PERSON",
            "firm in apposition",
        ),
        # A role for a firm named alone: "vice president of business development for Gracenote".
        (
            "vice president of business development for Gracenote.",
            "Gracenote",
            "PERSON",
            "role for a company",
        ),
        # A championship or a classic after its name, and the Grand Slams in the plural (events,
        # no awards: "who has won two Grand Slams").
        (
            "the RBS Six Nations Championship",
            "RBS Six Nations Championship",
            "LAW",
            "sports event by its name",
        ),
        ("before the Kooyong Classic", "Kooyong Classic", "FAC", "sports event by its name"),
        ("won three Grand Slams", "Grand Slams", "FAC", "sports event by its name"),
        ("voters backed the Lib Dems in May", "Lib Dems", "PERSON", "party by its name"),
        ("MPs in the Commons voted", "Commons", "NORP", "house of parliament"),
        # The law lords are the House of Lords sitting as a court: a body, no person.
        (
            "Law Lords ruled that the men were held unlawfully",
            "Law Lords",
            "PERSON",
            "house of parliament",
        ),
        # A sports title, no award ("-winning" makes none of it): the competition.
        ("the FA Cup-winning side", "FA Cup", "ORG", "sports event by its name"),
        ("a Grand Slam title", "Grand Slam", "GPE", "sports event by its name"),
        ("the Open University said", "Open University", "PERSON", "organisation word"),
        # Institutions named after people: "the Harry Truman Library" PERSON or PRODUCT.
        ("at the Jack Frost Library in", "Jack Frost Library", "PERSON", "organisation word"),
        ("taken to Mary Jones Hospital", "Mary Jones Hospital", "PERSON", "organisation word"),
        ("under the Sarbanes-Oxley Act, firms", "Sarbanes-Oxley Act", "ORG", "law by its kind"),
        ("the Maastricht Treaty was", "Maastricht Treaty", "ORG", "law by its kind"),
        (
            "the European Convention on Human Rights",
            "European Convention on Human Rights",
            "ORG",
            "law by its kind",
        ),
        (
            "told the BBC's World Business Report that",
            "World Business Report",
            "ORG",
            "programme of a channel",
        ),
        (
            "Other nominees included the Motorcycle Diaries, Zatoichi and Hero.",
            "Zatoichi",
            "GPE",
            "work among nominees",
        ),
        ("the Windows XP operating system", "Windows XP", "LOC", "product by its edition"),
        # An operating system's "OS", with its "X" and its release's name, whatever the model says.
        ("ships Mac OS X Panther soon", "Mac OS X Panther", "ORG", "operating system by its name"),
        ("phones running Symbian OS today", "Symbian OS", "PERSON", "operating system by its name"),
        ("won a Golden Globe", "a Golden Globe", "FAC", "award by its name of two words"),
        ("won the Golden Globe", "Golden Globe", "PERSON", "award by its name of two words"),
        ("the forthcoming sequel Ring 2", "Ring", "PERSON", "work after its kind"),
        # A feature is a film where an adjective of films stands before it.
        (
            "the Danish animated feature Winter Lights",
            "Winter Lights",
            "ORG",
            "work after its kind",
        ),
        ("her debut feature Salt Road won", "Salt Road", "GPE", "work after its kind"),
        ("for his performance in Closer.", "Closer", "PERSON", "work acted in"),
        ("hosted children's shows Motormouth and", "Motormouth", "PERSON", "show after its kind"),
        ("won best short film for Wasp.", "Wasp", "ORG", "work nominated for"),
        ("was nominated for Hotel Rwanda.", "Hotel Rwanda", "PERSON", "work nominated for"),
        # A director or an actor shortlisted "for" a film: the film, whatever its look.
        (
            "The best film shortlist names Ann Hale for Tin Roof.",
            "Tin Roof",
            "PERSON",
            "work of a nominee",
        ),
        ("Other nominees are Tom Brand for Greyhound,", "Greyhound", "ORG", "work of a nominee"),
        (
            "seed Sebastien Grosjean 2-6 6-3",
            "Sebastien Grosjean",
            "PRODUCT",
            "player before set scores",
        ),
        ("topped the Billboard chart", "Billboard", "PERSON", "kind after a company"),
        (
            "Writing in the journal Nature, he said",
            "Nature",
            "WORK_OF_ART",
            "company after its kind",
        ),
        (
            "France's Ubisoft, one of Europe's biggest video game publishers",
            "Ubisoft",
            "GPE",
            "firm in apposition",
        ),
        ("selling his independent label Zomba", "Zomba", "PERSON", "company after its kind"),
        ("up with market leader Best Buy and", "Best Buy", "PERSON", "company after its kind"),
        # Who conducts or compiles a survey or writes a report is a firm or a body.
        (
            "The survey was conducted by Datavane on",
            "Datavane",
            "PERSON",
            "researcher after its research",
        ),
        (
            "A separate report by Quorvex forecasts",
            "Quorvex",
            "LOC",
            "researcher after its research",
        ),
        # One word after a channel's possessive, tagged PERSON, is the channel's programme.
        (
            "competition from Channel 4's Supervet in",
            "Supervet",
            "PERSON",
            "programme of a channel, one word",
        ),
        # A dash after the plural kind opens its list as "such as" does.
        (
            "deals with two airlines - Skylark and Air Dune",
            "Skylark",
            "PERSON",
            "company after its kind",
        ),
        ("Then Cellnet (now O2) launched its service.", "O2", "PERSON", "digit in a name"),
        ("Acpo made its call for stronger powers.", "Acpo", "PERSON", "company's own pronoun"),
        ("BAA are also owners of the airports.", "BAA", "PERSON", "name as a plural"),
        (
            "At Heathrow, Gatwick, Edinburgh and Glasgow airports, BAA launched",
            "Edinburgh",
            "PERSON",
            "places named before their kind",
        ),
        ("the Lib Dem leader Charles Kennedy", "Lib Dem", "PERSON", "organisation's people"),
        ("Coldplay singer Chris Martin said", "Coldplay", "PERSON", "organisation's people"),
        (
            "he said Sugar Ray singer Mark McGrath could",
            "Sugar Ray",
            "PERSON",
            "organisation's people",
        ),
        ("won a Brit Award last year", "Brit Award", "PERSON", "award"),
        ("at the Brit Awards in London", "Brit Awards", "ORG", "awards ceremony"),
        ("in Cuyo, a 50-family community with no", "Cuyo", "ORG", "place in apposition"),
        (
            "farmers of the Chancay-Huaral Valley",
            "Chancay-Huaral Valley",
            "FAC",
            "land or water by its kind",
        ),
        ("just practising my Portuguese with him", "Portuguese", "NORP", "language spoken"),
        # A language's word before a noun or with its "the" is a people's: the side, the FA.
        ("the English side", "English", "LANGUAGE", "people's word before a noun"),
        ("as the English FA said", "English", "LANGUAGE", "people's word before a noun"),
        ("France beat the English.", "English", "LANGUAGE", "a people by its the"),
        ("The English, he said, were better", "The English", "LANGUAGE", "a people with its the"),
        # A name before "actor" and an actor's full name is the work he acts in, unless a
        # country or a known region (the cue's "places": false).
        (
            "Former Casualty Ward actor Jeremy Edwards said",
            "Casualty Ward",
            "GPE",
            "work before its actor",
        ),
        ("Friends actress Lisa Kudrow is to play", "Friends", "ORG", "work before its actor"),
        # A kin word before a lone name before "are" says a person, no plural firm.
        ("she and sister Mara are a force", "Mara", "PERSON", "kin before a name"),
        (
            "He may challenge Texas Sen. Ted Cruz next year.",
            "Texas",
            "PERSON",
            "known place its representative serves",
        ),
        ("Microsoft home and entertainment division", "Microsoft", "PERSON", "company's division"),
        # A theatre named after a person is a building: "Karl" is no first name there.
        (
            "spoke at the Arlen Voss Theater on Monday",
            "Arlen Voss Theater",
            "PERSON",
            "venue by its kind",
        ),
        # A final is played at an event: "the Kestrel International" is no building there.
        (
            "lost the final of the Kestrel International",
            "Kestrel International",
            "FAC",
            "event whose final is played",
        ),
        # A youngster is a person, whatever the name's look ("Marta" is also a place).
        ("Brazilian youngster Kestra scored", "Kestra", "GPE", "person's calling before a name"),
        # A firm's unit, with its trade's word between: "Del" is no first name there.
        ("the Brolin Hale foods unit", "Brolin Hale", "PERSON", "company's unit"),
        ("bought the Varnask unit for $9bn", "Varnask", "GPE", "company's unit"),
        ("both Tory and Lib Dem leaders during", "Lib Dem", "PERSON", "organisation's people"),
        (
            "charity single Grief Never Grows Old.",
            "Grief Never Grows Old",
            "PERSON",
            "song or tale after its kind",
        ),
        # Works and products.
        ("in 1997 when Titanic took home 11 Oscars.", "Titanic", "ORG", "work that won awards"),
        ("The Moneychangers (1975) and Overload (1979)", "Overload", "PERSON", "work and its year"),
        ("winners include White Teeth by Zadie Smith", "White Teeth", "ORG", "work by its author"),
        ("Sally Grindley's Spilled Water, about", "Spilled Water", "PERSON", "work of its author"),
        (
            "Strong Medicine, Hailey's blockbuster",
            "Strong Medicine",
            "PERSON",
            "work in apposition",
        ),
        (
            "Sideways and Finding Neverland have so far grossed $45m",
            "Finding Neverland",
            "ORG",
            "work at the box office",
        ),
        (
            "blockbusters such as Saving Private Ryan, Forrest Gump and Ghost",
            "Forrest Gump",
            "PERSON",
            "work after its kind",
        ),
        (
            "a messaging application called Pictochat",
            "Pictochat",
            "PERSON",
            "product after its kind",
        ),
        (
            # Round r36-bodies's cue for a drug's kind word comes first; the label is the same.
            "sales of new multiple sclerosis drug Tysabri",
            "Tysabri",
            "ORG",
            "drug after its kind",
        ),
        (
            "sales of its new browser Firebird",
            "Firebird",
            "ORG",
            "product after its kind",
        ),
        ("Avonex, Biogen Idec's existing drug", "Avonex", "GPE", "product in apposition"),
        # A product in apposition stands after a comma; without one the name is a verb's
        # first object, the one who gets the thing: "bought my son Tom a phone".
        ("I bought my son Tom a new phone because", "Tom", "PERSON", "kin before a name"),
        ("He won for the film Ray last year.", "Ray", "PERSON", "work after its kind"),
        ("Forrest Gump, starring Hanks, won.", "Forrest Gump", "PERSON", "work with its makers"),
        # Round r45-works split the bare "role in" off: a name the model tagged no place.
        (
            "She had a role in The Aviator.",
            "The Aviator",
            "ORG",
            "work people play in, no place's label",
        ),
        ("He appeared in Hollyoaks for years.", "Hollyoaks", "PERSON", "work people appeared in"),
        ("Firefox 1.0 was released.", "Firefox", "ORG", "product version"),
        ("the Safari browser", "Safari", "PERSON", "software kind"),
        ("banks use the Windows operating system", "Windows", "LOC", "software kind"),
        (
            "a suite of software which includes iTunes",
            "iTunes",
            "ORG",
            "product after its kind",
        ),
        (
            "Most PCs running Windows Media Center have",
            "Windows Media Center",
            "ORG",
            "software a machine runs",
        ),
        # Awards the model takes for people, places and firms; their ceremonies.
        ("Oscar-winning director Ron Howard", "Oscar", "PERSON", "award by its use"),
        ("she has Grammy nominations in the US", "Grammy", "PERSON", "award nominee"),
        ("Blanchett, who won a Bafta in 1999", "Bafta", "GPE", "award won"),
        ("during the average Oscars show", "Oscars", "ORG", "awards show"),
        # Round r18-ent: a firm named after its kind between commas, and the firm an analyst
        # named in full works for.
        ("The retailer, Woolworths, said", "Woolworths", "PERSON", "firm in commas after its kind"),
        (
            "one of the biggest developers, Codemasters Games, has",
            "Codemasters Games",
            "PERSON",
            "firm in commas after its kind",
        ),
        (
            "said oil analyst Jane Doe of Kleinwort Benson.",
            "Kleinwort Benson",
            "PERSON",
            "firm of a named analyst",
        ),
        (
            "economist Ian Shepherdson at High Frequency",
            "High Frequency",
            "GPE",
            "firm of a named analyst",
        ),
        # Awards counted are the prizes (OntoNotes WORK_OF_ART, as "Olivier Awards" on the
        # graded sheets), not the night: "won eight Grammy Awards", "a pair of Brit Awards".
        ("Charles won eight Grammy Awards", "Grammy Awards", "PERSON", "awards counted"),
        ("nominated for a pair of Mobo Awards", "Mobo Awards", "EVENT", "awards counted"),
        ("The band picked up 3 Kerrang Awards", "Kerrang Awards", "ORG", "awards counted"),
        # The ceremony's own name wins over a cue that only holds for lone names.
        ("Charles sang at the Grammy Awards", "Grammy Awards", "PERSON", "awards ceremony"),
        ("the two Grammy Awards nights", "Grammy Awards", "ORG", "awards ceremony"),  # nights
        # Games named after "arcade classics such as", as after "games such as".
        ("arcade classics such as Asteroids and", "Asteroids", "ORG", "game after its kind"),
        ("video game classics like Pong", "Pong", "PERSON", "game after its kind"),
        # A coined "i" + capital name is a product's, whatever the model made of it.
        ("Sales of iPods doubled last year.", "iPods", "ORG", "coined i-name"),
        ("iTunes has sold 200 million songs.", "iTunes", "NORP", "coined i-name"),
        ("a song bought from Apple iTunes is", "Apple iTunes", "ORG", "coined i-name"),
        (
            "The Mac Mini was launched amid much fanfare by Apple.",
            "Apple",
            "PRODUCT",
            "made by a company",
        ),
        # Places the model takes for people.
        (
            "those just back from the planet Galifray",
            "Galifray",
            "PERSON",
            "land or water after its kind",
        ),
        ("in the town of Chipping Norton", "Chipping Norton", "PERSON", "place after its kind"),
        # and decides where the model already read a place: its other mentions may say ORG.
        ("the rebels took the city of Kifri", "Kifri", "LOC", "place after its kind"),
        # A producer of a commodity in apposition, and an exchange before its name, are firms.
        (
            "strong links with Norvatek, Russia's second-biggest oil producer.",
            "Norvatek",
            "PERSON",
            "firm in apposition",
        ),
        ("the futures exchange Norvatek said", "Norvatek", "PERSON", "company after its kind"),
        # People the model takes for organisations.
        ("Michelle, a mother of twins, said", "Michelle", "ORG", "person who"),
        ('"We are keen," said Mr Mukerjee.', "Mukerjee", "GPE", "honorific before a name"),
        ("Mrs. Kaplan warned", "Kaplan", "ORG", "honorific before a name"),
        ("Mr Smith said its profits rose.", "Smith", "PERSON", "honorific before a name"),
        (
            "said Nikki Rocco, head of distribution at Universal",
            "Nikki Rocco",
            "ORG",
            "person in a role",
        ),
        (
            "The SNP's Holyrood leader, Nicola Sturgeon, said",
            "Nicola Sturgeon",
            "ORG",
            "role before a name",
        ),
        ("goals from Noe Pamarot and Mido", "Mido", "ORG", "player who scored"),
        ("Noe Pamarot, 25, signed", "Noe Pamarot", "ORG", "person who"),
        # Places that play: teams.
        ("Leicestershire beat Somerset.", "Leicestershire", "GPE", "team in a result"),
        ("Leicestershire beat Somerset by an innings.", "Somerset", "GPE", "team beaten"),
        ("Pohang 3 Ulsan 2", "Pohang", "GPE", "team with a score"),
        ("Tottenham manager Martin Jol", "Tottenham", "GPE", "team's staff"),
        # A cue confirms the label it gives, so it outvotes the model's other mentions.
        ("editor at Mac Format magazine", "Mac Format", "ORG", "role at a company"),
        ("Newcastle have got a very good side", "Newcastle", "GPE", "team as a plural"),
        ("Pohang 3 Ulsan 2", "Ulsan", "GPE", "team after a score"),
        ("Tottenham travel to West Brom and", "Tottenham", "GPE", "team as a plural"),
        # A fixture line pairs teams with "v".
        ("Brentford v Hartlepool or Boston", "Boston", "GPE", "fixture"),
        ("Everton v Sunderland", "Everton", "PERSON", "fixture"),
        # A preview's heading names the day after the pair.
        ("Bath v Gloucester (Sat)", "Gloucester", "PERSON", "fixture"),
        # A heading may open a line of fixtures.
        (
            "Postponed: Birmingham v Barnsley, Manchester City v Charlton",
            "Barnsley",
            "PERSON",
            "fixture",
        ),
        # A side before a player's role and full name ("Surrey captain Chris Lewis").
        (
            "Surrey captain Chris Lewis continued",
            "Surrey",
            "PERSON",
            "team before its named player",
        ),
        ("said Eagles owner Jeffrey Lurie.", "Eagles", "PERSON", "team before its named player"),
        # A place a side plays against, or takes on.
        ("last Friday's match against Leeds.", "Leeds", "GPE", "team played against"),
        ("will take on Portadown in the sixth round", "Portadown", "GPE", "team played against"),
        ("two games against Leicester and Biarritz", "Biarritz", "GPE", "team played against"),
        # A ranked athlete, the country in brackets and a time or a distance after the name.
        (
            "1. Falilat Ogunkoya (Nigeria) 50.31 seconds",
            "Falilat Ogunkoya",
            "ORG",
            "ranked athlete",
        ),
        (
            "4. El Hassane Lahssini (Morocco) 13:06.57",
            "El Hassane Lahssini",
            "ORG",
            "ranked athlete",
        ),
        # A side's innings total: "Kent had reached 108 for three", "Durham were all out".
        ("By stumps Kent had reached 108 for three.", "Kent", "PERSON", "side's innings"),
        ("Durham were all out for 114.", "Durham", "GPE", "side's innings"),
        # Players on a team sheet, an initial and a surname, read as places and firms.
        (
            "G Thomas (capt); H Luscombe, T Shanklin, G Jenkins, S Jones.",
            "G Jenkins",
            "GPE",
            "team sheet",
        ),
        (
            "R de Marigny; W Pozzebon, A Masi, L Nitoglia; A Troncon.",
            "Troncon",
            "ORG",
            "team sheet",
        ),
        ("M. Atherton, N. Hussain, G. Thorpe, A. Stewart", "A. Stewart", "ORG", "team sheet"),
        # A squad line gives each player's club in brackets: the team sheet's rule made
        # them players.
        (
            "M Blair (Edinburgh), A Craig (Glasgow), C Cusiter (Borders), G Bulloch (Glasgow, c)",
            "Edinburgh",
            "PERSON",
            "club in brackets",
        ),
        (
            "Coyne (Burnley), Jones (Wolves), Roberts (Wrexham), Collins (Sunderland)",
            "Wrexham",
            "PERSON",
            "club in brackets",
        ),
        (
            "Coyne (Burnley), Jones (Wolves), Roberts (Wrexham), Collins (Sunderland)",
            "Coyne",
            "ORG",
            "team sheet",
        ),
        # Clubs named after their places ("Newcastle" GPE, "Leinster" PERSON).
        ("before making his comeback for Newcastle in the", "Newcastle", "GPE", "player's team"),
        (
            "eight of the Dragons side that faced Leinster on Sunday",
            "Leinster",
            "GPE",
            "team beaten",
        ),
        ("a place in the Bristol side for the game", "Bristol", "GPE", "team's staff"),
        # A title with a sequel's number is a work, not a law ("Halo 2" tagged LAW).
        ("Xbox video game Halo 2 has been released", "Halo 2", "LAW", "sequel"),
        ("the box office takings of Shrek 2", "Shrek 2", "LAW", "sequel"),
        # A film's distributor is a company; a party is named with its kind or its people.
        ("The film's distributor Gaumont expects", "Gaumont", "PERSON", "company after its kind"),
        ("The Labour party said the plan", "Labour", "PERSON", "party by its kind"),
        ("the Lib Dems' manifesto promises", "Lib Dems", "PERSON", "party's people"),
        ("Labour's candidates in the north", "Labour", "PERSON", "party's people"),
        # Teams a player moves between, owns players, plays games and leads a league.
        ("said Smith of analysts Gartner", "Gartner", "PERSON", "company after its kind"),
        # Round r45-works: a frontman or lead singer only a group has (`group`, before the
        # players' cue), which outvotes a first name's one vote.
        (
            "the Killers' lead singer Brandon Flowers",
            "Killers",
            "PERSON",
            "band of a person's shape by its frontman",
        ),
        ("before joining Everton in 1994", "Everton", "PERSON", "player's move"),
        ("who replaced Leicester's Harry Ellis", "Leicester", "PERSON", "team's player"),
        ("I can target the Worcester game for a return", "Worcester", "PERSON", "team's game"),
        ("United reduced Chelsea's Premiership lead", "Chelsea", "PERSON", "team's standing"),
        # Awards are a small closed class: the award a work, the night of awards an event.
        ("by the time the Oscar ceremony is upon us", "Oscar", "PERSON", "award by its name"),
        ("The recent Grammy music awards proved", "Grammy", "PERSON", "award by its name"),
        ("echoed the views of Oscars host Chris Rock", "Oscars", "ORG", "awards night"),
        ("generated excitement at the Oscars", "the Oscars", "ORG", "awards night"),
        # A club by its nickname after "the" ("the Magpies" NORP).
        (
            "four places above the Magpies in the Premiership",
            "the Magpies",
            "NORP",
            "club by its nickname",
        ),
        ("The Blues had looked destined to progress", "The Blues", "NORP", "club by its nickname"),
        # Races and tournaments by their kind word ("BUPA Great Caledonian Run" ORG).
        (
            "in the BUPA Great Caledonian Run in Edinburgh",
            "BUPA Great Caledonian Run",
            "ORG",
            "sports event by its name",
        ),
        (
            "won the World Indoor Tournament in Rotterdam",
            "World Indoor Tournament",
            "ORG",
            "sports event by its name",
        ),
        # A country's leaving a union is an event, named as one word ("Brexit" PERSON).
        ("Mr Putin said Brexit would hurt Britain", "Brexit", "PERSON", "country's exit"),
        ("fears of a Grexit grew in Athens", "Grexit", "ORG", "country's exit"),
        # A kin word before a first-name-shaped word: a person ("sister Venus" ORG).
        ("She beat her sister Venus in the final", "Venus", "ORG", "kin before a name"),
        ("Mr Blair and his wife Cherie flew", "Cherie", "GPE", "kin before a name"),
        # A club after its staff or its dealings in players ("sacked by Spurs" PERSON).
        ("since he was sacked by Spurs in 2003", "Spurs", "PERSON", "team dealing in players"),
        (
            "lured to White Hart Lane by Tottenham - the club",
            "Tottenham",
            "GPE",
            "team dealing in players",
        ),
        ("caretaker manager at Southampton", "Southampton", "GPE", "team's staff before"),
        # A place before the people from it ("Brighton nurse Marion Brown" PERSON).
        ("posed by Brighton nurse Marion Brown", "Brighton", "PERSON", "place before its people"),
        ("Liverpool band The Coral", "Liverpool", "GPE", "place's band"),
        # Works named with their cast or makers, or after their kind and a comma.
        ("Ray star Jamie Foxx", "Ray", "PERSON", "work before its star"),
        ("the former presenter of Nationwide", "Nationwide", "GPE", "work's people"),
        ("a blockbuster, such as Titanic or", "Titanic", "EVENT", "work after its kind"),
        # A brand a company owns is a product ("Cadbury's brands such as Dairy Milk" PERSON).
        ("brands such as Dairy Milk, Dr Pepper", "Dairy Milk", "PERSON", "brand of a company"),
        # Round r28-products: what a firm "makes" is its product or brand, which the model
        # reads as a person or as the firm ("Stella Artois" PERSON in a brewer's results).
        ("Carlton, which makes Tusker Gold, said", "Tusker Gold", "PERSON", "product a firm makes"),
        ("the makers of Tellwin said sales fell", "Tellwin", "ORG", "product a firm makes"),
        # ... and a drink is named by its kind word, after it or as its last word.
        ("Sales of Kestrel vodka rose", "Kestrel", "PERSON", "drink before its kind"),
        ("Danby Lager lost ground", "Danby Lager", "ORG", "drink named with its kind"),
        # Initials in brackets after a product's name the model left untagged are the
        # product's, not a firm's ("IE" ORG in every later mention of the browser).
        ("users of Apple's Media Player (MP) fell", "MP", "ORG", "initials of a product"),
        ("rivals to Internet Explorer ( IE ) grew", "IE", "PERSON", "initials of a product"),
        # Dams, bridges and rivers by their kind ("Three Gorges Dam" ORG).
        ("a unit on the Three Gorges Dam", "Three Gorges Dam", "ORG", "facility by its kind"),
        ("work on the Xiluodu dam", "Xiluodu", "PRODUCT", "facility before its kind"),
        ("rafting on the Ob river", "Ob", "ORG", "water before its kind"),
        # A club by the word that ends its name ("Manchester United" PERSON in 23 articles).
        ("with Manchester United and Chelsea", "Manchester United", "PERSON", "club by its name"),
        ("a win over Aston Villa on Sunday", "Aston Villa", "PERSON", "club by its name"),
        # A league is an organisation, whatever noun follows it ("Premiership" PERSON,
        # PRODUCT); "won a Premiership title" names no award.
        ("They lead the Premiership by two points", "Premiership", "PERSON", "league by its name"),
        ("They won a Premiership title.", "Premiership", "ORG", "league by its name"),
        ("top of the Zurich Premiership", "Zurich Premiership", "GPE", "league by its name"),
        # A record label or studio by the word that ends its name ("Universal Music" PERSON).
        (
            "the branches of Sony Music and Universal Music, who saw it",
            "Universal Music",
            "PERSON",
            "company by its kind word",
        ),
        # Seen on seed 26 after it was graded: a drug firm, a cruise line, a stock exchange.
        (
            "licensed to one manufacturer, Forest Laboratories.",
            "Forest Laboratories",
            "PERSON",
            "company by its kind word",
        ),
        ("Crystal Cruises, which runs", "Crystal Cruises", "PRODUCT", "company by its kind word"),
        # Round r15-14 (MEANTIME airbus): a planemaker by its kind word, read as a person.
        (
            "the original home of Douglas Aircraft and McDonnell Douglas",
            "Douglas Aircraft",
            "PERSON",
            "company by its kind word",
        ),
        ("Rival pan-European bourse Euronext is", "Euronext", "NORP", "company after its kind"),
        # Round r12-14: more kinds of firm before their names, read as people by the model.
        ("said an analyst at brokerage Aton.", "Aton", "PERSON", "company after its kind"),
        (
            "the accounts signed by auditors Grant Thornton",
            "Grant Thornton",
            "PERSON",
            "company after its kind",
        ),
        ("Japanese carmaker Nissan said", "Nissan", "PERSON", "company after its kind"),
        ("odds given by bookmakers Ladbrokes", "Ladbrokes", "PERSON", "company after its kind"),
        ("trade body Intellect said", "Intellect", "PERSON", "company after its kind"),
        ("search start-up Blinkx has released", "Blinkx", "PERSON", "company after its kind"),
        (
            "said Victor Shum, analyst with Purvin and Gertz.",
            "Purvin",
            "PERSON",
            "role at a company",
        ),
        # Clubs named by their town, in results and transfers, and grounds by their names.
        ("after losses to Newcastle and Barcelona", "Newcastle", "GPE", "team beaten"),
        ("after losses to Newcastle and Barcelona", "Barcelona", "GPE", "team beaten"),
        ("the Champions League clash with Barcelona at", "Barcelona", "GPE", "team beaten"),
        ("is poised to join Sunderland after", "Sunderland", "GPE", "club a player joins"),
        # A broadcaster's department is no person, whatever verb follows ("understands").
        (
            "BBC Sport understands that he",
            "BBC Sport",
            "PERSON",
            "broadcaster's department by its name",
        ),
        (
            'he told BBC Radio Ulster: "It',
            "BBC Radio Ulster",
            "PERSON",
            "broadcaster's department by its name",
        ),
        (
            "Sky Sports News reported",
            "Sky Sports News",
            "GPE",
            "broadcaster's department by its name",
        ),
        # A club by its town in a career's spell, a game's words and its staff (r27-sport).
        ("after a short stint at Dunford, he", "Dunford", "GPE", "club of a spell in a career"),
        ("a spell at Dunford's academy", "Dunford", "GPE", None),
        ("Dunford assistant coach Ian Wray said", "Dunford", "GPE", "team's staff"),
        ("was booked in losing away to Dunford and", "Dunford", "GPE", "team beaten"),
        ("they lost at home to Dunford on Saturday", "Dunford", "GPE", "team beaten"),
        ("he rejected a move to Dunford last week", "Dunford", "GPE", "club a player moves to"),
        ("his red card against Dunford was", "Dunford", "GPE", "team played against"),
        ("scored on his debut against Dunford.", "Dunford", "GPE", "team played against"),
        ("Duff ruled out of Barcelona clash", "Barcelona", "GPE", "place's team in a game"),
        ("who ended the Newcastle game in goal", "Newcastle", "GPE", "place's team in a game"),
        (
            "his form for Manchester City this season",
            "Manchester City",
            "GPE",
            "club by its town and kind",
        ),
        ("turned down a move to Stoke City.", "Stoke City", "GPE", "club by its town and kind"),
        ("on loan to Real Sociedad until May", "Real Sociedad", "GPE", "club by its town and kind"),
        ("their first win at Anfield since 1999", "Anfield", "PERSON", "ground by its name"),
        # A person of a firm, in apposition, is no firm ("X, the company's founder"), and one
        # accountant is a person: their first names and the role show it.
        ("Judy Bell, the company's founder, said", "Judy Bell", "ORG", "person in apposition"),
        ("said accountant Jose Lopez.", "Jose Lopez", "ORG", "first name"),
        ("beaten at Highbury by Arsenal", "Highbury", "FAC", "ground by its name"),
        # A firm's unit in apposition is a firm; a person's role "of the group" is not (below).
        ("Exel, a unit of the group, said", "Exel", "PERSON", "firm in apposition"),
        ("a draw at the Bernabeu on Sunday", "Bernabeu", "PRODUCT", "ground by its name"),
        ("the crowd at Celtic Park", "Celtic Park", "LOC", "ground by its name"),
        # An owner's kind word and a comma before a name: a product or a work of that owner,
        # where the words after it say no more; "Jxta" takes the kind joined before it.
        (
            "Apple's music software, iTunes, is free",
            "iTunes",
            "ORG",
            "product named after its owner's kind",
        ),
        (
            "Sun's two server programs, Jini and Jxta, were",
            "Jxta",
            "ORG",
            "product named after its owner's kind",
        ),
        (
            "the band's second album, Parklife, sold",
            "Parklife",
            "GPE",
            "work named after its owner's kind",
        ),
        (
            "her latest novel, Atonement, was",
            "Atonement",
            "ORG",
            "work named after its owner's kind",
        ),
        # A sentence may open with the owner's word, capitalised ("Her", "The"), and a song
        # is named after its "track" or "EP" as after its "single".
        (
            "Her most recent single, Paper Moon, reached",
            "Paper Moon",
            "PERSON",
            "work named after its owner's kind",
        ),
        (
            "Their second EP, Lantern Town, sold",
            "Lantern Town",
            "GPE",
            "work named after its owner's kind",
        ),
        (
            "The closing track, Marlow Grey, runs",
            "Marlow Grey",
            "PERSON",
            "work after its kind and a comma",
        ),
        # In a chart story, a name after an act's possessive and before its place in the chart
        # is the act's record (r25-music).
        (
            "while Dana Pike's Silver Harbour is a new entry at number 10",
            "Silver Harbour",
            "ORG",
            "work at a chart's place after its act",
        ),
        (
            "knocking Glowcastle's Grey Lantern to third place.",
            "Grey Lantern",
            "PERSON",
            "work at a chart's place after its act",
        ),
        # The model reads a title of two capitalised words as a person's full name.
        (
            "the author's prize-winning novel, Brighton Rock, was",
            "Brighton Rock",
            "PERSON",
            "work named after its owner's kind",
        ),
        ("such films as Taxi Driver and", "Taxi Driver", "PERSON", "work after its kind"),
        ("are lined up to star in Middlemarch.", "Middlemarch", "PERSON", "work people play in"),
        ("while new entry Sahara went in at", "Sahara", "LOC", "work after a hit"),
        # A list of works after its kind: "include", and hits or successes "such as".
        ("His films include Braveheart and", "Braveheart", "PERSON", "work after its kind"),
        ("hits such as Shrek and Toy Story", "Toy Story", "ORG", "work after a hit"),
        # A star of, the director behind or the creator of names works: the model reads their
        # titles as people, firms or events ("the director behind Moonfall, Tall Ships and").
        (
            "Lena Wu, star of Pride and Paper, is",
            "Pride and Paper",
            "ORG",
            "work after its star or maker",
        ),
        (
            "said the director behind Tall Ships and Moonfall.",
            "Tall Ships",
            "EVENT",
            "work after its star or maker",
        ),
        (
            "Sam Trent, creator of The Gilroys, who",
            "The Gilroys",
            "ORG",
            "work after its star or maker",
        ),
        # A list of works whose kind stands a few words before its "such as" or "include":
        # the words between qualify the kind (when, where, for what), so every member is one.
        (
            "the best-loved games of the last ten years such as Moon Base, Dune Runner and Gold.",
            "Dune Runner",
            "PERSON",
            "work in a list after its kind's frame",
        ),
        (
            "ITV programmes from the past week such as Harbour Lights, Night Ward and Wire.",
            "Night Ward",
            "ORG",
            "work in a list after its kind's frame",
        ),
        (
            "Twenty films will open at Cannes, including The Baker of Lyon",
            "The Baker of Lyon",
            "ORG",
            "work in a list after its kind's frame",
        ),
        (
            "Films on Channel 5 include Paper Moons and",
            "Paper Moons",
            "GPE",
            "work in a list after its kind's frame",
        ),
        (
            "Other successes such as Strictly Come Dancing",
            "Strictly Come Dancing",
            "PERSON",
            "work after a hit",
        ),
        # A prize for a name the model read as a firm or a place goes to a work ("awards for
        # Billy Elliot"); a prize for a person is left to the model (below).
        ("a sweep of awards for Billy Elliot on", "Billy Elliot", "ORG", "work awarded"),
        ("the best director prize for Atonement", "Atonement", "GPE", "work awarded"),
        # The best-known products of news on technology, a small closed class: the model
        # reads "Windows" as a place or a people and "Xbox" as its maker.
        ("a flaw in Windows lets hackers in", "Windows", "NORP", "product by its name"),
        # Other spellings of the same consoles ("Microsoft's X-Box and Nintendo's Game Cube").
        ("Microsoft's X-Box and Nintendo's Game Cube", "Game Cube", "ORG", "product by its name"),
        ("Microsoft's X-Box and Nintendo's Game Cube", "X-Box", "ORG", "product by its name"),
        ("sales of the Xbox fell", "the Xbox", "ORG", "product by its name"),
        ("owners of a Mac can", "Mac", "PERSON", "product by its name"),
        # ... after its maker's name, and the firms of technology news the model reads as
        # people or places ("Sega's House of the Dead", "BT said").
        ("a flaw in Microsoft Outlook lets", "Microsoft Outlook", "ORG", "product by its name"),
        # Round r28-products: the browser's initials after its maker's name ("IE" alone is
        # the initials rule's, where the article spells them out).
        ("Microsoft IE has led the market", "Microsoft IE", "ORG", "product by its name"),
        ("fixes a hole in Media Player,", "Media Player", "PERSON", "product by its name"),
        ("Honda's robot Asimo can run", "Asimo", "PERSON", "product by its name"),
        ("in the mobile version of Sega's game", "Sega", "PERSON", "firm by its name"),
        ("Toshiba plans to use the chip", "Toshiba", "PERSON", "firm by its name"),
        ("BT is to cut prices", "BT", "GPE", "firm by its name"),
        # Round r18-ent: a title with its own capital "The" after a person's possessive is the
        # person's work, where the model read a firm ("Alice Sebold's The Lovely Bones").
        (
            "the bookies' favourite, Mike Leigh's The Secret Garden, leads",
            "The Secret Garden",
            "ORG",
            "titled work of its author",
        ),
        # Round r18-ent: banks and firms of business news named like people or things.
        ("Merrill Lynch said profits rose", "Merrill Lynch", "PERSON", "business firm by its name"),
        ("loans backed by Freddie Mac", "Freddie Mac", "PRODUCT", "business firm by its name"),
        ("the Hang Seng fell 1%", "the Hang Seng", "PERSON", "business firm by its name"),
        (
            "Meghan McCain, Twitter: Chris Wallace is the winner",
            "Twitter",
            "PERSON",
            "firm by its name",
        ),
        # An "e" + capital name is no coined product like "iPod": eBay is a firm.
        ("eBay said on Monday.", "eBay", "PERSON", "firm by its name"),
        # Firms of technology news by the kind word before or in their names.
        (
            "filtered by Symantec subsidiary Brightmail was",
            "Brightmail",
            "PERSON",
            "company after its kind",
        ),
        (
            "According to consultants Strategy Analytics, only",
            "Strategy Analytics",
            "PERSON",
            "company by its kind word",
        ),
        ("internet provider Wanadoo is to", "Wanadoo", "GPE", "company after its kind"),
        # Games by their kind: the model reads a game's name as its maker or a person.
        ("the widely acclaimed game Black & White.", "Black & White", "ORG", "game after its kind"),
        ("EA publishes titles such as Fifa and", "Fifa", "ORG", "game after its kind"),
        ("franchises such as Jak and Daxter", "Jak", "PERSON", "game after its kind"),
        ("the Call of Duty game franchise", "Call of Duty", "ORG", "game before its kind"),
        (
            "the World of Warcraft massive multi-player online game",
            "World of Warcraft",
            "ORG",
            "game before its kind",
        ),
        # Honours and France's film awards belong to the closed class of awards.
        ("was made an OBE in 2003", "OBE", "ORG", "award by its name"),
        ("the Cesar for best film went to", "Cesar", "PERSON", "award by its name"),
        ("a favourite at this year's Cesars", "Cesars", "ORG", "awards night"),
        # Round r15-14 (MEANTIME airbus): a town the model reads as a person, placed by its
        # country or state after a word of place.
        (
            "it was flown to Toulouse, France for the ceremony",
            "Toulouse",
            "PERSON",
            "town before its country or state",
        ),
        # Text split into tokens has a space before the comma.
        (
            "flown to Toulouse , France for",
            "Toulouse",
            "PERSON",
            "town before its country or state",
        ),
        (
            "a plant in Everett, Washington, in the US",
            "Everett",
            "ORG",
            "town before its country or state",
        ),
        # A cue before the first of a list holds for the names joined after it ...
        ("shares in Sega, Nintendo and Sony fell", "Nintendo", "PERSON", "role at a company"),
        ("a speech in Chatham, Kent.", "Kent", "PERSON", "known place after where"),
        # ... but a comma with no list going on after the mention ends a clause or opens an
        # apposition: the kind before the first name is not this one's.
        ("In the city of Wambo, the ICRC runs a clinic.", "the ICRC", "ORG", None),
        # An honorific glued to a name by its full stop is no web address.
        ("a letter from Mr.Jones said", "Mr.Jones", "PERSON", None),
        ("According to bookmaker Ladbrokes, Smith is favourite", "Smith", "PERSON", None),
        # (was "company after its kind"; a full name now falls to its first name)
        (
            "According to bookmaker Ladbrokes, John Smith is favourite",
            "John Smith",
            "ORG",
            "first name",
        ),
        # A song at its chart place, a record out again, a study by its name, a band by
        # the size of its line-up.
        (
            "The Moles went in at number four with Paper Lanterns.",
            "Paper Lanterns",
            "ORG",
            "work at a chart place",
        ),
        ("the re-release of Hound Town topped the chart", "Hound Town", "GPE", "work re-released"),
        # A name at its chart place, then a sum taken, is a film at the box office (r29-charts).
        (
            "Grey Harbour entered in third place, taking $9m (£4.6m).",
            "Grey Harbour",
            "ORG",
            "work at a box-office place by its takings",
        ),
        (
            "Lantern Bay slipped to number four with $6.1m.",
            "Lantern Bay",
            "PERSON",
            "work at a box-office place by its takings",
        ),
        # The record or film a chart's number names in apposition (r29-charts).
        (
            "eight times more than the number two, Grey Harbour.",
            "Grey Harbour",
            "PERSON",
            "work as a chart's number",
        ),
        (
            "It knocked last week's number one, Lantern Bay, into third place",
            "Lantern Bay",
            "ORG",
            "work as a chart's number",
        ),
        # The act before its chart place and its work, or after "in at number N was", is a
        # band (r29-charts); the model often reads a band's one word as a place.
        (
            "Ashmoor, who are at number eight with Paper Moons, toured",
            "Ashmoor",
            "GPE",
            "act at a chart place with its work",
        ),
        (
            "Kestrel Vale entered the chart at four with Glass Hearts.",
            "Kestrel Vale",
            "GPE",
            "act at a chart place with its work",
        ),
        (
            "In at number three was Hollowmere with Lost Tides.",
            "Hollowmere",
            "GPE",
            "act in at a chart place",
        ),
        (
            "The Global Cheese Study was based on 900 interviews",
            "The Global Cheese Study",
            "ORG",
            "study or report by its name",
        ),
        (
            "The band put out a new album, Astro Cat, the first in years.",
            "Astro Cat",
            "PERSON",
            "work after its kind and a comma",
        ),
        (
            "the group's self-financed debut, Sad Lane, sold",
            "Sad Lane",
            "ORG",
            "work after its kind and a comma",
        ),
        ("Swedish trio Oso Grande played", "Oso Grande", "PERSON", "band after its kind"),
        (
            "it fell to third. The Moles' album Paper Sky went up",
            "Moles",
            "PERSON",
            "band by its plural's records",
        ),
        ("The song, titled Rain On Tin and sung by", "Rain On Tin", "ORG", "work by its title"),
        ("a Polish offering entitled Overgrowth, which", "Overgrowth", "GPE", "work by its title"),
        (
            "Zeta says its new CopyWall technology will stop it",
            "CopyWall",
            "ORG",
            "product of its owner before its kind",
        ),
        (
            "compatible with Nokia's new Radio Plus service",
            "Radio Plus",
            "ORG",
            "product of its owner before its kind",
        ),
        ("clubs such as Italian trio Milan, Inter and Roma", "Milan", "GPE", "band after its kind"),
        # Round r23-media: a prize "for best" a work's category, then "for" the work itself.
        (
            "Dan Roper won the award for best first feature for Silver Harbour, which",
            "Silver Harbour",
            "GPE",
            "work of a best category",
        ),
        (
            "the band took the prize for best rock video for Paper Moon.",
            "Paper Moon",
            "ORG",
            "work of a best category",
        ),
        # Round r27-works: a best category whose last word is a kind of work ("best rap song
        # for X", "best pop album award for X") names a work after its "for", whatever the verb
        # before it and even where the title has a person's first name.
        (
            "Dee Mann dominated the night, winning best dance song for Mary Goes Home and",
            "Mary Goes Home",
            "PERSON",
            "work of a work's best category",
        ),
        (
            "getting the best traditional jazz album award for Blue Lanterns.",
            "Blue Lanterns",
            "ORG",
            "work of a work's best category",
        ),
        # Round r23-media: a name that won a category of films, shows or plays is a work.
        (
            "The Glass Harp was named best musical, and",
            "The Glass Harp",
            "ORG",
            "work that won a work's category",
        ),
        ("and Vertigo won best film.", "Vertigo", "PERSON", "work that won a work's category"),
        # Round r29-works: a name that won a work's category in a clause after it, and a work
        # that follows another up ("the sequel to Hale's Long Road": a director's possessive).
        (
            "Harbour Lights, which won best animation in Annecy,",
            "Harbour Lights",
            "PERSON",
            "work that won a work's category",
        ),
        (
            "the follow-up to Okada's Paper Lantern, which",
            "Paper Lantern",
            "PERSON",
            "work followed up",
        ),
        ("the follow-up to Blue Orchard was", "Blue Orchard", "PERSON", "work followed up"),
        (
            "a successor to Hollis's Night Ferry, with",
            "Night Ferry",
            "PERSON",
            "work followed up",
        ),
        (
            "Iron Orchard is the long-awaited sequel to",
            "Iron Orchard",
            "PERSON",
            "work that follows up another",
        ),
        (
            "the Danish director who directed Glass Coast, and",
            "Glass Coast",
            "PERSON",
            "work directed",
        ),
        ("the critical hit Downhill, the", "Downhill", "GPE", "work after a hit"),
        # Round r23-media: a show before its actress's possessive ("Harbour Lane's actress").
        (
            "will join Harbour Lane's actress Jo Smith on",
            "Harbour Lane",
            "ORG",
            "work before its actor",
        ),
        # Round r23-media: the kinds of show and soap a programme is named after.
        ("the creator of teen soap Harbour Lane has", "Harbour Lane", "ORG", "show after its kind"),
        ("the talent show Star Quest returns", "Star Quest", "PERSON", "show after its kind"),
        # Round r23-media: a title of a person's shape after its maker's possessive, where the
        # model read a firm ("Pat Hollis's Nora Quayle").
        (
            "Pat Hollis's Nora Quayle is among the nominees",
            "Nora Quayle",
            "ORG",
            "work of its author, of a person's shape",
        ),
        # A lone name the model tags PERSON, in words only a club's result takes (round
        # r23-sport): players draw no games and are no one's home fixture.
        ("Wigan drew with Burnley again.", "Burnley", "PERSON", "club beaten, a lone name"),
        ("after their 2-1 win against Sevilla", "Sevilla", "PERSON", "club beaten, a lone name"),
        ("they are at home to Lens next", "Lens", "PERSON", "club beaten, a lone name"),
        ("a win over a stubborn Bolton side", "Bolton", "PERSON", "club beaten, a lone name"),
        ("unless Malmo fail to beat Hammarby", "Malmo", "PERSON", "team in a result"),
        ("said Brescia striker Al Roe", "Brescia", "PERSON", "club before its staff, a lone name"),
        (
            "hurt in the first half against Treviso",
            "Treviso",
            "PERSON",
            "club played against, a lone name",
        ),
        (
            "when Munster were playing Bourgoin",
            "Bourgoin",
            "PERSON",
            "club played against, a lone name",
        ),
        (
            "a shot from the edge of Burnley's box",
            "Burnley",
            "PERSON",
            "club's ground and players, a lone name",
        ),
        ("the prop has joined from Agen.", "Agen", "PERSON", "player's move"),
        # An initial and a surname before a bracketed club, on a short line of a squad.
        (
            "J Doe (Kent AC), P Roe (Bath).",
            "J Doe",
            "ORG",
            "initialled player before a bracketed club",
        ),
        # A governing body by its rules, or after its kind.
        ("banned under Fiba regulations", "Fiba", "PERSON", "body by its rules"),
        ("the sport's governing body, Fina, said", "Fina", "PERSON", "body after its kind"),
        # Round r24-works: a game is a work (WORK_OF_ART) wherever its cue is, "video game" too.
        ("the video game Moon Harvest sold", "Moon Harvest", "PRODUCT", "game after its kind"),
        ("Tarvo's launch title Cloud Keep uses", "Cloud Keep", "PERSON", "game after its kind"),
        ("the PC title Iron Field has", "Iron Field", "ORG", "game after its kind"),
        (
            "The winner is Rally School, a massively multiplayer car racing game.",
            "Rally School",
            "ORG",
            "game in apposition",
        ),
        ("Moon Harvest 2 is out on Xbox now.", "Moon Harvest", "ORG", "game by its platform"),
        (
            "the Iron Field and Moon Harvest franchises",
            "Moon Harvest",
            "ORG",
            "game before its kind",
        ),
        # A work by its sequel or remake, or by a version of it.
        ("the Iron Field sequel is better", "Iron Field", "ORG", "work before its sequel"),
        ("the uncut version of Grey Tide was", "Grey Tide", "ORG", "work in a version of its own"),
        (
            "a big-screen version of The Tin Bus",
            "The Tin Bus",
            "ORG",
            "work in a version of its own",
        ),
        # Round r25-music: a band has members; a person has none ("members of King Crimson and
        # X": the name after the joined band takes the cue too).
        ("with members of Korvath and", "Korvath", "PERSON", "band by its members"),
        ("Members of Grey Lantern said", "Grey Lantern", "PERSON", "band by its members"),
        # Round r25-titles: a work remade or adapted; a sequel in apposition; a children's
        # classic.
        ("a remake of Grey Tide", "Grey Tide", "ORG", "work remade or adapted"),
        (
            "Harbour's Nine, the heist caper sequel, took $40m",
            "Harbour's Nine",
            "LOC",
            "sequel in apposition",
        ),
        ("children's classic Grey Tide", "Grey Tide", "PERSON", "work after a hit"),
        # Round r28-screen: a film by its takings at the box office; a film after an epic.
        (
            "its 2002 forerunner, Harbour's Nine which took $30m (£16m) on its opening weekend",
            "Harbour's Nine",
            "PERSON",
            "work by its takings",
        ),
        (
            "The record was set in 1998 by Silver Harbour with $9.2m (£5m).",
            "Silver Harbour",
            "PERSON",
            "work by its takings, with a sum",
        ),
        ("Tom Lyle's historical epic Corvinus flopped", "Corvinus", "ORG", "work after an epic"),
        ("he starred in Ann Hale's Korea epic Redmoor", "Redmoor", "GPE", "work after an epic"),
        # Round r29-conll: a competitor by their standing in a contest ("Wimbledon finalist"
        # before a player the model tags ORG), and a weapon by its kind ("Kalashnikov" PERSON).
        (
            "but Open finalist Tavi Marsden lost",
            "Tavi Marsden",
            "ORG",
            "competitor after their standing",
        ),
        ("top seed Kestrel Danby won", "Kestrel Danby", "GPE", "competitor after their standing"),
        ("thieves took Garand rifles and", "Garand", "PERSON", "weapon before its kind"),
        ("armed with Makarov pistols", "Makarov", "ORG", "weapon before its kind"),
        # Round r30-games: games, machines, engines and code names in tech stories.
        ("Dusk Runner 2 is out now for the PC.", "Dusk Runner 2", "ORG", "game by its platform"),
        (
            "The next Nintendo handheld - codenamed Polaris - will be shown.",
            "Polaris",
            "PERSON",
            "product by its code name",
        ),
        ("the Zephyr 2 (code name Vesta) ships", "Vesta", "ORG", "product by its code name"),
        (
            "an unreleased product code-named Comet",
            "Comet",
            "WORK_OF_ART",
            "product by its code name",
        ),
        (
            "Fujitsu's prototype Red Storm/X machine has managed 70 teraflops.",
            "Red Storm/X",
            "ORG",
            "product of its owner before its kind",
        ),
        (
            "Apple used it in its pioneering Lisa computer.",
            "Lisa",
            "ORG",
            "product of its owner before its kind",
        ),
        (
            "the machines ran a mathematical speed test called Benchlin which",
            "Benchlin",
            "GPE",
            "benchmark by its kind",
        ),
        ("according to the Benchlin benchmark, it", "Benchlin", "ORG", "benchmark before its kind"),
        (
            "Sony's own engine, Mira (Modular Interactive Rendering Architecture) has",
            "Mira",
            "PERSON",
            "product named after its owner's kind",
        ),
        (
            "The prize went to Kestrel Beats, a mobile drum machine.",
            "Kestrel Beats",
            "PERSON",
            "gadget in apposition",
        ),
        (
            "It was used in Gridlock, an urban-based, pervasive game that",
            "Gridlock",
            "GPE",
            "game in apposition",
        ),
        ("Sci-fi shooter Iron Vigil has topped", "Iron Vigil", "PERSON", "game after its kind"),
        # Round r30-shows: a relaunched show, an exhibition by its name, and a work before its
        # short kind.
        (
            "The All New Music Box was fronted by",
            "The All New Music Box",
            "ORG",
            "show opened by The All New",
        ),
        (
            "The Orange Fauvist exhibition displayed phone photos",
            "Orange Fauvist",
            "GPE",
            "exhibition by its name",
        ),
        (
            "There is also Glass Harbour, a short documentary about the band",
            "Glass Harbour",
            "ORG",
            "work before its short kind",
        ),
    ],
)
def test_cues_say_what_a_name_is(sentence, name, label, expected):
    assert cue(sentence, name, label) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        ("Federer beat Nadal in Paris.", "Nadal", "PERSON"),  # players beat players
        # Round r28-products: "makes" a person or a place something is no product; nor is a
        # drinks firm, nor a country's wine.
        ("a ruling which makes Hal Green the favourite", "Hal Green", "PERSON"),
        ("a deal which makes Kestrel's position weaker", "Kestrel", "PERSON"),
        ("the Kestrel beer group said", "Kestrel", "PERSON"),
        ("exports of France wine fell", "France", "GPE"),
        # The initials of a body, or of words no product's cue reads, are left to the model.
        ("the Kestrel Drinks Company (KDC) said", "KDC", "ORG"),
        ("the Bank of England (BoE) said", "BoE", "ORG"),
        ("The poll has Clinton 44.8 percent to 43.7.", "Clinton", "PERSON"),  # a share, no version
        ("A single AAA battery lasts a day.", "AAA", "ORG"),  # "a single" is one, no song
        ("Tim Henman beat Rafael Nadal.", "Tim Henman", "PERSON"),  # a first name: a player
        # A full name the model reads as a person's is a player's though its first name is not
        # on the list: sides it takes for people are clubs by their town or kind word.
        ("Unseeded Baltasar Ortega defeated the champion.", "Baltasar Ortega", "PERSON"),
        ("GOP nominee Donald Trump spoke", "GOP", "ORG"),  # a party's nominee, no award's
        ("the Midlands software industry", "Midlands", "LOC"),
        # A star named in full takes no sum at a chart place (r29-charts).
        ("Tom Marsh came in at number two, taking $5m.", "Tom Marsh", "PERSON"),
        # A player's ranking, and the act before its record, are no chart's work (r29-charts).
        ("He beat the world number two, Dunne, in Paris.", "Dunne", "PERSON"),
        ("last week's number one, Kestrel's Paper Moons", "Kestrel", "PERSON"),
        # A chart place "with" sales is no act's work (r29-charts).
        ("Brindle Hill entered the chart at four with sales of 9,000", "Brindle Hill", "GPE"),
        # The act itself is in the chart: no possessive before it, so no record (r25-music).
        ("This week Marlow Grey went straight in at number four", "Marlow Grey", "PERSON"),
        # A family, a household or a person's staff has members too (r25-music).
        ("members of the Korvath family", "Korvath", "PERSON"),
        ("members of Korvath's entourage", "Korvath", "PERSON"),
        # Wire text splits the possessive off ("Suu Kyi 's party"), and a programme in lower
        # case is no band ("members of the iPhone Developer Program").
        ("members of Korvath 's party", "Korvath", "PERSON"),
        ("members of the eDrive Club can", "eDrive Club", "PERSON"),
        # A speaker after a work's kind and a comma is no work, whatever its case (r25-music).
        ("The album, Dana Pike said, was", "Dana Pike", "PERSON"),
        # An author before his books, a name before its kind (r25-titles).
        ("the film adaptation of Lemony Snicket novels", "Lemony Snicket", "PERSON"),
        ("a remake of Hollywood classic Grey Tide", "Hollywood", "GPE"),
        ("Escape From LA, the sequel to it", "LA", "GPE"),  # a place the model cut a title to
        # "e" + capital names firms as often
        ("The IMF said", "IMF", "ORG"),  # the coined i-name needs a lower-case "i"
        ("musical classics such as Oliver", "Oliver", "PERSON"),  # no game's classics
        ("Philip Morris Jones said", "Philip Morris Jones", "PERSON"),  # a whole name only
        # A newspaper is a firm, whoever owns it; a firm without its own "The" is no title.
        ("Rupert Murdoch's The Sunday Times said", "The Sunday Times", "ORG"),
        ("Richard Branson's Virgin Atlantic flies", "Virgin Atlantic", "ORG"),
        # A language after a verb or before its own kind of word, or after "the" before them.
        ("studying English at university", "English", "LANGUAGE"),
        ("an English translation of the book", "English", "LANGUAGE"),
        ("the English version", "English", "LANGUAGE"),
        ("my French and his English are poor", "English", "LANGUAGE"),
        # A place's or a company's actor, no work's: a country, a known region, Hollywood,
        # an acronym ("work before its actor").
        ("US actor Jamie Foxx won", "US", "GPE"),
        ("Scotland actor Brian Cox", "Scotland", "GPE"),
        ("Hollywood actor Tom Hanks", "Hollywood", "GPE"),
        ("RSC actor Simon Russell Beale", "RSC", "ORG"),
        # The maker named before a work in apposition is no work ("Directed by X, the film").
        ("Directed by Antoine Smith, the film was poorly received", "Antoine Smith", "PERSON"),
        # A firm's kind word before a role is the role's: "a trade union leader" is a person.
        ("President Pereira, a former trade union leader, said", "Pereira", "PERSON"),
        # A comma before a lower-case word closes an apposition: the role is the firm's, the
        # person between commas no firm of a list.
        (
            "the chief executive of the Welsh FA, Dai Price, at the next meeting",
            "Dai Price",
            "PERSON",
        ),
        # A person between commas after a firm's kind is its head, not the firm.
        ("the head of the Ukrainian company, Yury Boyko, said", "Yury Boyko", "PERSON"),
        ("the company, Ruth Kelly, said", "Ruth Kelly", "PERSON"),
        ("the company said, Smith said", "Smith", "PERSON"),  # no comma after it
        ("Ray Charles sang.", "Ray Charles", "PERSON"),
        ("small New York software firm", "New York", "GPE"),  # the firm is the software's
        ("London have been hit by storms", "London", "GPE"),
        ("They will play Arsenal on Sunday.", "Arsenal", "ORG"),  # a verb, not a work's kind
        ("The figures show China grew.", "China", "GPE"),
        ("Police in southwest Yunnan have arrested", "Yunnan", "GPE"),
        ("plays the lead role in Jordan's film", "Jordan", "GPE"),
        ("settlements on the West Bank", "the West Bank", "GPE"),
        ("Sheringham's striking partner Teddy Sheringham", "Teddy Sheringham", "PERSON"),
        ("Dr Reddy, whose shares are listed", "Reddy", "PERSON"),  # a company has a "whose"
        ("She moved to Paris.\nthe film", "Paris", "GPE"),  # cues stay on the mention's line
        ("Smith v Jones was heard by a London court", "London", "GPE"),  # a case, no fixture
        # A person's own words about a firm, and a person in a compound subject.
        ("Smith said its profits rose.", "Smith", "PERSON"),
        ("Dr Reddy's said", "Reddy", "ORG"),  # "Dr" is no honorific in a firm's name
        ("a wrist injury to Mary Joe Fernandez have forced", "Mary Joe Fernandez", "PERSON"),
        ("Smith and Jones are in talks.", "Jones", "PERSON"),
        ("Hanks won two Oscars.", "Hanks", "PERSON"),  # people win awards too
        ("Gordon Durie 75th", "Gordon Durie 75th", "PERSON"),  # a minute, not a name's digit
        # A place, no apposition (r34-places gave "Gatwick" a FAC cue of its own, an airport).
        ("At Crawley, the company has written", "Crawley", "ORG"),
        ("Tory leader Michael Howard", "Tory", "NORP"),  # a party's people stay a group
        ("while Brosnan stars as a hit man", "Brosnan", "PERSON"),  # an actor stars as
        ("the single European currency", "European", "NORP"),
        # Joined names stop at a sentence's end: the single is not Russell Watson.
        (
            "single Grief Never Grows Old. Sir Cliff Richard, Russell Watson, Boy George",
            "Russell Watson",
            "PERSON",
        ),
        ("in Portuguese football", "Portuguese", "NORP"),  # a nationality before its noun
        # A nationality before a comma of a list ("his Scottish, and Welsh, cousins"; seen on
        # seed 20 after it was graded).
        ("annoyed his Scottish, and in particularly Welsh, cousins", "Scottish", "NORP"),
        ("with Led Zeppelin's Jimmy Page and", "Jimmy Page", "PERSON"),  # a band's, no author's
        ("Newcastle, gave up ballet at 10", "Newcastle", "GPE"),  # no apposition
        ("Smith, the film director, said", "Smith", "ORG"),  # a film's people
        ("promoted to the Championship", "Championship", "ORG"),  # the league, no event
        (
            "the Project for Farmers of the Huaral Valley",
            "Project for Farmers of the Huaral Valley",
            "ORG",
        ),  # a project in a valley is no valley
        ("under Article 5 of the treaty", "Article 5", "LAW"),  # a law's own numbered part
        # Brackets on a line that is no squad list: an aside, not a club.
        ("Tony Blair (Sedgefield) and Michael Howard (Folkestone) met", "Sedgefield", "GPE"),
        ("the Finance Bill 2 was passed", "Finance Bill 2", "LAW"),
        # Team cues change only a name tagged PERSON, and only before a person's full name.
        ("He moved to London in 1990", "London", "GPE"),
        ("Beckham's Real Madrid team-mates", "Beckham", "PERSON"),
        ("at a Hollywood party on Sunday", "Hollywood", "GPE"),
        # A nationality before a player's role stays a nationality; a batsman reaching a score
        # without a count of wickets is a player's, not a side's, innings.
        ("West Indian all-rounder Phil Simmons took", "West Indian", "NORP"),
        ("Hussain reached 158 in the morning", "Hussain", "PERSON"),
        ("protests against Leeds council's plan", "Leeds", "GPE"),  # no match is played
        # A firm owns things too: the role alone is no person's without a first name.
        ("Arcadia, the owner of Topshop, said", "Arcadia", "ORG"),
        ("3. Bayern Munich (Germany) 12 points", "Bayern Munich", "ORG"),  # a side's points
        ("Atari Games said on Monday", "Atari Games", "ORG"),  # a firm, not games
        # "like" after a kind in the singular compares, it names no member of the kind.
        ("walk out of the club like Michael Owen did", "Michael Owen", "PERSON"),
        ("Roe v Wade was heard, said Smith", "Wade", "PERSON"),  # a case, not a fixture line
        # The kin cue holds for the name right after it only, never through "and", and a
        # capitalised kin word opening a name is part of a title.
        ("his wife Heather Mills and Manchester United", "Manchester United", "ORG"),
        ("the reality show Wife Swap", "Swap", "PERSON"),
        ("its sister Xfm", "Xfm", "ORG"),  # a station's sister is a station
        ("Oscar Wilde wrote it", "Oscar Wilde", "PERSON"),  # a first name, no award
        ("a host of Glasgow schools", "Glasgow", "GPE"),  # "a host of" is many
        (
            "Holmes left Athens as the star of Team Kestrel",
            "Team Kestrel",
            "PERSON",
        ),  # a team's star
        ("Hollywood star Tom Hanks was in London", "Hollywood", "GPE"),  # a place's star
        ("said Ulster man Humphreys", "Ulster", "PERSON"),  # a side's player, no resident
        ("the left-back Wayne Bridge", "Wayne Bridge", "PERSON"),  # a surname, no bridge
        ("sold more Land Rovers", "Land Rovers", "PRODUCT"),  # cars, no club
        ("at the Republican stadium in Chisinau", "Republican", "NORP"),  # a stadium's name
        ("warn of the FBI virus in e-mails", "FBI", "ORG"),  # an agency's name on a hoax
        # (Firms outside the closed class of `firm by its name`, whose own name is a cue.)
        ("F-Secure virus expert Mikko Hypponen said", "F-Secure", "ORG"),  # a firm's experts
        ("the BBC TV series Bleak House", "BBC", "ORG"),  # a broadcaster's show
        ("Farrell saga to drag on", "Farrell", "PERSON"),  # a saga in the news is no work
        ("the most attractive Missouri franchise", "Missouri", "GPE"),  # a bank's business
        ("the Democratic Convention in Boston", "Democratic Convention", "EVENT"),  # a meeting
        ("the Treaty said", "Treaty", "ORG"),  # a kind word alone
        ("said the BBC's News Online", "News Online", "ORG"),  # the broadcaster's own
        ("told BBC Radio 4's Jeremy Vine", "Jeremy Vine", "PERSON"),  # a presenter
        ("nominees included Jamie Foxx", "Jamie Foxx", "PERSON"),  # nominated people
        # No award's word in the sentence: a player scores for his club.
        ("a late goal by Tom Brand for Leeds", "Leeds", "GPE"),
        # An award alone, not one of films, books or music: a club's award.
        ("won the fans' award ahead of Tom Brand for Leeds", "Leeds", "GPE"),
        # A shortlist of a sport's award names players for their clubs (round r23-sport): not
        # where the clause names a player, a season or a club, nor for a known town or county.
        ("the player of the year shortlist names Ian Cole for Hull", "Hull", "ORG"),
        ("The award shortlist names Ian Cole for Wigan", "Wigan", "GPE"),
        ("his performance in Athens was", "Athens", "GPE"),  # a place, no work
        ("Storms hit Britain", "Britain", "GPE"),  # "hit" alone is a verb
        ("the Russian-born Sergei Brin", "Sergei Brin", "PERSON"),  # born, not owned
        # In news a director of something runs it: a firm, a body, a festival, not a film.
        ("said Mike Turner, director of BAE Systems", "BAE Systems", "ORG"),
        ("the director of the British Chambers of Commerce", "British Chambers of Commerce", "ORG"),
        # The head of a firm, in apposition, is no firm.
        ("But Agnelli, the godfather of the group, wanted", "Agnelli", "ORG"),
        # A place joined by someone, or named with a city of its own, is still a place.
        ("The family joined London's Jewish community", "London", "GPE"),
        ("the police in Mexico City said", "Mexico City", "GPE"),
        ("New York City is", "New York City", "GPE"),
        ("to restore ties with Moscow", "Moscow", "GPE"),  # a country's ties, no match
        # The model cut the product's name to its maker's: "Nintendo" of "Nintendo DS".
        ("Palm's handheld device, Palm Zire, is", "Palm", "ORG"),
        # A teacher of games, a sports game, sites that offer games: no games' names.
        ("Sixth-form teacher Barney Oram already teaches computer games", "Barney Oram", "PERSON"),
        ("After the game Wenger said", "Wenger", "PERSON"),
        ("sites which offer casual games, like Miniclip", "Miniclip", "PERSON"),
        ("last week's top film, Lemony Snicket's A Series of", "Lemony Snicket", "ORG"),
        # Tennis singles and a day's play are no works; a place before a play is its stage.
        ("In Sunday's reverse singles, Carlos Moya takes on", "Carlos Moya", "PERSON"),
        ("On the third day's play, Michael Vaughan made", "Michael Vaughan", "PERSON"),
        ("Slater to star in Broadway play", "Broadway", "FAC"),
        ("the best actress award for Hilary Swank", "Hilary Swank", "PERSON"),
        # Actors are nominated as often as films: a common first name says an actor.
        ("scored Oscar nominations for Don Cheadle and", "Don Cheadle", "PERSON"),
        # A person after a person's kind of thing, a firm's product kind without a comma.
        ("Microsoft's software chief, Jim Allchin", "Jim Allchin", "PERSON"),
        # A player and his country in a list, a country's captain, a name and a firm.
        ("stars such as Henry, Zidane, France and Spain", "Zidane", "PERSON"),
        ("he met Zidane, France's captain", "Zidane", "PERSON"),
        ("a deal with Toulouse, Airbus said", "Toulouse", "PERSON"),
        # A work's author is named without a title: "by President George Bush" is an agent.
        ("were received today at the White House by President George Bush", "White House", "FAC"),
        # A law or a patent of software: the name rules it ("EU software patent law").
        ("Critics of the EU software patent law", "EU", "ORG"),
        # A person has a manager and a spokesman as a band and a party do.
        ("Johnny Cash manager Holiff dies", "Johnny Cash", "PERSON"),
        # A possessive: the name owns what is worked for, bought or run ("Barack Obama's
        # campaign"), and may be a person's as well as a firm's.
        ("Podesta worked for Barack Obama's campaign in 2008", "Barack Obama", "PERSON"),
        ("she is chairman of Rupert Murdoch’s newspaper arm", "Rupert Murdoch", "PERSON"),
        # A person opening a sentence before a country: no word of place before the name.
        ("in a row. Tony Blair, France and Germany agreed", "Tony Blair", "PERSON"),
        # A first name makes a person of a plural surname.
        ("a duet with Jenny Sisters", "Jenny Sisters", "PERSON"),
        # A television show is a work, and the non-league Conference a league, no event.
        ("a sketch from the Friday Show on BBC Two", "Friday Show", "ORG"),
        ("promoted to the Nationwide Conference last year", "Nationwide Conference", "ORG"),
        # A market of trade is no venue, and a street that names a government, a trade or a
        # show is no road here ("Downing Street said"); a person's surname is no road.
        ("left the Common Market in", "Common Market", "ORG"),
        ("Downing Street said", "Downing Street", "ORG"),
        ("Coronation Street is", "Coronation Street", "ORG"),
        ("said Graham Lane", "Graham Lane", "PERSON"),
        # A person's producer is a person.
        ("record producer Zenmark said", "Zenmark", "PERSON"),
        # A country after a town's "-based" stays one; a player falls in a ranking.
        ("Cardiff-based Wales", "Wales", "GPE"),
        ("Henman fell 5 places", "Henman", "ORG"),
        # A singer with a song, a singer's song out again, people in a double act.
        ("Jo Bloggs is at number two with Ann Smith", "Ann Smith", "PERSON"),
        ("the re-release of Ann Smith's first album", "Ann Smith", "PERSON"),
        ("the comedy double act Ant and Dec", "Ant", "PERSON"),
        ("I loved the new film, Bill Jones said", "Bill Jones", "PERSON"),
        ("he set up a new company entitled Zap Entertainment", "Zap", "ORG"),
        # A "Report" with no "the" is as often a newsletter's name, a publication.
        ("It was in Chipmaker Report last week", "Chipmaker Report", "ORG"),
        # A singer whose name ends in "s": no "the" before it.
        ("Tom Jones' album went up", "Tom Jones", "PERSON"),
        # A firm's own technology: no product after it; a person named before it.
        ("the deal with Zeta's Orbit was signed", "Orbit", "ORG"),
        ("Sony's Tom Smith service was fine", "Tom Smith", "PERSON"),
        ("it is a great album, Moles said", "Moles", "ORG"),
        ("the jazz trio Tom Smith, Jo Bloggs and Ann Lee", "Tom Smith", "PERSON"),
        # The "who" after a plural or a role of a name is theirs, not the name's.
        ("the three owners of Calder, who have been accused", "Calder", "ORG"),
        ("the fans of Brantley, who sang all night", "Brantley", "ORG"),
        # "in exchange" is a swap, no market.
        ("two players in exchange Lomas said", "Lomas", "PERSON"),
        # A prize for best actor or director "for" a name goes to a person, no work.
        ("won two awards for best comedy and best TV actor for Hollis.", "Hollis", "ORG"),
        ("the prize for best actress for Hale.", "Hale", "ORG"),
        # A country, a person's category, or music's (a singer wins best album too).
        ("the film Sea from Spain won best foreign film", "Spain", "GPE"),
        ("Hollis won best film actor", "Hollis", "ORG"),
        ("Moles won best album", "Moles", "ORG"),
        # A place inside a work's clause is no work ("about the mines of Brannock, was named
        # best documentary"); a person succeeds a person, and a director directs actors.
        ("the children of the mines of Brannock, was named best documentary", "Brannock", "GPE"),
        ("Ms Dean is seen as the successor to Hollis at the bank", "Hollis", "PERSON"),
        ("the successor to Anne Hollis at the bank", "Anne Hollis", "PERSON"),
        ("He directed Kidman in the remake", "Kidman", "PERSON"),
        ("he directed Jamie Hollis and", "Jamie Hollis", "PERSON"),
        # A firm after its owner's possessive: no first name opens it.
        ("Rupert Dawes's Harbour Radio grew", "Harbour Radio", "ORG"),
        # A player's record against another is no club's game.
        ("his record against Nadal is poor", "Nadal", "PERSON"),
        # Players beat players, and awards' nominees each other: "beat" alone is no club's.
        ("the singer beat Dido to the prize", "Dido", "PERSON"),
        # A player's own rules, and a player who rules himself out, are no body's.
        ("Okafor rules out a return", "Okafor", "PERSON"),
        # A full name is a player's, whatever result it is in.
        ("after a draw with Jan Novak in round five", "Jan Novak", "PERSON"),
        # A candidate appears in a town as an actor in a show: a place the model found is one.
        ("On Monday he appeared in Grand Forks, vowing victory.", "Grand Forks", "GPE"),
        # Software is no place a firm is based in.
        ("a Zorbix-based phone", "Zorbix", "ORG"),
        # A place before a plural noun names whose the noun is, no company's staff or shares.
        ("a spokesman for the Tulsa relatives said", "Tulsa", "GPE"),
        ("three shares in the Oslo markets", "Oslo", "GPE"),
        # The plural verb after a list is the list's: markets or offices, no side.
        ("Oslo, Lima and Perth were all lower", "Perth", "GPE"),
        # A game's kind word apart: "the game's" is the sport's, and a game's title is not the
        # champion's title.
        ("Dawes, the game's finest player, said", "Dawes", "PERSON"),
        # Hollywood remakes films; a version of an author's novel is the novel's, not his.
        ("full Hollywood remakes of old shows", "Hollywood", "GPE"),
        ("the film version of Ann Rigby's novel", "Ann Rigby", "PERSON"),
        ("the film version of Rigby's novel", "Rigby", "PERSON"),
        # "Re" ends a reinsurer's name as a word of its own, not a person's surname's letters.
        ("said Tom Moore", "Tom Moore", "PERSON"),
        # A storm's kind word must open the name; a person named after one keeps the label.
        ("Storm Odile, the singer, said", "Storm Odile", "PERSON"),
        ("Films on the channel include Susan Marsh's", "Susan Marsh", "PERSON"),
        # A star of a team or a club, of a place or a people, and a name before its own kind
        # noun ("the star of Rick Dale musical Blue Jeans") are no works.
        # (A named squad, not "Team GB": that is a country's team by its own cue, round 48.)
        ("the star of Team Kestrel, she", "Team Kestrel", "ORG"),
        ("the star of Redmoor United, he", "Redmoor United", "ORG"),
        ("the star of Brazil's win", "Brazil", "GPE"),
        ("the original stars of Swedish pop group", "Swedish", "NORP"),
        ("the star of Jon Dale musical Blue Jeans", "Jon Dale", "PERSON"),
        ("the star of Moonfall film series", "Moonfall", "ORG"),
        # A name after a person's possessive that speaks is a person ("Tony Blair's Gordon
        # Brown said"): a work says nothing.
        ("Ann Hale's Tom Lyle said nothing", "Tom Lyle", "PERSON"),
        ("Orkem sold its US unit last year", "US", "GPE"),  # a country's unit is the country's
        # A number inside a title is no score: "The 12 Steps and Kestrel Bay" are no result.
        ("old films like The 12 Steps and Kestrel Bay", "Kestrel Bay", "GPE"),
        # Round r27-works: a best category of people ("best actor for", "best director prize
        # for") names a person after its "for" as often as a work.
        ("shortlisted for best film and best actor for Tom Lyle.", "Tom Lyle", "PERSON"),
        ("tipped to win the best director prize for Ann Hale.", "Ann Hale", "PERSON"),
        # "who are" is a group's, no one person's ("Redmoor, who are top of the table").
        ("Redmoor, who are top of the table, lost", "Redmoor", "ORG"),
        # A person's name in a compound before a club's nickname is no club's name: the model's
        # "Tom Lyle-inspired Lions" is cut to the person.
        ("beaten by the Tom Lyle-inspired Lions", "Tom Lyle-inspired Lions", "ORG"),
        # Round r28-screen: a firm's earnings are no takings at the box office, a person's
        # full name "with" a sum is no film, and an epic adjective is no kind of film.
        ("For the year, Grelco earned $778m on sales of $3bn.", "Grelco", "ORG"),
        ("The fund was set up by Tom Lyle with $9m.", "Tom Lyle", "PERSON"),
        ("an epic Redmoor win", "Redmoor", "ORG"),
        # Round r29-conll: a club after a finalist's word stays a club, and a country's or a
        # people's rifles are no weapon's name.
        ("beaten finalist Redmoor United lost", "Redmoor United", "ORG"),
        ("Iraqi rifles were found", "Iraqi", "NORP"),
        # Round r30-games: a police operation's code name is no product, nor is a cricket
        # player after a test, nor a sports star in apposition.
        ("a police operation codenamed Oakleaf was", "Oakleaf", "PERSON"),
        ("after a drugs test Tom Reed said", "Tom Reed", "PERSON"),
        ("Tom Reed, a mobile striker who", "Tom Reed", "PERSON"),
        # Round r30-shows: a venue's exhibition is no exhibition's name.
        ("The Tate Modern exhibition opened", "Tate Modern", "ORG"),
    ],
)
def test_no_cue_without_evidence(sentence, name, label):
    assert cue(sentence, name, label) is None


def test_a_frame_of_works_naming_a_calling_is_that_callings_list():
    # A frame of works whose words name another kind before the list is that kind's list
    # (directors, actors: no `work in a list after its kind's frame`): a person's full name
    # in one keeps PERSON, which the calling's plural confirms (round 35).
    for sentence, name in (
        ("films made by directors such as Ken Dawlish and", "Ken Dawlish"),
        ("films starring actors such as Kim Dale and", "Kim Dale"),
    ):
        assert cue(sentence, name, "PERSON") == "people listed after their calling", sentence


def mention(text, label, start, cue=""):
    return RawMention(text, start, start + len(text), label, 0, 1, False, cue=cue)


def test_a_surname_named_in_full_has_spokesmen_of_its_own():
    # "Obama spokesman Robert Gibbs" after "Michelle Obama": the surname of a person named in
    # full is that person's; but "Deportivo chairman" after "Deportivo Coruna" tagged PERSON
    # (no first name) is a club's, and so is a lone "Blur".
    text = "Michelle Obama won. Obama spokesman Robert Gibbs said so."
    obama = mention("Obama", "PERSON", text.index("Obama spokesman"))
    found = cue_of(text, obama.start, obama.end, "PERSON")
    assert found is not None and found.name == "organisation's people"
    full = [mention("Michelle Obama", "PERSON", 0), obama]
    assert people_surnames(full) == {"obama"}
    assert evidence_cue(text, obama, set(), people_surnames(full)) is None
    assert evidence_cue(text, obama, {"obama"}) is found  # no one named Obama in full
    club = [mention("Deportivo Coruna", "PERSON", 0), mention("Deportivo", "PERSON", 30)]
    assert people_surnames(club) == frozenset()


def test_a_nominee_named_in_full_is_a_person():
    # "Oscar nominees Swank and Foxx" after "Hilary Swank": an actress in the race, no film;
    # a lone word no one is named in full by is a film's ("Oscar nominee Sideways").
    text = "Hilary Swank won. Oscar nominees Swank and Foxx were there."
    swank = mention("Swank", "PERSON", text.index("Swank and"))
    found = cue_of(text, swank.start, swank.end, "PERSON")
    assert found is not None and found.name == "work in a film award's race"
    surnames = people_surnames([mention("Hilary Swank", "PERSON", 0), swank])
    assert evidence_cue(text, swank, set(), surnames) is None
    assert evidence_cue(text, swank, {"swank"}) is found


def test_a_cue_outvotes_the_look_of_a_name():
    ubisoft = [mention("Ubisoft", "PERSON", 0), mention("Ubisoft", "PERSON", 20, cue="ORG")]
    assert cluster(ubisoft)[0].label(set()) == "ORG"
    somerset = [mention("Somerset", "GPE", 0, cue="TEAM"), mention("Somerset", "GPE", 30)]
    assert cluster(somerset)[0].label(set()) == "ORG"


def test_a_sides_cue_yields_to_as_many_words_of_a_person_or_a_work():
    # "Larkspur's Tom Velden" reads as a side's player, "Larkspur star Anna Fell" as a film's
    # star: a team's cue is read from a line's shape, and a work's words say more.
    film = [
        mention("Larkspur", "PERSON", 0, cue="WORK_OF_ART"),
        mention("Larkspur", "PERSON", 40, cue="TEAM"),
    ]
    assert cluster(film)[0].label(set()) == "WORK_OF_ART"
    # "Kestrel beats Dylan to the top" in a headline, "Rapper Kestrel" in the text: a singer.
    singer = [
        mention("Kestrel", "PERSON", 0, cue="TEAM"),
        mention("Kestrel", "PERSON", 40, cue="PERSON"),
    ]
    assert cluster(singer)[0].label(set()) == "PERSON"
    # A place to the model stays a side: "a big game against Tarvel", "Tarvel, he said".
    town = [mention("Tarvel", "GPE", 0, cue="TEAM"), mention("Tarvel", "GPE", 40, cue="PERSON")]
    assert cluster(town)[0].label(set()) == "ORG"
    # Two cues of a side outweigh one of a person ("Rovers, who"; "Rovers beat Dale").
    club = [
        mention("Rovers", "PERSON", 40 * i, cue=c) for i, c in enumerate(["TEAM", "TEAM", "PERSON"])
    ]
    assert cluster(club)[0].label(set()) == "ORG"
    # A firm's own words (ORG) in the tie are no side's guess: the tie keeps its label order.
    firm = [
        mention("Larkspur", "PERSON", 0, cue="ORG"),
        mention("Larkspur", "PERSON", 40, cue="WORK_OF_ART"),
    ]
    assert cluster(firm)[0].label(set()) == "ORG"


def test_a_title_of_a_persons_shape_with_one_cue_of_a_work_is_a_work():
    # Round r23-media: "the period drama Nora Quayle" once, "Nora Quayle" bare elsewhere: the
    # words say a work once, the first name says a person once (one vote, as its look is the
    # same on every mention); the words decide. A person's own word ("Ms Quayle said") keeps
    # the person.
    bare = RawMention("Nora Quayle", 0, 11, "PERSON", 0, 1, False, cue="PERSON", by_form=True)
    drama = mention("Nora Quayle", "ORG", 40, cue="WORK_OF_ART")
    assert cluster([bare, drama])[0].label(set()) == "WORK_OF_ART"
    said = mention("Quayle", "PERSON", 80, cue="PERSON")
    assert cluster([bare, drama, said])[0].label(set()) == "PERSON"


def test_a_surname_of_two_words_joins_the_full_name_it_ends():
    # Round r23-media: "Lucia Ibarra Soto", then "Ibarra Soto" and "Soto": one person. The
    # two-word surname joins first, so the lone "Soto" has one owner, not two; a lone word
    # the two-word name owned ("Ibarra" of "Ibarra Soto") follows it.
    names = ["Lucia Ibarra Soto", "Ibarra Soto", "Soto", "Ibarra"]
    groups = cluster([mention(n, "PERSON", 30 * i) for i, n in enumerate(names)])
    assert [sorted(m.text for m in g.mentions) for g in groups] == [sorted(names)]
    # Two full names of three words that end alike: whose the surname is, nothing says.
    names = ["Lucia Ibarra Soto", "Marta Ibarra Soto", "Ibarra Soto"]
    groups = cluster([mention(n, "PERSON", 30 * i) for i, n in enumerate(names)])
    assert len(groups) == 3


def test_an_adjective_made_from_a_country_is_a_nationality():
    # "Sri Lankan television" tagged ORG: the adjective of a country is its people's.
    assert cluster([mention("Sri Lankan", "ORG", 0)])[0].label(set()) == "NORP"
    assert cluster([mention("Omani", "PERSON", 0)])[0].label(set()) == "NORP"
    assert cluster([mention("Sri Lanka", "ORG", 0)])[0].label(set()) == "GPE"
    # "the top of the North American box office": a continent's adjective, no person.
    assert cluster([mention("North American", "PERSON", 0)])[0].label(set()) == "NORP"
    # "Pan-European stock market Euronext": a prefixed nationality word is one still.
    assert cluster([mention("Pan-European", "ORG", 0)])[0].label(set()) == "NORP"


def test_a_country_is_a_place_even_when_it_plays():
    assert {"moldova", "russia", "us", "czechia"} <= country_keys(name_key)
    assert "swaziland" in country_keys(name_key)  # pycountry's Eswatini by its older name
    england = [mention("England", "ORG", 0, cue="TEAM"), mention("England", "PERSON", 30)]
    assert cluster(england)[0].label(set()) == "GPE"
    assert cluster([mention("Moldova", "ORG", 0)])[0].label(set()) == "GPE"
    # A national side named by its country's long name is the country too.
    ireland = [mention("Republic of Ireland", "ORG", 0, cue="TEAM")]
    assert cluster(ireland)[0].label(set()) == "GPE"


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("LONDON 1996-08-30", "LONDON"),
        ("WASHINGTON, March 22 (Reuters) - The Senate voted.", "WASHINGTON"),
        ("LOS ANGELES (AP) - A fire", "LOS ANGELES"),
        ("PARIS, Texas - A storm", "PARIS"),
        # A region of two words; wire text split into tokens, a space before the comma.
        ("AL-RAM, West Bank 1996-08-30", "AL-RAM"),
        ("KHASAVYURT , Russia 1996-08-31", "KHASAVYURT"),
        ("The BBC said on Monday.", None),
        # A table's line in capitals before a lower-case count is no dateline: the bracket
        # of a dateline holds an agency, capitalised.
        ("CHAMPIONS (once)", None),
        ("RUNNERS-UP (twice)", None),
        ("CHAMPIONS (Reuters) - The side", "CHAMPIONS"),
    ],
)
def test_dateline_place(paragraph, place):
    found = dateline_place(paragraph, 0, len(paragraph))
    assert (paragraph[slice(*found)] if found else None) == place


def test_a_person_after_a_channels_possessive_is_no_programme():
    # Named in full, with or without a common first name: a presenter or a correspondent.
    for sentence, name in [
        ("Channel 4's Jon Snow said", "Jon Snow"),
        ("The BBC's Zubair Ahmed in Mumbai says", "Zubair Ahmed"),
    ]:
        assert cue(sentence, name, "PERSON") is None


def test_a_person_or_a_place_after_a_reports_by_is_no_researcher():
    # A person's full name and a known place keep what they are after "report by".
    for sentence, name, label in [
        ("the full report by David James was", "David James", "PERSON"),
        ("A survey by Chicago found", "Chicago", "GPE"),
    ]:
        assert cue(sentence, name, label) != "researcher after its research"


def test_a_persons_website_is_no_firm(extractor):
    # "the Jane Ward website" is her website: the kind word after a full name the model tagged
    # PERSON, or after its lone surname, makes no company of her; "the Netgrid website" does.
    record = extractor.extract_text(
        "Ward website closed\n\nVisitors could not reach the site of Senator Jane Ward. "
        "On Monday the Jane Ward website began using the Netgrid website for its pages."
    )
    labels = {f.name: f.label for f in record.facts if f.type == "entity"}
    assert labels["Jane Ward"] == "PERSON"


def test_a_dateline_s_place_is_a_place_whole(extractor):
    # The model tags the first word of the city ("PANAMA" GPE) or the city as an ORG.
    record = extractor.extract_text(
        "SOCCER - HOSTS WIN .\n\nPANAMA CITY 1996-08-30\n\nPanama beat Cuba 2-1 on Friday ."
        "\n\nKHASAVYURT , Russia 1996-08-31\n\nTalks went on in the town ."
    )
    places = {m.text for f in record.facts if f.type == "entity" and f.label == "GPE"
              for m in f.mentions}  # fmt: skip
    assert {"PANAMA CITY", "KHASAVYURT", "Panama"} <= places
    assert "PANAMA" not in {m.text for f in record.facts if f.type == "entity" for m in f.mentions}


def test_a_place_split_from_its_group_has_an_id_of_its_own(extractor):
    # "At Leeds," opens a sentence: the town, though the headline's and the festival's
    # "Leeds" read as an organisation. The two records of one article never share an id;
    # the town keeps its name's.
    record = extractor.extract_text(
        "Bands take on Leeds\n\nThe Pixies will headline this summer's Leeds festival.\n\n"
        "Tickets sold out. At Leeds, Iron Maiden will headline the first day of the festival."
    )
    leeds = [f for f in record.facts if f.type == "entity" and f.name == "Leeds"]
    assert sorted(f.label for f in leeds) == ["GPE", "ORG"]
    assert len({f.entity_id for f in leeds}) == 2
    alone = extractor.extract_text("Trip\n\nThe band played in Leeds on Friday.")
    town = [f for f in alone.facts if f.type == "entity" and f.name == "Leeds"]
    assert [f.entity_id for f in town] == [f.entity_id for f in leeds if f.label == "GPE"]


def test_a_team_sheet_is_a_short_line_of_players_most_with_an_initial():
    sheet = "R McBryde, J Yapp, I Gough, R Sowden-Taylor, G Cooper, C Sweeney, K Morgan."
    assert on_team_sheet(sheet, 0, len(sheet))
    prose = "Wales fielded G Thomas, Shanklin, S Williams, and Jones in the back row."
    assert not on_team_sheet(prose, 0, len(prose))  # a sentence, not a list of players
    assert not on_team_sheet("A Masi, L Orquera.", 0, 18)  # too few to tell
    assert not on_team_sheet(sheet * 10, 0, len(sheet) * 10)  # a paragraph, not a line


# Texts where many cues are near a name: the tests' own sentences and the seed articles.
_GUARD_TEXTS = [
    "Shares in Elan and Biogen Idec plunged after the chairman of Ryanair, Michael O'Leary, said.",
    "He starred in Ray, the film by Taylor Hackford, and Mr Foxx won an Oscar for the role.",
    "Chelsea v Birmingham. Somerset beat Kent 3-1 at Taunton; the striker joined from Leeds.",
    "The Cabir virus affects handsets running the Symbian Series 60 (2004) software.",
    "the worm Sasser spread in the town of Kidderminster, near the River Severn.",
    *(
        path.read_text("utf-8")
        for path in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
    ),
]


def test_cue_guards_skip_no_cue_that_matches():
    """`_search_before` and `_any_cue` find what each cue's own search finds, before and after
    every word of the texts (they only save the searches that would fail)."""
    matched = 0
    for text in _GUARD_TEXTS:
        for word in re.finditer(r"\w+", text):
            before = text[max(0, word.start() - 80) : word.start()]
            parts = {"self": word.group(), "after": text[word.end() : word.end() + 80]}
            for cue in cues():
                if cue.where == "before":
                    plain = cue.pattern.search(before)
                    found = _search_before(cue, [before], [before[::-1]])
                    assert (found and found.span()) == (plain and plain.span()), (cue.name, before)
                    matched += plain is not None
                elif cue.pattern.search(parts[cue.where]):
                    assert _any_cue(cue.where).search(parts[cue.where]), (cue.name, parts)
                    matched += 1
    assert matched > 20  # the texts do hold cues


@pytest.mark.parametrize("label", ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "LAW", "DATE"])
def test_the_cues_of_a_label_are_those_the_loop_tried(label):
    """`_cues_for` keeps, in their order, the cues `cue_of` used to skip to one by one."""
    tried = [
        cue.name
        for cue in cues()
        if not (
            cue.applies_to is not None
            and label not in cue.applies_to
            and (label != cue.label or not cue.confirms)
        )
    ]
    assert [cue.name for cue in _cues_for(label)] == tried
    assert 0 < len(tried) < len(cues())


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        # A games' frame naming the sides or the consoles they are played against or on is a
        # list of those: a firm's or a product's cue, never a work's.
        ("games against sides such as Redmoor Rovers and Kelby.", "Redmoor Rovers", "PERSON"),
        ("games for consoles such as Sega Saturn and", "Sega Saturn", "PERSON"),
    ],
)
def test_a_works_frame_naming_another_kind_lends_no_work(sentence, name, label):
    found = cue_of(sentence, sentence.index(name), sentence.index(name) + len(name), label)
    assert found is None or found.label != "WORK_OF_ART"


@pytest.mark.parametrize(
    "before",
    [
        "shares in ",
        "said the chief executive of ",
        "The film ",
        "Fans of the band\n",
        "directed by ",
        "",
        "  ",
    ],
)
def test_a_tail_mask_reads_no_more_than_the_tail_test_does(before: str) -> None:
    """`cue_of` picks its "before" cues by the last characters before a mention, cached: the
    bits of `_tail_mask` are the cues whose tail test the whole text before passes."""
    reverse = before[::-1]
    mask = evidence._tail_mask(reverse[: evidence._TAIL_CHARS])
    for i, cue in enumerate(evidence.cues()):
        expected = bool(reverse) and cue.tail is not None and cue.tail.match(reverse) is not None
        assert bool(mask >> i & 1) == expected, cue.name
    assert before.strip() == "" or mask, "some cue's tail should hold for these words"
