"""The public API: ``code``, ``code_many`` and ``Store`` (see ``eventwire/__init__``).

Nothing costly is imported here: the spaCy model is loaded when coding is first asked
for, DuckDB and Arrow when a store is first used.
"""

from __future__ import annotations

import difflib
import os
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import InputError
from .records import Article

Text = str | Article | Mapping[str, Any]


def code(
    text_or_article: Text,
    date: str | None = None,
    *,
    model: str | None = None,
    statements: bool = False,
) -> list[dict[str, Any]]:
    """The event records (``design.md``) of one article: a text (plain, or in the wire
    layout with its title and date line), an ``Article``, or a dict with ``text`` and
    optionally ``id``, ``title``, ``date``, ``source``, ``url``. ``date``
    (YYYY-MM-DD) is the publication date, for relative dates ("on Tuesday")::

        eventwire.code("Kenya and Uganda signed a trade deal.", date="2024-03-05")
    """
    from .pipeline import shared_coder

    article = _article(text_or_article, date, "text")
    [result] = shared_coder(model, statements).code([article])
    return [event.to_dict() for event in result.events]


def code_many(
    items: Iterable[Text],
    *,
    workers: int = 1,
    cluster: Any = None,
    model: str | None = None,
    statements: bool = False,
) -> Iterator[dict[str, Any]]:
    """The event records of many articles (texts, ``Article``s or dicts, as ``code``
    takes them), in input order: with ``workers`` processes on this machine, or on a
    Dask cluster (``cluster="local:2"``, ``"tcp://scheduler:8786"`` or a
    ``distributed.Client``; needs ``eventwire[scale]``)."""
    articles = (_article(item, None, f"item {i + 1}") for i, item in enumerate(items))
    if cluster is not None:
        if workers != 1:
            raise InputError("give workers or cluster, not both.")
        from .scale import code_on_cluster

        for _, events in code_on_cluster(
            articles, cluster, model=model, statements=statements
        ):
            yield from (event.to_dict() for event in events)
        return
    from .pipeline import code_articles

    for result in code_articles(
        articles, workers=workers, model=model, statements=statements
    ):
        if result.error is not None:
            warnings.warn(result.error, stacklevel=2)
        yield from (event.to_dict() for event in result.events)


def _article(item: Text, date: str | None, where: str) -> Article:
    """An ``Article`` from what a caller gave."""
    from .ingest import read_text
    from .ingest._fields import article_from_record

    if isinstance(item, Article):
        article = item
    elif isinstance(item, str):
        article = read_text(item, where)
    elif isinstance(item, Mapping):
        article = article_from_record(item, where)
    else:
        raise InputError(
            f"{where} is {type(item).__name__}; expected a text, an Article or a dict "
            'with "text".'
        )
    if date is not None:
        from datetime import date as day

        try:
            published = day.fromisoformat(str(date)).isoformat()
        except ValueError:
            raise InputError(
                f'date is "{date}"; expected an ISO 8601 date like "2014-12-16".'
            ) from None
        article = replace(article, published=published)
    return article


@dataclass
class Ingested:
    """What ``Store.ingest`` did: the counts of ``pipeline.IngestReport``, what
    reading skipped (``read.skipped``: one line each), and what the store holds now."""

    articles: int = 0  # articles read
    coded: int = 0  # coded and stored now
    unchanged: int = 0  # stored already with the same content
    replaced: int = 0  # stored before with other content
    events: int = 0  # events coded
    new_events: int = 0  # happenings not stored before
    mentions: int = 0
    skipped: list[str] = field(default_factory=list)
    stored_articles: int = 0
    stored_events: int = 0


def _filter_names() -> tuple[str, ...]:
    from .query import Filters

    return tuple(f.name for f in fields(Filters))


