"""The exception tree.

::

    EventwireError                 anything eventwire raises on purpose
    ├── InputError                 bad input: an article, a file, a command-line value
    │   └── DictionaryError        a dictionary file that does not validate (file:line)
    ├── StageError                 a stage failed on one article (carries stage and article id)
    └── StoreError                 the database could not be read or written

The library raises; the CLI prints ``Error: <message>`` and exits 1 (2 for misuse).
Bad input never shows a traceback; bugs always do.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Root of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """Input that cannot be read: the message names the file, line or field."""


class DictionaryError(InputError):
    """A dictionary data file that does not validate."""


class StageError(EventwireError):
    """A pipeline stage failed on one article."""

    def __init__(self, stage: str, article_id: str, message: str) -> None:
        super().__init__(f'stage "{stage}" failed on article {article_id}: {message}')
        self.stage = stage
        self.article_id = article_id


class StoreError(EventwireError):
    """The event store could not be read or written. ``kind`` says why, when it is
    known ("damaged", "not_duckdb", "locked", "disk_full", "read_only_fs",
    "permission", ...; "other" otherwise); ``cause`` is the reason alone, without the
    file's path (what the API may show a client)."""

    def __init__(
        self, message: str, *, kind: str = "other", cause: str | None = None
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.cause = cause if cause is not None else message


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (its type when it has none), for the
    one-line errors users see."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
