"""The command line through click's test runner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.records import CSV_COLUMNS, EVENT_FIELDS

EXAMPLE = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "eventwire"
    / "examples"
    / "harbor_talks.txt"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_cli_code_prints_a_table_of_the_example(runner: CliRunner) -> None:
    result = runner.invoke(main, ["code", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    for column in ("actor", "event", "recipient", "date", "place", "trigger"):
        assert column in result.stdout
    assert "IGOEUREEC" in result.stdout and "163" in result.stdout
    assert result.stderr.strip().startswith("1 article coded,")


def test_cli_code_jsonl_has_exactly_the_record_fields(runner: CliRunner) -> None:
    result = runner.invoke(main, ["code", str(EXAMPLE), "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) >= 6
    assert all(tuple(r) == EVENT_FIELDS for r in records)
    assert len({r["cameo_root"] for r in records}) >= 6


def test_cli_code_csv_has_the_documented_columns(
    runner: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "events.csv"
    result = runner.invoke(main, ["code", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and tuple(rows[0]) == CSV_COLUMNS


def test_cli_code_reads_stdin(runner: CliRunner) -> None:
    text = "Chile recalled its ambassador from Peru on Monday.\n"
    result = runner.invoke(main, ["code", "-", "--format", "jsonl"], input=text)
    assert result.exit_code == 0
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["cameo"] == "161" and record["date"] is None


def test_cli_code_goes_on_after_bad_inputs_and_says_so(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "bad.jsonl").write_text(
        '{"id": "a", "text": "Chile recalled its ambassador from Peru."}\n{"id": \n',
        encoding="utf-8",
    )
    (tmp_path / "nocol.csv").write_text("id,body\n1,hello\n", encoding="utf-8")
    paths = [
        str(tmp_path / n)
        for n in ("empty.txt", "blob.bin", "bad.jsonl", "nocol.csv", "missing.txt")
    ]
    result = runner.invoke(main, ["code", *paths, "--format", "jsonl"])
    assert result.exit_code == 1
    assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == [
        "a"
    ]
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"skipped: {tmp_path / 'empty.txt'}: the file is empty; expected the text of an article.",
        f"skipped: {tmp_path / 'blob.bin'}: this is a binary file, not text; expected UTF-8 text.",
        f"skipped: {tmp_path / 'bad.jsonl'}:2: not valid JSON (Expecting value at column 8); expected one JSON object per line.",
        f'skipped: {tmp_path / "nocol.csv"}:1: no "text" column (found: id, body); expected the columns id, text and optionally title, date, url, source.',
        f"skipped: {tmp_path / 'missing.txt'}: no such file or directory.",
        "1 article coded, 1 event; 5 inputs skipped.",
    ]


def test_cli_code_stores_in_duckdb_and_rerun_changes_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    db = tmp_path / "events.duckdb"
    for _ in range(2):
        result = runner.invoke(main, ["code", str(EXAMPLE), "--db", str(db)])
        assert result.exit_code == 0
    con = duckdb.connect(str(db))
    n_articles = con.execute("select count(*) from articles").fetchone()[0]
    n_events = con.execute("select count(*) from events").fetchone()[0]
    con.close()
    assert n_articles == 1 and n_events >= 6


def test_cli_explain_shows_parse_actors_and_events(runner: CliRunner) -> None:
    result = runner.invoke(
        main, ["explain", "Iran accused Israel of sabotage.", "--date", "2021-04-12"]
    )
    assert result.exit_code == 0
    assert "Parse" in result.stdout and "Actors found" in result.stdout
    assert "IRN -> ISR  112 Accuse" in result.stdout


def test_cli_explain_rejects_a_bad_date(runner: CliRunner) -> None:
    result = runner.invoke(
        main, ["explain", "Iran accused Israel.", "--date", "12/04/2021"]
    )
    assert result.exit_code == 2
    assert (
        '"12/04/2021" is not a date; expected YYYY-MM-DD like "2014-12-16".'
        in result.stderr
    )


def test_cli_workers_give_the_same_events(runner: CliRunner, tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": f"a{i}",
                "text": "Chile recalled its ambassador from Peru. Iran accused Israel of sabotage.",
            }
        )
        for i in range(6)
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = runner.invoke(main, ["code", str(src), "--format", "jsonl"])
    two = runner.invoke(main, ["code", str(src), "--format", "jsonl", "--workers", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and one.stdout.count("\n") == 12


@pytest.mark.parametrize(("flags", "codes"), [([], []), (["--statements"], ["010"])])
def test_cli_code_bare_statements_only_when_asked(
    runner: CliRunner, flags: list[str], codes: list[str]
) -> None:
    text = "Japan said China remained its largest trading partner.\n"
    result = runner.invoke(main, ["code", "-", "--format", "jsonl", *flags], input=text)
    assert result.exit_code == 0
    assert [json.loads(line)["cameo"] for line in result.stdout.splitlines()] == codes


THREE_REPORTS = (
    Path(__file__).resolve().parent / "fixtures" / "dedup" / "three_reports.jsonl"
)


def test_cli_code_across_articles_merges_one_happening(runner: CliRunner) -> None:
    plain = runner.invoke(main, ["code", str(THREE_REPORTS), "--format", "jsonl"])
    merged = runner.invoke(
        main, ["code", str(THREE_REPORTS), "--format", "jsonl", "--across-articles"]
    )
    assert plain.exit_code == 0 and merged.exit_code == 0, merged.output
    before = [json.loads(line) for line in plain.stdout.splitlines()]
    after = [json.loads(line) for line in merged.stdout.splitlines()]
    shelling = [e for e in after if e["cameo"].startswith("19")]
    assert len(shelling) == 1
    assert shelling[0]["counts"]["articles"] == 3
    assert shelling[0]["counts"]["sources"] == 3
    assert len(after) < len(before)
    assert "across 3 articles" in merged.stderr


def test_cli_code_one_a_day_keeps_one_event_per_dyad_code_and_day(
    runner: CliRunner,
) -> None:
    result = runner.invoke(
        main, ["code", str(THREE_REPORTS), "--format", "jsonl", "--one-a-day"]
    )
    assert result.exit_code == 0, result.output
    plain = runner.invoke(main, ["code", str(THREE_REPORTS), "--format", "jsonl"])

    def keys(output: str) -> list[tuple[str, str | None, str, str]]:
        return [
            (
                e["actor"]["code"],
                e["recipient"]["code"] if e["recipient"] else None,
                e["cameo"],
                e["date"],
            )
            for e in map(json.loads, output.splitlines())
        ]

    daily, every = keys(result.stdout), keys(plain.stdout)
    assert len(every) > len(set(every))  # two outlets report the same act the same day
    assert daily and len(daily) == len(set(daily)) == len(set(every))
