"""The corpus commands (query, series, export) through click's test runner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import duckdb
import pytest
from click.testing import CliRunner

from eventwire.cli_corpus import register
from eventwire.export import PLOVER_FIELDS
from eventwire.records import CSV_COLUMNS, EVENT_FIELDS
from query.corpus import EVENTS, VISIBLE, build_store, eid


@click.group()
def main() -> None:
    """A stand-in for eventwire's main group."""


register(main)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(build_store(tmp_path_factory.mktemp("cli") / "events.duckdb"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _ids(stdout: str) -> set[str]:
    return {json.loads(line)["event_id"] for line in stdout.splitlines()}


def test_cli_corpus_register_adds_the_three_commands() -> None:
    group = click.Group("eventwire")
    assert register(group) is group
    assert {"query", "series", "export"} <= set(group.commands)


def test_cli_query_prints_a_table(runner: CliRunner, db: str) -> None:
    result = runner.invoke(
        main, ["query", "--db", db, "--actor", "RUS", "--code", "19"]
    )
    assert result.exit_code == 0, result.output
    for column in (
        "date",
        "actor",
        "event",
        "recipient",
        "place",
        "reports",
        "evidence",
    ):
        assert column in result.stdout
    assert "Simferopol" in result.stdout and "3 mentions" in result.stdout
    assert result.stderr.strip() == "4 events."


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--actor", "RUS", "--code", "19"], {1, 2, 23, 30}),
        (["--actor", "RUS", "--actor", "ISR", "--code", "19"], {1, 2, 17, 23, 30}),
        (["--recipient", "SYRGOV"], {10, 11, 12, 28, 31}),
        (["--plover", "protest"], {21, 26, 27}),
        (["--quad", "2"], {16, 31}),
        (["--country", "aut"], {13, 14}),
        (["--from", "2014-03-09", "--to", "2014-03-24"], {2, 3, 4}),
        (["--since", "2015-10-01"], {29, 30, 31}),
        (["--text", "Aleppo"], {9, 10}),
    ],
)
def test_cli_query_filters(
    runner: CliRunner, db: str, args: list[str], expected: set[int]
) -> None:
    result = runner.invoke(main, ["query", "--db", db, "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    assert _ids(result.stdout) == {eid(n) for n in expected}


@pytest.mark.parametrize(
    ("switch", "extra"),
    [
        ("--include-hypothetical", 5),
        ("--include-historical", 6),
        ("--include-negated", 7),
    ],
)
def test_cli_query_modality_switches(
    runner: CliRunner, db: str, switch: str, extra: int
) -> None:
    base = runner.invoke(main, ["query", "--db", db, "--format", "jsonl"])
    more = runner.invoke(main, ["query", "--db", db, "--format", "jsonl", switch])
    assert _ids(base.stdout) == {e.event_id for e in VISIBLE}
    assert _ids(more.stdout) == _ids(base.stdout) | {eid(extra)}


def test_cli_query_jsonl_is_the_event_record(
    runner: CliRunner, db: str, tmp_path: Path
) -> None:
    out = tmp_path / "q.jsonl"
    result = runner.invoke(main, ["query", "--db", db, "--limit", "5", "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [
        json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()
    ]
    assert len(records) == 5 and all(tuple(r) == EVENT_FIELDS for r in records)
    assert result.stderr.strip() == "5 events (the limit)."


def test_cli_query_csv(runner: CliRunner, db: str) -> None:
    result = runner.invoke(
        main, ["query", "--db", db, "--format", "csv", "--actor", "USA"]
    )
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert {r["event_id"] for r in rows} == {eid(n) for n in (8, 13, 16, 26, 27)}


@pytest.mark.parametrize("text", ["'; DROP TABLE events; --", "%", "%'; --"])
def test_cli_query_text_search_is_harmless(
    runner: CliRunner, db: str, text: str
) -> None:
    result = runner.invoke(
        main,
        ["query", "--db", db, "--format", "jsonl", "--text", text, "--actor", "RUS"],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    con = duckdb.connect(db, read_only=True)
    assert con.sql("SELECT count(*) FROM events").fetchall() == [(len(EVENTS),)]
    con.close()


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["--from", "2014-13-45"], ["--from", '"2014-13-45" is not a date']),
        (["--to", "03/04/2014"], ["--to", "YYYY-MM-DD"]),
        (["--format", "xml"], ["--format", "xml"]),
        (["--code", "abc"], ["--code", "CAMEO code prefix"]),
        (["--quad", "5"], ["--quad"]),
        (["--plover", "fight"], ["--plover"]),
        (["--country", "Russia"], ["--country", "ISO3"]),
        (["--actor", "RUS GOV"], ["--actor"]),
        (["--limit", "-2"], ["--limit"]),
        (["--from", "2015-01-01", "--to", "2014-01-01"], ["date_from", "after"]),
    ],
)
def test_cli_query_bad_parameters_exit_2_naming_them(
    runner: CliRunner, db: str, args: list[str], names: list[str]
) -> None:
    result = runner.invoke(main, ["query", "--db", db, *args])
    assert result.exit_code == 2
    for name in names:
        assert name in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["query", "series", "export"])
