"""`factx report`: one self-contained HTML page of a run, with its cross-article roll-ups.

The page is built from the records alone (and the article texts, where they can be had), so a
saved `--format json` run makes the same page. The run's data travels as one JSON block that
the inline script draws with DOM text nodes, never as HTML; the little HTML written here goes
through `esc`. A Content-Security-Policy lets only this page's own script run and forbids every
network request, so even a slip in escaping could not run an article's `<script>`.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Mapping, Sequence
from importlib.resources import files
from itertools import pairwise
from typing import Any

from factx.groups import by_entity, by_speaker, entities, figures, timeline
from factx.records import ArticleRecord, ClaimFact, EntityFact, ErrorRecord, ModelInfo

KINDS = ("entity", "date", "money", "percent", "quantity", "claim")
# A segment of article text: [start, end, kind, fact id, entity id, claim id] ("" for none).
Segment = list[int | str]


def esc(value: object) -> str:
    """The one escaping of text into HTML (element content and quoted attributes alike)."""
    return html.escape(str(value), quote=True)


def _script_json(data: object) -> str:
    # Inside <script type="application/json"> only "</script" or "<!--" could end the block;
    # writing every <, > and & as a JSON escape rules both out and keeps the JSON the same.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _asset(name: str) -> str:
    return files("factx.render").joinpath(name).read_text(encoding="utf-8")


def _marks(record: ArticleRecord) -> list[tuple[int, int, str, str, str]]:
    """Non-overlapping highlights (entity mentions, dates, figures): the first, longest wins."""
    found = []
    for fact in record.facts:
        if isinstance(fact, EntityFact):
            found += [(m.start, m.end, "entity", fact.id, fact.entity_id) for m in fact.mentions]
        elif not isinstance(fact, ClaimFact):
            found.append((fact.start, fact.end, fact.type, fact.id, ""))
    kept: list[tuple[int, int, str, str, str]] = []
    for mark in sorted(found, key=lambda m: (m[0], -m[1], m[2], m[3])):
        if not kept or mark[0] >= kept[-1][1]:
            kept.append(mark)
    return kept


def _claim_spans(record: ArticleRecord) -> list[tuple[int, int, str]]:
    """Claim contents as disjoint spans; where claims overlap, the first one keeps the text."""
    spans: list[tuple[int, int, str]] = []
    claims = sorted(
        (f.content_start, f.content_end, f.id) for f in record.facts if isinstance(f, ClaimFact)
    )
    for start, end, fact_id in claims:
        start = max(start, spans[-1][1]) if spans else start
        if start < end:
            spans.append((start, end, fact_id))
    return spans


def segments(record: ArticleRecord) -> list[Segment]:
    """The article's highlighted stretches, in order, never overlapping.

    A highlight inside a claim is cut into the pieces in and out of the claim's content.
    """
    marks, claims = _marks(record), _claim_spans(record)
    cuts = sorted({p for m in marks for p in m[:2]} | {p for c in claims for p in c[:2]})
    result: list[Segment] = []
    mark_at, claim_at = 0, 0
    for start, end in pairwise(cuts):
        while mark_at < len(marks) and marks[mark_at][1] <= start:
            mark_at += 1
        while claim_at < len(claims) and claims[claim_at][1] <= start:
            claim_at += 1
        mark = marks[mark_at] if mark_at < len(marks) and marks[mark_at][0] <= start else None
        claim = (
            claims[claim_at] if claim_at < len(claims) and claims[claim_at][0] <= start else None
        )
        if mark is None and claim is None:
            continue
        kind, fact_id, entity_id = mark[2:] if mark else ("", "", "")
        result.append([start, end, kind, fact_id, entity_id, claim[2] if claim else ""])
    return result


def _article(record: ArticleRecord, text: str | None) -> dict[str, Any]:
    counts = {kind: sum(1 for f in record.facts if f.type == kind) for kind in KINDS}
    return {
        "id": record.id, "path": record.path, "title": record.title or record.id,
        "published": record.published, "text": text, "counts": counts,
        "segments": segments(record) if text is not None else [],
    }  # fmt: skip


def page_data(records: Sequence[ArticleRecord], texts: Mapping[str, str | None]) -> dict[str, Any]:
    """What the page shows, with articles referred to by their index in the run."""
    index = {r.id: n for n, r in enumerate(records)}
    people = entities(records)
    names = {e.entity_id: e.name for e in people}
    claims: list[dict[str, Any]] = []
    claim_index: dict[str, int] = {}

    def claim_ids(items: Sequence[Any]) -> list[int]:
        for item in items:
            if item.fact_id not in claim_index:
                claim_index[item.fact_id] = len(claims)
                claims.append({**item.as_dict(), "article": index[item.article]})
        return [claim_index[i.fact_id] for i in items]

    def claim_groups(groups: Sequence[Any]) -> list[dict[str, Any]]:
        return [
            {"entity_id": g.entity_id, "name": g.name, "claims": claim_ids(g.claims)}
            for g in groups
        ]

    speakers = claim_groups(by_speaker(records, names))
    about = claim_groups(by_entity(records, names))
    return {
        "entities": [{**e.as_dict(), "articles": [index[a] for a in e.articles]} for e in people],
        "claims": claims,
        "speakers": speakers,
        "about": about,
        "figures": [
            {
                **g.as_dict(),
                "entity_name": names.get(g.entity_id or "", g.entity_name),
                "articles": len(g.articles),
                "items": [{**i.as_dict(), "article": index[i.article]} for i in g.items],
            }
            for g in figures(records)
        ],
        "timeline": [{**e.as_dict(), "article": index[e.article]} for e in timeline(records)],
        "articles": [_article(r, texts.get(r.id)) for r in records],
    }


def _overview(
    records: Sequence[ArticleRecord], errors: Sequence[ErrorRecord], model: ModelInfo
) -> str:
    counts = {kind: sum(1 for r in records for f in r.facts if f.type == kind) for kind in KINDS}
    cells = "".join(
        f'<div class="count k-{esc(kind)}"><b>{counts[kind]}</b> {esc(kind)}</div>'
        for kind in KINDS
    )
    failed = "".join(f"<li>{esc(e.path)}: {esc(e.error)}</li>" for e in errors)
    return (
        f'<p class="run"><b>{len(records)}</b> article(s), <b>{len(errors)}</b> failed; '
        f"model {esc(model.name)} {esc(model.version)}</p>"
        f'<div class="counts">{cells}</div>'
        + (f'<ul class="errors">{failed}</ul>' if failed else "")
    )


def report(
    records: Sequence[ArticleRecord],
    texts: Mapping[str, str | None],
    *,
    model: ModelInfo,
    errors: Sequence[ErrorRecord] = (),
    title: str = "factx report",
) -> str:
    """The whole page. `texts` maps article ids to their text; None shows the facts only."""
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )
    return _asset("report.html").format(
        policy=esc(policy),
        title=esc(title),
        style=_asset("report.css"),
        overview=_overview(records, errors, model),
        data=_script_json(page_data(records, texts)),
        script=script,
    )
