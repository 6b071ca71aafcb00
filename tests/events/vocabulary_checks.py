"""The checks the vocabulary test files share: a sentence gives a CAMEO code with these
source and recipient prefixes; a near miss does not give it; the (code, source,
recipient) of each event a sentence gives."""

from __future__ import annotations

from eventwire.pipeline import Coder

DAY = "2021-06-09"


def check_codes(
    coder: Coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    events = coder.code_text(text, DAY)
    hits = [e for e in events if e.cameo == code]
    found = [(e.cameo, e.actor.code) for e in events]
    assert hits, f"no {code} event in {text!r}; found {found}"
    event = hits[0]
    if source is not None:
        assert event.actor.code.startswith(source), event.actor.code
    if recipient is not None:
        assert event.recipient is not None, f"{code} has no recipient"
        assert event.recipient.code.startswith(recipient), event.recipient.code


def check_near_miss(coder: Coder, text: str, code: str) -> None:
    found = [(e.cameo, e.evidence.rule) for e in coder.code_text(text, DAY)]
    assert all(c != code for c, _ in found), found


def coded(coder: Coder, text: str) -> list[tuple[str, str, str | None]]:
    """(CAMEO code, actor code, recipient code or None) of each event of ``text``."""
    return [
        (e.cameo, e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, DAY)
    ]
