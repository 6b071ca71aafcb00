from __future__ import annotations

from pathlib import Path

import pytest

from .corpus import build_store


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("query") / "events.duckdb")
