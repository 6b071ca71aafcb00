"""The corpus commands: ``query``, ``series`` and ``export`` over the event store.

A thin shell over ``eventwire.query`` and ``eventwire.export``; ``register(main)`` adds
the commands to the main ``eventwire`` group. The store is opened read-only.

Exit status: 0 on success; 1 when the store cannot be read or an output written; 2 on
misuse (an unknown format, a date that is not ISO, ``--dyad`` without a colon, a
missing database file ...), with a one-line message naming the parameter.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any, NoReturn

import click

from .errors import EventwireError, InputError
from .events.ontology import PLOVER_CATEGORIES

DEFAULT_DB = "eventwire.duckdb"
QUERY_FORMATS = ("table", "jsonl", "csv")


def register(group: click.Group) -> click.Group:
    """Add ``query``, ``series`` and ``export`` to ``group`` (the main CLI)."""
    for command in (query, series, export):
        group.add_command(command)
    return group


def _fail(message: str) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


@contextmanager
def _errors() -> Iterator[None]:
    """Library errors as the CLI's: misuse exits 2, a store that cannot be read 1."""
    try:
        yield
    except InputError as exc:
        raise click.UsageError(str(exc)) from None
    except EventwireError as exc:
        _fail(str(exc))


class IsoDate(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: Any, ctx: Any) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(
                f'"{value}" is not a date; expected YYYY-MM-DD like "2014-12-16".',
                param,
                ctx,
            )


def _checked(normalize: Callable[[Any], Any]) -> Callable[[Any, Any, Any], Any]:
    """A click callback that runs a query-layer check on an option's value."""

    def callback(ctx: Any, param: Any, value: Any) -> Any:
        if value is None or value == ():
            return value
        try:
            return normalize(value)
        except InputError as exc:
            raise click.BadParameter(str(exc), ctx=ctx, param=param) from None

    return callback


def _codes(value: Any) -> Any:
    from .query._filters import _codes as check

    return check(value)


def _actors(value: Any) -> Any:
    from .query._filters import _actor_prefixes

    return _actor_prefixes(value, "actor")


def _countries(value: Any) -> Any:
    from .query._filters import _countries as check

    return check(value)


def _dyad(value: str) -> tuple[str, str]:
    from .query._filters import _actor_prefixes

    if value.count(":") != 1:
        raise InputError(
            f'"{value}" is not a dyad; expected ACTOR:RECIPIENT code prefixes with one '
            'colon, like "RUS:UKR".'
        )
    a, b = value.split(":")
    if not a.strip() or not b.strip():
        raise InputError(
            f'"{value}" needs an actor and a recipient prefix around the colon, like '
            '"RUS:UKR".'
        )
    return _actor_prefixes(a, "actor")[0], _actor_prefixes(b, "recipient")[0]


def _db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        type=click.Path(exists=True),
        default=DEFAULT_DB,
        show_default=True,
        help="The event store (a DuckDB file, or a Parquet folder written by export "
        "--format parquet), opened read-only.",
    )(f)


_MODALITY_OPTIONS = [
    click.option(
        "--include-hypothetical",
        is_flag=True,
        help="Keep hypothetical and conditional events (left out by default).",
    ),
    click.option(
        "--include-historical",
        is_flag=True,
        help="Keep historical background events (left out by default).",
    ),
    click.option(
        "--include-negated",
        is_flag=True,
        help="Keep negated events, that the text says did not happen (left out by "
        "default).",
    ),
]
_DATE_OPTIONS = [
    click.option(
        "--from",
        "--since",
        "date_from",
        type=IsoDate(),
        help="First event date, included (YYYY-MM-DD).",
    ),
    click.option(
        "--to",
        "--until",
        "date_to",
        type=IsoDate(),
        help="Last event date, included (YYYY-MM-DD).",
    ),
]
_TYPE_OPTIONS = [
    click.option(
        "--code",
        "codes",
        multiple=True,
        metavar="PREFIX",
        callback=_checked(_codes),
        help="CAMEO code prefix (04, 0871); repeat for several.",
    ),
    click.option(
        "--plover",
        type=click.Choice(sorted(PLOVER_CATEGORIES), case_sensitive=False),
        help="PLOVER category.",
    ),
    click.option(
        "--quad",
        type=click.IntRange(1, 4),
        help="QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal "
        "conflict, 4 material conflict.",
    ),
]
_WHO_OPTIONS = [
    click.option(
        "--actor",
        "actors",
        multiple=True,
        metavar="PREFIX",
        callback=_checked(_actors),
        help="Actor code prefix (RUS, SYRGOV); repeat for several (any of them).",
    ),
    click.option(
        "--recipient",
        "recipients",
        multiple=True,
        metavar="PREFIX",
        callback=_checked(_actors),
        help="Recipient code prefix; repeat for several (any of them).",
    ),
    click.option(
        "--country",
        "countries",
        multiple=True,
        metavar="ISO3",
        callback=_checked(_countries),
        help="Country of the actor, the recipient or the location (ISO3); repeatable.",
    ),
]
_TEXT_OPTION = click.option(
    "--text",
    metavar="WORDS",
    help="Words the evidence sentence contains (case-insensitive, taken literally).",
)


