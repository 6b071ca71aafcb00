"""Tests of the feed reader: RSS and Atom files, feeds served over HTTP, broken feeds."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.ingest import ReadReport, read_paths
from eventwire.ingest import _feed as feed_module
from eventwire.ingest._html import html_to_text
from eventwire.records import Article

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"
RSS = FIXTURES / "lakeside_wire.rss"
ATOM = FIXTURES / "horn_dispatch.atom"
FEED = "expected an RSS or Atom feed"
NO_TEXT = (
    "no text; expected the article's text in <description>, <summary> or <content>."
)


def _read(paths: list[str]) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    articles = list(read_paths(paths, report))
    return articles, report


def _article(
    text: str, title: str, published: str, source: str, url: str, origin: str
) -> Article:
    return Article(
        id=Article.make_id(text, title, url),
        text=text,
        title=title,
        published=published,
        source=source,
        url=url,
        language="en",
        origin=origin,
    )


def _rss_articles(name: str) -> list[Article]:
    """The articles of lakeside_wire.rss read as ``name``."""
    return [
        _article(
            "Varnia recalled its ambassador from Ostrel on Wednesday, a day after the "
            "ferry talks in Lakeport broke up without a deal.\n\n"
            "The foreign ministry in Talm called the recall temporary.",
            "Varnia Recalls Envoy from Ostrel",
            "2023-05-10",  # the day as the feed writes it (+0300), not in UTC
            "Lakeside Wire",
            "https://wire.example.org/2023/05/10/envoy",
            f"{name} entry 1",
        ),
        _article(
            "Ostrel border guards detained six Varnian fishermen on Thursday near the "
            "island of Skell, the fishermen's union said.\n\n"
            "The union urged Talm to protest to the Ostrel government.",
            "Border Guards Detain Fishermen",
            "2023-05-11",
            "Lakeside Wire",
            "https://wire.example.org/2023/05/11/fishermen",
            f"{name} entry 2",
        ),
    ]


def _one_item(item: str, channel: str = "<title>Test Wire</title>") -> bytes:
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel>{channel}'
        f"<item>{item}</item></channel></rss>"
    ).encode()


# --- files ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["lakeside_wire.rss", "lakeside_wire.xml", "wire"])
def test_read_paths_reads_rss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    (tmp_path / name).write_bytes(RSS.read_bytes())
    monkeypatch.chdir(tmp_path)
    articles, report = _read([name])
    assert articles == _rss_articles(name)
    assert report.articles == 2
    assert report.skipped == [f"{name} entry 3: {NO_TEXT}"]


@pytest.mark.parametrize("path", [ATOM])
def test_read_paths_reads_atom(path: Path) -> None:
    articles, report = _read([str(path)])
    assert articles == [
        _article(
            "Elders of herding and farming communities in the Dalo valley signed a "
            "pact on Thursday to share grazing land and wells, ending months of "
            "clashes.",  # the content, longer than the summary
            "Herders and Farmers Sign Grazing Pact",
            "2023-06-01",  # published, not updated
            "Horn Dispatch",
            "https://dispatch.example.org/grazing-pact",
            f"{path} entry 1",
        ),
        _article(
            "A local militia withdrew from the market town of Keyo on Friday after "
            "talks with regional officials.",
            "Militia Withdraws from Market Town",  # an HTML title, as text
            "2023-06-02",  # updated, when there is no published date
            "Horn Dispatch",
            "https://dispatch.example.org/militia-withdraws",
            f"{path} entry 2",
        ),
    ]
    assert report.skipped == []


@pytest.mark.parametrize(
    ("item", "published"),
    [
        ("<pubDate>Tue, 16 Dec 2014 23:30:00 -0500</pubDate>", "2014-12-16"),
        ("<pubDate>16 Dec 2014 08:00 GMT</pubDate>", "2014-12-16"),
        ("<pubDate>2014-12-16T01:00:00+03:00</pubDate>", "2014-12-16"),
        ("<pubDate>next Tuesday</pubDate>", None),
        ("", None),
    ],
)
def test_read_paths_feed_entry_date(
    tmp_path: Path, item: str, published: str | None
) -> None:
    path = tmp_path / "dates.rss"
    path.write_bytes(_one_item(f"<description>Envoys met.</description>{item}"))
    (article,), _ = _read([str(path)])
    assert article.published == published


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<p>Envoys <b>met</b>.</p><p>Talks&nbsp;began.</p>",
            "Envoys met.\n\nTalks began.",
        ),
        ("Envoys met.<br>Talks began.", "Envoys met.\n\nTalks began."),
        (
            "<p>Rebels seized</p><p>the town of Goma.</p>",
            "Rebels seized the town of Goma.",
        ),
        (
            "<div>Troops\n   moved\tnorth.</div><script>var x = 1;</script>",
            "Troops moved north.",
        ),
        ("<ul><li>One.</li><li>Two.</li></ul>", "One.\n\nTwo."),
        ("AT&amp;T &lt;said&gt;", "AT&T <said>"),
        ("<p> </p>", ""),
    ],
)
def test_html_to_text_keeps_paragraphs(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</titel>',
            f"bad.rss: not a valid feed (line 1, column 65: mismatched tag); {FEED}.",
        ),
        (
            b"Envoys met in Geneva.",
            f"bad.rss: not a valid feed (line 1, column 1: syntax error); {FEED}.",
        ),
        (
            b'<?xml version="1.0"?><urlset><url>https://example.org/</url></urlset>',
            "bad.rss: not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element); "
            f"{FEED}.",
        ),
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet Wire'
            b"</title></channel></rss>",
            f"bad.rss: the feed has no entries; {FEED} with <item> or <entry> elements.",
        ),
    ],
)
def test_read_paths_reports_broken_feed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, message: str
) -> None:
    (tmp_path / "bad.rss").write_bytes(content)
    (tmp_path / "good.atom").write_bytes(ATOM.read_bytes())
    monkeypatch.chdir(tmp_path)
    articles, report = _read(["bad.rss", "good.atom"])
    assert [a.origin for a in articles] == ["good.atom entry 1", "good.atom entry 2"]
    assert report.skipped == [message]


@pytest.mark.parametrize(
    ("names", "origins"),
    [
        (
            ["feed.xml", "sitemap.xml", "wire.rss"],
            ["news/feed.xml entry 1", "news/feed.xml entry 2", "news/wire.rss entry 1"],
        ),
    ],
)
def test_read_paths_folder_reads_xml_only_when_a_feed(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    names: list[str],
    origins: list[str],
) -> None:
    (tmp_path / "news").mkdir()
    for name in names:
        if name == "sitemap.xml":
            content = b'<?xml version="1.0"?><urlset><url>x</url></urlset>'
        elif name == "feed.xml":
            content = ATOM.read_bytes()
        else:
            content = _one_item("<description>Envoys met in Doha.</description>")
        (tmp_path / "news" / name).write_bytes(content)
    monkeypatch.chdir(tmp_path)
    articles, report = _read(["news"])
    assert [a.origin for a in articles] == origins
    assert report.skipped == []


# --- feeds served over HTTP -------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (the timeout test) is no test failure


@pytest.fixture
def feed_server() -> Iterator[str]:
    """A feed server on 127.0.0.1; ``/slow.rss`` answers only when the test ends."""
    release = threading.Event()
    routes = {
        "/wire.rss": ("application/rss+xml; charset=utf-8", RSS.read_bytes()),
        "/broken.rss": ("application/rss+xml", b"<rss><channel><title>x</titel>"),
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/slow.rss":
                release.wait(10)
                return
            if self.path not in routes:
                self.send_error(404)
                return
            content_type, body = routes[self.path]
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = _Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        release.set()
        server.shutdown()
        server.server_close()
        thread.join()


def test_read_paths_fetches_feed_url(feed_server: str) -> None:
    url = f"{feed_server}/wire.rss"
    articles, report = _read([url])
    assert articles == _rss_articles(url)
    assert report.skipped == [f"{url} entry 3: {NO_TEXT}"]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "/missing.rss",
            "{url}: the server answered HTTP 404 (Not Found); "
            f"{FEED} at this address.",
        ),
        (
            "/broken.rss",
            f"{{url}}: not a valid feed (line 1, column 25: mismatched tag); {FEED}.",
        ),
        (
            "/slow.rss",
            f"{{url}}: no answer within 0.2 s; {FEED} at this address (try again later).",
        ),
    ],
)
def test_read_paths_reports_failed_feed_url(
    feed_server: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    message: str,
) -> None:
    monkeypatch.setattr(feed_module, "FETCH_TIMEOUT_S", 0.2)
    (tmp_path / "good.atom").write_bytes(ATOM.read_bytes())
    url = f"{feed_server}{path}"
    articles, report = _read([url, str(tmp_path / "good.atom")])
    assert len(articles) == 2  # the batch goes on
    assert report.skipped == [message.format(url=url)]


def test_read_paths_reports_refused_feed_url() -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/wire.rss"
    _, report = _read([url])
    assert report.skipped == [f"{url}: cannot be fetched (Connection refused); {FEED}."]
