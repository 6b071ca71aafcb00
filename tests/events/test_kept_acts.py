"""An act one vows (plans, threatens) to keep doing is an intent to do it: "the Houthis
vowed to keep attacking ships" threatens force (138), as "vowed to attack" does (issue
10: events right). Before, "keep" hid the attack from the frame, and the attack was
coded as done (190).

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _codes(coder: Coder, text: str) -> list[str]:
    return [e.cameo for e in coder.code_text(text, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab vowed on Friday to keep attacking Kenyan convoys in Lamu.",
        "The rebels threatened to keep shelling the airport until the army withdraws.",
    ],
)
def test_vowing_to_keep_attacking_is_a_threat(coder: Coder, text: str) -> None:
    codes = _codes(coder, text)
    assert any(c.startswith("138") for c in codes)
    assert not any(c.startswith(("190", "194")) for c in codes)


def test_guard_keeping_on_is_still_the_act(coder: Coder) -> None:
    # guard (passes before and after): kept doing it is doing it
    assert any(
        c.startswith("19")
        for c in _codes(coder, "Israeli jets kept bombing Rafah on Tuesday.")
    )
