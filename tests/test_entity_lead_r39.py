"""The lead's entity rules of round 39: a club's name ending in the short "Utd" is a club
(the cue "club by its name" and the word in `name_kinds`, so that a first name opening it,
"Man", makes no person of it); capital initials before a mention are the name's where the article
runs them together with it elsewhere ("JP Morgan" by "JPMorgan", `entity_run_together.py`); and
mends to the helpers' rules after their odd-half counts: a lone "Real" joins no club where the
text writes another "Real <Name>" (`entity_clubs._clubs`), a premiered title keeps its subtitle
(`entity_screen_titles`), a programme named for its hour is whole (`entity_shows`), and "Carlo
Trojan" is a man (`entity_listed_firms.capitalised_trojans`, found by seed 103's grader)."""

from factx.extract.entities import RawMention
from factx.extract.entity_run_together import run_together_initials


def _labels(extractor, text):
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}


def test_a_club_named_with_utd_is_a_club(extractor):
    # At the base both were PERSON (the model's label; "Man" is a first name).
    labels = _labels(
        extractor,
        "Football bid\n\nThe board of Man Utd is expected to meet early this week. Sheff Utd"
        " won 2-1 on Saturday.",
    )
    assert labels["Man Utd"] == "ORG"
    assert labels["Sheff Utd"] == "ORG"


def test_a_first_name_before_a_surname_stays_a_person(extractor):
    labels = _labels(extractor, "Football news\n\nMan Chan scored twice for the side.")
    assert labels.get("Man Chan") == "PERSON"


def _mention(text, name, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return RawMention(name, start, start + len(name), label, 0, 0, False)


def test_initials_the_article_runs_together_are_the_firms():
    # The model's reading of seed 97's business/209 (which sentences of my own do not bring
    # back): "JPMorgan" ORG, and "Morgan" PERSON in "JP Morgan may still have had some role".
    text = (
        "His previous adviser, JPMorgan, quit last year. But the FT said it thought JP Morgan"
        " may still have had some role in financing the proposal."
    )
    mentions = [_mention(text, "JPMorgan", "ORG"), _mention(text, "Morgan", "PERSON", 1)]
    grown = run_together_initials(text, mentions)
    assert [(m.text, m.label) for m in grown] == [("JPMorgan", "ORG"), ("JP Morgan", "ORG")]
    assert text[grown[1].start : grown[1].end] == "JP Morgan"


def test_initials_with_no_run_together_name_stay_apart():
    text = "The tycoons JP McManus and John Magnier own 29% of the club."
    mentions = [_mention(text, "McManus", "PERSON"), _mention(text, "John Magnier", "PERSON")]
    assert run_together_initials(text, mentions) == mentions


def test_initials_alone_make_no_firm(extractor):
    # No run-together spelling in the article: the jockey keeps his initials and his label.
    labels = _labels(extractor, "Racing news\n\nJockey AP McCoy won the race at Cheltenham.")
    assert labels.get("AP McCoy") == "PERSON"


def test_a_lone_opener_joins_no_club_when_the_text_writes_another(extractor):
    # sport/151 (odd half, counted by round r39b-clubs): the model tags "Real Betis" and misses
    # "Real Madrid"; the lone "Real" of Owen's club joined Real Betis.
    text = (
        "Owen delighted\n\nOwen was in the Real Madrid starting line-up against Real Betis on"
        " Wednesday. Betis were beaten. Owen has scored for Real this season."
    )
    record = extractor.extract_text(text)
    betis = [f for f in record.facts if f.type == "entity" and f.name == "Real Betis"]
    assert betis and [m.text for m in betis[0].mentions] == ["Real Betis"]


def test_a_premiered_title_keeps_its_subtitle(extractor):
    # Round r39b-screen's odd count: "the premiere of Godzilla: Final Wars" cut at the colon
    # made every mention of the monster a work (entertainment/093, 10 mentions).
    labels = _labels(
        extractor,
        "Monster gets star\n\nMovie monster Godzilla has received a star on the Walk of Fame."
        " Godzilla should thank his fans, the mayor said. The star marked the premiere of"
        " Godzilla: Final Wars in Los Angeles.",
    )
    assert labels["Godzilla"] == "PERSON"
    assert labels["Godzilla: Final Wars"] == "WORK_OF_ART"


def test_a_programme_named_for_its_hour_is_whole(extractor):
    # Round r39b-screen's odd count: "told BBC Radio 4's World at One" gave the work `World`.
    labels = _labels(
        extractor,
        "Minister speaks\n\nAsked on Thursday about the row, Mr Johnson told BBC Radio 4's World"
        ' at One he thought it was a "non-story".',
    )
    assert labels.get("World at One") == "WORK_OF_ART"
    assert "World" not in labels


def test_a_surname_trojan_is_no_program(extractor):
    # Seed 103's business/320 (graded on the round's final code): round r39-firms' "the <Name>
    # Trojan" rule, whose "the" was optional, made the WTO ambassador `Carlo` a program.
    labels = _labels(
        extractor,
        "Trade talks\n\nThe European Union ambassador to the WTO, Carlo Trojan, said the talks"
        " had failed. In October the Daggers Trojan came to light.",
    )
    assert labels.get("Carlo Trojan") == "PERSON"
    assert "Carlo" not in labels
    assert labels.get("Daggers") == "PRODUCT"
