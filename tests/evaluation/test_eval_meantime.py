from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from factx.evaluation import meantime
from factx.evaluation.meantime import parse_cat
from factx.evaluation.scoring import Counts, Span

from .fakes import FakeExtractor, date_fact, entity_fact, find, money_fact

WORDS = [
    (0, ["Apple", "sues", "Acme"]),
    (1, ["March", "06", ",", "2008"]),
    (2, ["Tim", "Cook", "said", "Apple", "paid", "$", "5", "million", "on", "Monday", "."]),
]


def cat_xml(with_dct: bool = True, filler: int = 0) -> str:
    tokens, t_id = [], 0
    extra = [(3 + i, ["Boeing", "grew", str(i), "."]) for i in range(filler)]
    for sentence, words in WORDS + extra:
        for word in words:
            t_id += 1
            tokens.append(f'<token t_id="{t_id}" sentence="{sentence}">{word}</token>')
    function = "CREATION_TIME" if with_dct else "NONE"

    def anchors(*ids: int) -> str:
        return "".join(f'<token_anchor t_id="{i}"/>' for i in ids)

    return f"""<?xml version="1.0" ?><Document doc_id="1" doc_name="doc">
{"".join(tokens)}
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM">{anchors(1)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM">{anchors(3)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NAM">{anchors(8, 9)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NAM">{anchors(11)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="PRO">{anchors(10)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="6" syntactic_type="NAM">{anchors(2)}</ENTITY_MENTION>
<TIMEX3 m_id="7" functionInDocument="{function}" type="DATE" value="2008-03-06">{anchors(4, 5, 6, 7)}</TIMEX3>
<TIMEX3 m_id="8" functionInDocument="NONE" type="DATE" value="2008-03-03">{anchors(17)}</TIMEX3>
<TIMEX3 m_id="9" TAG_DESCRIPTOR="Empty_Mark" type="DATE" value="2008"/>
<VALUE m_id="10" type="MONEY">{anchors(13, 14, 15)}</VALUE>
<ENTITY m_id="20" ent_type="ORG"/>
<ENTITY m_id="21" ent_type="PRO"/>
<ENTITY m_id="22" ent_type="PER"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><source m_id="4"/><target m_id="20"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="21"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="3"/><source m_id="5"/><target m_id="22"/></REFERS_TO>
</Relations>
</Document>
"""  # noqa: E501


def spans_text(text: str, spans: Sequence[Any]) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in spans]


def test_parse_cat_rebuilds_text_and_gold() -> None:
    doc = parse_cat(cat_xml(), "doc")
    assert (
        doc.text
        == "Apple sues Acme\nMarch 06 , 2008\nTim Cook said Apple paid $ 5 million on Monday ."
    )
    assert doc.dct == date(2008, 3, 6)
    assert doc.text[doc.dct_span.start : doc.dct_span.end] == "March 06 , 2008"  # type: ignore[union-attr]
    # NAM mentions with a typed entity only: the pronoun and the unlinked "sues" are left out.
    assert spans_text(doc.text, doc.entities) == [
        ("Apple", "ORG"),
        ("Acme", "OTHER"),
        ("Tim Cook", "PERSON"),
        ("Apple", "ORG"),
    ]
    assert spans_text(doc.text, doc.values) == [("$ 5 million", "MONEY")]
    assert [(doc.text[t.start : t.end], t.value) for t in doc.timexes] == [("Monday", "2008-03-03")]


def test_parse_cat_falls_back_to_the_date_line() -> None:
    doc = parse_cat(cat_xml(with_dct=False), "doc")
    assert doc.dct == date(2008, 3, 6)
    # The date line's plain timex is the DCT in all but name, so it is not gold.
    assert [t.value for t in doc.timexes] == ["2008-03-03"]


def test_annotated_part_ends_after_sentence_five() -> None:
    doc = parse_cat(cat_xml(filler=5), "doc")
    lines = doc.text.split("\n")
    assert len(lines) == 8
    assert doc.annotated_end == len("\n".join(lines[:6]))
    # A short document is annotated to its end.
    short = parse_cat(cat_xml(), "doc")
    assert short.annotated_end == len(short.text)


