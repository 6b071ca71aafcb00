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

Format = Literal["text", "jsonl", "csv"]

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
}

_GLOB_MAGIC = re.compile(r"[*?[]")
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class _Readable(Protocol):
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
                f"{given}: no article files in this folder "
                "(looked for .txt, .jsonl, .csv)."
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
            if name.startswith(".") or Path(name).suffix.lower() not in EXTENSIONS:
                continue
            full = os.path.join(root, name)
            found.append((Path(os.path.relpath(full, folder)).parts, full))
    return [full for _, full in sorted(found)]


class Source:
    """A byte stream with its first bytes read ahead, so that the format can be sniffed.

    ``offset`` counts the bytes handed out so far, from the start of the file (a stripped
    BOM included), for error messages.
    """

    def __init__(self, name: str, raw: _Readable, size: int | None = None) -> None:
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

    def sniff(self) -> Format:
        """JSONL if the first non-blank character is ``{``, else text."""
        start = self.head.lstrip()[:1]
        return "jsonl" if start == b"{" else "text"

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


def stdin_bytes() -> _Readable:
    """Standard input as bytes (a replaced ``sys.stdin`` without a buffer is encoded)."""
    stdin = sys.stdin
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    return io.BytesIO(stdin.read().encode("utf-8"))


def format_of(path: str) -> Format | None:
    """The format an extension names, or None to sniff the content."""
    return EXTENSIONS.get(Path(path).suffix.lower())


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