def _options(options: Iterable[Callable[..., Any]]) -> Callable[..., Any]:
    def apply(f: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(list(options)):
            f = option(f)
        return f

    return apply


_FILTER_OPTIONS = _options(
    [*_WHO_OPTIONS, *_TYPE_OPTIONS, *_DATE_OPTIONS, *_MODALITY_OPTIONS, _TEXT_OPTION]
)


def _filters(**kwargs: Any) -> Any:
    from .query import Filters

    for many in ("actors", "recipients", "codes", "countries"):
        kwargs[many] = tuple(kwargs.get(many) or ())
    for one in ("plover", "quad"):
        if kwargs.get(one) is not None:
            kwargs[one] = (kwargs[one],)
        else:
            kwargs.pop(one, None)
    with _errors():
        return Filters(**kwargs)


@click.command("query")
@_db_option
@_FILTER_OPTIONS
@click.option("--limit", type=click.IntRange(min=0), help="At most this many events.")
@click.option(
    "--order",
    type=click.Choice(["date", "-date", "mentions", "goldstein", "-goldstein"]),
    default="date",
    show_default=True,
    help="Order of the events (-date: newest first; mentions: most reported first).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(QUERY_FORMATS),
    help="Output format (default: table, or from the -o file name: .jsonl, .csv).",
)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False),
    help="Write to this file (default: print).",
)
def query(
    db: str, limit: int | None, order: str, fmt: str | None, out: str | None, **kw: Any
) -> None:
    """Find events in the store.

    By default negated, hypothetical and historical events are left out; the
    --include-... switches keep them. JSONL output is the event record of design.md;
    CSV has the columns of "eventwire code --format csv".
    """
    from .query import iter_events

    filters = _filters(**kw)
    fmt = fmt or _format_for(out)
    n = 0
    with _errors():
        rows = iter_events(
            db, filters, limit=limit, order=order, with_record=fmt != "table"
        )
        if fmt == "table":
            found = list(rows)
            n = len(found)
            with _output(out) as fh:
                _print_table(found, fh)
        else:
            with _output(out) as fh:
                n = _write_records(fmt, (row["record"] for row in rows), fh)
    note = " (the limit)" if limit is not None and n == limit else ""
    click.echo(f"{n} event{'s' if n != 1 else ''}{note}.", err=True)


@click.command("series")
@_db_option
@click.option(
    "--dyad",
    metavar="A:B",
    callback=_checked(_dyad),
    help="Events from actor prefix A to recipient prefix B, like RUS:UKR.",
)
@click.option(
    "--actor",
    metavar="PREFIX",
    callback=_checked(lambda value: _actors(value)[0]),
    help="Events by this actor code prefix.",
)
@click.option(
    "--country",
    metavar="ISO3",
    callback=_checked(lambda value: _countries(value)[0]),
    help="Events whose actor, recipient or location is in this country.",
)
@click.option(
    "--by",
    type=click.Choice(["day", "week", "month"]),
    default="week",
    show_default=True,
    help="Period (weeks start on Monday).",
)
@click.option(
    "--measure",
    type=click.Choice(["count", "goldstein", "quad"]),
    default="count",
    show_default=True,
    help="count: events; goldstein: Goldstein sum and mean; quad: events per "
    "QuadClass.",
)
@_options([*_TYPE_OPTIONS[:2], *_DATE_OPTIONS, *_MODALITY_OPTIONS])
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False),
    help="Write the series as CSV to this file (default: print CSV).",
)
@click.option(
    "--plot",
    type=click.Path(dir_okay=False),
    help="Also draw the series as a PNG chart in this file.",
)
def series(
    db: str,
    dyad: tuple[str, str] | None,
    actor: str | None,
    country: str | None,
    by: str,
    measure: str,
    out: str | None,
    plot: str | None,
    **kw: Any,
) -> None:
    """Events per day, week or month for a dyad, an actor or a country.

    Every period of the range is a row (zeros where nothing happened); the range is
    --from to --to, or the first to the last event. Negated, hypothetical and
    historical events are not counted unless an --include-... switch says so.
    """
    from .query import plot_series, write_series_csv
    from .query import series as run_series

    chosen = [
        name
        for name, value in (
            ("--dyad", dyad),
            ("--actor", actor),
            ("--country", country),
        )
        if value
    ]
    if len(chosen) != 1:
        raise click.UsageError(
            "give one of --dyad A:B, --actor A and --country C"
            + (f", not {' and '.join(chosen)}." if chosen else ".")
        )
    filters = _filters(**kw)
    with _errors():
        rows = run_series(
            db,
            dyad=dyad,
            actor=actor,
            country=country,
            by=by,  # type: ignore[arg-type]
            measure=measure,  # type: ignore[arg-type]
            filters=filters,
        )
        with _output(out) as fh:
            write_series_csv(rows, fh)
        if plot:
            try:
                plot_series(rows, plot)
            except OSError as exc:
                _fail(f"{plot}: cannot write ({exc.strerror}).")
    total = sum(row["count"] for row in rows)
    click.echo(
        f"{rows.title}: {len(rows)} period{'s' if len(rows) != 1 else ''}, "
        f"{total} event{'s' if total != 1 else ''}"
        + (f"; chart in {plot}" if plot else "")
        + ".",
        err=True,
    )


