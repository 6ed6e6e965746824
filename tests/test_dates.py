"""The date span grammar on a blank pipeline: no model, so only the rules are tested."""

from datetime import date

import pytest
import spacy

from factx.extract.dates import find_dates
from factx.records import DateFact


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def spans(nlp, text):
    return [s.text for s in find_dates(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Net rose in the year-ago third quarter.", ["the year-ago third quarter"]),
        ("Sales for this year's third quarter fell.", ["this year's third quarter"]),
        ("It earned more in the latest quarter.", ["the latest quarter"]),
        ("The company said earlier this year that it would sell.", ["earlier this year"]),
        ("He spoke Friday night at the rally.", ["Friday night"]),
        ("The offer expires at 5 p.m. EST, Nov. 9, the company said.", ["5 p.m. EST, Nov. 9"]),
        ("It happened in nineteen ninety-six in Atlanta.", ["nineteen ninety-six"]),
        ("They met, and three days later they signed.", ["three days"]),
        ("compared with year-earlier profit", ["year-earlier"]),
        ("Profit fell from a year earlier.", ["a year earlier"]),
        # A second of time: alone, before an adverb or a comparative.
        ("He paused for a second.", ["a second"]),
        ("A second later it exploded.", ["A second"]),
        ("He was a second slower than Bolt.", ["a second"]),
        # A decade with an apostrophe is whole; a year's possessive is no decade.
        ("Sales fell in the 1980's and the mid 1990's.", ["the 1980's", "the mid 1990's"]),
        ("It beat 2010's record.", ["2010"]),
        # "The last quarter of" a year is one span, that year's fourth quarter.
        ("Prices rose in the last quarter of 2004.", ["the last quarter of 2004"]),
        ("It fell in the final half of 1999.", ["the final half of 1999"]),
    ],
)
def test_spans(nlp, text, expected):
    assert spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 52-year-old doctor was shot.",  # an age
        "Mr. Smith, 52 years old, will succeed him.",
        "The index settled at 1678.5 points.",  # a number, not a date
        # "a second" is the ordinal in a compound or beside another ordinal.
        "It is a second-rate record.",
        "It passes to a second or third person.",
        # A comparison of a period with the one before is no date.
        "Prices rose 2% year on year.",
        "Sales fell in a month on month comparison.",
    ],
)
def test_not_dates(nlp, text):
    assert spans(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Before a noun, "a second" is the ordinal (the tagger says which).
        ("News\n\nLabour will seek a second term.", []),
        ("News\n\nA second poll found the same.", []),
        ("News\n\nOil fell for a second day.", []),
        # Before an adverb or a comparative it is a second of time.
        ("News\n\nA second later it exploded.", ["A second"]),
        ("News\n\nHe was a second slower than Bolt.", ["a second"]),
        # "Today" with a capital inside a sentence is a programme's or a paper's name.
        ("News\n\nHe told BBC Radio 4's Today programme so.", []),
        ("News\n\nThe network, also known as Russia Today, said so.", []),
        ("News\n\nHe will speak today.", ["today"]),
        ("Shares Fall Today On Fears\n\nIt fell.", ["Today"]),  # a headline in title case
        # A paper that writes its name in capitals; a headline in capitals keeps its day.
        ("News\n\nUSA TODAY revealed Tuesday that firms lobbied.", ["Tuesday"]),
        ("SHARES FALL TODAY\n\nIt fell.", ["TODAY"]),
        # A half beside the words of a match is the match's, not a half of the year.
        ("News\n\nItaly led 9-8 early in the second half but a try won it.", []),
        ("News\n\nKeane scored with a first-half header.", []),
        ("News\n\nGrowth would slow in the second half, the firm said.", ["the second half"]),
        ("News\n\nThe club's profits rose in the first half of 2004.", ["the first half of 2004"]),
        ("News\n\nWe made mistakes in the second half, after half-time.", []),
        ("News\n\nWales sent on five replacements for the final quarter.", []),
        # "try to", "an attack on": said of firms too.
        ("News\n\nIt will try to cut costs in the fourth quarter.", ["the fourth quarter"]),
        (
            "News\n\nIn an attack on rivals, it cut prices in the fourth quarter.",
            ["the fourth quarter"],
        ),
        # A score before a date is no part of it; a range of days is.
        ("News\n\nEngland A beat France A 30-20 nine days ago.", ["nine days ago"]),
        ("News\n\nThe finals are on 4-6 March.", ["4-6 March"]),
        # In a speaker's words "at the end of the day" means "in the end"; the report's own
        # words, and "by the end of the day", name the day's end.
        ('News\n\n"At the end of the day, fans want goals," he said.', []),
        ('News\n\n"It is hard. But at the end of the day we must vote," she said.', []),
        ("News\n\nShares closed lower at the end of the day.", ["the end of the day"]),
        ('News\n\n"We will know by the end of the day," he said.', ["the end of the day"]),
        # A capitalised "Noon" after an initial or a first name is a surname ("J Noon").
        ("News\n\nEngland: M Cueto, J Noon, O Barkley. Kick-off is at noon.", ["noon"]),
    ],
)
def test_words_that_name_no_time(extractor, text, expected):
    facts = extractor.extract_text(text, reference_date=date(2024, 5, 1)).facts
    assert [f.text for f in facts if f.type == "date"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clock time takes the day written just before it, or just after it.
        (
            "News\n\nHe arrived on Friday at 10am.",
            [("Friday", "2016-10-14"), ("10am", "2016-10-14T10:00")],
        ),
        (
            "News\n\nIt cut him off Saturday, 5pm GMT.",
            [("Saturday", "2016-10-15"), ("5pm GMT", "2016-10-15T17:00Z")],
        ),
        # A day in another sentence is not the time's.
        (
            "News\n\nHe left on Saturday. At 10am the shop opened.",
            [("Saturday", "2016-10-15"), ("10am", "2016-10-17T10:00")],
        ),
    ],
)
def test_a_clock_time_takes_the_day_beside_it(extractor, text, expected):
    facts = extractor.extract_text(text, reference_date=date(2016, 10, 17)).facts
    assert [(f.text, f.value) for f in facts if f.type == "date"] == expected


