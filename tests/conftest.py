"""Shared fixtures: the real pinned spaCy model, loaded once per test run."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.pipeline import Coder, shared_coder

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_fa105d570f8d459d.txt"
EXAMPLE = REPO / "src" / "eventwire" / "examples" / "harbor_talks.txt"


@pytest.fixture(scope="session")
def coder() -> Coder:
    return shared_coder()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not beside the repository")
    return SEED
