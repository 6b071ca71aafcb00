"""What a Dask worker does with a task: read its share of the input, code it, and send
back Arrow tables.

A worker builds one ``Coder`` (the spaCy model and the dictionaries) the first time it
is given a task, and keeps it for every later task (``pipeline.shared_coder``).
Articles the store holds already with the same content are not coded: the client
sends each worker, once per run, the keys of what is stored (``RunPlugin``); the
client checks each of them again against the store itself before it counts them.

A task's result (``Part``) is three things: ``articles`` (an Arrow table: the articles
read, in order, with their content hash and whether the worker found them stored),
``events`` (an Arrow table: each event's record as JSON, its article's row and its
trigger's token index) and ``read`` (what reading counted and skipped).
"""

from __future__ import annotations

import ctypes
import gc
import gzip
import hashlib
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any

from distributed import WorkerPlugin

from .._cache import paused_gc
from ..errors import InputError
from ..ingest import ReadReport, _read_file
from ..ingest._feed import fetch_feed, is_url
from ..ingest._files import (
    GZIP_MAGIC,
    LINE_LIMIT,
    Peeked,
    Source,
    gzip_error,
)
from ..ingest._jsonl import read_jsonl_lines
from ..ingest._language import detect_language, language_tag
from ..ingest._warc import read_warc
from ..records import Actor, Article, Event, Evidence, Modality, Place
from ..store import content_hash
from ._plan import ArticlesTask, LinesTask, RecordsTask, Task, open_input

ARTICLE_COLUMNS = ("id", "text", "title", "published", "source", "url", "language")
_KEYS: dict[str, Any] = {}  # run id -> sorted uint64 keys of the stored articles
_CODED = [0]  # articles this process has coded (``coded_articles``)


def coded_articles() -> int:
    """How many articles this worker process has coded, all runs together (a figure
    to watch with ``client.run(coded_articles)``)."""
    return _CODED[0]


def stored_key(article_id: str, digest: str) -> int:
    """An article id and content hash as one 64-bit key."""
    h = hashlib.blake2b(f"{article_id}\x1f{digest}".encode(), digest_size=8)
    return int.from_bytes(h.digest(), "little")


def stored_keys(hashes: dict[str, str]) -> bytes:
    """The keys of a store's articles, sorted, as bytes (what ``RunPlugin`` carries)."""
    import numpy as np

    keys = np.fromiter(
        (stored_key(i, d) for i, d in hashes.items()),
        dtype=np.uint64,
        count=len(hashes),
    )
    keys.sort()
    return keys.tobytes()


class RunPlugin(WorkerPlugin):  # type: ignore[misc]
    """Sets a run's stored keys up on every worker, those that join later too."""

    def __init__(self, run_id: str, keys: bytes) -> None:
        self.run_id = run_id
        self.keys = keys

    def setup(self, worker: Any) -> None:
        import numpy as np

        _KEYS[self.run_id] = np.frombuffer(self.keys, dtype=np.uint64)

    def teardown(self, worker: Any) -> None:
        _KEYS.pop(self.run_id, None)


@dataclass
class Part:
    """What one task sends back."""

    articles: Any  # pyarrow.Table
    events: Any  # pyarrow.Table
    read: dict[str, Any] = field(default_factory=dict)


def run_task(run_id: str, task: Task, model: str | None, statements: bool) -> Part:
    """Read, code and tabulate one task (on a worker)."""
    import numpy as np

    if not _TUNED:
        _tune_malloc()
    report = ReadReport()
    articles = list(_articles(task, report))
    keys = _KEYS.get(run_id)
    digests = [content_hash(a) for a in articles]
    stored = [False] * len(articles)
    if keys is not None and len(keys):
        wanted = np.array(
            [stored_key(a.id, d) for a, d in zip(articles, digests, strict=True)],
            dtype=np.uint64,
        )
        at = np.searchsorted(keys, wanted).clip(max=len(keys) - 1)
        stored = (keys[at] == wanted).tolist()
    fresh = [a for a, s in zip(articles, stored, strict=True) if not s]
    coded = _code(worker_coder(model, statements), fresh, report)
    _CODED[0] += len(coded)
    return _part(articles, digests, stored, coded, report)


_BUILT: set[tuple[str | None, bool]] = set()


def worker_coder(model: str | None, statements: bool) -> Any:
    """This process's ``Coder`` (``pipeline.shared_coder``). The first time, it is
    built with the garbage collector paused, and then everything the process holds is
    frozen (``gc.freeze``): the model, dictionaries and gazetteer live as long as the
    worker, and collections need not walk them (see ``_preload``)."""
    from ..pipeline import shared_coder

    key = (model, statements)
    if key in _BUILT:
        return shared_coder(model, statements)
    with paused_gc():
        coder = shared_coder(model, statements)
    _BUILT.add(key)
    gc.freeze()
    return coder


