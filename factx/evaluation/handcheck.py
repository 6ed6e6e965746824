"""A repeatable hand check of entities: the same articles drawn every time, and a sheet to mark.

Mention F1 on CoNLL and MEANTIME says little about what a reader of factx's entity list sees:
one entity per name, with one label. A person reads each drawn article and marks every entity
of the sheet right (a real name, with its span and label right) or wrong; the share right is
the figure to report, with the wrong ones named.

    python -m factx.evaluation.handcheck [--data ../shared/eval-dev] [--seed 14] [--articles 12]
        [--source bbc|polnear] [--texts FOLDER]

The articles are drawn with `random.Random(seed)` from the sorted list of article paths of the
source, so one seed gives one list on every machine. The BBC articles (2004-2005) were the first
source; after dozens of draws most of them have been read, so PolNeAR's 42 test articles (US
political news of 2016, annotated for attribution, never read for entities) give a check on news
of another desk and decade. `--texts FOLDER` draws from any folder of plain-text articles instead
(news of one's own, or a corpus kept outside the repository), so a check needs no eval-dev layout.
The sheet is tab-separated: article, label, name, mentions, aliases.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path

DEFAULT_DATA = Path("../shared/eval-dev")
DEFAULT_SEED = 14
DEFAULT_ARTICLES = 12
# Each source's article folder under the eval-dev folder.
SOURCES = {
    "bbc": Path("bbc-news") / "bbc",
    "polnear": Path("polnear") / "test" / "text",
}


def drawn(
    data: Path,
    *,
    seed: int = DEFAULT_SEED,
    articles: int = DEFAULT_ARTICLES,
    source: str = "bbc",
    texts: Path | None = None,
) -> list[Path]:
    """The articles of the check, in the order they were drawn (from `texts` when given)."""
    paths = sorted(_root(data, source, texts).rglob("*.txt"))
    return random.Random(seed).sample(paths, min(articles, len(paths)))


def _root(data: Path, source: str, texts: Path | None) -> Path:
    return texts if texts is not None else data / SOURCES[source]


def sheet(
    paths: Sequence[Path], data: Path, source: str = "bbc", texts: Path | None = None
) -> list[str]:
    """One tab-separated line per entity of each article, in article order, then by offset."""
    from factx.api import extract_files
    from factx.records import ArticleRecord, EntityFact

    root = _root(data, source, texts)
    lines = []
    for path, record in zip(paths, extract_files(paths), strict=True):
        if not isinstance(record, ArticleRecord):
            lines.append(f"{path.relative_to(root)}\tERROR\t{record.error}")
            continue
        for fact in record.facts:
            if isinstance(fact, EntityFact):
                aliases = "; ".join(fact.aliases)
                lines.append(
                    f"{path.relative_to(root)}\t{fact.label}\t{fact.name}"
                    f"\t{len(fact.mentions)}\t{aliases}"
                )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factx.evaluation.handcheck",
        description="Draw articles for the entity hand check and print their entities.",
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="eval-dev folder")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--source", choices=sorted(SOURCES), default="bbc", help="articles to draw")
    parser.add_argument(
        "--texts", type=Path, help="draw from this folder of .txt articles instead of a source"
    )
    parser.add_argument("--list", action="store_true", help="only list the drawn articles")
    args = parser.parse_args(argv)
    if args.texts is not None and not args.texts.is_dir():
        parser.error(f"{args.texts}: not a folder")
    paths = drawn(
        args.data, seed=args.seed, articles=args.articles, source=args.source, texts=args.texts
    )
    base = args.texts if args.texts is not None else args.data
    listed = [str(p.relative_to(base)) for p in paths]
    lines = listed if args.list else sheet(paths, args.data, args.source, args.texts)
    sys.stdout.write("".join(line + "\n" for line in lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
