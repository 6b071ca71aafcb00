"""Costly built data kept on disk between runs: the actor base parsed from its YAML
files, the language identifier's model.

``cached(kind, sources, build)`` returns what ``build()`` returns; the first time,
it also writes it to a file in the user's cache folder, and later calls (in any
process) read that file instead of building, as long as it was written for the same
sources. The key of a file is a hash of the bytes of every source file, of
eventwire's own code (so an edit to a loader counts as a change too; not for data
that another package builds), of eventwire's version and of Python's. The data files
stay the only source of truth: a file whose key differs (a dictionary was edited), or
that cannot be read or is damaged, is built again from the sources, with their
``file:line`` messages, and written again; nothing is ever reported about the cache
itself. A build that raises writes nothing.

Where: ``$EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire``, else
``~/.cache/eventwire``; ``EVENTWIRE_CACHE_DIR=off`` builds every time. One file for
each kind, place of the sources and options (``actors-<hash>.pickle``; the latest
``KEEP_FILES`` of a kind are kept), written whole to a temporary file and renamed, so
that processes that start together never read half a file.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import inspect
import io
import os
import pickle
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

FORMAT = 1  # of the file: bump when its layout or the pickling below changes
_MAGIC = b"eventwire-cache\n"
_KEY_BYTES = 32
_SUM_BYTES = 4  # a CRC-32 of the pickle: finds damage at 3 GB/s


def cache_dir() -> Path | None:
    """The folder the files go to; None when caching is off."""
    chosen = os.environ.get("EVENTWIRE_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(
        os.path.expanduser("~"), ".cache"
    )
    return Path(base) / "eventwire"


def cached(
    kind: str,
    sources: Sequence[Path],
    build: Callable[[], T],
    *,
    variant: str = "",
    our_code: bool = True,
) -> T:
    """``build()``, or what it returned before for the same ``sources`` (the files it
    reads; a missing one counts as such) and ``variant`` (where they are and the
    build's other arguments: one file is kept for each). ``our_code=False``: what is
    built does not depend on eventwire's code (another package's object), so an edit
    to it does not make the file stale."""
    folder = cache_dir()
    if folder is None:
        return build()
    where = hashlib.blake2b(variant.encode(), digest_size=8).hexdigest()
    path = folder / f"{kind}-{where}.pickle"
    key = _key(kind, sources, variant, _code_digest() if our_code else "")
    found = _read(path, key)
    if found is not None:
        return found[0]  # type: ignore[no-any-return]
    value = build()
    _write(path, key, value)
    _prune(folder, kind, keep=path)
    return value


KEEP_FILES = 8  # of each kind: one per checkout or copy of eventwire, the latest


def _prune(folder: Path, kind: str, keep: Path) -> None:
    """Remove all but the ``KEEP_FILES`` latest files of ``kind`` (copies of eventwire
    in other folders, such as throwaway trees, each leave a file behind)."""
    try:
        found = [(p.stat().st_mtime, p) for p in folder.glob(f"{kind}-*.pickle")]
        found.sort(reverse=True)
        for _, old in found[KEEP_FILES:]:
            if old != keep:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def _key(kind: str, sources: Sequence[Path], variant: str, code: str) -> bytes:
    h = hashlib.blake2b(digest_size=_KEY_BYTES)
    for part in (str(FORMAT), kind, variant, sys.version, _version(), code):
        h.update(part.encode() + b"\0")
    for source in sources:
        h.update(str(source).encode() + b"\0")
        try:
            h.update(Path(source).read_bytes())
        except OSError:
            h.update(b"\0missing")
        h.update(b"\0")
    return h.digest()


@functools.cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("eventwire")
    except PackageNotFoundError:
        return "0"


@functools.cache
def _code_digest() -> str:
    """A hash of eventwire's Python files (what builds the data, and its classes)."""
    h = hashlib.blake2b(digest_size=16)
    root = Path(__file__).parent
    for path in sorted(root.rglob("*.py")):
        h.update(str(path.relative_to(root)).encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def _read(path: Path, key: bytes) -> tuple[Any] | None:
    """(the value,) from the file at ``path`` if it was written for ``key``, whole."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + _KEY_BYTES + _SUM_BYTES
    if not data.startswith(_MAGIC) or data[len(_MAGIC) : head - _SUM_BYTES] != key:
        return None
    body = memoryview(data)[head:]
    if _checksum(body) != data[head - _SUM_BYTES : head]:
        return None
    try:
        with paused_gc():
            return (pickle.loads(body),)
    except Exception:  # damaged in a way the checksum missed: build it again
        return None


def _checksum(body: Any) -> bytes:
    return zlib.crc32(body).to_bytes(_SUM_BYTES, "big")


def _write(path: Path, key: bytes, value: Any) -> None:
    try:
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        body = buffer.getbuffer()
        total = _checksum(body)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            with tmp.open("wb") as fh:
                fh.write(_MAGIC + key + total)
                fh.write(body)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass  # a read-only home, or a value that cannot be pickled: build each time


class _Pickler(pickle.Pickler):
    """Writes a frozen dataclass with slots (``Term``, ``Role``) as a call of its
    class with its fields: it loads about twice as fast as Python's generic way for
    such classes, which sets each field through ``__setstate__``."""

    def reducer_override(self, obj: Any) -> Any:
        names = _init_fields(type(obj))
        if names is None:
            return NotImplemented
        return type(obj), tuple(getattr(obj, name) for name in names)


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _init_fields(cls: type) -> tuple[str, ...] | None:
    """The fields to call ``cls`` with, or None when it is not such a dataclass."""
    if cls in _FIELDS:
        return _FIELDS[cls]
    names: tuple[str, ...] | None = None
    if (
        dataclasses.is_dataclass(cls)
        and "__slots__" in cls.__dict__
        and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
        and not hasattr(cls, "__post_init__")
    ):
        every = dataclasses.fields(cls)
        if all(f.init for f in every):
            names = tuple(f.name for f in every)
    _FIELDS[cls] = names
    return names


def cached_folder_load(kind: str) -> Callable[[F], F]:
    """Decorate ``load(cls, folder=None, **options)``, a class method that builds
    from the dictionary files of a folder: when the folder is the bundled
    ``dictionaries/kind`` (what every run loads), what it returns is ``cached``,
    keyed by the ``*.yaml`` files there and the options. Another folder is read
    afresh each time (a test's or a user's own copy: no file left behind for it)."""

    def decorate(load: F) -> F:
        signature = inspect.signature(load)
        keywords = list(signature.parameters)[2:]  # after cls and folder

        @functools.wraps(load)
        def cached_load(cls: Any, folder: Any = None, **options: Any) -> Any:
            from . import dictionary

            root = dictionary.dictionary_path(kind)
            if folder is not None and Path(folder).resolve() != root.resolve():
                return load(cls, folder, **options)
            called = signature.bind(cls, folder, **options)
            called.apply_defaults()  # load() and load(phoenix=True): one file
            chosen = [(k, v) for k, v in called.arguments.items() if k in keywords]
            return cached(
                kind,
                sorted(root.glob("*.yaml")),
                lambda: load(cls, folder, **options),
                variant=f"{root.resolve()}\0{sorted(chosen)!r}",
            )

        return cached_load  # type: ignore[return-value]

    return decorate


@contextmanager
def paused_gc() -> Iterator[None]:
    """No automatic garbage collection meanwhile. Building or loading data makes
    hundreds of thousands of objects that all live on, and each collection the
    allocations trigger walks every object of the process (the model's too): about
    half of the time a worker spends loading its dictionaries and gazetteer. The
    threshold is set to zero, not ``gc.disable()``d, because libraries that load
    files (srsly, which spaCy uses) call ``gc.enable()`` when they are done."""
    before = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*before)
