"""Finding input files and opening them as byte streams.

Everything here turns bad input into an ``InputError`` whose message names the path as the
user gave it; ``read_paths`` catches it, records it and goes on with the next input.
"""

from __future__ import annotations

import glob
import io
import os
import re
import shlex
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal, Protocol

from eventwire.errors import InputError

Format = Literal["text", "jsonl", "csv", "html", "feed", "warc"]

MB = 1_000_000
TEXT_LIMIT = 50 * MB  # a plain-text or wire-layout file is read whole
LINE_LIMIT = 5 * MB  # one JSONL line, or one CSV field: one article
HEAD_SIZE = 8192  # bytes looked at for a BOM, NUL bytes and the format

STDIN = "-"
STDIN_NAME = "<stdin>"

EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",  # when it is one: folders skip other XML, see _is_article_file
    ".warc": "warc",
}
GZIP_MAGIC = b"\x1f\x8b"

_GLOB_MAGIC = re.compile(r"[*?[]")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]")
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...


def size_text(size: int) -> str:
    """``6200000`` → ``"6.2 MB"``."""
    return f"{size / MB:.1f} MB"


def too_large(name: str, size: int) -> InputError:
    what = "the input" if name == STDIN_NAME else "the file"
    return InputError(
        f"{name}: {what} is {size_text(size)}; "
        f"expected an article under {TEXT_LIMIT // MB} MB (split it, or use JSONL)."
    )


def expand(given: str) -> list[str]:
    """The files one command-line argument names: a file, a folder or a glob."""
    path = Path(given)
    if path.is_dir():
        files = _walk(given)
        if not files:
            raise InputError(
                f"{given}: no article files in this folder (looked for .txt, .jsonl, "
                ".csv, .html, .rss, .atom, .xml feeds and .warc files, gzipped or not)."
            )
        return files
    if path.exists():
        return [given]
    if _GLOB_MAGIC.search(given):
        matched: list[str] = []
        for match in sorted(glob.glob(given, recursive=True)):
            matched.extend(_walk(match) if os.path.isdir(match) else [match])
        if not matched:
            raise InputError(f"{given}: no files match this pattern.")
        return matched
    raise InputError(f"{given}: no such file or directory.")


def _walk(folder: str) -> list[str]:
    """Article files under ``folder``, recursively, in a stable order; hidden ones left out."""
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            full = os.path.join(root, name)
            if name.startswith(".") or not _is_article_file(full):
                continue
            found.append((Path(os.path.relpath(full, folder)).parts, full))
    return [full for _, full in sorted(found)]


def _is_article_file(path: str) -> bool:
    """A file a folder is read for: a known extension, and for .xml, a feed."""
    form, _ = format_of(path)
    if form is None:
        return False
    if path.lower().endswith(".xml"):
        try:
            with open(path, "rb") as f:
                return bool(_FEED_ROOT.search(f.read(HEAD_SIZE).lower()))
        except OSError:
            return True  # let the reader say what is wrong with it
    return True


def format_of(path: str) -> tuple[Format | None, bool]:
    """The format the extension names (None: sniff the content), and whether it is
    gzipped: ``"a.jsonl.gz"`` → ``("jsonl", True)``, ``"a.gz"`` → ``(None, True)``."""
    name = Path(path).name.lower()
    is_gzip = name.endswith(".gz")
    if is_gzip:
        name = name[:-3]
    return EXTENSIONS.get(Path(name).suffix), is_gzip


