"""An act ordered by name is done by whoever orders it (issue 10: the type right).
"Germany ordered the expulsion of two Iranian diplomats" is Germany expelling them
(161), not a demand (100) of the diplomats; "ordered the army to withdraw" is still a
demand of the army.

Sentences written for these tests in wire style; the first was 100 before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, check_codes


def test_an_act_ordered_by_name_is_the_orderers(coder: Coder) -> None:
    check_codes(
        coder,
        "The Netherlands ordered the expulsion of two Russian diplomats on Friday.",
        "161",
        "NLD",
        "RUSGOV",
    )


def test_one_ordered_to_act_is_asked(coder: Coder) -> None:
    codes = [
        e.cameo
        for e in coder.code_text(
            "The president ordered the army to withdraw from the border town.", DAY
        )
    ]
    assert any(c.startswith("10") for c in codes), codes
