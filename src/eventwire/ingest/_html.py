"""HTML: a news page's main text and metadata (trafilatura), and HTML fragments as text.

Nothing is fetched: the page is what the file (or the WARC record) holds.
"""

from __future__ import annotations

import codecs
import contextlib
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser

from eventwire.errors import InputError
from eventwire.ingest._files import STDIN_NAME, TEXT_LIMIT, Readable, read_limited
from eventwire.ingest._language import language_tag
from eventwire.ingest._wire import SPACES, join_body
from eventwire.records import Article

_NO_TEXT = "expected a news page with paragraphs of text"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def read_html(name: str, stream: Readable, skipped: list[str]) -> Iterator[Article]:
    """The article of one HTML page."""
    data = read_limited(stream, name, TEXT_LIMIT, "an HTML page")
    if not data.strip():
        what = "the input" if name == STDIN_NAME else "the file"
        raise InputError(f"{name}: {what} is empty; expected an HTML news page.")
    yield article_from_html(data, name)


def article_from_html(
    data: bytes,
    where: str,
    *,
    url: str | None = None,
    published: str | None = None,
    charset: str | None = None,
) -> Article:
    """The article of a page; ``url`` and ``published`` (from a crawl) are the page's
    address and the date to use when the page gives none.

    Raises ``InputError`` when the page cannot be parsed or holds no article text.
    """
    import trafilatura
    from lxml import etree

    page: bytes | str = data
    if charset:  # the HTTP header's charset, when a crawl recorded one
        with contextlib.suppress(LookupError):  # an unknown charset: guess it
            page = data.decode(codecs.lookup(charset).name, errors="replace")
    try:
        tree = trafilatura.load_html(page)
        if tree is None:
            raise InputError(
                f"{where}: not readable as HTML (no page structure found); {_NO_TEXT}."
            )
        language = _page_language(tree)
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            # Only dates the page marks up: the "extensive" search takes a footer's
            # "Copyright 2020" for 2020-01-01.
            date_extraction_params={
                "original_date": True,
                "extensive_search": False,
                "max_date": date.today().isoformat(),
            },
        )
    except (ValueError, etree.LxmlError) as e:
        raise InputError(f"{where}: not readable as HTML ({e}); {_NO_TEXT}.") from None
    if doc is None or not (doc.text or "").strip():
        raise InputError(
            f"{where}: no article text in this page (only navigation, or an empty "
            f"page); {_NO_TEXT}."
        )
    title = _clean(doc.title)
    text = _paragraphs(doc.text, title)
    if not text:
        raise InputError(
            f"{where}: no article text in this page, only its title; {_NO_TEXT}."
        )
    url = url or _clean(doc.url)
    return Article(
        id=Article.make_id(text, title, url),
        text=text,
        title=title,
        published=doc.date or published,
        source=_clean(doc.sitename) or _clean(doc.hostname),
        url=url,
        language=language,
        origin=where,
    )


def _clean(value: str | None) -> str | None:
    """Spaces collapsed; None for nothing."""
    return " ".join((value or "").split()) or None


def _page_language(tree: object) -> str | None:
    """The language the page declares: ``<html lang>`` or a content-language meta."""
    get = getattr(tree, "get", None)
    if get is None or getattr(tree, "tag", None) != "html":
        return None
    declared = get("lang") or get("xml:lang") or get(_XML_LANG)
    if not declared:
        for meta in tree.iter("meta"):  # type: ignore[attr-defined]
            if (meta.get("http-equiv") or "").lower() == "content-language":
                declared = meta.get("content")
                break
    return language_tag(declared)


def _paragraphs(text: str, title: str | None) -> str:
    """trafilatura's lines as paragraphs, without the headline it repeats at the top."""
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    if lines and title and lines[0].casefold() == title.casefold():
        lines = lines[1:]
    return join_body([part for line in lines for part in (line, "")])


# --- HTML fragments (feed summaries) as text ------------------------------------------

_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 "
    "h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_HIDDEN = frozenset({"script", "style", "noscript", "template"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.lines.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.lines.append("")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.lines[-1] += data


def html_to_text(html: str) -> str:
    """Text of an HTML fragment, one paragraph per block element::

    html_to_text("<p>Envoys <b>met</b>.</p><p>Talks&nbsp;began.</p>")
    # 'Envoys met.\\n\\nTalks began.'
    """
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    blocks = [" ".join(line.split()) for line in parser.lines]
    return join_body([part for block in blocks for part in (block, "")])


def plain_to_text(text: str) -> str:
    """Plain text as paragraphs (split at blank lines), spaces collapsed."""
    lines = [SPACES.sub(" ", line).strip() for line in text.splitlines()]
    return join_body(lines)
