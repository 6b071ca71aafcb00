"""Browser tests of the web page: a real uvicorn server on 127.0.0.1 over a small store,
and Debian's chromium driven by playwright (never a downloaded browser).

The whole folder is skipped, with the reason, when /usr/bin/chromium, playwright or
``eventwire.api.create_app`` is missing. Screenshots go to ``$EVENTWIRE_ARTIFACTS``
(default ``<repo>/artifacts/web``).
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from eventwire.ingest import ReadReport, read_paths
from eventwire.pipeline import Coder, ingest
from eventwire.store import EventStore

from .places import map_batch

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
FIXTURES = [
    REPO / "tests" / "fixtures" / "dedup" / "three_reports.jsonl",
    REPO / "src" / "eventwire" / "examples" / "harbor_talks.txt",
]
# A stored story whose title and text carry markup: the page must show it as text.
HOSTILE = {
    "id": "hostile-0307",
    "title": "<script>alert('title')</script> Border talks <b>resume</b>",
    "text": (
        "Turkey accused Syria of shelling border villages on Thursday. "
        '<script>alert("stored")</script> <img src=x onerror=alert(2)> '
        "Officials gave no further details."
    ),
    "published": "2024-03-07",
    "source": "Test Wire",
    "url": "javascript:alert(3)",
}
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
]


def _create_app() -> Any:
    try:
        from eventwire.api import create_app
    except ImportError as exc:
        pytest.skip(f"eventwire.api.create_app is not there yet ({exc})")
    return create_app


@pytest.fixture(scope="session")
def web_requirements() -> Any:
    """Skip every browser test, saying why, when something they need is missing."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    return _create_app()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    folder = Path(os.environ.get("EVENTWIRE_ARTIFACTS", REPO / "artifacts" / "web"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def web_db(
    web_requirements: Any, tmp_path_factory: pytest.TempPathFactory, coder: Coder
) -> Path:
    """The fixture stories and the example article, coded with the shared model, and
    the map's stories with the events written for them (``places.py``)."""
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = folder / "web.duckdb"
    with EventStore(db) as store:
        ingest(
            read_paths([str(p) for p in [*FIXTURES, hostile]], ReadReport()),
            store,
            coder=coder,
        )
        store.write(map_batch())
    return db


@pytest.fixture(scope="session")
def base_url(web_requirements: Any, web_db: Path) -> Iterator[str]:
    """A real uvicorn server on 127.0.0.1 (a free port), in a background thread."""
    import uvicorn

    app = web_requirements(web_db)
    if hasattr(app.state, "coding"):  # as "eventwire serve" does: workers ready first
        app.state.coding.start(wait=True)
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", ws="none"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="eventwire-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the uvicorn server did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser(web_requirements: Any) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Watched:
    """A page and what it did: console errors, uncaught errors, requests, dialogs."""

    page: Any
    base_url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        """Requests to anywhere but the test server."""
        return [
            url
            for url in self.requests
            if urlsplit(url).hostname != "127.0.0.1"
            or not url.startswith(self.base_url + "/")
        ]


@pytest.fixture
def web(browser: Any, base_url: str) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    watched = Watched(page, base_url)
    page.on(
        "console",
        lambda msg: watched.errors.append(msg.text) if msg.type == "error" else None,
    )
    page.on("pageerror", lambda exc: watched.errors.append(str(exc)))
    page.on("request", lambda request: watched.requests.append(request.url))

    def on_dialog(dialog: Any) -> None:
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield watched
    context.close()
