"""The language of an article: the one its input names, or the one py3langid finds."""

from __future__ import annotations

import re
from typing import Any

SAMPLE_CHARS = 2000  # the start of the text is enough to tell the language
SHORT_CHARS = 40  # shorter texts are too short to judge: they stay English
# py3langid, on short English news copy full of names ("Obasanjo urged Tinubu and Atiku
# to accept the ruling"), sometimes ranks Nigerian Pidgin, Occitan or Dutch first, but
# still gives English 1% or more; a sentence in another language gives English 0.2% at
# most, and a whole article far less.
ENGLISH_FLOOR = 0.005

_TAG = re.compile(r"([a-z]{2})(?:[-_][a-z0-9]{1,8})*", re.I)

_identifier: Any = None


def language_tag(value: str | None) -> str | None:
    """The two-letter language code of a tag ("en-US" → "en"); None if it is not one."""
    if not value:
        return None
    m = _TAG.fullmatch(value.strip())
    return m[1].lower() if m else None


def detect_language(text: str) -> str:
    """The language of ``text`` as an ISO 639 code ("en", "de" ...)."""
    sample = text[:SAMPLE_CHARS].strip()
    if len(sample) < SHORT_CHARS:
        return "en"
    ranked = _languages().rank(sample)
    best = ranked[0][0]
    if best != "en" and dict(ranked).get("en", 0.0) >= ENGLISH_FLOOR:
        return "en"
    return str(best)


def _languages() -> Any:
    """py3langid's identifier with probabilities, loaded once per process. Its model
    ships LZMA-compressed and takes about 0.45 s of CPU to unpack; the unpacked
    identifier is kept in the user's cache (about 70 MB) and read in about 0.07 s."""
    global _identifier
    if _identifier is None:
        import py3langid
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

        from .._cache import cached

        model = MODEL_DIR / MODEL_FILE
        _identifier = cached(
            "langid",
            [model],
            lambda: LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True),
            variant=f"{model}\0{getattr(py3langid, '__version__', '')}",
            our_code=False,  # py3langid's object: eventwire's edits leave it as it is
        )
    return _identifier
