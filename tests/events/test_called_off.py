"""An event noun that was called off did not take place (issue 10: every event it
states, and no more). "A planned visit ... was postponed", "the meeting was cancelled",
"talks were called off": a planned act is coded as an intent (036) only while it is
still planned; as "the ceasefire collapsed" is no ceasefire, these are no meeting.

Sentences written for these tests in wire style; each gave a 036 before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


@pytest.mark.parametrize(
    "text",
    [
        "A planned visit by the Chinese foreign minister to Manila was postponed.",
        "A planned meeting between the presidents of Russia and Ukraine was cancelled "
        "on Friday.",
        "The scheduled talks between Serbian and Kosovo negotiators were called off.",
    ],
)
def test_called_off_is_no_event(coder: Coder, text: str) -> None:
    assert [e.cameo for e in coder.code_text(text, DAY)] == []


def test_still_planned_is_an_intent(coder: Coder) -> None:
    text = "A planned visit by the Chinese foreign minister to Manila was announced."
    assert "036" in [e.cameo for e in coder.code_text(text, DAY)]
