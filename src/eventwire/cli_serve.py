"""eventwire serve: the HTTP API and the web page (filled in by the API work)."""

from __future__ import annotations

from typing import Any


def register(group: Any) -> None:
    """Add the serve command to the main click group."""
