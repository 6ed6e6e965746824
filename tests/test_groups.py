"""The cross-article roll-ups over records: figures per subject, claims per speaker and entity."""

import json

from builders import article, claim, date, entity, money, quantity
from typer.testing import CliRunner

from factx.cli import app
from factx.groups import by_entity, by_speaker, entities, figures, rollups, timeline
from factx.saved import read_saved

A = "TikTok has 150 million US users. Revenue was $80 billion."
B = "Analysts say TikTok now has 170 million US users."
C = "TikTok counts 150 million US users, it said."


def users(text, words, value, sentence=0):
    return quantity(text, words, value, "users", sentence)


def test_same_subject_different_values_across_articles():
    a = article("a", [entity(A, "TikTok", "T"), entity(A, "US", "U", "GPE"),
                      users(A, "150 million", 150_000_000)])  # fmt: skip
    b = article("b", [entity(B, "TikTok", "T"), entity(B, "US", "U", "GPE"),
                      users(B, "170 million", 170_000_000)])  # fmt: skip
    [group] = figures([a, b])
    # "US" right after the figure is in its phrase ("150 million US users"): it wins over TikTok.
    assert (group.kind, group.unit, group.entity_id) == ("quantity", "users", "U")
    assert group.values == [150_000_000, 170_000_000]
    assert group.articles == ["a", "b"]
    assert group.differs


def test_same_value_in_two_articles_agrees():
    a = article("a", [entity(A, "US", "U", "GPE"), users(A, "150 million", 150_000_000)])
    c = article("c", [entity(C, "US", "U", "GPE"), users(C, "150 million", 150_000_000.0)])
    [group] = figures([a, c])
    assert group.values == [150_000_000] and not group.differs


def test_values_far_apart_are_two_figures_not_a_disagreement():
    a = article("a", [entity(A, "US", "U", "GPE"), users(A, "150 million", 150_000_000)])
    b = article("b", [entity(B, "US", "U", "GPE"), users(B, "170 million", 1_700_000)])
    c = article("c", [entity(C, "US", "U", "GPE"), users(C, "150 million", 150_000_000)])
    [group] = figures([a, b, c])
    assert len(group.values) == 2 and group.disagreeing == [] and not group.differs


def test_only_the_figures_in_disagreement_are_named():
    a = article("a", [entity(A, "US", "U", "GPE"), users(A, "150 million", 150_000_000)])
    b = article("b", [entity(B, "US", "U", "GPE"), users(B, "170 million", 170_000_000)])
    c = article("c", [entity(C, "US", "U", "GPE"), users(C, "150 million", 15_000)])
    [group] = figures([a, b, c])
    assert group.disagreeing == [f.id for r in (a, b) for f in r.facts if f.type == "quantity"]


def test_two_values_in_one_article_are_no_disagreement():
    text = "TikTok has 150 million users and 170 million users."
    a = article("a", [entity(text, "TikTok", "T"), users(text, "150 million", 150_000_000),
                      users(text, "170 million", 170_000_000)])  # fmt: skip
    [group] = figures([a])
    assert group.entity_id == "T" and len(group.values) == 2 and not group.differs


def test_the_subject_is_named_in_the_same_sentence():
    text = "TikTok spoke. Then 5 million users left. Meta said nothing."
    facts = [entity(text, "TikTok", "T", sentence=0), users(text, "5 million", 5e6, sentence=1),
             entity(text, "Meta", "M", sentence=2)]  # fmt: skip
    [group] = figures([article("a", facts)])
    assert group.entity_id is None and not group.differs


def test_figures_with_no_entity_are_never_compared_and_links_do_not_count():
    text = "It was worth $80 billion. SEE ALSO: TikTok makes $277M"
    one = article("a", [money(text, "$80 billion", 8e10)])
    two = article("b", [money(text, "$80 billion", 9e10),
                        entity(text, "TikTok", "T", sentence=1),
                        money(text, "$277M", 277e6, sentence=1, zone="related")])  # fmt: skip
    [group] = figures([one, two])
    assert group.entity_id is None and group.articles == ["a", "b"] and not group.differs


def test_money_is_compared_by_what_it_measures():
    a_text = "TikTok's revenue grew 30% to $80 billion. TikTok is worth $220 billion."
    b_text = "Sales at TikTok hit $60 billion, up 20%."
    a = article("a", [entity(a_text, "TikTok", "T", nth=(0, 1)),
                      money(a_text, "$80 billion", 8e10), money(a_text, "$220 billion", 2.2e11),
                      claim(a_text, "TikTok's revenue grew 30% to $80 billion"),
                      claim(a_text, "TikTok is worth $220 billion")])  # fmt: skip
    b = article("b", [entity(b_text, "TikTok", "T"), money(b_text, "$60 billion", 6e10),
                      claim(b_text, "Sales at TikTok hit $60 billion, up 20%")])  # fmt: skip
    groups = {(g.measure, tuple(g.values)): g.differs for g in figures([a, b])}
    # "revenue" and "sales" are two measures, so nothing here disagrees
    assert groups == {("revenue", (8e10,)): False, ("worth", (2.2e11,)): False,
                      ("sales", (6e10,)): False}  # fmt: skip
    c_text = "TikTok's revenue was $70 billion last year."
    c = article("c", [entity(c_text, "TikTok", "T"), money(c_text, "$70 billion", 7e10),
                      claim(c_text, "TikTok's revenue was $70 billion last year")])  # fmt: skip
    [revenue] = [g for g in figures([a, b, c]) if g.measure == "revenue"]
    assert revenue.differs and revenue.articles == ["a", "c"]


