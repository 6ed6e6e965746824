import pytest

from factx.normalize.quantities import parse_percent, parse_quantity


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("76%", 76, "percent", None),
        ("76 percent", 76, "percent", None),
        ("seventy-six per cent", 76, "percent", None),
        ("more than 30%", 30, "percent", "more than"),
        ("2 percentage points", 2, "percentage point", None),
        ("50 basis points", 0.5, "percentage point", None),
        ("-5%", -5, "percent", None),
    ],
)
def test_parse_percent(text, value, unit, qualifier):
    percent = parse_percent(text)
    assert percent is not None
    assert (percent.value, percent.unit, percent.qualifier) == (value, unit, qualifier)


def test_percent_range():
    percent = parse_percent("5-10%")
    assert percent is not None and (percent.value_low, percent.value_high) == (5, 10)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("5 km", 5, "km"),
        ("1.5m barrels", 1_500_000, "barrels"),
        ("two million tonnes", 2_000_000, "tonnes"),
        ("10 miles", 10, "mi"),
        ("300 MW", 300, "MW"),
    ],
)
def test_parse_quantity(text, value, unit):
    quantity = parse_quantity(text)
    assert quantity is not None and (quantity.value, quantity.unit) == (value, unit)


def test_not_a_quantity():
    assert parse_quantity("Windows 10") is None
    assert parse_percent("30") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("minus five percent", -5), ("one hundred percents", 100), ("negative 2%", -2)],
)
def test_percent_signs_and_plural(text, value):
    percent = parse_percent(text)
    assert percent is not None and percent.value == value


def test_short_unit_symbols_keep_their_case():
    assert parse_quantity("3G") is None  # a network generation, not three grams
    assert parse_quantity("5 g") is not None
    assert parse_quantity("10 GB") is not None


@pytest.mark.parametrize(
    ("text", "quantities"),
    [
        ("The service has 1.5m users.", [("1.5m", 1_500_000, "users")]),
        # A million of a people named by a proper noun, or a part of them, not metres.
        (
            "News\n\nAbout 1.1m of the UK's 1.6m Muslims can vote.",
            [("1.1m", 1_100_000, "muslims"), ("1.6m", 1_600_000, "muslims")],
        ),
        ("They built a 2m wall.", [("2m", 2, "m")]),
        # Set against a million count, a bare "4m" is as many millions of the same thing; set
        # against nothing it stays a distance.
        (
            "News\n\nIt drew 11.9m viewers, up from 4m last week.",
            [("11.9m", 11_900_000, "viewers"), ("4m", 4_000_000, "viewers")],
        ),
        ("News\n\nThe river rose to 6m, up from 4m last week.", [("6m", 6, "m"), ("4m", 4, "m")]),
        # The tokenizer keeps "m." whole at a sentence's end: the stop is not the measure's.
        ("News\n\nHe will race Gardener over 60m. He is fit.", [("60m", 60, "m")]),
        ("News\n\nShe cleared 2.05m.", [("2.05m", 2.05, "m")]),
        ("Apple launches 3G iPhone.", []),
        ("It uses iLife '11 software.", []),
        # A model's number before its name, or right after a count, counts nothing.
        ("News\n\nIt tests its 787 Dreamliner aircraft.", []),
        ("News\n\nIt sold 10 737-800 planes.", [("10", 10, "planes")]),
        ("News\n\nIt had 150 US users.", [("150", 150, "users")]),
        # A plural model name is counted, even where the tagger calls it a number.
        (
            "News\n\nThe deal includes 24 A320s and 6 A321s.",
            [("24", 24, "a320s"), ("6", 6, "a321s")],
        ),
        # "The two companies" points back at firms already named: no new count.
        ("News\n\nTalks between the two companies ended.", []),
        ("News\n\nThe 300 workers went home.", [("300", 300, "workers")]),
        # Number and unit both capitalized make a name, not a measure.
        ("News\n\nThree Degrees star Sheila Ferguson sang.", []),
        ("News\n\nThree degrees of frost were forecast.", [("Three degrees", 3, "degrees")]),
        ("Three Men Held In Raid\n\nPolice acted.", [("Three", 3, "men")]),
        ("Five million Germans out of work\n\nIt rose.", [("Five million", 5_000_000, "germans")]),
        # A group noun told before its size counts its members; "one of six" counts nothing.
        ("News\n\nIt flew with a flight crew of six.", [("six", 6, "crew")]),
        ("News\n\nLabour won with a majority of 66.", [("66", 66, "majority")]),
        ("News\n\nHe is one of six.", []),
        # A number listed after a count, with the same preposition after it, counts the same.
        (
            "News\n\nIt cut 4,300 jobs in France, 3,700 in Germany and 400 in Spain.",
            [("4,300", 4300, "jobs"), ("3,700", 3700, "jobs"), ("400", 400, "jobs")],
        ),
        # A count the model took for a month's day ("In January 25 people").
        ("News\n\nIn January 25 people were jailed.", [("25", 25, "people")]),
        ("News\n\nOn January 25 people gathered.", []),
        (
            "News\n\nTwo crashes killed 102 and 21 people.",
            [
                ("Two", 2, "crashes"),
                ("102", 102, "people"),
                ("21", 21, "people"),
            ],
        ),
    ],
)
def test_quantity_facts(extractor, text, quantities):
    record = extractor.extract_text(text)
    found = [(f.text, f.value, f.unit) for f in record.facts if f.type == "quantity"]
    assert found == quantities


