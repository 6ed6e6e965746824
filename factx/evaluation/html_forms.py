"""How far the HTML form of an article gives the facts of its plain text, and what reading
HTML costs: `python -m factx.evaluation.html_forms [--data ../shared/eval-dev] [--limit N]`.

Each BBC article is wrapped in a news page of the usual shape (navigation, a byline, a photo
caption, an advert, related links, comments, a footer, links and entities inside the text),
both forms are extracted with the
same reference date, and the facts of headline and body are compared by kind, text and value.
Nothing is written to disk.
"""

from __future__ import annotations

import argparse
import html
import re
import time
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from factx.articles import ArticleIds, make_article
from factx.extractor import Extractor
from factx.formats.html import read_html
from factx.records import ArticleRecord

REFERENCE = date(2005, 1, 1)  # the BBC set has no dates; its stories are from 2004-2005
_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - News</title>
<meta property="article:published_time" content="{day}"></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/pay">Subscribe for $1 a week</a></li></ul></nav>
</header><main><article><h1>{title}</h1><p class="byline">By Staff Reporter</p>
<figure><img src="/p.jpg" alt="photo"><figcaption>A file photo from 2003. Photo: Agency
</figcaption></figure>
{first}
<div class="ad-container"><span>Advertisement</span><p>Save 25% today, only $9.99</p></div>
{rest}
<aside class="related"><h2>Related stories</h2><ul><li><a href="/x">Shares fall 3% in March</a>
</li></ul></aside></article>
<section class="comments"><h2>Comments</h2><div class="comment"><p>I paid $40 for this in 2002.
</p></div></section></main><footer><p>&copy; 2005 News Ltd.</p></footer></body></html>
"""


# Inline markup as pages have it: names linked, currency signs as entities, a no-break space
# before a multiplier, quotations in italics.
_INLINE = (
    (re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]+)\b"), r'<a href="/topics/x">\1</a>'),
    (re.compile("£"), "&pound;"),
    (re.compile("€"), "&euro;"),
    (re.compile(r"(\d) (million|billion)\b"), r"\1&nbsp;\2"),
    (re.compile(r"&quot;([^&]{1,80}?)&quot;"), r"<em>&quot;\1&quot;</em>"),
)


def _marked_up(paragraph: str) -> str:
    marked = html.escape(" ".join(paragraph.split()))
    for pattern, replacement in _INLINE:
        marked = pattern.sub(replacement, marked)
    return f"<p>{marked}</p>"


def page(text: str) -> str:
    """A news page around a plain-text article (title line, blank line, paragraphs)."""
    title, *paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    blocks = [_marked_up(p) for p in paragraphs]
    return _PAGE.format(
        title=html.escape(title), day=REFERENCE.isoformat(), first="\n".join(blocks[:1]),
        rest="\n".join(blocks[1:]),
    )  # fmt: skip


def facts(record: ArticleRecord) -> Counter[tuple[str, str, str]]:
    found: Counter[tuple[str, str, str]] = Counter()
    for fact in record.facts:
        if fact.zone not in ("headline", "body"):
            continue
        data: dict[str, Any] = fact.model_dump()
        value = data.get("value", data.get("amount", data.get("name", data.get("content"))))
        found[(fact.type, " ".join(fact.text.split()), str(value))] += 1
    return found


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m factx.evaluation.html_forms")
    parser.add_argument("--data", type=Path, default=Path("../shared/eval-dev"))
    parser.add_argument("--limit", type=int, default=100, help="articles (every n-th file)")
    args = parser.parse_args(argv)
    files = sorted((args.data / "bbc-news" / "bbc").glob("*/*.txt"))
    step = max(1, len(files) // args.limit)
    texts = [f.read_bytes().decode("utf-8", errors="replace") for f in files[::step][: args.limit]]
    extractor = Extractor()
    ids = ArticleIds()
    plain = [
        make_article(t, article_id=ids("p"), path="p", reference_date=REFERENCE) for t in texts
    ]
    pages = [page(t) for t in texts]
    started = time.perf_counter()
    sources = [read_html(p, "page.html") for p in pages]
    reading = time.perf_counter() - started
    wrapped = [make_article(s.text, article_id=ids("h"), path="h", metadata=s) for s in sources]
    started = time.perf_counter()
    plain_records = [r for r in extractor.run(plain) if isinstance(r, ArticleRecord)]
    extracting = time.perf_counter() - started
    html_records = [r for r in extractor.run(wrapped) if isinstance(r, ArticleRecord)]
    both = only_plain = only_html = 0
    by_kind: dict[str, list[int]] = {}
    for a, b in zip(plain_records, html_records, strict=True):
        fa, fb = facts(a), facts(b)
        common = fa & fb
        both += sum(common.values())
        only_plain += sum((fa - fb).values())
        only_html += sum((fb - fa).values())
        for kind, counter in (("both", common), ("plain", fa - fb), ("html", fb - fa)):
            for key, count in counter.items():
                by_kind.setdefault(key[0], [0, 0, 0])[("both", "plain", "html").index(kind)] += (
                    count
                )
    total = both + only_plain + only_html
    share = both / total if total else 1.0
    print(f"{len(texts)} articles; facts in both forms {both}, only plain {only_plain}, "
          f"only HTML {only_html}: agreement {share:.1%} (shared / all)")  # fmt: skip
    for kind, (shared, plain_only, html_only) in sorted(by_kind.items()):
        print(f"  {kind:9} both {shared:5}  only plain {plain_only:4}  only HTML {html_only:4}")
    per = 1000 / len(texts)
    print(f"reading HTML (trafilatura): {reading * per:.1f} ms an article; "
          f"extracting the plain text: {extracting * per:.1f} ms an article")  # fmt: skip


if __name__ == "__main__":
    main()
