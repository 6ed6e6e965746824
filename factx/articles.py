"""Find input files, read them into Articles: decoded text, title, paragraphs, article date.

Offsets everywhere in factx are character offsets into the text decoded here: line endings
and whitespace are kept as they are in the file (a plain text's HTML character references are
decoded by `factx.formats.references`, as Markdown's and HTML's are by their readers).
"""

from __future__ import annotations

import codecs
import fnmatch
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factx.errors import FactxError
from factx.formats import Source, format_of, sources
from factx.safe import encodable

DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.htm", "*.jsonl")
# A paragraph break is a line break followed by at least one blank (or whitespace-only) line.
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)(?:[ \t\f\v]*(?:\r\n|\r|\n))+")
# spaCy's max_length is 1,000,000 characters; paragraphs are cut well below it at line ends,
# into pieces whose parse stays small (a news paragraph is well under a thousand).
MAX_SEGMENT = 10_000


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int


@dataclass
class Article:
    id: str
    path: str
    text: str
    encoding: str = "utf-8"
    reference_date: date | None = None
    anchor_source: str | None = None
    published: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    titled: bool = True  # False: the first line is body text, not a headline
    byline: str | None = None  # from the format's metadata
    url: str | None = None
    line: int | None = None
    language: str | None = None

    def paragraph_texts(self) -> list[str]:
        """The text of each paragraph (the pieces of a long paragraph joined back)."""
        bounds: dict[int, tuple[int, int]] = {}
        for p in self.paragraphs:
            start, _ = bounds.get(p.index, (p.start, p.end))
            bounds[p.index] = (start, p.end)
        return [self.text[start:end] for _, (start, end) in sorted(bounds.items())]

    @property
    def title(self) -> str | None:
        if not self.paragraphs or not self.titled:
            return None
        first = self.paragraphs[0]
        return self.text[first.start : first.end]


def split_paragraphs(text: str, *, titled: bool = True) -> list[Paragraph]:
    """Paragraphs without their surrounding whitespace; the first line is the title paragraph
    (unless not `titled`: then the first paragraph is body text like the others).

    Long paragraphs are cut at line ends (or spaces) into pieces of at most MAX_SEGMENT
    characters that keep the paragraph's index.
    """
    pieces: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        pieces.append((position, match.start()))
        position = match.end()
    pieces.append((position, len(text)))
    paragraphs: list[Paragraph] = []
    for start, end in pieces:
        start, end = _strip(text, start, end)
        if start >= end:
            continue
        if not paragraphs and titled:
            # The title is the first non-empty line, even without a blank line after it.
            line_end = re.search(r"\r\n|\r|\n", text[start:end])
            if line_end:
                paragraphs.append(Paragraph(0, start, start + line_end.start()))
                start, end = _strip(text, start + line_end.end(), end)
                if start >= end:
                    continue
        for block_start, block_end in _line_paragraphs(text, start, end):
            # Indices run 0, 1, 2...: the next is one past the last (not a count of all so far).
            index = paragraphs[-1].index + 1 if paragraphs else 0
            for piece_start, piece_end in _cut(text, block_start, block_end):
                paragraphs.append(Paragraph(index, piece_start, piece_end))
    return paragraphs


# Many files put one paragraph on each line with no blank line between (text copied from a web
# page, most news datasets): a line break is a paragraph's end where the line before ends a
# sentence and the next opens one, and before a list item. Elsewhere it wraps a paragraph's
# lines (a hard-wrapped "Donald Trump regularly\nincites\npolitical violence"), and after an
# abbreviation ("Mr.\nSmith") it is inside a sentence.
_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")
_SENTENCE_END = re.compile(r"""[.!?:"”’')\]…]$""")
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?i:mr|mrs|ms|dr|st|jr|sr|gen|gov|sen|rep|prof|co|corp|inc|ltd|vs|no)\.)$"
)
_SENTENCE_START = re.compile(r"""[A-Z0-9"“‘'(\[]""")
_LIST_ITEM = re.compile(r"(?:[-*•–—]|\d{1,2}[.)])\s")


