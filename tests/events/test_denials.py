"""What a denial denies is not told as done (issue 10: every event it states, and no
more). "The army denied that its soldiers had executed civilians" states a denial; the
killing it denies was coded as the army's killing of civilians.

Sentences written for these tests in wire style; each gave the denied act before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


@pytest.mark.parametrize(
    "text",
    [
        "The Malian army on Thursday denied that its soldiers had executed civilians "
        "in the central village of Moura.",
        "Burkina Faso's junta denied that its drones had bombed a market in the "
        "north, calling the reports lies.",
    ],
)
def test_the_denied_act_is_not_coded(coder: Coder, text: str) -> None:
    codes = [e.cameo for e in coder.code_text(text, DAY)]
    assert not any(c[:2] in ("18", "19", "20") for c in codes), codes
