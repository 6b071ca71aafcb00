"""Benchmark of the HTTP API: 50 concurrent clients paging through 1,000,000 events.

    python bench/bench_api.py [--db FILE] [--events N] [--clients C] [--seconds S]
                              [--limit L] [--page-cache-mb MB] [--no-index] [--json OUT]

1. Store: ``--db FILE`` when it exists, else a new file in a temporary folder with N
   synthetic events (default 1,000,000), built by ``bench_store.build_million`` (five
   years, 40 countries, the store's schema), whose stored records and evidence
   sentences are then filled in by SQL so that answers are the size of real ones.
2. Server: ``eventwire.api.create_app(db)`` under uvicorn in a subprocess on 127.0.0.1,
   on a port the system picks, set up as ``eventwire serve`` does (the page index built
   before the first request). ``--page-cache-mb 0`` turns its page cache off,
   ``--no-index`` makes it page with a top-N query in DuckDB (the way before the index).
3. Load: C concurrent clients (default 50; ``httpx.AsyncClient``) for S seconds (default
   20), each paging through ``GET /v1/events`` with cursors (``limit`` L, default 100)
   and starting again when it reaches the end. Clients vary the query: no filter, an
   actor prefix, a date range, a dyad, a CAMEO root newest first.
4. Report: requests, errors (any status other than 200, or a failed request), requests
   per second, median and 95th-percentile latency, the deepest page reached; the same
   per query kind. ``--json OUT`` writes every figure.

It is a measurement, not a test: the exit status is 0 whatever the figures say (1 only
when the server cannot be started).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
COUNTRIES = ["USA", "RUS", "UKR", "CHN", "SYR", "TUR", "IRN", "ISR", "IRQ", "AFG"]
SERVER = """
import json, sys, uvicorn
from eventwire.api import JsonH11Protocol, create_app
options = json.loads(sys.argv[2])
app = create_app(sys.argv[1], **options)
index = app.state.store.warm()  # as eventwire serve does before it answers
if index is not None:
    print(f"index: {index.size} events in {index.build_s:.2f} s", file=sys.stderr)
uvicorn.run(app, host="127.0.0.1", port=0, log_level="info", access_log=False,
            http=JsonH11Protocol)
"""
_RUNNING = re.compile(r"Uvicorn running on http://127\.0\.0\.1:(\d+)")


def build_store(path: Path, n: int) -> float:
    """N synthetic events with records like the coder's; seconds taken."""
    import duckdb

    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    from bench_store import build_million

    t0 = time.perf_counter()
    build_million(path, n)
    con = duckdb.connect(str(path))
    con.execute("SET enable_progress_bar = false")
    sentence = (
        "'Forces of ' || actor_code || ' and ' || recipient_code || ' clashed near "
        "the border, officials said in a statement (synthetic event ' || event_id || ').'"
    )
    actor = (
        "json_object('text', {p}_code, 'code', {p}_code, 'country', {p}_country, "
        "'sector', {p}_sector, 'name', NULL)"
    )
    con.execute(
        f"""
        UPDATE events SET
          evidence_text = {sentence}, evidence_trigger = 'clashed',
          evidence_rule = 'synthetic',
          record = json_object(
            'event_id', event_id, 'article_id', article_id, 'sentence', sentence,
            'actor', {actor.format(p="actor")},
            'recipient', {actor.format(p="recipient")},
            'cameo', cameo, 'cameo_root', cameo_root,
            'cameo_name', 'synthetic ' || cameo, 'goldstein', goldstein,
            'quad_class', quad_class, 'plover', plover,
            'modality', json_object('negated', negated, 'hypothetical', hypothetical,
                                    'future', future, 'historical', historical,
                                    'reported_by', NULL),
            'date', strftime(date, '%Y-%m-%d'), 'date_precision', date_precision,
            'location', NULL,
            'evidence', json_object('text', {sentence}, 'start', 0, 'end', 100,
                                    'trigger', 'clashed', 'rule', 'synthetic'),
            'mentions', json_array(json_object('article_id', article_id,
                                               'sentence', sentence,
                                               'start', 0, 'end', 100)),
            'counts', json_object('mentions', 1, 'sources', 1, 'articles', 1),
            'confidence', confidence)
        """
    )
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - t0


