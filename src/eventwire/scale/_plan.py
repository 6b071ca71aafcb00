"""Cutting the input into tasks, on the client.

- A JSONL file of more than ``task_size`` lines is cut into line ranges: a plain file
  at the byte offsets where its lines start (found by one scan on the client; a worker
  seeks there), a gzipped one by line numbers (a worker decompresses from the start and
  passes over the lines before its own, which costs little next to coding).
- A WARC file (plain or gzipped) of more than ``task_size`` response records is cut
  into record ranges: a worker reads from the start, passing over the records before
  its own without extracting their pages (``read_warc``'s ``span``).
- The last tasks of the input's last file (as many as ``tail`` says: the cluster's
  worker threads) are cut in four, so that every worker has a short task at the end.
- Any other file (wire text, CSV, HTML, feeds) is one task, read by the same reader
  as ``eventwire ingest`` reads it. So is a feed URL.
- Standard input is read here and sent in chunks of ``task_size`` articles.
- A path that names nothing becomes a ``Skipped`` line, kept in its place, so that the
  messages come out in the order a local ingest gives them.

Lines keep their numbers in the file, so a bad line is reported as ``file.jsonl:17``
whichever task read it.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, TypeVar

from ..errors import InputError
from ..ingest import ReadReport, read_paths
from ..ingest._feed import is_url
from ..ingest._files import (
    GZIP_MAGIC,
    HEAD_SIZE,
    STDIN,
    expand,
    format_of,
    open_file,
)
from ..records import Article

BLOCK = 1 << 20  # bytes read at a time when scanning a file for its line starts
TAIL_PARTS = 4  # the last tasks of a run are cut in this many (see ``plan``)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_T = TypeVar("_T")


@dataclass(frozen=True)
class FileTask:
    """One input read whole, as ``eventwire ingest`` reads it: a file, an fsspec URL
    (``file://...``) or a feed URL."""

    path: str

    @property
    def label(self) -> str:
        return self.path


@dataclass(frozen=True)
class LinesTask:
    """Lines ``first`` (numbered from 1) up to ``stop`` (not included; None: the end)
    of a JSONL file. ``start_byte`` and ``end_byte`` are where they lie in a plain
    file; None for a gzipped one."""

    path: str
    first: int
    stop: int | None
    start_byte: int | None = None
    end_byte: int | None = None

    @property
    def label(self) -> str:
        last = "" if self.stop is None else str(self.stop - 1)
        return f"{self.path}:{self.first}-{last}"


@dataclass(frozen=True)
class RecordsTask:
    """Records ``first`` (numbered from 1) up to ``stop`` (not included; None: the
    end) of a WARC file, plain or gzipped: a worker reads from the start and passes
    over the records before its own without reading their pages."""

    path: str
    first: int
    stop: int | None

    @property
    def label(self) -> str:
        last = "" if self.stop is None else str(self.stop - 1)
        return f"{self.path} records {self.first}-{last}"


@dataclass(frozen=True)
class ArticlesTask:
    """Articles read already (standard input, or given by a caller)."""

    articles: tuple[Article, ...]

    @property
    def label(self) -> str:
        first, last = self.articles[0], self.articles[-1]
        name = first.origin or f"article {first.id}"
        if len(self.articles) == 1:
            return name
        return f"{name} .. {last.origin or f'article {last.id}'}"


@dataclass(frozen=True)
class Skipped:
    """An input that names nothing to read: its one-line message."""

    message: str


Task = FileTask | LinesTask | RecordsTask | ArticlesTask


def plan(
    paths: Sequence[str | os.PathLike[str]],
    report: ReadReport,
    task_size: int,
    tail: int = 0,
) -> Iterator[Task | Skipped]:
    """The tasks of ``paths``, in input order (planned as they are asked for).

    ``tail``: the last ``tail`` tasks of the input's last file (a JSONL or WARC file
    that is cut) are cut in ``TAIL_PARTS`` each, when ``task_size`` is a multiple of
    it. With ``tail`` the number of workers, the run ends on short tasks, one or more
    for each worker, instead of one worker coding a whole task alone while the others
    wait."""
    report.kept_languages = ("en",)
    for n, path in enumerate(paths):
        given = os.fspath(path)
        if given == STDIN:
            yield from chunks(read_paths([STDIN], report), task_size)
        elif is_url(given):
            yield FileTask(given)
        else:
            try:
                files = _expand_url(given) if _is_fsspec(given) else expand(given)
            except InputError as exc:
                yield Skipped(str(exc))
                continue
            for k, name in enumerate(files):
                last = n == len(paths) - 1 and k == len(files) - 1
                yield from _split(name, task_size, tail if last else 0)


def chunks(articles: Iterable[Article], size: int) -> Iterator[ArticlesTask]:
    """Articles in tasks of ``size``."""
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield ArticlesTask(tuple(chunk))
            chunk = []
    if chunk:
        yield ArticlesTask(tuple(chunk))


def _is_fsspec(given: str) -> bool:
    return "://" in given and not is_url(given)


def _expand_url(url: str) -> list[str]:
    """The files an fsspec URL names: a file, a folder (read recursively, article
    files only, sorted) or a glob."""
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
    except (ValueError, ImportError) as exc:
        raise InputError(
            f"{url}: cannot be opened ({exc}); expected a path or an fsspec URL "
            "the workers can read (file://...)."
        ) from None
    if fs.isdir(root):
        found = sorted(
            p
            for p in fs.find(root)
            if not any(part.startswith(".") for part in p.split("/"))
            and format_of(p)[0] is not None
        )
        if not found:
            raise InputError(
                f"{url}: no article files in this folder (looked for .txt, .jsonl, "
                ".csv, .html, .rss, .atom, .xml feeds and .warc files, gzipped or not)."
            )
        return [fs.unstrip_protocol(p) for p in found]
    if fs.exists(root):
        return [url]
    if any(c in root for c in "*?["):
        matched = sorted(fs.glob(root))
        if not matched:
            raise InputError(f"{url}: no files match this pattern.")
        return [fs.unstrip_protocol(p) for p in matched]
    raise InputError(f"{url}: no such file or directory.")


def open_input(name: str) -> tuple[IO[bytes], int | None]:
    """A file or an fsspec URL opened for reading, and its size when known."""
    if not _is_fsspec(name):
        return open_file(name)
    import fsspec

    try:
        f = fsspec.open(name, "rb").open()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file or directory.") from None
    except PermissionError:
        raise InputError(
            f"{name}: permission denied; expected a file you can read."
        ) from None
    size = getattr(f, "size", None)
    return f, size if isinstance(size, int) else None


def _split(name: str, task_size: int, tail: int = 0) -> Iterator[Task]:
    """One file's tasks: line ranges of a long JSONL file, record ranges of a WARC
    file of many pages, else the whole file. ``tail``: see ``plan``."""
    form, is_gzip = format_of(name)
    parts = TAIL_PARTS if tail and task_size % TAIL_PARTS == 0 else 1
    if form == "warc":
        yield from _split_warc(name, task_size // parts, parts, tail)
        return
    if form != "jsonl":
        yield FileTask(name)
        return
    try:
        starts = _tail_cut(_line_starts(name, is_gzip, task_size // parts), parts, tail)
    except (InputError, OSError):
        starts = []  # the worker's reader says what is wrong with it
    if not starts:
        yield FileTask(name)
        return
    bounds = [(1, 0), *starts]
    for i, (first, start) in enumerate(bounds):
        stop, end = bounds[i + 1] if i + 1 < len(bounds) else (None, None)
        if is_gzip:
            yield LinesTask(name, first, stop)
        else:
            yield LinesTask(name, first, stop, start, end)


def _tail_cut(starts: list[_T], parts: int, tail: int) -> list[_T]:
    """Of the cuts between pieces of a file (``starts``: where pieces 2, 3 ... start),
    those between tasks of ``parts`` pieces, and every cut in the last ``tail``
    tasks' worth of pieces."""
    if parts == 1:
        return starts
    pieces = len(starts) + 1
    return [
        at
        for i, at in enumerate(starts, 1)  # ``at`` starts piece i (from 0)
        if i % parts == 0 or i >= pieces - tail * parts
    ]


def _line_starts(name: str, is_gzip: bool, task_size: int) -> list[tuple[int, int]]:
    """(line number, byte offset) of every ``task_size``-th line start after the
    first; empty when the file is not worth cutting (or not safe to: UTF-16, binary,
    blank, not gzip data). A scan cut short by damaged data keeps the starts before
    the damage: the last task reads on to it and reports it."""
    f, _ = open_input(name)
    starts: list[tuple[int, int]] = []
    with f:
        stream: Any = f
        if is_gzip:
            if f.read(2) != GZIP_MAGIC:
                return []
            f.seek(0)
            stream = gzip.GzipFile(fileobj=f, mode="rb")
        lines = pos = 0
        seen_text = False
        try:
            head = stream.read(HEAD_SIZE)
            if (
                head.startswith(_UTF16_BOMS)
                or b"\x00" in head
                or (not is_gzip and head.startswith(GZIP_MAGIC))
            ):
                return []
            block = head
            while block:
                seen_text = seen_text or bool(block.strip())
                i = 0
                while True:
                    wanted = task_size * (len(starts) + 1) - lines
                    if block.count(b"\n", i) < wanted:
                        lines += block.count(b"\n", i)
                        break
                    for _ in range(wanted):
                        i = block.index(b"\n", i) + 1
                    lines += wanted
                    starts.append((lines + 1, pos + i))
                pos += len(block)
                block = stream.read(BLOCK)
        except (EOFError, zlib.error, gzip.BadGzipFile, OSError):
            pass
    if not seen_text:
        return []
    # a cut at the very end would make an empty task
    return [(n, at) for n, at in starts if at < pos]


def _split_warc(name: str, step: int, parts: int, tail: int) -> Iterator[Task]:
    try:
        starts = _tail_cut(_record_starts(name, step), parts, tail)
    except (InputError, OSError):
        starts = []
    if not starts:
        yield FileTask(name)
        return
    bounds = [1, *starts]
    for i, first in enumerate(bounds):
        yield RecordsTask(name, first, bounds[i + 1] if i + 1 < len(bounds) else None)


def _record_starts(name: str, task_size: int) -> list[int]:
    """The number of the record after every ``task_size``-th response record (a
    page, perhaps): where the next task starts. A scan cut short by damage keeps what
    it found before; the last task reads on to the damage and reports it."""
    from warcio.archiveiterator import ArchiveIterator

    from ..ingest._warc import _Guarded

    f, _ = open_input(name)
    starts: list[int] = []
    with f:
        stream: Any = f
        is_gzip = f.read(2) == GZIP_MAGIC
        f.seek(0)
        if is_gzip != format_of(name)[1]:
            return []  # .warc.gz that is not gzip data, or the other way round
        if is_gzip:
            stream = gzip.GzipFile(fileobj=f, mode="rb")
        number = responses = 0
        try:
            # piece by piece, ending at damaged gzip data, as the reader reads it
            guarded = _Guarded(stream)
            for record in ArchiveIterator(guarded, no_record_parse=True):
                number += 1
                if record.rec_type == "response":
                    responses += 1
                    if responses % task_size == 0:
                        starts.append(number + 1)
        except Exception:
            pass
    return [n for n in starts if n <= number]
