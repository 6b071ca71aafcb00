"""What a measure is "on" says its kind, as a modifier before it does (issue 10: plain
wire English). "Lifted a ban on exports of sugar to Russia" is trade eased (085), as
"lifted an export ban" is; the parser hangs "exports" under "on", where the patterns'
modifier lists did not look.

Sentences written for these tests in wire style; each was silent or 081 before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, check_codes


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Kazakhstan lifted a six-month ban on exports of sugar to Russia.",
            "KAZ",
            "RUS",
        ),
        (
            "Pakistan eased its restrictions on imports from Afghanistan on Monday.",
            "PAK",
            "AFG",
        ),
    ],
)
def test_a_measure_on_trade_is_trade(
    coder: Coder, text: str, source: str, target: str
) -> None:
    check_codes(coder, text, "085", source, target)


def test_a_measure_on_something_else_is_not_trade(coder: Coder) -> None:
    text = "The junta lifted its ban on political rallies in the capital."
    assert "085" not in [e.cameo for e in coder.code_text(text, DAY)]
