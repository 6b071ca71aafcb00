"""Benchmark of ingest on a Dask cluster against a local ingest, and the figures the
README's sizing table is computed from.

    python bench/bench_cluster.py [--articles N] [--small S] [--repeat R] [--quiet S]
                                  [--json OUT]

1. As a user runs it: ``eventwire.Store(NEW).ingest(corpus)`` with ``workers=1``,
   ``cluster="local:1"`` and ``cluster="local:2"`` (what ``eventwire ingest --workers 1``
   and ``--cluster local:N`` run), each in a fresh process, timed from the process's
   start to its end (the model loads, the cluster's start and its workers' model loads
   included), on N generated articles (default 2,000) and on S (default 500), best of
   R (default 2). From the two sizes, the rate without the fixed start-up costs:
   (N - S) / (time for N - time for S). Goals: the cluster's own overhead (local:1
   against workers=1) under 15%, local:2 at least 1.7 times local:1; both are printed
   end to end and without the start. The stores must hold the same rows. The peak
   memory (RSS) of the client and of its largest child process (a worker, or the
   forkserver that holds the model) is sampled, and so is the CPU time of each
   process: the client (in all, and from its first stored article on, when its start
   is over: the store's writer, and the scheduler and nannies of a ``local:N``), the
   forkserver that loads the model, and each worker.
2. The rates the sizing table is computed from, in this process: one worker's coding
   rate (``Coder.code`` over the N articles, warm), and the single writer's cost per
   batch of 100 articles (a local ingest's) and of 500 (a cluster's): unpacking
   tasks' Arrow tables and adding the articles through ``IngestWriter`` and
   ``EventStore`` into a fresh file, each batch one transaction; the median batch,
   in wall and CPU seconds.

The machine is shared: each run prints the load average before and after it, and
how many cores other processes kept busy meanwhile (``others_cores``: the machine's busy
CPU time, from /proc/stat, less the CPU time of the run's own processes, over its
wall time). ``--quiet S`` waits up to S seconds before each run for the other processes
to leave the CPUs. It is a measurement, not a test: the exit status is 0 whatever the
goals say.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

GOAL_OVERHEAD = 0.15
GOAL_SPEEDUP = 1.7
CONFIGS = (("workers 1", "workers1"), ("local:1", "local:1"), ("local:2", "local:2"))


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def _busy() -> tuple[float, float]:
    """(CPU seconds spent busy on this machine, all cores, since boot; now)."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return 0.0, time.perf_counter()
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK"), time.perf_counter()


def _others(since: tuple[float, float], ours: float) -> float:
    """Cores kept busy by other processes since ``since`` (``ours``: the CPU seconds
    our own processes spent meanwhile)."""
    busy, now = _busy()
    return round(max(0.0, busy - since[0] - ours) / (now - since[1]), 2)


def _wait_quiet(limit_s: float) -> float:
    """Wait (at most ``limit_s``) until other processes keep less than a fifth of a
    core busy over 2 seconds; the seconds waited."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < limit_s:
        start = _busy()
        time.sleep(2)
        if _others(start, 0.0) < 0.2:
            break
    return round(time.perf_counter() - t0, 1)


class _PeakMemory:
    """The peak RSS of a process and of each of its descendants, and the CPU time
    each has used, sampled."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peaks: dict[int, int] = {}
        self.names: dict[int, str] = {}
        self.cpu: dict[int, float] = {}
        self.parents: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                root = psutil.Process(self.pid)
                for p in [root, *root.children(recursive=True)]:
                    with p.oneshot():
                        rss = p.memory_info().rss
                        times = p.cpu_times()
                        self.parents.setdefault(p.pid, p.ppid())
                    self.peaks[p.pid] = max(self.peaks.get(p.pid, 0), rss)
                    self.cpu[p.pid] = times.user + times.system
                    self.names.setdefault(p.pid, " ".join(p.cmdline()))
            except psutil.Error:
                pass
            self._stop.wait(0.25)

    def stop(self, client_cpu: float) -> dict[str, float]:
        """Peak memories and the CPU seconds of the process tree (``client_cpu``: the
        process's own, from its exit status)."""
        self._stop.set()
        self._thread.join()
        self.cpu[self.pid] = max(self.cpu.get(self.pid, 0.0), client_cpu)
        client = self.peaks.get(self.pid, 0)
        workers = [
            rss
            for pid, rss in self.peaks.items()
            if pid != self.pid and "resource_tracker" not in self.names.get(pid, "")
        ]
        mb = 1 << 20
        # the client's children: the forkserver that loads the model (its children are
        # the workers) and multiprocessing's resource tracker
        children = {
            pid
            for pid, parent in self.parents.items()
            if parent == self.pid and "resource_tracker" not in self.names.get(pid, "")
        }
        return {
            "client_mb": round(client / mb),
            "worker_mb": round(max(workers) / mb) if workers else 0,
            "cpu_s": round(sum(self.cpu.values()), 2),
            "server_cpu_s": round(sum(self.cpu[pid] for pid in children), 2),
            "workers_cpu_s": sorted(
                round(self.cpu[pid], 2)
                for pid, parent in self.parents.items()
                if parent in children
            ),
        }