def _line_paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The paragraphs of a block of lines between blank lines: one per line where the lines
    are paragraphs, else the block whole."""
    cut = start
    for match in _LINE_BREAK.finditer(text, start, end):
        before = text[max(cut, match.start() - 12) : match.start()]
        after = text[match.end() : min(end, match.end() + 3)]
        ends = bool(_SENTENCE_END.search(before)) and not _ABBREVIATION_END.search(before)
        if (ends and _SENTENCE_START.match(after)) or _LIST_ITEM.match(after):
            yield cut, match.start()
            cut = match.end()
    yield cut, end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_SEGMENT:
        limit = start + MAX_SEGMENT
        cut = max(text.rfind("\n", start, limit), text.rfind(". ", start, limit) + 1)
        if cut <= start:
            cut = text.rfind(" ", start, limit)
        if cut <= start:
            cut = limit
        piece_start, piece_end = _strip(text, start, cut)
        if piece_start < piece_end:
            yield piece_start, piece_end
        start, end = _strip(text, cut, end)
    if start < end:
        yield start, end


def decode(data: bytes, path: str) -> tuple[str, str]:
    """The text of a file and the encoding it was read with.

    UTF-8 (with or without BOM) and UTF-16 with BOM are recognized; other bytes are read as
    Windows-1252, the usual encoding of older Western news files.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            raise FactxError(f"invalid UTF-16 text ({error.reason})", path) from None
    if b"\x00" in data[:8192]:
        raise FactxError("binary file (contains NUL bytes), not text", path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def make_article(
    text: str,
    *,
    article_id: str,
    path: str,
    encoding: str = "utf-8",
    reference_date: date | None = None,
    metadata: Source | None = None,
    titled: bool = True,
) -> Article:
    """An Article from text; the article date is the given one, else the `metadata`'s (what an
    input format said), else found in the text."""
    _check_text(text, path)
    from factx.language import language_of
    from factx.published import Published, find_published

    meta = metadata or Source(text)
    published = (
        Published(meta.published, "metadata") if meta.published else find_published(text, path)
    )
    anchor, source = (reference_date, "reference-date") if reference_date else (None, None)
    titled = titled and not opens_with_body(text) and not _one_line(text)
    if anchor is None and published is not None:
        anchor, source = published.date, published.source
    return Article(
        id=article_id,
        path=path,
        text=text,
        encoding=encoding,
        reference_date=anchor,
        anchor_source=source,
        published=published.date.isoformat()
        if published and published.source != "filename"
        else None,
        paragraphs=split_paragraphs(text, titled=titled),
        titled=titled,
        byline=meta.byline,
        url=meta.url,
        line=meta.line,
        language=language_of(text),
    )


# A headline is short and, if it ends a sentence at all, one short sentence: a first line of
# this many words that ends as a sentence does is the body's opening paragraph (a newswire
# story with no title, a press release pasted whole), not its title. No headline of the BBC,
# PolNeAR or MEANTIME articles is as long; most TempEval-3 texts open with such a paragraph.
BODY_WORDS = 22
_FIRST_LINE = re.compile(r"\S[^\r\n]*")
_ENDS_SENTENCE = re.compile(r"""(?<!\.\.)[.!?]["”’')]?$""")


def opens_with_body(text: str) -> bool:
    """Whether the text's first line is a paragraph of the body rather than a headline."""
    # The first line only, found without splitting the whole text (a file may be 50 MB), and
    # ended as `split_paragraphs` ends the title line.
    first = _FIRST_LINE.search(text)
    line = first.group().strip() if first else ""
    return len(line.split()) >= BODY_WORDS and _ENDS_SENTENCE.search(line) is not None


def _one_line(text: str) -> bool:
    """Whether the text is a single line: a sentence saved alone, which is no headline (a
    headline's names count only where the body confirms them, and there is no body)."""
    return _LINE_END.search(text.strip()) is None


_LINE_END = re.compile(r"\r\n|\r|\n")


def _check_text(text: str, path: str) -> None:
    if not text.strip():
        raise FactxError("empty file (no text)" if not text else "no text (whitespace only)", path)


@dataclass(frozen=True)
class Reading:
    """How inputs are read: the format (None: by file suffix) and whether line 1 is a title."""

    input_format: str | None = None
    titled: bool = True


def _articles(
    text: str, path: str, ids: ArticleIds, encoding: str, anchor: date | None, reading: Reading
) -> Iterator[Article | FactxError]:
    _check_text(text, path)  # the same words for an empty file of any format
    fmt = format_of(path, text, reading.input_format)
    # Stdin text without a blank line is a snippet: all of it is body, none of it a headline.
    titled = reading.titled and not (path == "-" and fmt == "text" and not _has_break(text))
    for source in sources(text, path, fmt):
        if isinstance(source, FactxError):
            yield source
            continue
        article_id = ids.named(_safe_id(source.source_id)) if source.source_id else ids(path)
        where = f"{path}:{source.line}" if source.line else path
        try:
            yield make_article(
                source.text, article_id=article_id, path=path, encoding=encoding,
                reference_date=anchor, metadata=source, titled=titled,
            )  # fmt: skip
        except FactxError as error:
            yield FactxError(error.message, where)


def _safe_id(raw: str) -> str:
    # An archive's own ids name golden files too: no path separators or control characters.
    return re.sub(r"[\x00-\x1f\x7f/\\]", "_", raw).strip(".") or "article"


def _has_break(text: str) -> bool:
    return _PARAGRAPH_BREAK.search(text.strip()) is not None


# A news article is a few kilobytes; a file far bigger is more likely a dump, a log or a link to
# a device, and reading it whole would take the memory of the run (`--max-bytes` changes it).
MAX_BYTES = 50_000_000
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_articles(
    path: str,
    ids: ArticleIds,
    *,
    reference_date: date | None = None,
    reading: Reading | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article | FactxError]:
    """Read one file (or "-" for stdin) into its Articles (an archive has several); a FactxError
    item for an article that cannot be read, raised when the whole file cannot be.

    Only regular files are read (checked before opening, so a FIFO cannot hang the run), and
    at most `max_bytes` of them.
    """
    shown = encodable(path)
    data = _stdin(max_bytes) if path == "-" else _file_bytes(path, shown, max_bytes)
    text, encoding = decode(data, shown)
    yield from _articles(text, shown, ids, encoding, reference_date, reading or Reading())


def read_article(
    path: str,
    article_id: str,
    *,
    reference_date: date | None = None,
    max_bytes: int = MAX_BYTES,
    reading: Reading | None = None,
) -> Article:
    """Read one file into an Article (the first of an archive); FactxError on any problem."""
    found = read_articles(
        path, ArticleIds(), reference_date=reference_date, reading=reading, max_bytes=max_bytes
    )
    for item in found:
        if isinstance(item, FactxError):
            raise item
        item.id = article_id
        return item
    raise FactxError("no articles in this file", encodable(path))


def _stdin(max_bytes: int) -> bytes:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FactxError(f"too big: more than {max_bytes:,} bytes (see --max-bytes)", "-")
    return data


def _file_bytes(path: str, shown: str, max_bytes: int) -> bytes:
    try:
        _check_regular(os.stat(path), shown, max_bytes)
        # O_NONBLOCK: should the file have become a FIFO since the check, opening it does not
        # wait for a writer, and fstat below still refuses it.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(handle, "rb") as file:
            _check_regular(os.fstat(file.fileno()), shown, max_bytes)
            data = file.read(max_bytes + 1)
    except OSError as error:
        raise read_problem(error, shown) from None
    if len(data) > max_bytes:  # grew while being read, or a file whose size says nothing
        raise FactxError(f"too big: more than {max_bytes:,} bytes (see --max-bytes)", shown)
    return data


def read_problem(error: OSError, shown: str) -> FactxError:
    """A file that cannot be read, as the one-line problem a user sees."""
    if isinstance(error, IsADirectoryError):
        return FactxError("is a directory, not a file", shown)
    if isinstance(error, PermissionError):
        return FactxError("permission denied", shown)
    if isinstance(error, FileNotFoundError):
        return FactxError("no such file (or a broken link)", shown)
    return FactxError(f"cannot read: {error.strerror or error}", shown)


def _check_regular(status: os.stat_result, shown: str, max_bytes: int) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise FactxError("is a directory, not a file", shown)
    for test, kind in _KINDS:
        if test(status.st_mode):
            raise FactxError(f"not a regular file: {kind}", shown)
    if status.st_size > max_bytes:
        raise FactxError(
            f"too big: {status.st_size:,} bytes, more than {max_bytes:,} (see --max-bytes)", shown
        )


def find_inputs(
    paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS
) -> Iterator[str | FactxError]:
    """The files to read, in a stable order; an error item for each path that gives none and
    for each folder that cannot be listed."""
    patterns = tuple(globs)
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            files: list[str] = []
            for found in _walk(raw, patterns):
                if isinstance(found, FactxError):
                    yield found
                else:
                    files.append(found)
            if not files:
                problem = f"no files matching {', '.join(patterns)} in this folder"
                yield FactxError(problem, encodable(raw))
            yield from sorted(files)
        elif path.exists():
            yield raw
        elif path.is_symlink():
            yield FactxError("broken symbolic link", encodable(raw))
        else:
            yield FactxError("no such file or folder", encodable(raw))


def _walk(folder: str, patterns: tuple[str, ...]) -> Iterator[str | FactxError]:
    """Files under a folder whose names match, following links; without recursion, so depth
    has no limit, and each folder walked once, so a link loop ends."""
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        root = stack.pop()
        try:
            status = os.stat(root)
            if (status.st_dev, status.st_ino) in seen:
                continue  # a symlink loop: this folder was walked already
            seen.add((status.st_dev, status.st_ino))
            with os.scandir(root) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as error:
            yield FactxError(f"cannot read this folder: {error.strerror or error}", encodable(root))
            continue
        folders = []
        for entry in entries:
            if _is_dir(entry):
                folders.append(entry.path)
            elif any(fnmatch.fnmatch(entry.name, p) for p in patterns):
                yield entry.path
        stack.extend(reversed(folders))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows symbolic links
    except OSError:
        return False


class ArticleIds:
    """Article ids are file stems, made unique in a run by a numeric suffix that no other
    article of the run has ("a", "a-2" and "sub/a" give a, a-2 and a-3)."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.next: dict[str, int] = {}

    def __call__(self, path: str) -> str:
        return self.named("stdin" if path == "-" else encodable(Path(path).stem) or "article")

    def named(self, stem: str) -> str:
        """`stem`, or stem-N with the first N no other article of the run has."""
        candidate = stem
        count = self.next.get(stem, 1)
        while candidate in self.used:
            count += 1
            candidate = f"{stem}-{count}"
        self.next[stem] = count
        self.used.add(candidate)
        return candidate