def sniff(head: bytes) -> Format:
    """The format of content with no telling extension, from its first bytes."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<"):
        lower = start.lower()
        if _FEED_ROOT.search(lower):
            return "feed"
        if _HTML_ROOT.search(lower):
            return "html"
        if lower.startswith(b"<?xml"):
            return "feed"  # the feed reader says why other XML is not one
    return "text"


class Source:
    """A byte stream with its first bytes read ahead, so that the format can be sniffed.

    ``offset`` counts the bytes handed out so far, from the start of the file (a stripped
    BOM included), for error messages.
    """

    def __init__(self, name: str, raw: Readable, size: int | None = None) -> None:
        self.name = name
        self.size = size  # bytes on disk, when known
        self._raw = raw
        head = raw.read(HEAD_SIZE)
        self.offset = 0
        if head.startswith(_UTF8_BOM):
            head = head[len(_UTF8_BOM) :]
            self.offset = len(_UTF8_BOM)
        elif head.startswith(_UTF16_BOMS):
            # Rare enough to read whole: decode it once and go on with UTF-8 bytes.
            data = head + raw.read()
            try:
                text = data.decode("utf-16")
            except UnicodeDecodeError as e:
                raise InputError(
                    f"{name}: not valid UTF-16 ({e.reason} at offset {e.start}); "
                    "expected UTF-8 text."
                ) from None
            self._raw = _Empty()
            self.size = None
            head = text.encode("utf-8")
        elif b"\x00" in head:
            raise InputError(
                f"{name}: this is a binary file, not text; expected UTF-8 text."
            )
        self.head = head
        self._buf = head

    def read_all(self, limit: int) -> bytes:
        """The rest of the stream; an ``InputError`` if it is over ``limit`` bytes."""
        if self.size is not None and self.size > limit:
            raise self._too_large(self.size)
        wanted = limit + 1 - len(self._buf)
        data = self._buf + (self._raw.read(wanted) if wanted > 0 else b"")
        self._buf = b""
        if len(data) > limit:
            size = self.offset + len(data)
            while chunk := self._raw.read(1 << 20):
                size += len(chunk)
            raise self._too_large(size)
        return data

    def _too_large(self, size: int) -> InputError:
        return too_large(self.name, size)

    def readline(self, limit: int = -1) -> bytes:
        """One line, at most ``limit`` bytes of it (like ``BinaryIO.readline``)."""
        if limit < 0:
            limit = sys.maxsize
        if not self._buf:
            line = self._raw.readline(limit)
        else:
            end = self._buf.find(b"\n", 0, limit)
            if end >= 0:
                line, self._buf = self._buf[: end + 1], self._buf[end + 1 :]
            elif len(self._buf) >= limit:
                line, self._buf = self._buf[:limit], self._buf[limit:]
            else:
                line, self._buf = self._buf, b""
                line += self._raw.readline(limit - len(line))
        self.offset += len(line)
        return line

    def lines(self, limit: int) -> Iterator[Line]:
        """The lines of the stream, numbered from 1; a line over ``limit`` bytes has no data."""
        number = 0
        while True:
            start = self.offset
            line = self.readline(limit + 2)  # room for a CRLF
            if not line:
                return
            number += 1
            is_cut = len(line) == limit + 2 and not line.endswith(b"\n")
            data = line.rstrip(b"\r\n")
            if not is_cut and len(data) <= limit:
                yield Line(number, start, data)
                continue
            size = len(data) if not is_cut else len(line)
            while is_cut:
                line = self.readline(1 << 20)
                size += len(line.rstrip(b"\r\n"))
                is_cut = bool(line) and not line.endswith(b"\n")
            yield Line(number, start, None, size)


@dataclass(frozen=True)
class Line:
    number: int
    offset: int  # where the line starts in the file
    data: bytes | None  # without the line break; None when the line is too long
    size: int = 0  # the size of a line that is too long


class Peeked:
    """A byte stream whose first bytes (``head``) are read ahead and handed out again."""

    def __init__(self, raw: Readable, size: int = HEAD_SIZE) -> None:
        self._raw = raw
        chunks: list[bytes] = []
        got = 0
        while got < size and (chunk := raw.read(size - got)):
            chunks.append(chunk)
            got += len(chunk)
        self.head = b"".join(chunks)
        self._buf = self.head

    def read(self, size: int = -1, /) -> bytes:
        if not self._buf:
            return self._raw.read(size)
        if size is None or size < 0:
            data, self._buf = self._buf + self._raw.read(), b""
        elif size <= len(self._buf):
            data, self._buf = self._buf[:size], self._buf[size:]
        else:
            data, self._buf = self._buf + self._raw.read(size - len(self._buf)), b""
        return data

    def read1(self, size: int = -1, /) -> bytes:
        """At most ``size`` bytes, from one read of the stream below at most."""
        if self._buf:
            return self.read(min(size, len(self._buf)) if size >= 0 else len(self._buf))
        return getattr(self._raw, "read1", self._raw.read)(size)

    def readline(self, size: int = -1, /) -> bytes:
        if not self._buf:
            return self._raw.readline(size)
        if size is None or size < 0:
            size = sys.maxsize
        end = self._buf.find(b"\n", 0, size)
        if end >= 0:
            line, self._buf = self._buf[: end + 1], self._buf[end + 1 :]
        elif len(self._buf) >= size:
            line, self._buf = self._buf[:size], self._buf[size:]
        else:
            line, self._buf = self._buf, b""
            line += self._raw.readline(size - len(line))
        return line


def read_limited(stream: Readable, name: str, limit: int, what: str) -> bytes:
    """The whole stream; an ``InputError`` naming ``what`` it should be if over ``limit``."""
    chunks: list[bytes] = []
    got = 0
    while got <= limit and (chunk := stream.read(min(limit + 1 - got, 1 << 24))):
        chunks.append(chunk)
        got += len(chunk)
    data = b"".join(chunks)
    if len(data) > limit:
        raise InputError(
            f"{name}: the {'input' if name == STDIN_NAME else 'file'} is over "
            f"{limit // MB} MB; expected {what} under {limit // MB} MB."
        )
    return data


def gzip_error(name: str, error: Exception) -> str:
    """The message for gzip data that cannot be decompressed."""
    if isinstance(error, EOFError):
        return (
            f"{name}: the gzip data ends early (the file is cut short); "
            "expected a complete gzip file."
        )
    return f"{name}: corrupt gzip data ({error}); expected a complete gzip file."


def not_gzip(name: str, head: bytes) -> InputError:
    if not head:
        what = "the input" if name == STDIN_NAME else "the file"
        return InputError(f"{name}: {what} is empty; expected gzip-compressed data.")
    return InputError(
        f"{name}: not gzip data (it starts with {head[:4]!r}); expected a "
        "gzip-compressed file (or drop the .gz suffix if it is not compressed)."
    )


class _Empty:
    def read(self, size: int = -1, /) -> bytes:
        return b""

    def readline(self, size: int = -1, /) -> bytes:
        return b""


def open_file(path: str) -> tuple[BinaryIO, int]:
    """The file opened for reading, and its size."""
    try:
        f = open(path, "rb")  # noqa: SIM115 -- closed by the caller
        return f, os.fstat(f.fileno()).st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory.") from None
    except PermissionError:
        raise InputError(
            f"{path}: permission denied; expected a file you can read."
        ) from None
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or e}).") from None


def stdin_bytes() -> Readable:
    """Standard input as bytes (a replaced ``sys.stdin`` without a buffer is encoded)."""
    stdin = sys.stdin
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    return io.BytesIO(stdin.read().encode("utf-8"))


def not_utf8(where: str, name: str, error: UnicodeDecodeError, offset: int) -> str:
    """The message for bytes that are not UTF-8, with the command that converts them."""
    byte = error.object[error.start]
    convert = "iconv -f latin1 -t utf-8"
    if name != STDIN_NAME:
        convert += f" {shlex.quote(name)}"
    return (
        f"{where}: not UTF-8 (byte 0x{byte:02x} at offset {offset + error.start}); "
        f"expected UTF-8 text. Convert it with: {convert}"
    )
