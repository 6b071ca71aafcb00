"""Tests of gzip-compressed inputs: any format with a .gz suffix, and corrupt gzip."""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from pathlib import Path

import pytest

from eventwire.ingest import ReadReport, read_paths
from eventwire.records import Article

WIRE = (
    "Dockers End Strike in Dunmore\n\nSeptember 15, 2022\n\nHarbour Times\n\n"
    "Port workers in Dunmore ended a four-day strike on Thursday after the harbour "
    "authority agreed to raise wages, the dockers' union said.\n"
)
JSONL = (
    '{"id": "d1", "text": "Dockers in Dunmore ended their strike on Thursday."}\n'
    '{"id": "d2", "text": "Grain ships began loading again on Friday morning."}\n'
)
CSV = 'id,text\nd1,"Dockers in Dunmore ended their strike on Thursday."\n'
HTML = (
    "<html><head><title>Dockers End Strike</title></head><body><article><p>Port "
    "workers in Dunmore ended a four-day strike on Thursday after the harbour "
    "authority agreed to raise wages.</p></article></body></html>"
)


def _read(paths: list[str]) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    articles = list(read_paths(paths, report))
    return articles, report


@pytest.mark.parametrize(
    ("name", "content", "origins"),
    [
        ("wire.txt.gz", WIRE, ["wire.txt.gz"]),
        ("wire.jsonl.gz", JSONL, ["wire.jsonl.gz:1", "wire.jsonl.gz:2"]),
        ("wire.ndjson.gz", JSONL, ["wire.ndjson.gz:1", "wire.ndjson.gz:2"]),
        ("wire.csv.gz", CSV, ["wire.csv.gz:2"]),
        ("page.html.gz", HTML, ["page.html.gz"]),
        ("unknown.gz", JSONL, ["unknown.gz:1", "unknown.gz:2"]),  # sniffed inside
        ("plain.jsonl", JSONL, ["plain.jsonl:1", "plain.jsonl:2"]),  # gzip, unsaid
    ],
)
def test_read_paths_reads_gzipped(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: str,
    origins: list[str],
) -> None:
    (tmp_path / name).write_bytes(gzip.compress(content.encode()))
    monkeypatch.chdir(tmp_path)
    articles, report = _read([name])
    assert [a.origin for a in articles] == origins
    assert report.skipped == []


@pytest.mark.parametrize("content", [WIRE])
def test_read_paths_gzipped_text_reads_wire_layout(
    tmp_path: Path, content: str
) -> None:
    path = tmp_path / "wire.txt.gz"
    path.write_bytes(gzip.compress(content.encode()))
    (article,), _ = _read([str(path)])
    assert (article.title, article.published, article.source) == (
        "Dockers End Strike in Dunmore",
        "2022-09-15",
        "Harbour Times",
    )


@pytest.mark.parametrize("content", [JSONL])
def test_read_paths_reads_gzipped_stdin(
    monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(gzip.compress(content.encode())))
    monkeypatch.setattr(sys, "stdin", stdin)
    articles, _ = _read(["-"])
    assert [a.id for a in articles] == ["d1", "d2"]


GZIPPED = gzip.compress(JSONL.encode())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            JSONL.encode(),
            "bad.jsonl.gz: not gzip data (it starts with b'{\"id'); expected a "
            "gzip-compressed file (or drop the .gz suffix if it is not compressed).",
        ),
        (b"", "bad.jsonl.gz: the file is empty; expected gzip-compressed data."),
        (
            GZIPPED[:-12],
            "bad.jsonl.gz: the gzip data ends early (the file is cut short); "
            "expected a complete gzip file.",
        ),
        (
            GZIPPED[:10] + b"\xff" * 20 + GZIPPED[30:],
            "bad.jsonl.gz: corrupt gzip data (Error -3 while decompressing data: "
            "invalid block type); expected a complete gzip file.",
        ),
        (
            GZIPPED[:-8] + b"\x00\x00\x00\x00" + GZIPPED[-4:],
            "bad.jsonl.gz: corrupt gzip data (CRC check failed 0x0 != "
            f"{zlib.crc32(JSONL.encode()):#x}); expected a complete gzip file.",
        ),
    ],
)
def test_read_paths_reports_corrupt_gzip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, message: str
) -> None:
    (tmp_path / "bad.jsonl.gz").write_bytes(content)
    (tmp_path / "good.txt.gz").write_bytes(gzip.compress(WIRE.encode()))
    monkeypatch.chdir(tmp_path)
    articles, report = _read(["bad.jsonl.gz", "good.txt.gz"])
    assert [a.origin for a in articles] == ["good.txt.gz"]  # the batch goes on
    assert report.skipped == [message]