def one_run(corpus: str, db: str, config: str) -> None:
    """One ingest in this (fresh) process; prints its counts as JSON."""
    import eventwire

    options: dict[str, Any] = {"workers": 1}
    if config.startswith("local:"):
        cluster, _, batch = config.partition("/")  # "local:2/100": batches of 100
        options = {"cluster": cluster, "batch_size": int(batch) if batch else None}
    first: list[float] = []

    def progress(report: Any) -> None:
        if not first:  # the first article stored: the start is over
            first.extend((time.process_time(), _since()))

    done = eventwire.Store(db).ingest([corpus], progress=progress, **options)
    cpu = time.process_time()
    print(
        json.dumps(
            {
                "coded": done.coded,
                "seconds_in_process": _since(),
                # this process alone (a cluster's client: the scheduler, the nannies
                # and the store's writer), in all and from its first stored article on
                "process_cpu_s": round(cpu, 2),
                "process_cpu_after_first_s": round(cpu - first[0], 2) if first else 0,
                "first_stored_at_s": round(first[1], 2) if first else None,
                "imported_spacy": "spacy" in sys.modules,
            }
        )
    )


def _since() -> float:
    return round(time.perf_counter() - _T0, 2)


_T0 = time.perf_counter()


def end_to_end(
    corpora: dict[int, Path],
    tmp: Path,
    repeat: int,
    quiet_s: float,
    configs: tuple[tuple[str, str], ...] = CONFIGS,
) -> dict[str, Any]:
    """Each configuration on each corpus, in a fresh process, ``repeat`` times."""
    out: dict[str, Any] = {}
    for r in range(repeat):
        for name, config in configs:
            for n, corpus in corpora.items():
                label = config.replace(":", "").replace("/", "-")
                db = tmp / f"{label}-{n}-{r}.duckdb"
                waited = _wait_quiet(quiet_s) if quiet_s else 0.0
                before = _load()
                start = _busy()
                t0 = time.perf_counter()
                proc = subprocess.Popen(
                    [sys.executable, __file__, "--one", config, str(corpus), str(db)],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    text=True,
                )
                memory = _PeakMemory(proc.pid)
                assert proc.stdout is not None
                printed = proc.stdout.read()
                _, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = os.waitstatus_to_exitcode(status)
                seconds = round(time.perf_counter() - t0, 2)
                memory_cpu = memory.stop(usage.ru_utime + usage.ru_stime)
                run = {
                    "articles": n,
                    "seconds": seconds,
                    **json.loads(printed.strip().splitlines()[-1]),
                    "load_before": before,
                    "load_after": _load(),
                    "others_cores": _others(start, memory_cpu["cpu_s"]),
                    "waited_s": waited,
                    "rows": _rows(db),
                    **memory_cpu,
                }
                out.setdefault(name, {}).setdefault(n, []).append(run)
                print(f"  {name:<10} run {r + 1}: {run}", flush=True)
    return out


def _rows(db: Path) -> list[int]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return [
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
            for t in ("articles", "events", "mentions")
        ]
    finally:
        con.close()


