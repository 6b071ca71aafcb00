"""What the doer tests of rounds 3 and 4 read from the coder: each event's CAMEO root,
source code and recipient code."""

from __future__ import annotations

from eventwire.pipeline import Coder

DAY = "2024-03-12"


def dyads(coder: Coder, text: str) -> set[tuple[str, str, str | None]]:
    return {
        (e.cameo[:2], e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, DAY)
    }
