"""Tests of the HTML reader: main text and metadata of news pages, bad pages skipped."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pytest

from eventwire.ingest import ReadReport, read_paths
from eventwire.records import Article

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"
PAGE = FIXTURES / "lakeport_page.html"

PAGE_TEXT = (
    "Delegations from Varnia and Ostrel resumed talks on Tuesday over the ferry link "
    "across Lake Morrow, suspended since a customs dispute closed the Lakeport terminal "
    "in March.\n\n"
    '"We came here to reopen the crossing, not to argue about the past," Varnian '
    "Transport Minister Ilse Dorn told reporters at the harbour after the first "
    "session.\n\n"
    "Ostrel's delegation said it would present a plan for joint customs checks on "
    "Wednesday. Fishermen's unions on both shores have urged the two governments to "
    "settle the dispute before the summer season."
)

NO_TEXT = "expected a news page with paragraphs of text."

MENU_ONLY = b"""<!DOCTYPE html>
<html lang="en"><head><title>The Lakeside Courier</title></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/region">Region</a></li></ul></nav>
<footer><p>Copyright 2023 The Lakeside Courier. All rights reserved.</p></footer>
</body></html>
"""

# Tags left open and closed out of order: the text is still there to read.
UNCLOSED = b"""<html><head><title>Rebels Take Hill Town</title>
<body><div class="story"><p>Rebels took the hill town of Ardo on Sunday after two days
of fighting with army units, residents said.<p>The army withdrew south <b>toward the
river crossing at Sela.</div></span></html>
"""


def _read(paths: list[str]) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    articles = list(read_paths(paths, report))
    return articles, report


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("path", [PAGE])
def test_read_paths_html_reads_main_text_and_metadata(path: Path) -> None:
    (article,), report = _read([str(path)])
    assert article == Article(
        id=Article.make_id(
            PAGE_TEXT,
            "Ferry Talks Resume at Lakeport",
            "https://courier.example.org/2023/05/09/ferry-talks",
        ),
        text=PAGE_TEXT,
        title="Ferry Talks Resume at Lakeport",
        published="2023-05-09",
        source="The Lakeside Courier",
        url="https://courier.example.org/2023/05/09/ferry-talks",
        language="en",
        origin=str(path),
    )
    assert (report.articles, report.skipped) == (1, [])


@pytest.mark.parametrize(
    "boilerplate",
    [
        "cookies",
        "Subscribe",
        "Home",
        "Most read",
        "lakeside walks",
        "All rights reserved",
        "Privacy policy",
        "Ferry Talks Resume at Lakeport",  # the headline is the title, not the text
    ],
)
def test_read_paths_html_drops_boilerplate(boilerplate: str) -> None:
    (article,), _ = _read([str(PAGE)])
    assert boilerplate not in article.text


@pytest.mark.parametrize(
    ("name", "content", "text"),
    [
        (
            "unclosed.html",
            UNCLOSED,
            "Rebels took the hill town of Ardo on Sunday after two days of fighting "
            "with army units, residents said.\n\n"
            "The army withdrew south toward the river crossing at Sela.",
        ),
        (
            "latin1.htm",
            '<html><head><meta charset="windows-1252"><title>Caf\u00e9 Strike</title>'
            "</head><body><article><p>Caf\u00e9 owners in San Tom\u00e9 closed their "
            "doors on Monday to protest a tax on terraces, their association said."
            "</p></article></body></html>".encode("cp1252"),
            "Caf\u00e9 owners in San Tom\u00e9 closed their doors on Monday to protest "
            "a tax on terraces, their association said.",
        ),
    ],
)
def test_read_paths_html_reads_imperfect_pages(
    tmp_path: Path, name: str, content: bytes, text: str
) -> None:
    path = _write(tmp_path / name, content)
    (article,), report = _read([str(path)])
    assert article.text == text
    assert article.published is None  # the page names no date: none is made up
    assert report.skipped == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "empty.html",
            b"<html><head><title>Nothing Yet</title></head><body></body></html>",
            "empty.html: no article text in this page (only navigation, or an empty "
            f"page); {NO_TEXT}",
        ),
        (
            "menu.html",
            MENU_ONLY,
            "menu.html: no article text in this page (only navigation, or an empty "
            f"page); {NO_TEXT}",
        ),
        (
            "broken.html",
            b"<<<>>> <<<",
            f"broken.html: not readable as HTML (no page structure found); {NO_TEXT}",
        ),
        (
            "note.htm",
            b'<?xml version="1.0"?><note>call back</note>',
            f"note.htm: not readable as HTML (no page structure found); {NO_TEXT}",
        ),
        (
            "blank.html",
            b" \n",
            "blank.html: the file is empty; expected an HTML news page.",
        ),
    ],
)
def test_read_paths_html_reports_page_without_text(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: bytes,
    message: str,
) -> None:
    _write(tmp_path / name, content)
    monkeypatch.chdir(tmp_path)
    articles, report = _read([name])
    assert (articles, report.skipped) == ([], [message])


@pytest.mark.parametrize("content", [MENU_ONLY])
def test_read_paths_html_goes_on_after_bad_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    _write(tmp_path / "a_menu.html", content)
    _write(tmp_path / "b_page.html", PAGE.read_bytes())
    monkeypatch.chdir(tmp_path)
    articles, report = _read(["a_menu.html", "b_page.html"])
    assert [a.origin for a in articles] == ["b_page.html"]
    assert report.articles == 1
    assert report.skipped == [
        "a_menu.html: no article text in this page (only navigation, or an empty "
        f"page); {NO_TEXT}"
    ]


@pytest.mark.parametrize("name", ["page", "page.md"])
def test_read_paths_html_sniffed_without_extension(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, PAGE.read_bytes())
    (article,), _ = _read([str(path)])
    assert (article.text, article.title) == (
        PAGE_TEXT,
        "Ferry Talks Resume at Lakeport",
    )


@pytest.mark.parametrize("page", [PAGE])
def test_read_paths_html_from_stdin(
    monkeypatch: pytest.MonkeyPatch, page: Path
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(page.read_text(encoding="utf-8")))
    (article,), _ = _read(["-"])
    assert (article.text, article.origin) == (PAGE_TEXT, "<stdin>")


@pytest.mark.parametrize("names", [["a.html", "b.htm", "c.html.gz", "notes.md"]])
def test_read_paths_html_in_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, names: list[str]
) -> None:
    (tmp_path / "pages").mkdir()
    for name in names:
        data = PAGE.read_bytes() if ".htm" in name else b"not an article"
        if name.endswith(".gz"):
            data = gzip.compress(data)
        _write(tmp_path / "pages" / name, data)
    monkeypatch.chdir(tmp_path)
    articles, report = _read(["pages"])
    assert [a.origin for a in articles] == [
        "pages/a.html",
        "pages/b.htm",
        "pages/c.html.gz",
    ]
    assert report.skipped == []
