"""Helpers that make store files fail for real: damaged blocks, cut files, folders and
files that may not be written, and a disk that is full (a small tmpfs)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# DuckDB's file: three 4 KiB headers, then blocks of 256 KiB, each starting with its
# 8-byte checksum.
HEADERS = 3 * 4096
BLOCK = 256 * 1024


def damage_a_block(src: Path, dst: Path, fails: Callable[[Path], bool]) -> Path:
    """A copy of ``src`` at ``dst`` with bytes of one block overwritten (its checksum
    no longer matches): the first block, from the end, for which ``fails(dst)`` says
    the read under test fails."""
    data = src.read_bytes()
    starts = list(range(HEADERS, len(data) - BLOCK + 1, BLOCK))
    for start in reversed(starts):
        damaged = bytearray(data)
        damaged[start + 64 : start + 64 + 4096] = b"\xa5" * 4096
        dst.write_bytes(bytes(damaged))
        if fails(dst):
            return dst
    pytest.fail(f"no block of {src} makes the read fail when damaged")


def cut_short(src: Path, dst: Path) -> Path:
    """A copy of ``src`` that stops halfway through its blocks."""
    data = src.read_bytes()
    dst.write_bytes(data[: HEADERS + (len(data) - HEADERS) // 2])
    return dst


def not_duckdb(dst: Path) -> Path:
    """A file whose header is not DuckDB's."""
    dst.write_bytes(b"eventwire notes, not a database\n" * 2000)
    return dst


def run_as_user(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a command so that file permissions apply to it: as root, without the
    capabilities that override them (setpriv); skipped where that cannot be done."""
    cmd = list(args)
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions do not bind root")
        drop = "-dac_override,-dac_read_search"
        cmd = [setpriv, f"--inh-caps={drop}", f"--bounding-set={drop}", "--", *cmd]
    return subprocess.run(
        cmd, capture_output=True, text=True, timeout=120, check=False, **kwargs
    )  # type: ignore[call-overload]


def eventwire(*args: str) -> list[str]:
    """The command line, run as a new process."""
    return [sys.executable, "-m", "eventwire.cli", *args]


@contextlib.contextmanager
def small_disk(folder: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of ``size_kib`` mounted on ``folder`` (root only; skipped elsewhere)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def grow_disk(folder: Path, size_kib: int) -> None:
    subprocess.run(
        ["mount", "-o", f"remount,size={size_kib}k", str(folder)], check=True
    )


def fill(folder: Path) -> None:
    """Fill the disk of ``folder`` to the last byte."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size):
                    pass
    finally:
        os.close(fd)