class Store:
    """An event store: a DuckDB file (``eventwire.duckdb``), or a folder of Parquet
    written by ``eventwire export --format parquet`` (read only).

    The file is opened for each call and closed after it, so the command line (or
    another notebook) can use it in between::

        store = eventwire.Store("events.duckdb")
        store.ingest(["news/2024-03.jsonl"], workers=2)
        store.query(actors=["RUS"], codes=["19"]).to_pandas()
        store.series(dyad="RUS:UKR", by="week", measure="goldstein")
    """

    def __init__(self, path: str | os.PathLike[str] = "eventwire.duckdb") -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    @property
    def is_lake(self) -> bool:
        """Is this a folder of Parquet files (an export) rather than a DuckDB file?"""
        return self.path.is_dir()

    def ingest(
        self,
        source: str | os.PathLike[str] | Iterable[Any],
        *,
        workers: int = 1,
        cluster: Any = None,
        model: str | None = None,
        statements: bool = False,
        batch_size: int | None = None,
        task_size: int | None = None,
        progress: Any = None,
        report: Any = None,
    ) -> Ingested:
        """Code what the store does not hold yet and add it, as ``eventwire ingest``.

        ``source``: a path (file, folder, glob, ``-``) or a list of them, or articles
        (``Article``s or dicts with ``text``). ``workers`` processes here, or
        ``cluster`` (an address or a ``distributed.Client``). Inputs that cannot be
        read are skipped, one line each in ``.skipped``; a store that cannot be
        written raises ``StoreError``. ``batch_size``: articles a transaction (100,
        or 500 with a cluster; a batch is also written every 2 seconds).
        ``progress(report)`` is called as it goes; ``report`` is the ``ReadReport``
        to fill (a new one by default)."""
        if self.is_lake:
            raise InputError(f"{self.path}: a Parquet folder is read-only.")
        if cluster is not None and workers != 1:
            raise InputError("give workers or cluster, not both.")
        if cluster is not None:
            from .scale import DEFAULT_BATCH_SIZE, prestart

            prestart(cluster)  # local:N: the model loads while the rest starts
            if batch_size is None:
                batch_size = DEFAULT_BATCH_SIZE
        from .ingest import ReadReport, read_paths
        from .store import EventStore

        report = ReadReport() if report is None else report
        paths = _paths(source)
        if batch_size is None:
            batch_size = 100
        with EventStore(self.path, batch_size=batch_size) as store:
            if cluster is not None:
                from .scale import DEFAULT_TASK_SIZE, ingest_on_cluster

                done = ingest_on_cluster(
                    paths
                    if paths is not None
                    else (
                        _article(a, None, f"item {i + 1}") for i, a in enumerate(source)
                    ),  # type: ignore[arg-type]
                    store,
                    cluster,
                    report=report,
                    model=model,
                    statements=statements,
                    progress=progress,
                    task_size=task_size or DEFAULT_TASK_SIZE,
                    paths=paths is not None,
                )
            else:
                from .pipeline import ingest  # spaCy: not for a cluster's client

                articles = (
                    read_paths(paths, report)
                    if paths is not None
                    else (
                        _article(a, None, f"item {i + 1}")
                        for i, a in enumerate(source)  # type: ignore[arg-type]
                    )
                )
                done = ingest(
                    articles,
                    store,
                    workers=workers,
                    model=model,
                    statements=statements,
                    progress=progress,
                    report=report,
                )
            stored = (store.count("articles"), store.count("events"))
        out = Ingested(**{f.name: getattr(done, f.name) for f in fields(done)})
        out.skipped = list(report.skipped)
        out.stored_articles, out.stored_events = stored
        return out

    def query(
        self, *, limit: int | None = None, order: str = "date", **filters: Any
    ) -> Any:
        """The events that pass the filters, as an Arrow table (one row per event,
        with ``num_mentions``, ``num_sources`` and ``num_articles``). Filters are those
        of ``eventwire.query.Filters``: ``actors``, ``recipients``, ``codes``,
        ``plover``, ``quad``, ``countries``, ``date_from``, ``date_to``, ``text``,
        ``include_negated``, ``include_hypothetical``, ``include_historical``."""
        from .query import events_sql
        from .query._events import _check_args

        chosen = _filters(filters)
        _check_args(chosen, limit, order)
        with self._reading() as con:
            sql, params = events_sql(con, chosen, limit=limit, order=order)
            return _table(con.sql(sql, params=params))

    def series(
        self,
        *,
        dyad: str | tuple[str, str] | None = None,
        actor: str | None = None,
        country: str | None = None,
        by: str = "week",
        measure: str = "count",
        **filters: Any,
    ) -> Any:
        """Events per day, week or month (``eventwire series``), as an Arrow table:
        ``period`` and ``count`` (``goldstein_sum`` and ``goldstein_mean`` with
        ``measure="goldstein"``, ``quad1`` .. ``quad4`` with ``measure="quad"``)."""
        import pyarrow as pa

        from .query import series

        with self._reading() as con:
            rows = series(
                con,
                dyad=dyad,
                actor=actor,
                country=country,
                by=by,  # type: ignore[arg-type]
                measure=measure,  # type: ignore[arg-type]
                filters=_filters(filters),
            )
        types = {"period": pa.date32(), "goldstein_sum": pa.float64()}
        types["goldstein_mean"] = pa.float64()
        return pa.table(
            {
                c: pa.array([row[c] for row in rows], types.get(c, pa.int64()))
                for c in rows.columns
            }
        )

    @contextmanager
    def _reading(self) -> Iterator[Any]:
        from .query import connect

        with connect(self.path) as con:
            yield con


def _filters(given: dict[str, Any]) -> Any:
    from .query import Filters

    names = _filter_names()
    for name in given:
        if name not in names:
            close = difflib.get_close_matches(name, names, n=1)
            hint = f' Did you mean "{close[0]}"?' if close else ""
            raise InputError(
                f'"{name}" is not a filter; expected one of {", ".join(names)}.{hint}'
            )
    return Filters(**given)


def _paths(source: Any) -> Sequence[str] | None:
    """The paths ``source`` names, or None when it holds articles."""
    if isinstance(source, (str, os.PathLike)):
        return [os.fspath(source)]
    if isinstance(source, (list, tuple)) and all(
        isinstance(s, (str, os.PathLike)) for s in source
    ):
        return [os.fspath(s) for s in source]
    return None


def _table(relation: Any) -> Any:
    """A DuckDB result as an Arrow table (``arrow()`` gives a reader in DuckDB 2)."""
    found = relation.arrow()
    return found.read_all() if hasattr(found, "read_all") else found
