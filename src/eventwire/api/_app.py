"""The FastAPI app: a thin shell over ``eventwire.query``, ``eventwire.pipeline`` and
the actor base. See ``create_app``.

(No ``from __future__ import annotations`` here: the routes are defined inside
``create_app`` and their annotations use its arguments, like ``max_page``, which
FastAPI must see as values, not as names to look up later.)
"""

import asyncio
import json
import re
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import date
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.concurrency import run_in_threadpool

from ..errors import InputError, StoreError
from ..query import Filters, TooManyPeriods, count_events, iter_records
from ..query import series as query_series
from ..records import Article
from . import _actors, _cursor, _download, _store
from ._coding import DEFAULT_CODER, CodingPool, Job
from ._errors import (
    ApiError,
    BodyLimitMiddleware,
    CatchAllMiddleware,
    error_responses,
    install_error_handlers,
)
from ._http import SecurityHeadersMiddleware

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

DESCRIPTION = """\
News text in, political event data out: who did what to whom, when and where, coded in
CAMEO and PLOVER, with the sentence that says so.

- `GET /v1/events` pages through the stored events (filters, keyset cursors),
  `GET /v1/events/{event_id}` gives one with every mention, `GET /v1/series` counts them
  per day, week or month, `GET /v1/articles/{article_id}` shows an article with its
  events, `GET /v1/actors` searches the actor dictionaries.
- `GET /v1/events.csv` and `GET /v1/events.jsonl` download every event of a search as
  one file, as `eventwire query` writes it.
- `POST /v1/code` codes a text you send (and stores it, on servers that allow it).

Every error answer has one shape:
`{"error": {"status": 422, "code": "invalid_parameter", "message": "..."}}`.
"""


def _package_version() -> str:
    try:
        return version("eventwire")
    except PackageNotFoundError:
        return "0"


def web_dir() -> Path:
    """The web page's folder inside the package (``eventwire/web``)."""
    folder = resources.files("eventwire") / "web"
    return folder if isinstance(folder, Path) else Path(str(folder))


def _day(value: str | None, name: str) -> date | None:
    if value is None or value == "":
        return None
    try:
        if not _DAY.fullmatch(value.strip()):
            raise ValueError
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ApiError(
            422,
            "invalid_parameter",
            f'query parameter "{name}" is "{value}"; expected a date like '
            '"2014-12-16" (YYYY-MM-DD).',
        ) from None


def _json(content: Any) -> bytes:
    """JSON as ``JSONResponse`` renders it."""
    return json.dumps(
        content, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")
    ).encode("utf-8")


def _input_error(exc: InputError) -> ApiError:
    return ApiError(422, "invalid_parameter", str(exc))


# A parameter may be repeated (any of its values matches) up to this many times: more
# values make a longer SQL condition, not a better answer.
MAX_VALUES = 20


def _few(values: list[Any] | None, name: str) -> list[Any]:
    if values and len(values) > MAX_VALUES:
        raise ApiError(
            422,
            "too_many_values",
            f'query parameter "{name}" is given {len(values)} times; at most '
            f"{MAX_VALUES} values are taken. Split the query.",
        )
    return values or []


