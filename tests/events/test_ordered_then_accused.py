"""A participle after an order is the orderer's: "Fiji ordered the official to leave,
accusing him of ..." is Fiji's accusation (issue 10: every actor right). The parser
hangs the participle on the act ordered ("leave"), whose doer is the one ordered, and
the coder made the official accuse; no one accuses "him" when he is the doer.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _sources(coder: Coder, text: str, code: str) -> list[str]:
    return [
        e.actor.code for e in coder.code_text(text, DAY) if e.cameo.startswith(code)
    ]


def test_the_orderer_accuses(coder: Coder) -> None:
    text = (
        "Fiji on Monday ordered a senior official of the Chinese embassy to leave "
        "the country within 48 hours, accusing him of bribing customs officers."
    )
    sources = _sources(coder, text, "112")
    assert "FJI" in sources
    assert "CHNGOV" not in sources


def test_guard_one_told_to_act_and_accusing_another_accuses(coder: Coder) -> None:
    # guard (passes before and after): with no "him" that would be himself, the one
    # urged does what the participle says
    text = (
        "The United States urged Kenya to act against the gangs on Monday, accusing "
        "Haitian police of inaction."
    )
    assert "CHNGOV" not in _sources(coder, text, "112")