def test_offsets_match_the_text(nlp):
    text = "Between 1982 and 1992 the number declined; on Sept. 30 it rose."
    doc = nlp(text)
    found = find_dates(doc)
    assert [s.text for s in found] == ["1982", "1992", "Sept. 30"]
    assert all(text[s.start_char : s.end_char] == s.text for s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In June last year, the plant closed.", ["June last year"]),
        ("It opened in early October this year.", ["early October this year"]),
        ("Sales for the full year rose 5%.", ["the full year"]),
        ("Profit fell in the current fiscal year.", ["the current fiscal year"]),
        (
            "Revenue rose through the first nine months of the year.",
            ["the first nine months", "the year"],
        ),
        ("Sales fell to $3 million from $4 million the year before.", []),
        ("She was named person of the year.", []),
        ("The boy was found on Thanksgiving Day.", ["Thanksgiving Day"]),
        ("Shoppers returned after Christmas.", ["Christmas"]),
        ("The rally is held daily in the square.", ["daily"]),
        ("Sales doubled that year.", ["that year"]),
        ("The following month, it was sold.", ["The following month"]),
    ],
)
def test_more_spans(nlp, text, expected):
    assert spans(nlp, text) == expected


# --- with the model: tense, parse and the article's date ---

THURSDAY = date(1989, 10, 26)