_TUNED: list[bool] = []


def _tune_malloc() -> None:
    """Give glibc's malloc back its dynamic thresholds. Dask's nanny starts workers
    with MALLOC_TRIM_THRESHOLD_=65536, which fixes them low: memory goes back to the
    system sooner, but coding runs about 18% slower (spaCy allocates and frees large
    arrays all the time). Measured: 400 articles in 5.85 s with it, 5.07 s after this,
    4.9-5.1 s in a process without it."""
    _TUNED.append(True)
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc: nothing to undo
        return
    libc.mallopt(_M_TRIM_THRESHOLD, 64 << 20)
    libc.mallopt(_M_MMAP_THRESHOLD, 32 << 20)  # glibc's own upper bound


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # mallopt's parameter numbers


def _code(
    coder: Any, articles: list[Article], report: ReadReport
) -> dict[int, list[Event]]:
    """Events by position in ``articles``; an article whose coding raises is left out
    with one line in ``report.skipped`` (the rest are coded)."""
    from ..pipeline import Result, coding_failed

    try:
        results = list(coder.code(articles))
    except Exception:
        # a fault outside one article's coding (its layout, its parse): each alone
        results = []
        for article in articles:
            try:
                results.extend(coder.code([article]))
            except Exception as exc:
                results.append(Result(article, [], coding_failed(article, exc)))
    out: dict[int, list[Event]] = {}
    for i, result in enumerate(results):
        if result.error is None:
            out[i] = result.events
        else:
            report.skipped.append(result.error)
    return out


def _part(
    articles: list[Article],
    digests: list[str],
    stored: list[bool],
    coded: dict[int, list[Event]],
    report: ReadReport,
) -> Part:
    import pyarrow as pa

    fresh = [i for i, s in enumerate(stored) if not s]
    failed = {i for n, i in enumerate(fresh) if n not in coded}
    keep = [i for i in range(len(articles)) if i not in failed]
    events_of = {fresh[n]: evs for n, evs in coded.items()}
    rows = [articles[i] for i in keep]
    table = pa.table(
        {
            **{
                c: pa.array([getattr(a, c) for a in rows], pa.string())
                for c in ARTICLE_COLUMNS
            },
            "origin": pa.array([a.origin for a in rows], pa.string()),
            "content_hash": pa.array([digests[i] for i in keep], pa.string()),
            "stored": pa.array([stored[i] for i in keep], pa.bool_()),
            "coded": pa.array([i in events_of for i in keep], pa.bool_()),
        }
    )
    row_of, records, triggers = [], [], []
    for row, i in enumerate(keep):
        for event in events_of.get(i, []):
            row_of.append(row)
            records.append(json.dumps(event.to_dict(), ensure_ascii=False))
            triggers.append(event.trigger_index)
    events = pa.table(
        {
            "article": pa.array(row_of, pa.int32()),
            "record": pa.array(records, pa.string()),
            "trigger_index": pa.array(triggers, pa.int32()),
        }
    )
    read = {
        "articles": report.articles,
        "skipped": list(report.skipped),
        "not_english": report.not_english,
        "languages": dict(report.languages),
        "empty_pages": report.empty_pages,
    }
    return Part(table, events, read)


def unpack(part: Part) -> Iterator[tuple[Article, bool, list[Event] | None]]:
    """(article, stored by the worker's reckoning, its events or None when not
    coded) for each article of a part, in input order (on the client)."""
    articles = part.articles.to_pylist()
    events: list[list[Event]] = [[] for _ in articles]
    columns = part.events.to_pydict()
    for row, record, trigger in zip(
        columns["article"], columns["record"], columns["trigger_index"], strict=True
    ):
        events[row].append(event_from_record(json.loads(record), trigger))
    for row, values in enumerate(articles):
        article = Article(
            **{c: values[c] for c in ARTICLE_COLUMNS}, origin=values["origin"]
        )
        yield article, values["stored"], events[row] if values["coded"] else None


def merge_read(report: ReadReport, read: dict[str, Any]) -> None:
    """Add what a task's reading counted to the run's report."""
    report.articles += read.get("articles", 0)
    report.skipped.extend(read.get("skipped", []))
    report.not_english += read.get("not_english", 0)
    for language, n in read.get("languages", {}).items():
        report.languages[language] = report.languages.get(language, 0) + n
    report.empty_pages += read.get("empty_pages", 0)


