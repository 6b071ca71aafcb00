"""Benchmark of the corpus side: ingest into DuckDB, re-ingest, and queries over 1M events.

    python bench/bench_store.py [--articles N] [--sample S] [--workers W] [--events E] [--json OUT]

1. Storage cost: S generated articles (``eventwire.corpus``), coded in this process with one
   warm Coder, (a) ``Coder.code`` alone, (b) ``pipeline.ingest`` into a fresh DuckDB file
   (coding + storing, one transaction per article). Best of 2 passes each. Goal: ingest
   costs under 10% more than coding alone.
2. Scale: N generated articles (default 10,000) ingested with ``--workers W`` into a fresh
   file, then ingested again: the second run must change nothing (same event count).
3. Queries: a file with E synthetic events (default 1,000,000) built by SQL in the store's
   schema; timed: a dyad-by-week count series, a country-by-month count series, and a
   Goldstein-by-week series (best of 3 each). Goal: under 1 second each.

It is a measurement, not a test: the exit status is 0 whatever the goals say.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

GOAL_STORAGE = 0.10  # ingest / code alone - 1
GOAL_QUERY_S = 1.0


def _articles(n: int, seed: int) -> list[Any]:
    from eventwire.corpus import generate
    from eventwire.records import Article

    fields = ("id", "title", "text", "published", "source", "url")
    return [
        Article(**{k: v for k, v in a.items() if k in fields})
        for a in generate(n, seed=seed)
    ]


def storage_cost(sample: int, tmp: Path) -> dict[str, Any]:
    from eventwire.pipeline import ingest, shared_coder
    from eventwire.store import EventStore

    coder = shared_coder()
    articles = _articles(sample, seed=1)
    list(coder.code(articles[:20]))  # warm up
    code_s, ingest_s = [], []
    n_events = 0
    for i in range(2):
        t0 = time.perf_counter()
        n_events = sum(len(r.events) for r in coder.code(articles))
        code_s.append(time.perf_counter() - t0)
        db = tmp / f"cost{i}.duckdb"
        with EventStore(db) as store:
            t0 = time.perf_counter()
            ingest(articles, store, coder=coder)
            ingest_s.append(time.perf_counter() - t0)
    code_best, ingest_best = min(code_s), min(ingest_s)
    return {
        "articles": sample,
        "events": n_events,
        "code_s": round(code_best, 2),
        "ingest_s": round(ingest_best, 2),
        "code_articles_per_s": round(sample / code_best, 1),
        "ingest_articles_per_s": round(sample / ingest_best, 1),
        "storage_cost": round(ingest_best / code_best - 1, 3),
    }


def scale(n: int, workers: int, tmp: Path) -> dict[str, Any]:
    from eventwire.pipeline import ingest
    from eventwire.store import EventStore

    articles = _articles(n, seed=2)
    db = tmp / "scale.duckdb"
    with EventStore(db) as store:
        t0 = time.perf_counter()
        first = ingest(articles, store, workers=workers)
        first_s = time.perf_counter() - t0
        counts1 = (
            store.count("articles"),
            store.count("events"),
            store.count("mentions"),
        )
        t0 = time.perf_counter()
        again = ingest(articles, store, workers=workers)
        again_s = time.perf_counter() - t0
        counts2 = (
            store.count("articles"),
            store.count("events"),
            store.count("mentions"),
        )
    return {
        "articles": n,
        "workers": workers,
        "ingest_s": round(first_s, 1),
        "articles_per_s": round(n / first_s, 1),
        "events_coded": first.events,
        "stored": dict(zip(("articles", "events", "mentions"), counts1, strict=True)),
        "reingest_s": round(again_s, 1),
        "reingest_coded": again.coded,
        "reingest_unchanged": again.unchanged,
        "unchanged_after_reingest": counts1 == counts2,
    }


def build_million(path: Path, n: int) -> None:
    """n synthetic events over five years, 40 countries, the store's schema."""
    import duckdb

    from eventwire.store import schema_sql

    con = duckdb.connect(str(path))
    con.execute(schema_sql())
    countries = [
        "USA", "RUS", "UKR", "CHN", "SYR", "TUR", "IRN", "ISR", "PSE", "LBN",
        "IRQ", "AFG", "PAK", "IND", "KEN", "SOM", "ETH", "NGA", "MLI", "SDN",
        "EGY", "LBY", "YEM", "SAU", "ARE", "QAT", "FRA", "DEU", "GBR", "POL",
        "BRA", "VEN", "COL", "MEX", "JPN", "KOR", "PRK", "PHL", "MMR", "THA",
    ]  # fmt: skip
    sectors = ["", "GOV", "MIL", "REB", "OPP", "CVL", "COP"]
    codes = [
        ("010", 0.0, 1, None), ("036", 4.0, 1, "AGREE"), ("042", 1.9, 1, "CONSULT"),
        ("046", 7.0, 1, "CONSULT"), ("051", 3.4, 1, "SUPPORT"), ("072", 8.3, 2, "AID"),
        ("111", -2.0, 3, "ACCUSE"), ("112", -2.0, 3, "ACCUSE"), ("130", -4.4, 3, "THREATEN"),
        ("141", -6.5, 3, "PROTEST"), ("163", -8.0, 4, "SANCTION"), ("173", -5.0, 4, "COERCE"),
        ("190", -10.0, 4, "ASSAULT"), ("194", -10.0, 4, "ASSAULT"), ("195", -10.0, 4, "ASSAULT"),
    ]  # fmt: skip
    con.execute(
        "CREATE TEMP TABLE c AS SELECT unnest(?) AS iso, generate_subscripts(?, 1) AS k",
        [countries, countries],
    )
    con.execute(
        "CREATE TEMP TABLE s AS SELECT unnest(?) AS sec, generate_subscripts(?, 1) AS k",
        [sectors, sectors],
    )
    con.execute(
        "CREATE TEMP TABLE k AS SELECT unnest(?) AS code, unnest(?) AS g, unnest(?) AS q, "
        "unnest(?) AS p, generate_subscripts(?, 1) AS k",
        [
            [c[0] for c in codes],
            [c[1] for c in codes],
            [c[2] for c in codes],
            [c[3] for c in codes],
            codes,
        ],
    )
    nc, ns, nk = len(countries), len(sectors), len(codes)
    con.execute(
        f"""
        CREATE TEMP TABLE raw AS
        SELECT i,
               1 + (hash(i) % {nc}) AS a, 1 + (hash(i * 7 + 1) % {nc}) AS b,
               1 + (hash(i * 13 + 2) % {ns}) AS sa, 1 + (hash(i * 17 + 3) % {ns}) AS sb,
               1 + (hash(i * 19 + 4) % {nk}) AS kk,
               DATE '2020-01-01' + CAST(hash(i * 23 + 5) % 1826 AS INTEGER) AS d
        FROM range({n}) t(i)
        """
    )
    con.execute(
        """
        INSERT INTO articles
        SELECT 'a' || (i // 5), NULL, d, 'outlet' || (i // 5 % 25), NULL, 'en', '',
               'h' || (i // 5), 5, (i // 5) + 1
        FROM raw WHERE i % 5 = 0
        """
    )
    con.execute(
        """
        INSERT INTO events (event_id, article_id, sentence, actor_code, actor_country,
            actor_sector, recipient_code, recipient_country, recipient_sector, cameo,
            cameo_root, goldstein, quad_class, plover, negated, hypothetical, future,
            historical, date, date_precision, confidence, first_seq, match_key, record,
            num_mentions, num_sources, num_articles, mention_list)
        SELECT 'e' || i, 'a' || (i // 5), i % 5, ca.iso || sa.sec, ca.iso, nullif(sa.sec, ''),
               cb.iso || sb.sec, cb.iso, nullif(sb.sec, ''), k.code, left(k.code, 2), k.g,
               k.q, k.p, false, false, false, false, d, 'day', 0.7, (i // 5) + 1, 'k' || i, '{}',
               1, 1, 1, to_json([{'article_id': 'a' || (i // 5), 'sentence': i % 5,
                                   'start': 0, 'end': 100}])
        FROM raw JOIN c ca ON ca.k = raw.a JOIN c cb ON cb.k = raw.b
             JOIN s sa ON sa.k = raw.sa JOIN s sb ON sb.k = raw.sb JOIN k ON k.k = raw.kk
        """
    )
    con.execute(
        "INSERT INTO mentions SELECT 'e' || i, 'a' || (i // 5), i % 5, 0, 100, "
        "'outlet' || (i // 5 % 25) FROM raw"
    )
    con.execute("CHECKPOINT")
    con.close()