def test_money_without_a_measure_noun_is_not_compared():
    a_text, b_text = "TikTok got $80 billion.", "TikTok got $90 billion."
    a = article("a", [entity(a_text, "TikTok", "T"), money(a_text, "$80 billion", 8e10),
                      claim(a_text, a_text[:-1])])  # fmt: skip
    b = article("b", [entity(b_text, "TikTok", "T"), money(b_text, "$90 billion", 9e10),
                      claim(b_text, b_text[:-1])])  # fmt: skip
    [group] = figures([a, b])
    assert group.entity_id == "T" and group.measure is None and not group.differs


def test_same_speaker_across_articles():
    a_text = "TikTok said the app is safe. Officials said it is not."
    b_text = "The app is popular, TikTok said. officials said Oracle checks it."
    a = article("a", [entity(a_text, "TikTok", "T"),
                      claim(a_text, "the app is safe", "TikTok", "T"),
                      claim(a_text, "it is not", "Officials")])  # fmt: skip
    b = article("b", [entity(b_text, "TikTok", "T"), entity(b_text, "Oracle", "O", sentence=1),
                      claim(b_text, "The app is popular", "TikTok", "T"),
                      claim(b_text, "Oracle checks it", "officials", sentence=1)])  # fmt: skip
    speakers = by_speaker([a, b])
    assert [(g.entity_id, g.name, g.articles, len(g.claims)) for g in speakers] == [
        ("T", "TikTok", ["a", "b"], 2),
        (None, "officials", ["a", "b"], 2),
    ]
    [about] = by_entity([a, b])
    assert (about.entity_id, about.name, [c.content for c in about.claims]) == (
        "O", "Oracle", ["Oracle checks it"],
    )  # fmt: skip


def test_a_claim_of_two_speakers_is_each_ones():
    text = "Microsoft and Intel said Oracle lost."
    said = claim(text, "Oracle lost", "Microsoft and Intel", "M").model_copy(
        update={"speaker_entity_ids": ["M", "I"], "speaker_names": ["Microsoft", "Intel"]}
    )
    facts = [entity(text, "Microsoft", "M"), entity(text, "Intel", "I"),
             entity(text, "Oracle", "O"), said]  # fmt: skip
    speakers = by_speaker([article("a", facts)])
    assert sorted((g.entity_id, g.name, len(g.claims)) for g in speakers) == [
        ("I", "Intel", 1),
        ("M", "Microsoft", 1),
    ]
    # Neither speaker is what the claim is about; Oracle is.
    assert [g.entity_id for g in by_entity([article("a", facts)])] == ["O"]


def test_a_speaker_is_not_what_its_own_claim_is_about():
    text = "TikTok said TikTok is safe."
    facts = [entity(text, "TikTok", "T", nth=(0, 1)), claim(text, "TikTok is safe", "TikTok", "T")]
    assert by_entity([article("a", facts)]) == []


def test_timeline_is_in_time_order_without_durations_or_yearless_dates():
    text = "On May 1, 2021 and in 2020 for 45 days, and on June 17."
    facts = [
        date(text, "May 1, 2021", "2021-05-01", ["2021-05-01", "2021-05-02"]),
        date(text, "2020", "2020", ["2020-01-01", "2021-01-01"]),
        date(text, "45 days", "P45D", None, timex_type="DURATION"),
        date(text, "June 17", "XXXX-06-17", None),
    ]
    entries = timeline([article("a", facts)])
    assert [(e.start, e.end, e.text) for e in entries] == [
        ("2020-01-01", "2021-01-01", "2020"),
        ("2021-05-01", "2021-05-02", "May 1, 2021"),
    ]


def test_entities_roll_up_aliases_and_salience():
    a = article("a", [entity(A, "TikTok", "T")])
    b = article("b", [entity(B, "TikTok", "T").model_copy(update={"aliases": ["Tik Tok"],
                                                                   "salience": 1.0})])  # fmt: skip
    [row] = entities([a, b])
    assert (row.name, row.aliases, row.articles, row.mentions, row.salience) == (
        "TikTok", ("Tik Tok",), ("a", "b"), 2, 0.75,
    )  # fmt: skip


def test_rollups_of_a_saved_json_run(tmp_path):
    saved = tmp_path / "run.json"
    result = CliRunner().invoke(app, ["extract", "seeds/", "--format", "json", "-o", str(saved)])
    assert result.exit_code == 0, result.output
    groups = rollups(read_saved(saved).articles)
    json.dumps(groups)  # plain data
    speakers = {g["name"]: g["articles"] for g in groups["speakers"]}
    assert len(speakers["TikTok"]) == 2  # TikTok speaks in both seed articles
    users = [g for g in groups["figures"] if g["unit"] == "users"]
    assert [(g["entity_name"], g["values"]) for g in users] == [("United States", [150000000])]