def event_from_record(record: dict[str, Any], trigger_index: int) -> Event:
    """The ``Event`` a record was made from (its id is checked)."""

    def actor(d: dict[str, Any] | None) -> Actor | None:
        return None if d is None else Actor(**d)

    location = record.get("location")
    event = Event(
        article_id=record["article_id"],
        sentence=record["sentence"],
        actor=Actor(**record["actor"]),
        recipient=actor(record.get("recipient")),
        cameo=record["cameo"],
        cameo_name=record["cameo_name"],
        goldstein=record["goldstein"],
        quad_class=record["quad_class"],
        plover=record["plover"],
        modality=Modality(**record["modality"]),
        evidence=Evidence(**record["evidence"]),
        date=record["date"],
        date_precision=record["date_precision"],
        location=Place(**location) if location else None,
        confidence=record["confidence"],
        mentions=[dict(m) for m in record["mentions"]],
        counts=dict(record["counts"]),
        trigger_index=trigger_index,
    )
    if event.event_id != record["event_id"]:
        raise ValueError(
            f"event {record['event_id']} came back as {event.event_id}: "
            "its record does not make the same event"
        )
    return event


# -- reading a task's share ---------------------------------------------------------------
def _articles(task: Task, report: ReadReport) -> Iterator[Article]:
    """The task's articles in the languages ingest keeps, as ``read_paths`` gives them."""
    if isinstance(task, ArticlesTask):
        yield from task.articles  # read (and counted) by the client
        return
    if isinstance(task, LinesTask):
        found: Iterable[Article] = _read_lines(task, report)
    elif isinstance(task, RecordsTask):
        found = _read_records(task, report)
    elif is_url(task.path):
        found = fetch_feed(task.path, report.skipped)
    elif "://" in task.path:
        found = _read_url(task.path, report)
    else:
        found = _read_file(task.path, report)
    for article in found:
        language = language_tag(article.language) or detect_language(article.text)
        if language != "en":
            report.skip_language(language)
            continue
        report.articles += 1
        yield replace(article, language=language)


def _read_url(name: str, report: ReadReport) -> Iterator[Article]:
    """A whole file named by an fsspec URL, as ``_read_file`` reads a local one."""
    return _read_file(name, report, opener=open_input)


class _Window:
    """At most ``size`` bytes of a stream (all of it for None)."""

    def __init__(self, raw: Any, size: int | None) -> None:
        self._raw = raw
        self._left = size

    def _room(self, size: int) -> int:
        if self._left is None:
            return size
        return self._left if size is None or size < 0 else min(size, self._left)

    def read(self, size: int = -1, /) -> bytes:
        data: bytes = self._raw.read(self._room(size))
        if self._left is not None:
            self._left -= len(data)
        return data

    def readline(self, size: int = -1, /) -> bytes:
        data: bytes = self._raw.readline(self._room(size))
        if self._left is not None:
            self._left -= len(data)
        return data


def _source_at(name: str, raw: Any, offset: int) -> Source:
    """A ``Source`` that starts mid-file: no head to look at (the whole file's head
    was looked at when the tasks were planned), offsets counted from ``offset``."""
    source = Source.__new__(Source)
    source.name = name
    source.size = None
    source._raw = raw
    source.offset = offset
    source.head = source._buf = b""
    return source


def _read_lines(task: LinesTask, report: ReadReport) -> Iterator[Article]:
    name = task.path
    try:
        f, _ = open_input(name)
        with f:
            if task.start_byte is None:  # gzipped: pass over the lines before ours
                raw: Any = gzip.GzipFile(fileobj=f, mode="rb")
                offset = 0
                for _ in range(task.first - 1):
                    while (line := raw.readline(1 << 20)) and not line.endswith(b"\n"):
                        offset += len(line)
                    offset += len(line)
            else:
                f.seek(task.start_byte)
                end = task.end_byte
                raw = _Window(f, None if end is None else end - task.start_byte)
                offset = task.start_byte
            if task.first == 1:
                source = Source(name, raw)
            else:
                source = _source_at(name, raw, offset)
            lines: Iterable[Any] = (
                replace(line, number=line.number + task.first - 1)
                for line in source.lines(LINE_LIMIT)
            )
            if task.stop is not None:
                lines = islice(lines, task.stop - task.first)
            yield from read_jsonl_lines(name, lines, report.skipped)
    except InputError as e:
        report.skipped.append(str(e))
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        report.skipped.append(gzip_error(name, e))
    except OSError as e:
        report.skipped.append(f"{name}: cannot be read ({e.strerror or e}).")


def _read_records(task: RecordsTask, report: ReadReport) -> Iterator[Article]:
    """The pages of a range of a WARC file's records, as ``_read_stream`` reads them."""
    name = task.path
    try:
        f, _ = open_input(name)
        with f:
            stream: Any = Peeked(f)
            if stream.head.startswith(GZIP_MAGIC):
                stream = gzip.GzipFile(fileobj=stream, mode="rb")
            yield from read_warc(name, stream, report, (task.first, task.stop))
    except InputError as e:
        report.skipped.append(str(e))
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        report.skipped.append(gzip_error(name, e))
    except OSError as e:
        report.skipped.append(f"{name}: cannot be read ({e.strerror or e}).")
