"""A question states no event (issue 10: articles as they come). Briefing transcripts,
live blogs and headlines ask "Did X do Y?", "Will X do Y?", "Why did X do Y?": the
coder coded the act asked about as done. A sentence that ends with a question mark
now gives no event; the same words told as a statement still do.

Sentences written for these tests in wire style; each question gave an event before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, check_codes

QUESTIONS = [
    "Did Ethiopia use Turkish-made drones in the clashes?",
    "Has the junta arrested the opposition leader?",
    "Why did Israeli jets bomb the power station?",
    'Q: "Did the army shell the village on Monday?"',
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_question_states_no_event(coder: Coder, text: str) -> None:
    assert coder.code_text(text, DAY) == []


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # the same acts told as done
        ("The junta has arrested the opposition leader.", "173", None, "---OPP"),
        ("Israeli jets bombed the power station.", "195", "ISRMIL", None),
        # a question quoted inside a statement: the statement is told
        (
            '"Why now?" the minister asked after Russian troops shelled Kharkiv.',
            "194",
            "RUSMIL",
            None,
        ),
    ],
)
def test_statement_still_coded(
    coder: Coder, text: str, code: str, source: str | None, target: str | None
) -> None:
    check_codes(coder, text, code, source, target)
