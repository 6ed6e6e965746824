"""JSON Lines archives in a partitioned run: planned by the driver, read in slices by workers.

An archive's article ids may come from its lines (`"id"`), and a line that is not an article
takes no id, so the driver reads each archive once, as a serial run does, to name its
articles; it keeps the byte range of each line. A worker then reads only the bytes of its
own lines and decodes them as the whole file was decoded, so every article is the serial
run's, to the character.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from factx.articles import (
    ArticleIds,
    _check_regular,
    _check_text,
    _file_bytes,
    _safe_id,
    decode,
    make_article,
    read_problem,
)
from factx.errors import FactxError
from factx.formats.jsonl import no_articles, numbered_lines, read_line
from factx.safe import encodable
from factx.scale.plan import Archive, Settings, Source

if TYPE_CHECKING:
    from factx.extractor import Item

CHANGED = "changed since the run was planned; run again into a new folder"


def archive_sources(path: str, ids: ArticleIds, max_bytes: int) -> Iterator[Source | FactxError]:
    """The articles of the archive at `path` with the ids a serial run gives them (taken from
    `ids`), and a FactxError for each line that is not an article, or for the whole file."""
    shown = encodable(path)
    try:
        data = _file_bytes(path, shown, max_bytes)
        text, encoding = decode(data, shown)
        _check_text(text, shown)
    except FactxError as error:
        yield error
        return
    codec, offset = _line_codec(data, encoding)
    archive = Archive(path, encoding, codec, len(data))
    position = 0  # in `text`, where `offset` (in `data`) is
    count = 0
    for number, line, start in numbered_lines(text):
        count += 1
        try:
            source = read_line(line, f"{shown}:{number}", number)
        except FactxError as error:
            yield error
            continue
        article_id = ids.named(_safe_id(source.source_id)) if source.source_id else ids(shown)
        if codec is None:
            yield Source(path, article_id, archive, number)
            continue
        offset += len(text[position:start].encode(codec))
        position = start
        yield Source(path, article_id, archive, number, offset, offset + len(line.encode(codec)))
    if not count:
        yield no_articles(shown)


def _line_codec(data: bytes, encoding: str) -> tuple[str | None, int]:
    """The codec that decodes one line's bytes as `decode` decoded the whole file, and where
    the text starts (after a byte order mark). None when no codec does: a UTF-8 file with a
    BOM and bytes that are not UTF-8 (each read as U+FFFD, whatever their number)."""
    if encoding == "utf-16":
        return ("utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"), 2
    if encoding == "utf-8-sig":
        try:
            data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None, 0
        return "utf-8", len(codecs.BOM_UTF8)
    return encoding, 0  # utf-8 (strict), cp1252, latin-1: one text, one byte string


def read_lines(archive: Archive, sources: Sequence[Source], settings: Settings) -> Iterator[Item]:
    """The articles of `sources`, lines of `archive` in file order, from one read of their
    bytes; a FactxError item for each that cannot be read."""
    shown = encodable(archive.path)
    try:
        lines = _line_texts(archive, sources, settings.max_bytes)
    except FactxError as error:
        for source in sources:
            yield FactxError(error.message, f"{shown}:{source.line}")
        return
    for source, line in zip(sources, lines, strict=True):
        where = f"{shown}:{source.line}"
        try:
            found = read_line(line, where, source.line)
            yield make_article(
                found.text, article_id=source.id, path=shown, encoding=archive.encoding,
                reference_date=settings.reference_date, metadata=found, titled=settings.titled,
            )  # fmt: skip
        except FactxError as error:
            yield FactxError(error.message, where)
        except Exception as error:  # a bug on one odd line must not end the partition
            yield FactxError(f"internal error: {type(error).__name__}: {error}", where)


def _line_texts(archive: Archive, sources: Sequence[Source], max_bytes: int) -> list[str]:
    shown = encodable(archive.path)
    if archive.codec is None:  # rare: the whole file, read and cut as the driver did
        data = _file_bytes(archive.path, shown, max_bytes)
        if len(data) != archive.size:
            raise FactxError(CHANGED, shown)
        lines = {number: line for number, line, _ in numbered_lines(decode(data, shown)[0])}
        if any(s.line not in lines for s in sources):
            raise FactxError(CHANGED, shown)
        return [lines[s.line] for s in sources]
    first, last = sources[0].start, max(s.end for s in sources)
    data = _read_range(archive, shown, first, last, max_bytes)
    try:
        return [data[s.start - first : s.end - first].decode(archive.codec) for s in sources]
    except UnicodeDecodeError:
        raise FactxError(CHANGED, shown) from None


def _read_range(archive: Archive, shown: str, start: int, end: int, max_bytes: int) -> bytes:
    """Bytes `start` to `end` of the archive, checked as `_file_bytes` checks a whole file."""
    try:
        handle = os.open(archive.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(handle, "rb") as file:
            status = os.fstat(file.fileno())
            _check_regular(status, shown, max_bytes)
            if status.st_size != archive.size:
                raise FactxError(CHANGED, shown)
            file.seek(start)
            return file.read(end - start)
    except OSError as error:
        raise read_problem(error, shown) from None