def test_predictions_after_the_annotated_part_are_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "intra-doc_annotation" / "corpus_test"
    folder.mkdir(parents=True)
    (folder / "doc.xml").write_text(cat_xml(filler=5), encoding="utf-8")

    def late_facts(article_id: str, text: str, ref: date | None) -> list[Any]:
        last = text.rindex("Boeing")  # sentence 7: outside the annotated part
        return [*facts(article_id, text, ref), entity_fact(text, "ORG", [(last, last + 6)])]

    reports = meantime.evaluate(FakeExtractor(late_facts), tmp_path, parts=["entities"])
    assert reports[0].metric("factx span+type") == Counts(tp=2, fp=1, fn=2)


def test_label_maps() -> None:
    assert meantime.gold_entity_label("FIN") == "OTHER"
    assert meantime.pred_entity_label("GPE") == "LOC"
    assert meantime.pred_entity_label("NORP") == "OTHER"
    assert meantime.pred_entity_label("CARDINAL") is None


def facts(article_id: str, text: str, ref: date | None) -> list[Any]:
    return [
        entity_fact(text, "ORG", [find(text, "Apple")]),  # misses the second "Apple"
        entity_fact(text, "PERSON", [find(text, "Tim Cook")]),
        entity_fact(text, "GPE", [find(text, "Acme")]),
        money_fact(text, *find(text, "5 million"), 5_000_000, "USD"),
        date_fact(text, *find(text, "March 06"), value="2008-03-06"),  # on the DCT: ignored
        date_fact(text, *find(text, "Monday"), value="2008-03-03"),
    ]


def raw_ner(texts: Sequence[str]) -> list[list[Span]]:
    out = []
    for text in texts:
        start, end = find(text, "Tim Cook")
        out.append([Span(start, end, "PERSON"), Span(*find(text, "2008"), "DATE")])
    return out


def test_evaluate_all_parts(tmp_path: Path) -> None:
    folder = tmp_path / "intra-doc_annotation" / "corpus_test"
    folder.mkdir(parents=True)
    (folder / "doc.xml").write_text(cat_xml(), encoding="utf-8")
    (folder / "bad.xml").write_text("<Document>", encoding="utf-8")
    extractor = FakeExtractor(facts)
    reports = {r.name: r for r in meantime.evaluate(extractor, tmp_path, raw_ner=raw_ner)}
    assert extractor.calls == [("doc", date(2008, 3, 6))]

    ents = reports["meantime entities"]
    # Gold: Apple/ORG, Acme/OTHER, Tim Cook/PERSON, Apple/ORG. factx: Apple/ORG, Tim Cook, Acme/LOC.
    assert ents.metric("factx span+type") == Counts(tp=2, fp=1, fn=2)
    assert ents.metric("factx span only") == Counts(tp=3, fp=0, fn=1)
    assert ents.metric("factx LOC") == Counts(tp=0, fp=1, fn=0)
    # Raw spaCy's DATE entity is not a name, so it is not a false positive.
    assert ents.metric("spacy span+type") == Counts(tp=1, fp=0, fn=3)
    assert ents.problem_count == 1  # bad.xml

    values = reports["meantime values"]
    assert values.metric("MONEY strict") == Counts(0, 1, 1)
    assert values.metric("MONEY relaxed") == Counts(1, 0, 0)

    timex = reports["meantime timex"]
    assert timex.metric("strict extent") == Counts(1, 0, 0)


def test_evaluate_only_some_parts(tmp_path: Path) -> None:
    folder = tmp_path / "intra-doc_annotation" / "corpus_test"
    folder.mkdir(parents=True)
    (folder / "doc.xml").write_text(cat_xml(), encoding="utf-8")
    reports = meantime.evaluate(FakeExtractor(facts), tmp_path, parts=["timex"])
    assert [r.name for r in reports] == ["meantime timex"]
