"""What went wrong with a store file, in one line a user can act on.

DuckDB reports a damaged file, a full disk, a folder it may not write in and a file
another process holds all as ``duckdb.Error`` with a message; ``store_failure`` reads
that message and says which it is (``kind``), why (``cause``) and what to do (``fix``).
Only a lock held by another process gets the "one writer at a time" wording.

Messages name the file as the user gave it; the API shows ``cause`` without the path.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import StoreError, first_line

_REBUILD = 'restore it from a backup, or build it again with "eventwire ingest".'
# DuckDB's message, lower-cased, contains one of these: (kind, its cause)
_SIGNS: list[tuple[tuple[str, ...], str, str]] = [
    (("no space left on device", "disk full", "not enough space"), "disk_full", ""),
    (("read-only file system",), "read_only_fs", ""),
    (("could not set lock on file", "conflicting lock"), "locked", ""),
    (
        ("not a valid duckdb database file", "is not a duckdb database"),
        "not_duckdb",
        "",
    ),
    (("checksum",), "damaged", "a block of it fails its checksum"),
    (
        ("could not read enough bytes", "attempted to read"),
        "damaged",
        "it ends before its last block: the file was cut short",
    ),
    (
        ("corrupt", "database file is damaged", "failed to read database header"),
        "damaged",
        "its structure cannot be read",
    ),
    (("permission denied",), "permission", ""),
]
_PID = re.compile(r"\(PID (\d+)\)")
_FILE = re.compile(r'file "([^"]+)"')
# what is safe to show a client of the API (no server paths)
CLIENT_KINDS = frozenset(
    {"damaged", "not_duckdb", "locked", "disk_full", "read_only_fs", "permission"}
)


def classify(exc: BaseException) -> str | None:
    """The kind of store failure DuckDB's error ``exc`` reports (None: not one of the
    known ones, likely a bug in a query)."""
    text = str(exc).lower()
    if "database has been invalidated" in text:
        return "invalidated"
    for signs, kind, _ in _SIGNS:
        if any(sign in text for sign in signs):
            return kind
    if type(exc).__name__ == "IOException":
        return "io"
    return None


def store_failure(
    path: str | Path, exc: BaseException, *, doing: str, writing: bool = False
) -> StoreError:
    """A StoreError for DuckDB's error ``exc`` on the store ``path``: one line,
    "<path>: <doing> failed: <cause>; <fix>" (``doing`` like "cannot open the database"
    or "storing articles a .. b failed, nothing of them was stored")."""
    kind = classify(exc) or "other"
    cause, fix = _explain(Path(path), exc, kind, writing)
    message = (
        f"{path}: {doing}: {cause}; {fix}" if fix else f"{path}: {doing}: {cause}."
    )
    return StoreError(message, kind=kind, cause=cause)


def _explain(
    path: Path, exc: BaseException, kind: str, writing: bool
) -> tuple[str, str]:
    detail = first_line(exc)
    if kind == "damaged":
        why = next(c for signs, k, c in _SIGNS if k == "damaged" and _has(exc, signs))
        return f"the file is damaged ({why})", _REBUILD
    if kind == "not_duckdb":
        return "it is not a DuckDB database file, or its header is damaged", _REBUILD
    if kind == "locked":
        pid = _PID.search(detail)
        who = f"another process (PID {pid.group(1)})" if pid else "another process"
        return (
            f"{who} has the file open",
            "a DuckDB file has one writer at a time, or readers only. Wait for that "
            "process to finish, or stop it.",
        )
    if kind == "disk_full":
        return (
            "the disk is full (no space left on device)",
            "free some space and run again: what was stored before is kept, and a new "
            "run skips it.",
        )
    if kind == "read_only_fs":
        return (
            "it is on a read-only file system",
            "copy it to a writable disk to add to it; reading it needs no writing.",
        )
    if kind == "permission":
        named = _FILE.search(detail)
        failing = Path(named.group(1)) if named else path
        folder = path.parent if str(path.parent) else Path(".")
        if failing.name != path.name or not path.exists():
            what = (
                f"{failing.name}, the journal DuckDB keeps beside the file"
                if failing.name.endswith(".wal")
                else failing.name
            )
            return (
                f"its folder {folder} is not writable (permission denied on {what})",
                "make the folder writable, or keep the store in a folder that is.",
            )
        if writing:
            return (
                "the file is read-only (permission denied)",
                f"make it writable (chmod u+w {path}), or write to another file.",
            )
        return (
            "the file cannot be read (permission denied)",
            f"make it readable (chmod u+r {path}).",
        )
    if kind == "invalidated":
        return (
            f"an earlier error left the database unusable in this process ({detail})",
            "run again.",
        )
    return detail, ""


def _has(exc: BaseException, signs: tuple[str, ...]) -> bool:
    text = str(exc).lower()
    return any(sign in text for sign in signs)