# -- request bodies ------------------------------------------------------------------------
class CodeRequest(BaseModel):
    """A text to code."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The article's text (plain text).")
    title: str | None = Field(None, description="Its title, if any.")
    date: str | None = Field(
        None,
        description="Its publication date, YYYY-MM-DD: relative dates in the text "
        '("on Tuesday") are resolved against it. Without it events keep no date.',
        examples=["2014-12-16"],
    )
    url: str | None = Field(None, description="Where it was published, if anywhere.")
    store: bool = Field(
        False,
        description="Also store the article and its events (only on servers started "
        "with --allow-store; 403 elsewhere).",
    )

    @field_validator("text")
    @classmethod
    def _text_not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("expected the text of an article, not an empty string")
        return value

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        try:
            if not _DAY.fullmatch(value):
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(
                'expected a date like "2014-12-16" (YYYY-MM-DD) or null'
            ) from None
        return value


# -- query parameters shared by /v1/events and /v1/series ---------------------------------
_BOOL_HELP = "Keep {what} events too (left out by default)."


async def common_filters(
    recipient: Annotated[
        list[str] | None,
        Query(
            description='Recipient (target) actor code prefix, like "SYR" or "SYRGOV"; '
            "repeat for several (any of them matches)."
        ),
    ] = None,
    code: Annotated[
        list[str] | None,
        Query(
            description='CAMEO code prefix, like "19" (every fight) or "0871"; repeat '
            "for several."
        ),
    ] = None,
    plover: Annotated[
        list[str] | None,
        Query(description='PLOVER category, like "ASSAULT"; repeat for several.'),
    ] = None,
    quad: Annotated[
        list[int] | None,
        Query(
            description="QuadClass: 1 verbal cooperation, 2 material cooperation, "
            "3 verbal conflict, 4 material conflict; repeat for several."
        ),
    ] = None,
    date_from: Annotated[
        str | None,
        Query(
            alias="from",
            description="First event date, YYYY-MM-DD (included). Undated events are "
            "left out when a date bound is given.",
            examples=["2014-01-01"],
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        Query(
            alias="to",
            description="Last event date, YYYY-MM-DD (included).",
            examples=["2014-12-31"],
        ),
    ] = None,
    text: Annotated[
        str | None,
        Query(
            max_length=500,
            description="Words the evidence sentence contains (case-insensitive).",
        ),
    ] = None,
    include_hypothetical: Annotated[
        bool, Query(description=_BOOL_HELP.format(what="hypothetical or conditional"))
    ] = False,
    include_historical: Annotated[
        bool, Query(description=_BOOL_HELP.format(what="historical (background)"))
    ] = False,
    include_negated: Annotated[
        bool, Query(description=_BOOL_HELP.format(what="negated"))
    ] = False,
) -> dict[str, Any]:
    first = _day(date_from, "from")
    last = _day(date_to, "to")
    if first and last and first > last:
        raise ApiError(
            422,
            "invalid_parameter",
            f'query parameter "from" ({first}) is after "to" ({last}); the range '
            "would be empty.",
        )
    return {
        "recipients": _few(recipient, "recipient"),
        "codes": _few(code, "code"),
        "plover": _few(plover, "plover"),
        "quad": _few(quad, "quad"),
        "date_from": first,
        "date_to": last,
        "text": text,
        "include_hypothetical": include_hypothetical,
        "include_historical": include_historical,
        "include_negated": include_negated,
    }


async def event_filters(
    common: Annotated[dict[str, Any], Depends(common_filters)],
    actor: Annotated[
        list[str] | None,
        Query(
            description='Actor (source) code prefix, like "RUS" (every Russian actor) '
            'or "RUSGOV"; repeat for several (any of them matches).'
        ),
    ] = None,
    country: Annotated[
        list[str] | None,
        Query(
            description='ISO3 country code, like "SYR": the actor\'s, the '
            "recipient's or the location's country; repeat for several."
        ),
    ] = None,
) -> Filters:
    try:
        return Filters(
            actors=_few(actor, "actor"), countries=_few(country, "country"), **common
        )
    except InputError as exc:
        raise _input_error(exc) from None


# -- the app -------------------------------------------------------------------------------
def create_app(
    db: str | Path | None,
    *,
    allow_store: bool = False,
    max_body: int = 2_000_000,
    max_article_chars: int = 100_000,
    max_page: int = 500,
    max_periods: int = 10_000,
    max_download: int = 100_000,
    code_timeout: float = 30.0,
    code_workers: int = 2,
    coder: str = DEFAULT_CODER,
    page_cache_mb: int = 64,
    use_index: bool = True,
) -> FastAPI:
    """The eventwire HTTP API and web page over the event store ``db`` (a DuckDB file;
    None: no store, only ``POST /v1/code`` without storing works).

    - ``allow_store``: ``POST /v1/code`` may store what it codes (``"store": true``);
      otherwise that is refused with 403.
    - ``max_body``: the largest request body in bytes (413 beyond).
    - ``max_article_chars``: the longest text ``POST /v1/code`` takes (413 beyond).
    - ``max_page``: the largest ``limit`` of ``GET /v1/events`` (422 beyond).
    - ``max_periods``: the most periods ``GET /v1/series`` returns (422 beyond).
    - ``max_download``: the most events ``GET /v1/events.csv`` and ``.jsonl`` write
      (a search that matches more is refused with 422).
    - ``code_timeout``: seconds one coding request may take (504 beyond); the worker
      process coding it is then killed and replaced.
    - ``code_workers``: worker processes that code posted texts (started on the first
      ``POST /v1/code``, or by ``app.state.coding.start()``).
    - ``coder``: the function the workers code with, ``"module:function"`` (tests use
      it to make a worker slow, fail or crash for real).
    - ``page_cache_mb``: memory for answers of ``GET /v1/events`` kept for the next
      client asking the same page of the same file (0: none).
    - ``use_index``: page through an in-memory index of the page order (``_index``)
      instead of a top-N in DuckDB per page.
    """
    store = _store.Store(db, page_cache_bytes=page_cache_mb * 2**20)
    coding = CodingPool(code_workers, coder)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            coding.close()
            store.close()

    app = FastAPI(
        title="eventwire",
        version=_package_version(),
        description=DESCRIPTION,
        lifespan=lifespan,
        # FastAPI's own /docs and /redoc load their scripts from a CDN: /docs is
        # served below from files shipped in the package, /redoc not at all
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.coding = coding
    app.state.settings = {
        "allow_store": allow_store,
        "max_body": max_body,
        "max_article_chars": max_article_chars,
        "max_page": max_page,
        "max_periods": max_periods,
        "max_download": max_download,
        "code_timeout": code_timeout,
        "code_workers": code_workers,
        "page_cache_mb": page_cache_mb,
        "use_index": use_index,
    }
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_body=max_body)
    app.add_middleware(CatchAllMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)  # outermost: every answer has them

    # -- the web page ----------------------------------------------------------------------
    web = web_dir()

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        page = web / "index.html"
        if not page.is_file():
            raise ApiError(
                404,
                "not_found",
                "The web page is not installed in this copy of eventwire; the API is "
                "under /v1 (see /docs).",
            )
        return FileResponse(page, media_type="text/html; charset=utf-8")

    if web.is_dir():
        app.mount("/static", StaticFiles(directory=web), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        page = web / "docs.html"
        if not page.is_file():
            raise ApiError(
                404,
                "not_found",
                "The API reference page is not installed in this copy of eventwire; "
                "the API's description is at /openapi.json.",
            )
        return FileResponse(page, media_type="text/html; charset=utf-8")

    # -- coding ------------------------------------------------------------------------------
    @app.post(
        "/v1/code",
        summary="Code a text into events",
        description="Codes the posted text with the same coder as `eventwire code` and "
        "answers with its events (the event records of design.md). With "
        '`"store": true` (servers started with --allow-store only) the article and its '
        "events are also stored. Texts longer than the server's limit get 413; coding "
        "that takes longer than the server's time limit gets 504.",
        responses=error_responses(403, 413, 422, 503, 504),
    )
    async def code(body: CodeRequest) -> JSONResponse:
        if body.store and not allow_store:
            raise ApiError(
                403,
                "store_not_allowed",
                'body field "store" is true, but this server does not store posted '
                'articles (it was not started with --allow-store); send "store": false.',
            )
        if body.store and store.path is None:
            raise ApiError(
                503,
                "no_store",
                'body field "store" is true, but this server has no event store; '
                'start it with "eventwire serve --db FILE --allow-store".',
            )
        if len(body.text) > max_article_chars:
            raise ApiError(
                413,
                "text_too_long",
                f'body field "text" has {len(body.text):,} characters; this server '
                f"codes texts of up to {max_article_chars:,}.",
            )
        article = Article(
            id=Article.make_id(body.text, body.title, body.url),
            text=body.text,
            title=body.title,
            published=body.date,
            url=body.url,
        )
        events = await coding.run(
            Job(article.text, article.published, article.id), code_timeout
        )
        stored = False
        if body.store:
            assert store.path is not None
            path = store.path

            def write() -> None:
                from ..store import EventStore

                # the writer is opened for this call only, while no read is in flight
                with store.writing(), EventStore(path, batch_size=1) as writer:
                    writer.write([(article, events)])

            try:
                await asyncio.to_thread(write)
            except StoreError as exc:
                raise ApiError(
                    503,
                    "store_unavailable",
                    f"The article was coded but could not be stored ({exc.cause}).",
                ) from None
            stored = True
        return JSONResponse(
            {
                "article_id": article.id,
                "events": [event.to_dict() for event in events],
                "stored": stored,
            }
        )

    # -- events ------------------------------------------------------------------------------
    @app.get(
        "/v1/events",
        summary="Page through the stored events",
        description="The events that pass the filters, in date order (undated events "
        "last; `sort=-date` for newest first), as event records (design.md) with their "
        "mentions in every article and their counts. Follow `next_cursor` (null on the "
        "last page) for the next page: paging has no depth limit and every page costs "
        "the same. Negated, hypothetical and historical events are left out unless "
        "asked for.",
        responses=error_responses(400, 422, 503),
    )
    async def list_events(
        filters: Annotated[Filters, Depends(event_filters)],
        sort: Annotated[
            Literal["date", "-date"],
            Query(description="`date`: oldest first; `-date`: newest first."),
        ] = "date",
        limit: Annotated[
            int,
            Query(ge=1, le=max_page, description=f"Events per page (1 to {max_page})."),
        ] = min(50, max_page),
        cursor: Annotated[
            str | None,
            Query(
                max_length=1000,
                description="The `next_cursor` of the previous page, unchanged; "
                "leave out for the first page.",
            ),
        ] = None,
    ) -> Response:
        # async: a page in the cache is answered on the event loop, without a hop to
        # the thread pool; a page that must be read is read there
        digest = _cursor.query_digest(sort, filters)
        after = _cursor.decode(cursor, digest, sort) if cursor else None

        def make() -> bytes:
            with store.read() as con:
                records, next_key = _store.events_page(
                    con,
                    filters,
                    sort,
                    limit,
                    after,
                    store.shape(con),
                    store.index(con) if use_index else None,
                )
            next_cursor = _cursor.encode(digest, sort, *next_key) if next_key else None
            return _json(
                {"events": records, "next_cursor": next_cursor, "limit": limit}
            )

        if store.path is None or not Path(store.path).is_file():
            body = await run_in_threadpool(make)  # answers 503: no store
        else:
            key = (store.version(), digest, after, limit)
            body = store.pages.get(key) or await run_in_threadpool(
                store.pages.get_or_make, key, make
            )
        return Response(body, media_type="application/json")

    # -- downloads --------------------------------------------------------------------------
    def download_route(fmt: _download.Format) -> None:
        @app.get(
            f"/v1/events.{fmt}",
            summary=f"Download a search's events as {fmt.upper()}",
            description=f"Every event that passes the filters of `GET /v1/events`, in "
            f"one {fmt.upper()} file, written as `eventwire query --format {fmt}` "
            "writes it (the same rows, columns and order for the same filters and "
            "`sort`). The answer streams: there are no pages. A search that matches "
            f"more than the server's limit ({max_download:,} events) is refused with "
            "422 `too_many_events` before anything is written.",
            response_class=StreamingResponse,
            responses={
                200: {"content": {_download.MEDIA_TYPES[fmt].split(";")[0]: {}}},
                **error_responses(400, 422, 503),
            },
            name=f"download_{fmt}",
        )
        def download(
            filters: Annotated[Filters, Depends(event_filters)],
            sort: Annotated[
                Literal["date", "-date"],
                Query(description="`date`: oldest first; `-date`: newest first."),
            ] = "date",
            limit: Annotated[
                int | None,
                Query(
                    ge=1,
                    le=max_download,
                    description="At most this many events (the first in `sort` "
                    "order), like `eventwire query --limit`.",
                ),
            ] = None,
        ) -> StreamingResponse:
            with store.read() as con:
                matched = count_events(con, filters)
            if limit is None and matched > max_download:
                raise ApiError(
                    422,
                    "too_many_events",
                    f"the search matches {matched:,} events; a download holds at most "
                    f'{max_download:,}. Narrow the search, give "limit", or run '
                    '"eventwire query" or "eventwire export" where the store is.',
                )

            # a store written to since the count still gives no more than the limit
            most = limit if limit is not None else max_download

            def body() -> Iterator[bytes]:
                # one read-only connection for the whole file, held while it streams
                with store.read() as con:
                    records = iter_records(con, filters, most, order=sort)
                    yield from _download.chunks(records, fmt)

            return StreamingResponse(
                body(),
                media_type=_download.MEDIA_TYPES[fmt],
                headers={
                    "Content-Disposition": f'attachment; filename="events.{fmt}"',
                    "Cache-Control": "no-store",
                },
            )

    download_route("csv")
    download_route("jsonl")

    @app.get(
        "/v1/events/{event_id}",
        summary="One event with every mention",
        description="The event record (design.md) with every sentence that states it, "
        "in any article (`mentions`), and its counts.",
        responses=error_responses(404, 422, 503),
    )
    def get_event(
        event_id: Annotated[
            str, PathParam(max_length=200, description="The event's `event_id`.")
        ],
    ) -> JSONResponse:
        with store.read() as con:
            found = _store.records_by_id(con, [event_id], store.shape(con))
        if not found:
            raise ApiError(
                404, "not_found", f'There is no event with event_id "{event_id}".'
            )
        return JSONResponse(found[0])

    # -- series -----------------------------------------------------------------------------
    @app.get(
        "/v1/series",
        summary="Events per day, week or month",
        description="A time series for one dyad, actor or country (give exactly one): "
        "event counts, Goldstein sums and means, or counts per QuadClass per period. "
        "Weeks are ISO weeks (a row's `period` is their Monday), months start on the "
        "first; periods without events are rows of zeros. Undated events are not "
        f"counted. A series has at most {max_periods:,} periods: a longer one (from "
        "`from` to `to`, or over the events' own dates where they are left out) is "
        "refused with 422.",
        responses=error_responses(422, 503),
    )
    def get_series(
        common: Annotated[dict[str, Any], Depends(common_filters)],
        dyad: Annotated[
            str | None,
            Query(
                max_length=61,
                description='Actor and recipient code prefixes, "A:B", like "RUS:UKR".',
            ),
        ] = None,
        actor: Annotated[
            str | None,
            Query(max_length=30, description='Actor code prefix, like "USA".'),
        ] = None,
        country: Annotated[
            str | None,
            Query(
                max_length=3,
                description="ISO3 country code: events whose actor, recipient or "
                "location is in it.",
            ),
        ] = None,
        by: Annotated[
            Literal["day", "week", "month"], Query(description="The period.")
        ] = "week",
        measure: Annotated[
            Literal["count", "goldstein", "quad"],
            Query(
                description="`count`: events; `goldstein`: also the Goldstein sum "
                "and mean; `quad`: also the events of each QuadClass."
            ),
        ] = "count",
    ) -> JSONResponse:
        given = [
            name
            for name, value in (("dyad", dyad), ("actor", actor), ("country", country))
            if value
        ]
        if len(given) != 1:
            got = " and ".join(f'"{g}"' for g in given) if given else "none"
            raise ApiError(
                422,
                "invalid_parameter",
                'give exactly one of the query parameters "dyad", "actor" and '
                f'"country"; got {got}.',
            )
        try:
            filters = Filters(**common)
        except InputError as exc:
            raise _input_error(exc) from None
        with store.read() as con:
            try:
                rows = query_series(
                    con,
                    dyad=dyad,
                    actor=actor,
                    country=country,
                    by=by,
                    measure=measure,
                    filters=filters,
                    max_periods=max_periods,
                )
            except TooManyPeriods as exc:
                raise ApiError(
                    422,
                    "too_many_periods",
                    f"the series would have {exc.periods:,} {exc.by}s, from "
                    f"{exc.first} to {exc.last}; this server returns at most "
                    f'{exc.limit:,} periods. Narrow "from" and "to", or give a longer '
                    'period in "by" (week or month).',
                ) from None
            except InputError as exc:
                raise _input_error(exc) from None
        return JSONResponse(
            {
                "title": rows.title,
                "by": rows.by,
                "measure": rows.measure,
                "columns": list(rows.columns),
                "rows": [
                    {
                        key: value.isoformat() if isinstance(value, date) else value
                        for key, value in row.items()
                    }
                    for row in rows
                ],
            }
        )

    # -- articles ---------------------------------------------------------------------------
    @app.get(
        "/v1/articles/{article_id}",
        summary="An article with its events",
        description="The stored article (its full text) and every event stated in it: "
        "one entry per sentence that states one, in text order. `start` and `end` are "
        "that sentence's character offsets in `text`; `trigger_start` and "
        "`trigger_end` those of the trigger word inside it (null when that word is "
        "not in this sentence). Offsets count Unicode code points.",
        responses=error_responses(404, 422, 503),
    )
    def get_article(
        article_id: Annotated[
            str, PathParam(max_length=200, description="The article's id.")
        ],
    ) -> JSONResponse:
        with store.read() as con:
            found = _store.article(con, article_id, store.shape(con))
        if found is None:
            raise ApiError(
                404,
                "not_found",
                f'There is no article with article_id "{article_id}".',
            )
        return JSONResponse(found)

    # -- actors -----------------------------------------------------------------------------
    @app.get(
        "/v1/actors",
        summary="Search the actor dictionaries",
        description="Countries, organisations, role words and people whose name or "
        "alias contains `q` (case-insensitive), names that start with it first, with "
        "the actor code the coder gives them.",
        responses=error_responses(422),
    )
    def get_actors(
        q: Annotated[
            str,
            Query(
                min_length=2,
                max_length=100,
                description="Part of a name or alias, 2 characters or more.",
            ),
        ],
        limit: Annotated[
            int, Query(ge=1, le=100, description="At most this many actors.")
        ] = 20,
    ) -> JSONResponse:
        if len(q.strip()) < 2:
            raise ApiError(
                422,
                "invalid_parameter",
                f'query parameter "q" is "{q}"; expected 2 characters or more to '
                "search for.",
            )
        return JSONResponse({"actors": _actors.search(q, limit)})

    # -- health -----------------------------------------------------------------------------
    @app.get(
        "/v1/health",
        summary="Is the server up, and how much does its store hold",
        description="`events` and `articles` count the store; they are null when the "
        "server has no store (it can still code texts). The check reads the store for "
        "real (the counts, a page of events at each end with their records, and their "
        "articles): a store that cannot be read, or in which any request found damage, "
        "answers 503 (`store_damaged`, `store_unavailable`).",
        responses=error_responses(503),
    )
    def health() -> JSONResponse:
        if store.path is None or not Path(store.path).is_file():
            return JSONResponse({"status": "ok", "events": None, "articles": None})
        failure = store.known_failure()
        if failure is not None:
            raise store.unavailable(failure)
        with store.read() as con:
            events, articles = _store.counts(con)
            _store.probe(con, store.shape(con))
        return JSONResponse({"status": "ok", "events": events, "articles": articles})

    return app
