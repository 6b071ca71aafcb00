"""A pattern's preposition the parser hung on the verb's direct object ("charged a
former deputy prime minister WITH abuse of power") still names what the pattern's
object is. Sentences written
for these tests in wire style; the first was silent before."""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import check_codes, coded


def test_a_charge_whose_with_hangs_on_the_accused(coder: Coder) -> None:
    check_codes(
        coder,
        "Police charged a former deputy prime minister with abuse of power in Kyiv.",
        "115",
        "UKRCOP",
        "UKRELI",
    )


def test_a_complaint_at_a_forum_against_a_state_is_against_the_state(
    coder: Coder,
) -> None:
    # "filed a complaint AT THE WTO AGAINST China's duties": the parser hangs
    # "against" on the forum; the complaint is about China
    events = coded(
        coder,
        "Australia filed a complaint at the World Trade Organization against China's "
        "tariffs on barley.",
    )
    assert any(c == "114" and (r or "").startswith("CHN") for c, _, r in events), events