def date_facts(extractor, text, anchor=THURSDAY):
    record = extractor.extract_text(text, reference_date=anchor)
    return [(f.text, f.value) for f in record.facts if isinstance(f, DateFact)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Scheduling words and infinitives after a present verb look ahead.
        ("The merger is scheduled to close Monday.", [("Monday", "1989-10-30")]),
        ("Ford has scheduled a news conference Tuesday.", [("Tuesday", "1989-10-31")]),
        ("Shares are to resume trading in Paris Tuesday.", [("Tuesday", "1989-10-31")]),
        ("The bank named a new chairman, effective Feb. 1.", [("Feb. 1", "1990-02-01")]),
        # A plan reported in the past keeps the past.
        ("The offer had been due to expire Monday.", [("Monday", "1989-10-23")]),
        # "the year ended March 31" is twelve months told by their last day.
        (
            "Revenue was $76 million for the year ended March 31.",
            [("the year", "P1Y"), ("March 31", "1989-03-31")],
        ),
        ("Sales for the full year rose 5%.", [("the full year", "1989")]),
        ("That was the year he was born.", []),
        # Anaphora count from the date just named, and need one.
        (
            "The plant opened on May 22, 1985, and the following year it closed.",
            [("May 22, 1985", "1985-05-22"), ("the following year", "1986")],
        ),
        ("Sales doubled that year.", []),
        # After "in", a number between a month and a plural noun counts things: no day.
        ("In January 25 people were jailed for fraud.", [("January", "1989-01")]),
        ("In March 12 firms went bust.", [("March", "1989-03")]),
        # "On" makes it a day, and so does a number that counts nothing.
        ("On January 25 people gathered in the square.", [("January 25", "1989-01-25")]),
        ("The deal was signed in January 25, 2004.", [("January 25, 2004", "2004-01-25")]),
        # A weekday after "the previous" or "the following" counts from the day just named.
        (
            "The mill shut on June 5, 1987, and reopened the following Monday.",
            [("June 5, 1987", "1987-06-05"), ("the following Monday", "1987-06-08")],
        ),
        (
            "Stocks closed Friday 3% lower than the previous Friday.",
            [("Friday", "1989-10-20"), ("the previous Friday", "1989-10-13")],
        ),
        # The day after a time zone aside is the clock time's day.
        (
            "The blast occurred at 10:35 a.m. (0735 GMT) Tuesday, officials said.",
            [("10:35 a.m.", "1989-10-24T10:35"), ("Tuesday", "1989-10-24")],
        ),
        # "today's youth" is the present age, not a day; "today's vote" is a day.
        ("The plan is for today's youth.", []),
        ("Shareholders applauded yesterday's announcement.", [("yesterday", "1989-10-25")]),
        # Frequency adverbs are sets; the adjective is a kind of thing.
        ("Protesters gather daily outside the home.", [("daily", "P1D")]),
        ("The daily tally was not published.", []),
        # A month or a season after "every" or "each" recurs every year.
        ("The band marches through the town each July.", [("each July", "XXXX-07")]),
        ("Every winter the mountain pass is closed.", [("Every winter", "XXXX-WI")]),
        # "In the near term" is the time ahead; "the long term unemployed" are people.
        (
            "Fares may rise in the near term but fall over the long term.",
            [("the near term", "FUTURE_REF"), ("the long term", "FUTURE_REF")],
        ),
        ("The grant is aimed at the long term unemployed.", []),
        ("New jobs for the long term unemployed were promised.", []),
        # A day after a whole name is a date, though the surname is a first name too
        # ("Clinton"); after a first name alone it is a surname (test_entity_date_names).
        ("The senator Dale Clinton Saturday vowed to fight on.", [("Saturday", "1989-10-21")]),
        # "The months ahead" are the coming months.
        ("Talks will go on in the months ahead.", [("the months ahead", "PXM")]),
        # "Early" before a day and its part: the morning, from its start.
        (
            "Rescuers reached the village early Tuesday morning.",
            [("early Tuesday morning", "1989-10-24TMO")],
        ),
        # "A couple" counts two, with or without "of".
        ("Rates will stay low for a couple of years.", [("a couple of years", "P2Y")]),
        ("The talks could take a couple weeks.", [("a couple weeks", "P2W")]),
    ],
)
def test_dates_in_context(extractor, text, expected):
    assert date_facts(extractor, text) == expected