def rates(corpus: Path, tmp: Path) -> dict[str, Any]:
    """One worker's coding rate and the writer's cost per batch of 100 articles."""
    from eventwire.ingest import ReadReport, read_paths
    from eventwire.pipeline import IngestWriter, shared_coder
    from eventwire.scale import DEFAULT_BATCH_SIZE
    from eventwire.scale._work import _part, unpack
    from eventwire.store import EventStore, content_hash

    articles = list(read_paths([str(corpus)], ReadReport()))
    coder = shared_coder()
    list(coder.code(articles[:20]))  # warm
    load = _load()
    t0 = time.perf_counter()
    results = list(coder.code(articles))
    code_s = time.perf_counter() - t0
    parts = []
    for i in range(0, len(results), 100):
        chunk = results[i : i + 100]
        parts.append(
            _part(
                [r.article for r in chunk],
                [content_hash(r.article) for r in chunk],
                [False] * len(chunk),
                {n: r.events for n, r in enumerate(chunk)},
                ReadReport(),
            )
        )
    found: dict[str, Any] = {
        "articles": len(articles),
        "events": sum(len(r.events) for r in results),
        "load": load,
        "worker_articles_per_s": round(len(articles) / code_s, 1),
    }
    for size in (100, DEFAULT_BATCH_SIZE):  # a local ingest's batch, a cluster's
        write_s, cpu_s = [], []
        each = size // 100  # parts a batch
        with EventStore(tmp / f"writer-{size}.duckdb", batch_size=size) as store:
            writer = IngestWriter(store)
            for at in range(0, len(parts) - each + 1, each):
                t0, c0 = time.perf_counter(), time.process_time()
                for part in parts[at : at + each]:
                    for article, _, events in unpack(part):
                        if writer.read(article):
                            writer.add(article, events or [])
                store.flush()
                write_s.append(time.perf_counter() - t0)
                cpu_s.append(time.process_time() - c0)
            writer.finish()
        if not write_s:  # fewer articles than a batch
            continue
        batch_s = sorted(write_s)[len(write_s) // 2]
        suffix = "" if size == 100 else f"_{size}"
        found |= {
            f"writer_batch{suffix}_s_median": round(batch_s, 4),
            f"writer_batch{suffix}_s_max": round(max(write_s), 4),
            f"writer_batch{suffix}_cpu_s_median": round(
                sorted(cpu_s)[len(cpu_s) // 2], 4
            ),
            f"writer{suffix}_articles_per_s": round(size / batch_s),
        }
    cluster = found.get(f"writer_{DEFAULT_BATCH_SIZE}_articles_per_s")
    found["writer_cluster_articles_per_s"] = cluster or found["writer_articles_per_s"]
    return found


# -- the start-up, phase by phase -----------------------------------------------------------
_COLD_PHASES = (
    ("load_model", "spaCy model"),
    ("load_ontology", "ontology"),
    ("load_patterns", "patterns"),
    ("gazetteer", "gazetteer"),
)


def startup_phases() -> None:
    """A worker's start-up in this (fresh) process, as the forkserver of ``local:N``
    runs it (``scale._preload``), one phase at a time: CPU seconds
    (``time.process_time``) and wall seconds of each; printed as JSON."""
    phases: dict[str, list[float]] = {}

    def timed(name: str, fn: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            cpu, wall = time.process_time(), time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                phases[name] = [
                    round(time.process_time() - cpu, 3),
                    round(time.perf_counter() - wall, 3),
                ]

        return call

    def step(name: str, fn: Any) -> Any:
        return timed(name, fn)()

    try:  # as _preload does it, where it pauses the garbage collector
        from eventwire._cache import paused_gc

        paused = paused_gc()
    except ImportError:
        paused = contextlib.nullcontext()
    with paused:
        _phases(step, timed)
    print(json.dumps({"phases": phases, "cpu_total": round(time.process_time(), 3)}))


def _phases(step: Any, timed: Any) -> None:
    step("import distributed", lambda: __import__("distributed"))
    step("import scale._work", lambda: __import__("eventwire.scale._work"))
    pipeline = step(
        "import pipeline", lambda: __import__("eventwire.pipeline").pipeline
    )
    for attr, name in _COLD_PHASES:
        setattr(pipeline, attr, timed(name, getattr(pipeline, attr)))
    actor_base = pipeline.ActorBase
    load = actor_base.load
    actor_base.load = timed("actor base", load)  # type: ignore[method-assign]
    try:
        coder = step("Coder (all of it)", pipeline.shared_coder)
    finally:
        actor_base.load = load  # type: ignore[method-assign]
    from eventwire.ingest import read_text
    from eventwire.ingest._language import detect_language

    # what _preload's warm-up loads on first use: the language identifier, then the
    # rest of a first article
    step("warm-up: language", lambda: detect_language(_WARM_UP))
    step("warm-up: coding", lambda: list(coder.code([read_text(_WARM_UP, "w")])))


_WARM_UP = (
    "Harbour Strike Ends\n\nMay 2, 2024\n\nDock workers in Mombasa ended a "
    "four-day strike on Thursday after the Kenyan government agreed to review their "
    "pay, union officials said.\n"
)


def startup(repeat: int) -> dict[str, Any]:
    """``startup_phases`` in ``repeat`` fresh processes: each phase's CPU seconds,
    the median and the range."""
    runs = []
    for _ in range(repeat):
        before = _load()
        printed = subprocess.run(
            [sys.executable, __file__, "--startup-one"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        runs.append({**json.loads(printed.strip().splitlines()[-1]), "load": before})
    names = list(runs[0]["phases"])
    table = {}
    for name in names:
        cpu = sorted(r["phases"][name][0] for r in runs)
        table[name] = {
            "cpu_median": cpu[len(cpu) // 2],
            "cpu_min": cpu[0],
            "cpu_max": cpu[-1],
        }
    totals = sorted(r["cpu_total"] for r in runs)
    return {
        "phases": table,
        "process_cpu_median": totals[len(totals) // 2],
        "runs": runs,
    }


def _all(runs: dict[str, Any], n: int, only: str | None = None) -> list[Any]:
    return [
        r
        for name, by_n in runs.items()
        if only in (None, name)
        for r in by_n.get(n, [])
    ]


def sizing(worker_rate: float, writer_rate: float) -> list[dict[str, Any]]:
    """Workers needed for a day (250k articles) and a decade (500M), in an hour and
    in a day, from the measured rates."""
    rows = []
    for what, n in (("a day of news, 250,000 articles", 250_000),
                    ("a decade, 500,000,000 articles", 500_000_000)):  # fmt: skip
        for within, seconds in (("1 hour", 3600), ("1 day", 86_400)):
            needed = n / seconds
            rows.append(
                {
                    "corpus": what,
                    "within": within,
                    "articles_per_s": round(needed, 1),
                    "workers": int(-(-needed // worker_rate)),
                    "writer_is_the_limit": needed > writer_rate,
                }
            )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument(
        "--small",
        type=int,
        default=500,
        help="a smaller corpus, for the rate without the fixed start-up costs",
    )
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument(
        "--quiet",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="before each run, wait up to SECONDS for other processes to leave the "
        "CPUs (less than a fifth of a core busy over 2 s)",
    )
    parser.add_argument("--json", dest="json_out")
    parser.add_argument(
        "--also-batch",
        type=int,
        metavar="N",
        help="also run local:1 and local:2 with batches of N articles (a cluster's "
        "default is 500), to compare",
    )
    parser.add_argument(
        "--startup",
        type=int,
        default=0,
        metavar="R",
        help="only a worker's start-up, phase by phase (CPU seconds), in R fresh "
        "processes",
    )
    parser.add_argument("--one", nargs=3, metavar=("CONFIG", "CORPUS", "DB"))
    parser.add_argument("--startup-one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        config, corpus_path, db_path = args.one
        one_run(corpus_path, db_path, config)
        return 0
    if args.startup_one:
        startup_phases()
        return 0
    if args.startup:
        found = startup(args.startup)
        print(f"a worker's start-up, {args.startup} fresh processes (CPU seconds):")
        for name, cpu in found["phases"].items():
            print(
                f"  {name:<20} {cpu['cpu_median']:6.3f}  "
                f"({cpu['cpu_min']:.3f}-{cpu['cpu_max']:.3f})"
            )
        print(
            f"  the process in all  {found['process_cpu_median']:6.3f}; load "
            f"{[r['load'] for r in found['runs']]}"
        )
        if args.json_out:
            Path(args.json_out).write_text(json.dumps(found, indent=2), "utf-8")
        return 0
    from eventwire.corpus import write_jsonl

    big, small = args.articles, args.small
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as name:
        tmp = Path(name)
        corpora = {big: tmp / "big.jsonl", small: tmp / "small.jsonl"}
        for n, path in corpora.items():
            write_jsonl(path, n, seed=2)
        print(f"{big} and {small} generated articles; load {_load()}", flush=True)
        configs = CONFIGS
        if args.also_batch:
            configs += tuple(
                (f"{c} batch {args.also_batch}", f"{c}/{args.also_batch}")
                for c in ("local:1", "local:2")
            )
        runs = end_to_end(corpora, tmp, args.repeat, args.quiet, configs)
        measured = rates(corpora[big], tmp)
    best = {
        name: {n: min(r["seconds"] for r in rs) for n, rs in by_n.items()}
        for name, by_n in runs.items()
    }
    per_s = {name: round(big / b[big], 1) for name, b in best.items()}
    marginal = {
        name: round((big - small) / (b[big] - b[small]), 1) for name, b in best.items()
    }
    overhead = best["local:1"][big] / best["workers 1"][big] - 1
    speedup = best["local:1"][big] / best["local:2"][big]
    m_overhead = marginal["workers 1"] / marginal["local:1"] - 1
    m_speedup = marginal["local:2"] / marginal["local:1"]
    same = len({tuple(r["rows"]) for r in _all(runs, big)}) == 1
    result = {
        "articles": big,
        "small": small,
        "runs": runs,
        "best_seconds": best,
        "articles_per_s": per_s,
        "marginal_articles_per_s": marginal,
        "cluster_overhead": round(overhead, 3),
        "local2_over_local1": round(speedup, 2),
        "marginal_cluster_overhead": round(m_overhead, 3),
        "marginal_local2_over_local1": round(m_speedup, 2),
        "same_rows": same,
        "peak_mb": {
            name: max(r["worker_mb"] or r["client_mb"] for r in _all(runs, big, name))
            for name in runs
        },
        "rates": measured,
        "sizing": sizing(
            measured["worker_articles_per_s"],
            measured.get(
                "writer_500_articles_per_s", measured["writer_articles_per_s"]
            ),
        ),
    }
    print()
    for name in best:
        fastest = min(runs[name][big], key=lambda r: r["seconds"])
        print(
            f"{name:<10} {best[name][big]:6.1f} s for {big}: {per_s[name]:6.1f} "
            f"articles/s end to end; {marginal[name]:6.1f} articles/s without the "
            f"start ({big} - {small} articles); the fastest run: load "
            f"{fastest['load_before']}-{fastest['load_after']}, other processes "
            f"{fastest['others_cores']} cores"
        )
    for what, over, up in (
        ("end to end", overhead, speedup),
        ("without the start", m_overhead, m_speedup),
    ):
        print(
            f"{what}: cluster overhead (local:1 vs workers 1) {over:+.1%} (goal < "
            f"{GOAL_OVERHEAD:.0%}: {'met' if over < GOAL_OVERHEAD else 'MISSED'}); "
            f"local:2 / local:1 {up:.2f}x (goal >= {GOAL_SPEEDUP}: "
            f"{'met' if up >= GOAL_SPEEDUP else 'MISSED'})"
        )
    also = f"batch {args.also_batch}"
    if args.also_batch:
        print(
            f"with batches of {args.also_batch}: local:2 / local:1 "
            f"{best['local:1 ' + also][big] / best['local:2 ' + also][big]:.2f}x end "
            f"to end, {marginal['local:2 ' + also] / marginal['local:1 ' + also]:.2f}x "
            "without the start"
        )
    for name in runs:
        rs = runs[name][big]
        print(
            f"{name:<10} CPU s for {big} (each run): client "
            f"{[r['process_cpu_s'] for r in rs]}, of it from the first stored article "
            f"on {[r['process_cpu_after_first_s'] for r in rs]}; the model's server "
            f"{[r['server_cpu_s'] for r in rs]}; workers "
            f"{[r['workers_cpu_s'] for r in rs]}"
        )
    print(f"same rows in every store: {same}; peak RSS (MB): {result['peak_mb']}")
    print(f"rates: {measured}")
    for row in result["sizing"]:
        print(f"  {row}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
