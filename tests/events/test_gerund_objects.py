"""An act named by a gerund is named by the gerund's object too (issue 10: plain wire
English). "Charged him with leading a coup plot", "accused them of committing rape":
the charge is the plot, the accusation the rape; the pattern's object list names the
noun, not every verb that can come before it.

Sentences written for these tests in wire style; each was silent or coarser before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, check_codes


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        (
            "Prosecutors in Bamako charged a former minister with leading a coup plot.",
            "115",
            "MLIJUD",
            None,
        ),
        (
            "Amnesty International accused Sudanese soldiers of committing mass rape "
            "in Darfur.",
            "1122",
            None,
            "SDNMIL",
        ),
    ],
)
def test_gerund_object_names_the_act(
    coder: Coder, text: str, code: str, source: str | None, target: str | None
) -> None:
    check_codes(coder, text, code, source, target)


def test_gerund_with_another_object_is_not_the_act(coder: Coder) -> None:
    # a task, not a charge: "charged with overseeing the vote"
    text = "The commission charged three judges with overseeing the vote count."
    assert [e.cameo for e in coder.code_text(text, DAY)] == []