def queries(n: int, tmp: Path) -> dict[str, Any]:
    from eventwire.query import series

    db = tmp / "million.duckdb"
    t0 = time.perf_counter()
    build_million(db, n)
    build_s = time.perf_counter() - t0
    runs = {
        "dyad RUS:UKR by week, count": dict(
            dyad=("RUS", "UKR"), by="week", measure="count"
        ),
        "country SYR by month, count": dict(country="SYR", by="month", measure="count"),
        "actor USA by week, goldstein": dict(
            actor="USA", by="week", measure="goldstein"
        ),
    }
    out: dict[str, Any] = {"events": n, "build_s": round(build_s, 1)}
    for label, kwargs in runs.items():
        best = float("inf")
        rows = 0
        for _ in range(3):
            t0 = time.perf_counter()
            result = series(str(db), **kwargs)
            best = min(best, time.perf_counter() - t0)
            rows = len(result)
        out[label] = {"seconds": round(best, 3), "rows": rows}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--sample", type=int, default=400)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--json", help="write the figures here")
    args = ap.parse_args()
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        figures["storage"] = cost = storage_cost(args.sample, tmp)
        print(
            f"storage cost: code alone {cost['code_articles_per_s']} articles/s, ingest "
            f"{cost['ingest_articles_per_s']} articles/s ({cost['articles']} articles, "
            f"{cost['events']} events): +{cost['storage_cost']:.1%} "
            f"(goal < {GOAL_STORAGE:.0%}) {'PASS' if cost['storage_cost'] < GOAL_STORAGE else 'FAIL'}",
            flush=True,
        )
        figures["queries"] = q = queries(args.events, tmp)
        for label, v in q.items():
            if isinstance(v, dict):
                ok = "PASS" if v["seconds"] < GOAL_QUERY_S else "FAIL"
                print(
                    f"{label} over {args.events:,} events: {v['seconds']} s, {v['rows']} rows ({ok})",
                    flush=True,
                )
        if args.articles:
            figures["scale"] = s = scale(args.articles, args.workers, tmp)
            print(
                f"ingest {s['articles']:,} articles with {s['workers']} workers: "
                f"{s['ingest_s']} s ({s['articles_per_s']} articles/s), stored {s['stored']}; "
                f"again: {s['reingest_s']} s, {s['reingest_coded']} coded, "
                f"{s['reingest_unchanged']} unchanged; counts unchanged: "
                f"{s['unchanged_after_reingest']}",
                flush=True,
            )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
