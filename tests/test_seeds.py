"""The first level of quality on the seed articles, read against their text."""

SEED_A = "000_aea6d10489ff8031"  # Tech News Space
SEED_B = "003_e57c875faf2c8ede"  # TikTok Moves US User Data to Oracle Servers


def facts(records, article, kind):
    return [f for f in records[article].facts if f.type == kind]


def test_offsets_are_true(seed_records):
    from pathlib import Path

    for record in seed_records.values():
        text = Path(record.path).read_text("utf-8")
        for fact in record.facts:
            assert text[fact.start : fact.end] == fact.text
            for m in getattr(fact, "mentions", []):
                assert text[m.start : m.end] == m.text
            if fact.type == "claim":
                assert text[fact.content_start : fact.content_end] == fact.content
                if fact.speaker is not None:
                    assert text[fact.speaker_start : fact.speaker_end] == fact.speaker
                if fact.cue_start is not None:
                    assert fact.cue_end > fact.cue_start


def test_facts_are_sorted(seed_records):
    order = ("claim", "date", "entity", "money", "percent", "quantity")
    for record in seed_records.values():
        keys = [(f.start, order.index(f.type)) for f in record.facts]
        assert keys == sorted(keys)


def test_money_of_tech_news_space(seed_records):
    money = [
        (f.text, f.amount, f.currency, f.qualifier) for f in facts(seed_records, SEED_A, "money")
    ]
    assert money == [
        ("$80 billion", 80_000_000_000, "USD", "over"),
        ("US$220 billion", 220_000_000_000, "USD", None),
    ]
    percent = [(f.text, f.value, f.qualifier) for f in facts(seed_records, SEED_A, "percent")]
    assert percent == [("30%", 30, "more than")]


def test_dates(seed_records):
    values = {f.value for r in seed_records.values() for f in r.facts if f.type == "date"}
    assert {"2024-01-01", "2020-09-14", "2020-08-06", "2021-06-09", "P45D"} <= values
    durations = [f for f in facts(seed_records, SEED_B, "date") if f.value == "P45D"]
    assert durations[0].timex_type == "DURATION" and durations[0].text == "45 days"


def test_no_entity_crosses_a_paragraph(seed_records):
    for record in seed_records.values():
        for fact in record.facts:
            assert "\n\n" not in fact.text


def test_oracle_is_always_an_org(seed_records):
    for record in seed_records.values():
        oracle = [f for f in record.facts if f.type == "entity" and "Oracle" in f.name]
        assert oracle and all(f.label == "ORG" for f in oracle)
    ids = {
        f.entity_id
        for r in seed_records.values()
        for f in r.facts
        if f.type == "entity" and "Oracle" in f.name
    }
    assert len(ids) == 1  # the same entity across articles


def test_split_name_is_rejoined(seed_records):
    names = {f.name: f.label for f in facts(seed_records, SEED_A, "entity")}
    assert names["Tim van der Kuip"] == "PERSON"


def test_trump_is_one_person(seed_records):
    trump = [f for f in facts(seed_records, SEED_B, "entity") if "Trump" in f.name]
    assert len(trump) == 1 and trump[0].label == "PERSON" and trump[0].name == "Donald Trump"
    assert len(trump[0].mentions) == 2


def test_oracle_claim(seed_records):
    claims = facts(seed_records, SEED_B, "claim")
    oracle = [c for c in claims if c.speaker == "Oracle" and c.cue == "say"]
    assert len(oracle) == 1
    assert oracle[0].content.startswith("it had reached an agreement with ByteDance")
    assert oracle[0].claim_type == "attributed" and oracle[0].speaker_entity_id


def test_factual_claim_links_its_facts(seed_records):
    claims = [c for c in facts(seed_records, SEED_A, "claim") if c.claim_type == "factual"]
    revenue = [c for c in claims if c.content.startswith("In 2022, TikTok’s revenue grew")]
    assert len(revenue) == 1
    linked = {f.id: f.type for f in seed_records[SEED_A].facts if f.id in revenue[0].fact_ids}
    assert sorted(linked.values()) == ["date", "entity", "money", "percent"]


def test_no_claims_from_the_headline(seed_records):
    for record in seed_records.values():
        assert all(c.paragraph > 0 for c in record.facts if c.type == "claim")


def test_zones_and_byline(seed_records):
    record = seed_records[SEED_A]
    assert record.byline == "Robbie Elmers"
    zone_of = {f.text: f.zone for f in record.facts if f.type in ("date", "entity")}
    assert zone_of["Tim van der Kuip"] == "credit"
    assert zone_of["July 25. 2002"] == "footnote"
    assert zone_of["Robbie Elmers"] == "byline"
    claims = [f for r in seed_records.values() for f in r.facts if f.type == "claim"]
    assert claims and all(c.zone == "body" for c in claims)


def test_every_attribution_of_the_seeds(seed_records):
    """Read against the articles: who said what, and which entity the speaker is."""

    def attributions(article):
        record = seed_records[article]
        names = {f.entity_id: f.name for f in record.facts if f.type == "entity"}
        claims = [f for f in record.facts if f.type == "claim" and f.claim_type == "attributed"]
        assert all(c.speaker_name == names.get(c.speaker_entity_id) for c in claims)
        return [(c.speaker, c.speaker_name, c.cue, c.quote, c.content[:30]) for c in claims]

    assert attributions(SEED_A) == [
        (None, None, "allegation", "indirect", "that the company may be leakin"),
        ("TikTok representatives", "TikTok", "according to", "indirect",
         "Oracle is now investigating th"),
        # "This was announced by ...": what the sentence before told.
        ("TikTok CEO Shou Zi Chew", "Shou Zi Chew", "announce", "indirect",
         "Oracle is now investigating th"),
        ("He", "Shou Zi Chew", "add", "indirect", "that Americans’ data is now st"),
        ("TikTok", "TikTok", "claim", "indirect", "that Chinese authorities never"),
        ("Chinese authorities", None, "say", "indirect", "they would oppose a forced sal"),
        ("TikTok’s boss", "Shou Zi Chew", "confirm", "indirect",
         "that the company is working wi"),
        ("users", None, "accuse", "indirect", "them of violating the First Am"),
        ("TikTok itself", "TikTok", "demand", "indirect", "the repeal of the discriminato"),
        # "the company ... also refuses to get involved in risky projects": a stance it takes.
        ("the company", "TikTok", "refuse", "indirect", "to get involved in risky proje"),
    ]  # fmt: skip
    assert attributions(SEED_B) == [
        ("Reuters", "Reuters", "report", "indirect", "TikTok, the globally popular s"),
        # "The news has been confirmed by the company": TikTok, the subject of the news.
        ("the company", "TikTok", "confirm", "indirect", "TikTok, the globally popular s"),
        # One name in every article: "Oracle" also where one article says "Oracle Corporation".
        ("Oracle", "Oracle", "say", "mixed", "it had reached an agreement wi"),
        ("sources", None, "according to", "indirect", "TikTok has also set up a speci"),
        ("the US government", "United States", "believe", "indirect",
         "may pose risks to the country’"),
    ]  # fmt: skip


def test_fact_ids_are_unique(seed_records):
    for record in seed_records.values():
        ids = [f.id for f in record.facts]
        assert len(ids) == len(set(ids))