class Server:
    """uvicorn with the API in a subprocess; the port is read from its log."""

    def __init__(self, db: Path, options: dict[str, Any] | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(db), json.dumps(options or {})],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.log: list[str] = []
        self.port: int | None = None
        found = threading.Event()

        def drain() -> None:
            assert self.proc.stderr is not None
            for line in self.proc.stderr:
                self.log.append(line.rstrip())
                m = _RUNNING.search(line)
                if m:
                    self.port = int(m.group(1))
                    found.set()
            found.set()

        threading.Thread(target=drain, daemon=True).start()
        if not found.wait(60) or self.port is None:
            self.stop()
            raise RuntimeError("the server did not start:\n" + "\n".join(self.log))
        self.url = f"http://127.0.0.1:{self.port}"

    def cpu_seconds(self) -> float | None:
        """CPU time the server process has used (Linux), None elsewhere."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1]
        except OSError:
            return None
        utime, stime = (int(x) for x in fields.split()[11:13])
        return (utime + stime) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)
    deepest: int = 0
    restarts: int = 0


def query_of(i: int) -> tuple[str, dict[str, Any]]:
    """The query kind and parameters of client i."""
    country = COUNTRIES[i % len(COUNTRIES)]
    year = 2020 + i % 5
    kinds: list[tuple[str, dict[str, Any]]] = [
        ("all", {}),
        ("actor", {"actor": country}),
        ("dates", {"from": f"{year}-03-01", "to": f"{year}-05-31"}),
        ("dyad", {"actor": country, "recipient": COUNTRIES[(i + 3) % 10]}),
        ("code, -date", {"code": ["19", "11"][i % 2], "sort": "-date"}),
    ]
    return kinds[i % len(kinds)]


async def client(
    http: Any, i: int, limit: int, deadline: float, tallies: dict[str, Tally]
) -> None:
    kind, params = query_of(i)
    tally = tallies.setdefault(kind, Tally())
    cursor = None
    depth = 0
    while time.perf_counter() < deadline:
        query = {**params, "limit": limit}
        if cursor:
            query["cursor"] = cursor
        t0 = time.perf_counter()
        try:
            response = await http.get("/v1/events", params=query)
            elapsed = time.perf_counter() - t0
            ok = response.status_code == 200
            body = response.json() if ok else None
        except Exception as exc:  # a failed request is an error, not a crash
            elapsed = time.perf_counter() - t0
            ok, body = False, None
            response = None
            tally.error_kinds[type(exc).__name__] = (
                tally.error_kinds.get(type(exc).__name__, 0) + 1
            )
        tally.latencies.append(elapsed)
        if not ok:
            tally.errors += 1
            if response is not None:
                key = str(response.status_code)
                tally.error_kinds[key] = tally.error_kinds.get(key, 0) + 1
            cursor, depth = None, 0
            continue
        assert body is not None
        depth += 1
        tally.deepest = max(tally.deepest, depth)
        cursor = body["next_cursor"]
        if cursor is None:  # the end: start again
            tally.restarts += 1
            depth = 0


async def load(url: str, clients: int, seconds: float, limit: int) -> dict[str, Tally]:
    import httpx

    tallies: dict[str, Tally] = {}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as http:
        for i in range(min(clients, 5)):  # warm up: one page of each kind
            _, params = query_of(i)
            await http.get("/v1/events", params={**params, "limit": limit})
        deadline = time.perf_counter() + seconds
        await asyncio.gather(
            *(client(http, i, limit, deadline, tallies) for i in range(clients))
        )
    return tallies


def depth_check(url: str, db: Path, limit: int, repeat: int = 5) -> dict[str, Any]:
    """Median latency of one page (no concurrency) at the start, the middle and the
    end of the unfiltered events: keyset paging costs the same at any depth. The deep
    cursors are made the way the API makes them, from the sort key at that depth.
    Each repeat asks for another page size, so that every page is read, none comes
    from the server's page cache."""
    import duckdb
    import httpx

    from eventwire.api import _cursor
    from eventwire.query import Filters

    with duckdb.connect(str(db), read_only=True) as con:
        total = con.sql("SELECT count(*) FROM events").fetchall()[0][0]
        where, params = Filters().where("e")

        def key_at(position: int) -> tuple[Any, str]:
            rows = con.sql(
                f"SELECT e.date, e.event_id FROM events e WHERE {where} "
                "ORDER BY e.date ASC NULLS LAST, e.event_id LIMIT 1 OFFSET ?",
                params=[*params, position],
            ).fetchall()
            return rows[0][0], rows[0][1]

        digest = _cursor.query_digest("date", Filters())
        cursors: dict[str, str | None] = {"first page": None}
        for label, position in (
            ("middle", total // 2),
            ("last pages", max(0, total - limit - 1)),
        ):
            day, event_id = key_at(position)
            cursors[f"{label} (after #{position:,})"] = _cursor.encode(
                digest, "date", day, event_id
            )
    out: dict[str, Any] = {}
    with httpx.Client(base_url=url, timeout=60) as http:
        for label, cursor in cursors.items():
            times = []
            for k in range(repeat):
                # another page size each time: the same work, never the server's
                # cache of answered pages
                params_: dict[str, Any] = {"limit": limit - k}
                if cursor:
                    params_["cursor"] = cursor
                t0 = time.perf_counter()
                response = http.get("/v1/events", params=params_)
                times.append(time.perf_counter() - t0)
                assert response.status_code == 200, response.text
            out[label] = round(statistics.median(times) * 1000, 1)
    return out


def _summary(latencies: list[float], errors: int, seconds: float) -> dict[str, Any]:
    ordered = sorted(latencies)
    n = len(ordered)
    return {
        "requests": n,
        "errors": errors,
        "req_per_s": round(n / seconds, 1),
        "median_ms": round(statistics.median(ordered) * 1000, 1) if n else None,
        "p95_ms": round(ordered[int(0.95 * (n - 1))] * 1000, 1) if n else None,
        "max_ms": round(ordered[-1] * 1000, 1) if n else None,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="an existing store to serve (else one is built)")
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument(
        "--page-cache-mb",
        type=int,
        default=64,
        help="the server's cache of answered pages (0: none, every page is read)",
    )
    ap.add_argument(
        "--no-index",
        action="store_true",
        help="page with a top-N query in DuckDB instead of the in-memory page index",
    )
    args = ap.parse_args()
    options = {"page_cache_mb": args.page_cache_mb, "use_index": not args.no_index}

    figures: dict[str, Any] = {
        "clients": args.clients,
        "seconds": args.seconds,
        "limit": args.limit,
        "cpus": os.cpu_count(),
        "server": options,
        "load_before": os.getloadavg()[0],
    }
    with tempfile.TemporaryDirectory() as tmp:
        if args.db and Path(args.db).is_file():
            db = Path(args.db)
            print(f"store: {db} (reused)", flush=True)
        else:
            db = Path(args.db) if args.db else Path(tmp) / "million.duckdb"
            build_s = build_store(db, args.events)
            figures["build_s"] = round(build_s, 1)
            print(f"store: {args.events:,} events built in {build_s:.1f} s", flush=True)
        try:
            server = Server(db, options)
        except RuntimeError as exc:
            print(exc, file=sys.stderr)
            sys.exit(1)
        try:
            import httpx

            health = httpx.get(f"{server.url}/v1/health", timeout=30).json()
            figures["store"] = health
            print(
                f"server: {server.url} serving {health['events']:,} events; "
                f"{args.clients} clients for {args.seconds:g} s, limit {args.limit}",
                flush=True,
            )
            figures["page_ms_by_depth"] = depth = depth_check(
                server.url, db, args.limit
            )
            print(
                "one page at a time (median ms): "
                + ", ".join(f"{k} {v}" for k, v in depth.items()),
                flush=True,
            )
            t0 = time.perf_counter()
            server_cpu0 = server.cpu_seconds()
            client_cpu0 = time.process_time()
            tallies = asyncio.run(
                load(server.url, args.clients, args.seconds, args.limit)
            )
            wall = time.perf_counter() - t0
            client_cpu = time.process_time() - client_cpu0
            server_cpu1 = server.cpu_seconds()
        finally:
            server.stop()

    every = [x for t in tallies.values() for x in t.latencies]
    errors = sum(t.errors for t in tallies.values())
    figures["total"] = total = _summary(every, errors, wall)
    total["deepest_page"] = max(t.deepest for t in tallies.values())
    figures["wall_s"] = round(wall, 1)
    figures["by_query"] = {
        kind: {
            **_summary(t.latencies, t.errors, wall),
            "deepest_page": t.deepest,
            "restarts": t.restarts,
            "error_kinds": t.error_kinds,
        }
        for kind, t in sorted(tallies.items())
    }
    header = f"{'query':<14}{'requests':>9}{'errors':>8}{'req/s':>8}{'median ms':>11}{'p95 ms':>9}{'deepest':>9}"
    print(header)
    print("-" * len(header))
    for kind, f in [*figures["by_query"].items(), ("all", total)]:
        print(
            f"{kind:<14}{f['requests']:>9}{f['errors']:>8}{f['req_per_s']:>8}"
            f"{f['median_ms']:>11}{f['p95_ms']:>9}{f['deepest_page']:>9}"
        )
    requests = max(1, total["requests"])
    if server_cpu0 is not None and server_cpu1 is not None:
        figures["server_cpu_ms_per_request"] = round(
            (server_cpu1 - server_cpu0) / requests * 1000, 1
        )
    figures["client_cpu_ms_per_request"] = round(client_cpu / requests * 1000, 1)
    print(
        f"CPU per request: server {figures.get('server_cpu_ms_per_request')} ms, "
        f"clients {figures['client_cpu_ms_per_request']} ms "
        f"({figures['cpus']} CPUs shared by both)"
    )
    figures["load_after"] = os.getloadavg()[0]
    print(
        f"server: page index {'off' if args.no_index else 'on'}, page cache "
        f"{args.page_cache_mb} MB; load average {figures['load_before']:.1f} before, "
        f"{figures['load_after']:.1f} after (2 cores: above ~0.5 before, other work "
        "shares the CPU)"
    )
    verdict = "PASS" if errors == 0 else "FAIL"
    print(
        f"{total['requests']} requests in {wall:.1f} s: {total['req_per_s']} req/s, "
        f"median {total['median_ms']} ms, p95 {total['p95_ms']} ms, "
        f"{errors} errors ({verdict}: errors must be 0)"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