@click.command("export")
@_db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["parquet", "gdelt", "plover", "csv", "jsonl"]),
    required=True,
    help="parquet: a folder partitioned by month; gdelt: GDELT 2.0 Event TSV; "
    "plover: PLOVER JSONL; csv; jsonl: the event records.",
)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(),
    required=True,
    help="The file to write (parquet: a new folder).",
)
@_FILTER_OPTIONS
@click.option(
    "--all",
    "every",
    is_flag=True,
    help="Every event, negated, hypothetical and historical ones too (all three "
    "--include-... switches).",
)
@click.option(
    "--header",
    is_flag=True,
    help="gdelt: write a header row of column names (GDELT's own files have none).",
)
@click.option(
    "--country-codes",
    type=click.Choice(["fips", "iso3"]),
    default="fips",
    show_default=True,
    help="gdelt: country codes of the event's place (GDELT uses FIPS 10-4).",
)
def export(
    db: str,
    fmt: str,
    out: str,
    every: bool,
    header: bool,
    country_codes: str,
    **kw: Any,
) -> None:
    """Export events: Parquet, GDELT 2.0 TSV, PLOVER JSONL, CSV or JSONL.

    The filters are those of "query", with its default: negated, hypothetical and
    historical events are left out unless --all or an --include-... switch keeps them.
    """
    from .export import export as run_export
    from .query import count_events

    filters = _filters(**kw)
    if every:
        filters = filters.with_all_modalities()
    with _errors():
        result = run_export(
            db,
            fmt,
            out,
            filters,
            header=header,
            country_codes=country_codes,  # type: ignore[arg-type]
        )
        left_out = count_events(db, filters.with_all_modalities()) - count_events(
            db, filters
        )
    n = result.events
    summary = f"exported {n} event{'s' if n != 1 else ''} to {out} ({fmt})"
    if result.skipped:
        summary += (
            f"; {result.skipped} without a PLOVER category (CAMEO 01x statements) "
            "not written"
        )
    if left_out:
        summary += (
            f"; {left_out} negated, hypothetical or historical "
            f"event{'s' if left_out != 1 else ''} left out (--all keeps them)"
        )
    click.echo(summary + ".", err=True)


def _format_for(out: str | None) -> str:
    if not out or out == "-":
        return "table"
    suffix = Path(out).suffix.lower()
    return {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl"}.get(
        suffix, "table"
    )


@contextmanager
def _output(out: str | None) -> Iterator[IO[str]]:
    if out is None or out == "-":
        yield sys.stdout
        return
    try:
        fh = open(out, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as exc:
        _fail(f"{out}: cannot write ({exc.strerror}).")
    with fh:
        yield fh


def _write_records(fmt: str, records: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    from .records import CSV_COLUMNS, flatten

    n = 0
    if fmt == "csv":
        writer = csv.DictWriter(fh, fieldnames=list(CSV_COLUMNS))
        writer.writeheader()
        for record in records:
            writer.writerow(flatten(record))
            n += 1
    else:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def _print_table(rows: list[dict[str, Any]], fh: IO[str]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from .events.ontology import load_ontology

    ontology = load_ontology()
    table = Table(header_style="bold")
    for col in ("date", "actor", "event", "recipient", "place", "reports", "evidence"):
        table.add_column(col, overflow="fold")
    for row in rows:
        cameo = row["cameo"]
        name = ontology[cameo].name if cameo in ontology else ""
        flags = [
            flag
            for flag in ("negated", "hypothetical", "future", "historical")
            if row.get(flag)
        ]
        table.add_row(
            str(row["date"] or "-"),
            escape(row["actor_code"]),
            escape(f"{cameo} {name}")
            + (f"\n[dim]{', '.join(flags)}[/dim]" if flags else ""),
            escape(row["recipient_code"] or "-"),
            escape(row["location_name"] or "-"),
            f"{_n(row['num_mentions'], 'mention')}\n[dim]"
            f"{_n(row['num_sources'], 'source')}, "
            f"{_n(row['num_articles'], 'article')}[/dim]",
            escape(" ".join((row["evidence_text"] or "").split())),
        )
    console = Console(file=fh, width=None if fh.isatty() else 160)
    console.print(table)


def _n(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
