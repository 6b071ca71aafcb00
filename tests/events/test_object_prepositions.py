"""A pattern's preposition the parser hung on the verb's direct object ("charged a
former deputy prime minister WITH abuse of power") still names what the pattern's
object is. Sentences written
for these tests in wire style; the first was silent before."""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import check_codes


def test_a_charge_whose_with_hangs_on_the_accused(coder: Coder) -> None:
    check_codes(
        coder,
        "Police charged a former deputy prime minister with abuse of power in Kyiv.",
        "115",
        "UKRCOP",
        "UKRELI",
    )
