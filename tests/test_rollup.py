import json

from typer.testing import CliRunner

from factx.cli import app
from factx.extract.salience import with_salience
from factx.records import EntityFact, Mention
from factx.rollup import rollup


def entity(name, label, starts, entity_id="E1", paragraph=0):
    mentions = [Mention(text=name, start=s, end=s + len(name)) for s in starts]
    return EntityFact(
        id=f"e{starts[0]}", text=name, start=starts[0], end=starts[0] + len(name), sentence=0,
        paragraph=paragraph, name=name, label=label, entity_id=entity_id, mentions=mentions,
        aliases=[],
    )  # fmt: skip


def test_salience():
    facts = with_salience(
        [entity("TikTok", "ORG", [0, 30, 60]), entity("Reuters", "ORG", [100], "E2")],
        zones=["headline", "body", "body"],
        starts=[0, 20, 90],
    )
    assert [f.salience for f in facts] == [0.5 * 3 / 4 + 0.25 + 0.25, 0.5 * 1 / 4]


def test_rollup_counts_articles_and_mentions():
    from factx.records import ArticleRecord

    a = ArticleRecord(id="a", path="a", title="A", facts=[entity("Oracle", "ORG", [0, 9])])
    named = entity("Oracle Corporation", "ORG", [3])
    named = named.model_copy(update={"aliases": ["Oracle Corp."]})
    b = ArticleRecord(id="b", path="b", title="B", facts=[named])
    [row] = rollup([a, b])
    assert row.as_dict() == {
        "entity_id": "E1", "name": "Oracle Corporation", "label": "ORG", "articles": 2,
        "mentions": 3, "first_seen": "a", "article_ids": ["a", "b"],
        "aliases": ["Oracle", "Oracle Corp."],
    }  # fmt: skip


def test_entities_command():
    result = CliRunner().invoke(app, ["entities", "seeds", "-f", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    oracle = next(r for r in rows if r["name"].startswith("Oracle"))
    assert oracle["label"] == "ORG" and oracle["articles"] == 2
    assert oracle["first_seen"] == "000_aea6d10489ff8031"
    assert all(r["label"] != "PERSON" for r in rows if r["name"] in ("Oracle Corporation", "Trump"))
    assert oracle["article_ids"] == ["000_aea6d10489ff8031", "003_e57c875faf2c8ede"]
    assert "Oracle Corporation" in oracle["aliases"]


def test_entities_command_writes_csv_to_a_file(tmp_path):
    target = tmp_path / "entities.csv"
    result = CliRunner().invoke(app, ["entities", "seeds", "-f", "csv", "-o", str(target)])
    assert result.exit_code == 0 and result.stdout == ""
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "entity_id,name,label,articles,mentions,first_seen,article_ids,aliases"
    oracle = next(line for line in lines if ",Oracle,ORG," in line)
    assert "000_aea6d10489ff8031; 003_e57c875faf2c8ede" in oracle