def test_cli_missing_database_exits_2_naming_db(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    extra = {
        "series": ["--actor", "RUS"],
        "export": ["--format", "csv", "-o", str(tmp_path / "x.csv")],
    }
    result = runner.invoke(
        main,
        [command, "--db", str(tmp_path / "missing.duckdb"), *extra.get(command, [])],
    )
    assert result.exit_code == 2
    assert "--db" in result.stderr and "does not exist" in result.stderr


def test_cli_query_default_database_is_eventwire_duckdb(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    missing = runner.invoke(main, ["query"])
    assert missing.exit_code == 2 and "eventwire.duckdb" in missing.stderr
    build_store(tmp_path / "eventwire.duckdb")
    found = runner.invoke(main, ["query", "--format", "jsonl", "--actor", "IRN"])
    assert found.exit_code == 0 and _ids(found.stdout) == {eid(14)}


def test_cli_query_not_a_store_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    duckdb.connect(str(path)).close()
    result = runner.invoke(main, ["query", "--db", str(path)])
    assert result.exit_code == 1
    assert (
        result.stderr.startswith("Error: ")
        and "not an eventwire store" in result.stderr
    )


def test_cli_series_csv_and_plot(runner: CliRunner, db: str, tmp_path: Path) -> None:
    out, png = tmp_path / "s.csv", tmp_path / "s.png"
    result = runner.invoke(
        main,
        [
            "series", "--db", db, "--dyad", "RUS:UKR", "--by", "week",
            "--from", "2014-03-01", "--to", "2014-03-31",
            "-o", str(out), "--plot", str(png),
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == ["period", "count"]
    assert [r[1] for r in rows[1:]] == ["0", "2", "1", "0", "0", "0"]
    assert png.read_bytes()[:4] == b"\x89PNG" and png.stat().st_size > 10_000
    assert "Events RUS → UKR per week, count" in result.stderr


@pytest.mark.parametrize(
    ("args", "header"),
    [
        (
            ["--actor", "SYR", "--measure", "quad", "--by", "month"],
            "period,count,quad1,quad2,quad3,quad4",
        ),
        (
            ["--country", "SYR", "--measure", "goldstein"],
            "period,count,goldstein_sum,goldstein_mean",
        ),
        (
            ["--dyad", "RUS:UKR", "--include-hypothetical", "--code", "19"],
            "period,count",
        ),
    ],
)
def test_cli_series_prints_csv(
    runner: CliRunner, db: str, args: list[str], header: str
) -> None:
    result = runner.invoke(main, ["series", "--db", db, *args])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == header


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["--dyad", "RUSUKR"], ["--dyad", "colon"]),
        (["--dyad", "RUS:"], ["--dyad", "RUS:UKR"]),
        ([], ["--dyad", "--actor", "--country"]),
        (["--dyad", "RUS:UKR", "--actor", "RUS"], ["--dyad and --actor"]),
        (["--actor", "RUS", "--by", "year"], ["--by"]),
        (["--actor", "RUS", "--measure", "tone"], ["--measure"]),
        (["--actor", "RUS", "--from", "May 2014"], ["--from"]),
        (["--country", "Syria"], ["--country", "ISO3"]),
    ],
)
def test_cli_series_bad_parameters_exit_2(
    runner: CliRunner, db: str, args: list[str], names: list[str]
) -> None:
    result = runner.invoke(main, ["series", "--db", db, *args])
    assert result.exit_code == 2
    for name in names:
        assert name in result.stderr


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        (
            "gdelt",
            lambda text: all(len(line.split("\t")) == 61 for line in text.splitlines()),
        ),
        (
            "plover",
            lambda text: all(
                tuple(json.loads(x)) == PLOVER_FIELDS for x in text.splitlines()
            ),
        ),
        ("csv", lambda text: text.splitlines()[0] == ",".join(CSV_COLUMNS)),
        (
            "jsonl",
            lambda text: all(
                tuple(json.loads(x)) == EVENT_FIELDS for x in text.splitlines()
            ),
        ),
    ],
)
def test_cli_export_text_formats(
    runner: CliRunner, db: str, tmp_path: Path, fmt: str, check: object
) -> None:
    out = tmp_path / f"events.{fmt}"
    result = runner.invoke(
        main, ["export", "--db", db, "--format", fmt, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text and check(text)  # type: ignore[operator]
    assert f"to {out} ({fmt})" in result.stderr
    assert (
        "3 negated, hypothetical or historical events left out (--all keeps them)"
        in result.stderr
    )


def test_cli_export_all_and_filters(runner: CliRunner, db: str, tmp_path: Path) -> None:
    out = tmp_path / "all.tsv"
    result = runner.invoke(
        main,
        [
            "export",
            "--db",
            db,
            "--format",
            "gdelt",
            "-o",
            str(out),
            "--all",
            "--header",
        ],
    )
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert (
        lines[0].startswith("GLOBALEVENTID\tSQLDATE\t")
        and len(lines) == len(EVENTS) + 1
    )
    assert "left out" not in result.stderr
    some = tmp_path / "rus.jsonl"
    result = runner.invoke(
        main,
        [
            "export",
            "--db",
            db,
            "--format",
            "jsonl",
            "-o",
            str(some),
            "--actor",
            "RUS",
            "--quad",
            "4",
        ],
    )
    assert _ids(some.read_text(encoding="utf-8")) == {eid(n) for n in (1, 2, 23, 30)}


def test_cli_export_plover_says_what_it_skipped(
    runner: CliRunner, db: str, tmp_path: Path
) -> None:
    result = runner.invoke(
        main,
        ["export", "--db", db, "--format", "plover", "-o", str(tmp_path / "p.jsonl")],
    )
    assert "1 without a PLOVER category" in result.stderr


def test_cli_export_parquet(runner: CliRunner, db: str, tmp_path: Path) -> None:
    out = tmp_path / "pq"
    result = runner.invoke(
        main, ["export", "--db", db, "--format", "parquet", "-o", str(out), "--all"]
    )
    assert result.exit_code == 0, result.output
    con = duckdb.connect()
    n = con.sql(
        f"SELECT count(DISTINCT event_id) FROM read_parquet('{out}/**/*.parquet', hive_partitioning=true)"
    ).fetchall()
    assert n == [(len(EVENTS),)]
    again = runner.invoke(
        main, ["export", "--db", db, "--format", "parquet", "-o", str(out)]
    )
    assert again.exit_code == 2 and "not an empty folder" in again.stderr


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["--format", "xlsx", "-o", "OUT"], ["--format", "xlsx"]),
        (["-o", "OUT"], ["--format"]),
        (["--format", "csv"], ["-o"]),
        (["--format", "csv", "-o", "OUT", "--to", "2014-02-30"], ["--to"]),
    ],
)
def test_cli_export_bad_parameters_exit_2(
    runner: CliRunner, db: str, tmp_path: Path, args: list[str], names: list[str]
) -> None:
    out = str(tmp_path / "out.csv")
    result = runner.invoke(
        main, ["export", "--db", db, *[out if a == "OUT" else a for a in args]]
    )
    assert result.exit_code == 2
    assert not (tmp_path / "out.csv").exists()
    for name in names:
        assert name in result.stderr
