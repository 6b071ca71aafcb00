"""An act told as a noun with its doer in a "by" phrase that the parser hangs on the
noun's "of" object ("the arrest of the opposition leader BY UGANDAN POLICE") is the
doer's act on that object. From helper-64's report (held-out round 14 tuned by it);
sentences written for these tests in wire style; each had no doer before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


@pytest.mark.parametrize(
    ("text", "code", "actor", "target"),
    [
        (
            "The arrest of the opposition leader by Zambian police sparked riots in "
            "Lusaka on Friday.",
            "173",
            "ZMBCOP",
            "ZMBOPP",
        ),
        (
            "The expulsion of two Latvian diplomats by Moscow drew a sharp response "
            "from Riga.",
            "161",
            "RUSGOV",
            "LVAGOV",
        ),
    ],
)
def test_a_by_agent_on_the_of_object_does_the_act(
    coder: Coder, text: str, code: str, actor: str, target: str
) -> None:
    assert (code, actor, target) in coded(coder, text), coded(coder, text)
