"""Tests of the WARC reader: news pages from crawl records, cut-short and corrupt files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import ReadReport, read_paths
from eventwire.records import Article

FIRST_TEXT = (
    "Port workers in Dunmore went on strike on Monday to demand higher wages, halting "
    "the loading of grain ships for the third time this year.\n\n"
    "The harbour authority said talks with the dockers' union would resume on Thursday."
)
SECOND_TEXT = (
    "Coast guard boats from Varnia and Ostrel collided near the island of Skell on "
    "Sunday, each side accusing the other of entering its waters.\n\n"
    "No one was hurt, the Varnian coast guard said."
)


def _page(title: str, text: str, head: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title}</title>{head}</head>'
        '<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright Harbour Times. All rights reserved.</footer></body></html>"
    ).encode()


FIRST_PAGE = _page(
    "Dockers Strike in Dunmore",
    FIRST_TEXT,
    '<meta property="article:published_time" content="2022-09-12T08:00:00Z">',
)
SECOND_PAGE = _page("Coast Guard Boats Collide", SECOND_TEXT)  # no date of its own
MENU_PAGE = (
    b"<html><head><title>Harbour Times</title></head><body><nav><ul>"
    b'<li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>'
    b"<footer><p>Copyright Harbour Times. All rights reserved.</p></footer></body></html>"
)

# (url, status, content type, payload)
RECORDS = [
    ("https://harbour.example.org/dockers-strike", "200 OK", "text/html; charset=utf-8", FIRST_PAGE),
    ("https://harbour.example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    ("https://harbour.example.org/boats-collide", "200 OK", "text/html", SECOND_PAGE),
]  # fmt: skip


def _warc(records: list[tuple[str, str, str, bytes]], is_gzip: bool) -> bytes:
    """A WARC file of response records, all crawled on 2022-09-13."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=is_gzip)
    for url, status, content_type, payload in records:
        http = StatusAndHeaders(status, [("Content-Type", content_type)], "HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(payload),
            length=len(payload),
            http_headers=http,
            warc_headers_dict={"WARC-Date": "2022-09-13T02:10:00Z"},
        )
        writer.write_record(record)
    return out.getvalue()


def _read(paths: list[str]) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    articles = list(read_paths(paths, report))
    return articles, report


def _expected(name: str) -> list[Article]:
    first_url = "https://harbour.example.org/dockers-strike"
    second_url = "https://harbour.example.org/boats-collide"
    first_title, second_title = "Dockers Strike in Dunmore", "Coast Guard Boats Collide"
    return [
        Article(
            id=Article.make_id(FIRST_TEXT, first_title, first_url),
            text=FIRST_TEXT,
            title=first_title,
            published="2022-09-12",  # the page's own date
            source="harbour.example.org",
            url=first_url,
            language="en",
            origin=f"{name} record 1",
        ),
        Article(
            id=Article.make_id(SECOND_TEXT, second_title, second_url),
            text=SECOND_TEXT,
            title=second_title,
            published="2022-09-13",  # the day it was crawled (WARC-Date)
            source="harbour.example.org",
            url=second_url,
            language="en",
            origin=f"{name} record 3",
        ),
    ]


@pytest.mark.parametrize(
    ("name", "is_gzip"),
    [("crawl.warc", False), ("crawl.warc.gz", True), ("crawl.gz", True)],
)
def test_read_paths_reads_warc_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, is_gzip: bool
) -> None:
    (tmp_path / name).write_bytes(_warc(RECORDS, is_gzip))
    monkeypatch.chdir(tmp_path)
    articles, report = _read([name])
    assert articles == _expected(name)  # the image record is passed over
    assert (report.articles, report.skipped, report.empty_pages) == (2, [], 0)


@pytest.mark.parametrize(
    ("name", "is_gzip", "cut", "message"),
    [
        (
            "cut.warc",
            False,
            100,
            # the 4 bytes after a record's content end it; the other 96 are content
            "cut.warc: record 3 is cut short or corrupt (its content ends 96 bytes "
            "early); expected a complete WARC file (read up to record 2).",
        ),
        (
            "cut.warc.gz",
            True,
            100,
            "cut.warc.gz: record 3 is cut short or corrupt (the gzip data ends early); "
            "expected a complete WARC file (read up to record 2).",
        ),
    ],
)
def test_read_paths_reports_cut_warc(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    is_gzip: bool,
    cut: int,
    message: str,
) -> None:
    (tmp_path / name).write_bytes(_warc(RECORDS, is_gzip)[:-cut])
    (tmp_path / "next.warc").write_bytes(_warc(RECORDS[:1], False))
    monkeypatch.chdir(tmp_path)
    articles, report = _read([name, "next.warc"])
    assert [a.origin for a in articles] == [f"{name} record 1", "next.warc record 1"]
    assert report.skipped == [message]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "bad.warc: the file is empty; expected WARC records."),
        (
            b"WARC/1.0\r\nWARC-Type: response\r\n",
            "bad.warc: record 1 is cut short or corrupt (no Content-Length header with "
            "a number); expected a complete WARC file.",
        ),
        (
            b"<html><body>not a crawl</body></html>\r\n",
            "bad.warc: record 1 is cut short or corrupt (Unknown archive format, first "
            "line: ['<html><body>not', 'a', 'crawl</body></html>']); expected a "
            "complete WARC file.",
        ),
    ],
)
def test_read_paths_reports_corrupt_warc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, message: str
) -> None:
    (tmp_path / "bad.warc").write_bytes(content)
    monkeypatch.chdir(tmp_path)
    articles, report = _read(["bad.warc"])
    assert (articles, report.skipped) == ([], [message])


@pytest.mark.parametrize(
    "records",
    [
        [
            ("https://harbour.example.org/", "200 OK", "text/html", MENU_PAGE),
            ("https://harbour.example.org/old", "301 Moved Permanently", "text/html", FIRST_PAGE),
            RECORDS[2],
        ]
    ],
)  # fmt: skip
def test_read_paths_counts_warc_pages_without_text(
    tmp_path: Path, records: list[tuple[str, str, str, bytes]]
) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc(records, False))
    articles, report = _read([str(path)])
    assert [a.url for a in articles] == ["https://harbour.example.org/boats-collide"]
    assert report.skipped == []  # an index page is no error
    assert report.empty_pages == 1  # a redirect is no page at all
    assert report.summary_lines() == [
        "1 crawled page with no article text skipped (WARC)."
    ]
