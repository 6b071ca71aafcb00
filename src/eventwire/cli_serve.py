"""eventwire serve: the HTTP API and the web page (``eventwire.api``), run by uvicorn."""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path
from typing import Any

import click


def register(group: Any) -> None:
    """Add the serve command to the main click group."""
    group.add_command(serve)


@click.command()
@click.option(
    "--db",
    default="eventwire.duckdb",
    show_default=True,
    help="The event store to serve (a DuckDB file, opened read-only for every read). "
    "Without it, only coding posted text works.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--allow-store",
    is_flag=True,
    help='Let POST /v1/code store what it codes ("store": true); refused otherwise.',
)
@click.option(
    "--max-body",
    type=click.IntRange(1),
    default=2_000_000,
    show_default=True,
    help="Largest request body, in bytes.",
)
@click.option(
    "--max-periods",
    type=click.IntRange(1),
    default=10_000,
    show_default=True,
    help="Most periods GET /v1/series returns (a longer series is refused with 422).",
)
@click.option(
    "--code-workers",
    type=click.IntRange(1, 64),
    default=2,
    show_default=True,
    help="Worker processes that code POST /v1/code texts; one past its time limit is "
    "killed and replaced, the others go on.",
)
@click.option(
    "--code-timeout",
    type=click.FloatRange(0.1),
    default=30.0,
    show_default=True,
    help="Seconds one POST /v1/code may take.",
)
def serve(
    db: str,
    host: str,
    port: int,
    allow_store: bool,
    max_body: int,
    max_periods: int,
    code_workers: int,
    code_timeout: float,
) -> None:
    """Serve the HTTP API (/v1/..., documented at /docs) and the web page (/).

    The coding workers start, and load the spaCy model, before the server answers,
    so that the first POST /v1/code is as quick as the others.
    """
    import uvicorn

    from .api import JsonH11Protocol, create_app

    if allow_store and not _loopback(host):
        click.echo(
            f"Warning: --allow-store on {host}: anyone who can reach this address can "
            "add articles to the store.",
            err=True,
        )
    app = create_app(
        db,
        allow_store=allow_store,
        max_body=max_body,
        max_periods=max_periods,
        code_timeout=code_timeout,
        code_workers=code_workers,
    )
    if not Path(db).is_file():
        click.echo(
            f"Note: {db} does not exist yet; reading events answers 503 until it does.",
            err=True,
        )
    else:
        _check_store(db)
        index = app.state.store.warm()
        if index is not None:
            click.echo(
                f"Indexed the page order of {index.size:,} events in "
                f"{index.build_s:.1f} s.",
                err=True,
            )
    click.echo(
        f"Starting {code_workers} coding worker"
        f"{'s' if code_workers != 1 else ''} (loading the spaCy model)...",
        err=True,
    )
    app.state.coding.start(wait=True)
    click.echo(
        f"Serving {db} on http://{_url_host(host)}:{port}/ (API docs at /docs); "
        "Ctrl-C stops.",
        err=True,
    )
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", http=JsonH11Protocol)
    except OSError as exc:  # the port is taken, the address is not this machine's
        click.echo(f"Error: cannot serve on {host}:{port} ({exc}).", err=True)
        sys.exit(1)


def _check_store(db: str) -> None:
    """Read the store as /v1/health does before serving it: a damaged or unreadable
    file stops here with one line (exit 1); one that another process is writing is
    served, and reads answer 503 until it is free."""
    from .api._store import probe
    from .errors import StoreError
    from .query import connect

    try:
        with connect(db) as con:
            probe(con)
    except StoreError as exc:
        if exc.kind != "locked":
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)
        click.echo(f"Note: {exc}", err=True)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


if __name__ == "__main__":
    serve()