def test_model_numbers_named_elsewhere_are_not_counts(extractor):
    text = "Boeing 787 deliveries began.\n\nThe new 787 airliner flew 22 new routes."
    record = extractor.extract_text(text)
    assert [f.text for f in record.facts if f.type == "quantity"] == ["22"]


def test_plural_model_numbers_are_names(extractor):
    text = "Boeing orders\n\nIt has 18 777s. It will buy 20 of the larger 777 planes."
    record = extractor.extract_text(text)
    found = [(f.text, f.unit) for f in record.facts if f.type == "quantity"]
    assert found == [("18", "777s"), ("20", "planes")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of people marched.", [("Thousands", "people", "thousands", 2000, 9000)]),
        ("Dozens of shops closed.", [("Dozens", "shops", "dozens", 24, 108)]),
        (
            "Tens of thousands of angry fans came.",
            [("Tens of thousands", "fans", "tens of thousands", 20_000, 90_000)],
        ),
        # A sum of money or a span of time is no count of things.
        ("It cost thousands of pounds.", []),
        ("It has been used for thousands of years.", []),
    ],
)
def test_vague_counts(extractor, text, expected):
    record = extractor.extract_text("News\n\n" + text)
    found = [
        (f.text, f.unit, f.qualifier, f.value_low, f.value_high)
        for f in record.facts
        if f.type == "quantity"
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a word of change, the first figure is the change and the second its level.
        (
            "Unemployment edged up 0.1% to 4.7%.",
            [("0.1%", 0.1, None, None), ("4.7%", 4.7, None, None)],
        ),
        ("Support rose by about 2% to 45%.", [("2%", 2, None, None), ("45%", 45, None, None)]),
        # The word of change may come before the thing that changed.
        (
            "The bank lifted interest rates 0.25% to 5.5%.",
            [("0.25%", 0.25, None, None), ("5.5%", 5.5, None, None)],
        ),
        # A year between two figures is no low end of a range.
        (
            "Growth will fall from 5% in 2004 to 4.25%.",
            [("5%", 5, None, None), ("4.25%", 4.25, None, None)],
        ),
        # Otherwise "X% to Y%" is a range.
        ("Some 5% to 7% disagreed.", [("5% to 7%", 5, 5, 7)]),
    ],
)
def test_percent_change_and_level(extractor, text, expected):
    record = extractor.extract_text("News\n\n" + text)
    found = [
        (f.text, f.value, f.value_low, f.value_high) for f in record.facts if f.type == "percent"
    ]
    assert found == expected
