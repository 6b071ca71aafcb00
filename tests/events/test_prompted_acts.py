"""What a participle says an act prompted answers the act's doer: "Russia expelled two
diplomats, prompting Tallinn to recall its ambassador" is Estonia recalling its envoy
from Russia (issue 10: every event the story states). Before, the recall had no
recipient and was dropped.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _pairs(coder: Coder, text: str, code: str) -> list[tuple[str, str | None]]:
    return [
        (e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, DAY)
        if e.cameo.startswith(code)
    ]


@pytest.mark.parametrize(
    ("text", "code", "pair"),
    [
        (
            "Russia expelled two Estonian diplomats on Monday, prompting Tallinn to "
            "recall its ambassador.",
            "161",
            ("ESTGOV", "RUS"),
        ),
        (
            "Niger's junta ordered the French ambassador to leave on Monday, "
            "prompting Paris to suspend development aid.",
            "162",
            ("FRAGOV", "NERMIL"),
        ),
    ],
)
def test_a_prompted_act_answers_the_prompter(
    coder: Coder, text: str, code: str, pair: tuple[str, str]
) -> None:
    assert pair in _pairs(coder, text, code)


def test_guard_a_prompted_act_with_its_own_recipient_keeps_it(coder: Coder) -> None:
    # guard (passes before and after): the recipient the act names comes first
    text = (
        "Russia expelled two Estonian diplomats on Monday, prompting Tallinn to "
        "summon the Belarusian ambassador."
    )
    assert ("ESTGOV", "RUS") not in _pairs(coder, text, "11")
