"""A pattern's preposition hung on the document the act was done in: "called IN A
JOINT STATEMENT for an immediate ceasefire" is a call for a ceasefire (the parser
hangs "for" on "statement").

Sentences written for these tests in wire style; each gave no event before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


@pytest.mark.parametrize(
    ("text", "code", "actor"),
    [
        (
            "The United States and Britain called in a joint statement for an "
            "immediate ceasefire in Tigray.",
            "0256",
            "USA",
        ),
        (
            "Britain and France called in a joint letter for a truce in Sudan.",
            "0256",
            "FRA",
        ),
    ],
)
def test_a_call_made_in_a_document(
    coder: Coder, text: str, code: str, actor: str
) -> None:
    found = coded(coder, text)
    assert any(c == code and a == actor for c, a, _ in found), found


def test_a_document_on_a_day_is_no_act_on_it(coder: Coder) -> None:
    """Guard: "said in a statement on Monday" gives the statement's time, no object."""
    found = coded(
        coder,
        "The ministry said in a statement on Monday that the talks would resume.",
    )
    assert not any(c.startswith("0") and t is not None for c, _, t in found), found
