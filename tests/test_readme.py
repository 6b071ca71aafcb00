"""The README's section "From Python" runs as written: its Python blocks, in order, in
one namespace, in an empty folder; the outputs its comments show are what they print."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from eventwire.pipeline import Coder

README = Path(__file__).resolve().parents[1] / "README.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end >= 0 else len(text)]


def python_blocks(title: str) -> list[str]:
    return _BLOCK.findall(section(title))


def shown_output(block: str) -> list[str]:
    """The lines a block's trailing comments say it prints."""
    return [line[2:] for line in block.splitlines() if line.startswith("# ")]


def test_readme_from_python_has_blocks_that_show_their_output() -> None:
    blocks = python_blocks("From Python")
    assert len(blocks) >= 3
    assert "eventwire.code(" in blocks[0] and "eventwire.Store(" in blocks[2]
    assert shown_output(blocks[0]) == ["RUSMIL 194 UKRCVL 2024-03-05"]


def test_readme_from_python_runs_as_written(
    coder: Coder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "readme"}
    for number, block in enumerate(python_blocks("From Python"), 1):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(block, f"README.md, block {number}", "exec"), namespace)
        shown = shown_output(block)
        if shown:
            assert printed.getvalue().splitlines() == shown, f"block {number}"
        else:
            assert printed.getvalue().strip(), f"block {number} prints nothing"
    assert (tmp_path / "news.duckdb").is_file()
