"""The HTTP API and the web page: ``create_app(db)`` builds the FastAPI app that
``eventwire serve`` runs.

Endpoints (the contract the web page relies on):

- ``GET /`` the web page, ``GET /static/...`` its files;
- ``POST /v1/code`` code a text (and store it, where allowed);
- ``GET /v1/events`` filtered events, keyset-paged with opaque cursors;
- ``GET /v1/events/{event_id}`` one event with every mention;
- ``GET /v1/series`` events per day, week or month;
- ``GET /v1/articles/{article_id}`` an article with its events and their offsets;
- ``GET /v1/actors`` search the actor dictionaries;
- ``GET /v1/health``; ``/docs`` (Swagger UI from files in the package) and
  ``/openapi.json``.

Every answer carries a Content-Security-Policy header (``frame-ancestors 'none'``),
``X-Content-Type-Options: nosniff`` and ``Referrer-Policy: no-referrer``; run under
uvicorn with ``http=JsonH11Protocol`` (as ``eventwire serve`` does), even a request
too malformed to reach the app is answered in the error shape.

Every error answer is ``{"error": {"status", "code", "message"}}``.
"""

from __future__ import annotations

from ._app import create_app, web_dir
from ._http import JsonH11Protocol

__all__ = ["JsonH11Protocol", "create_app", "web_dir"]
