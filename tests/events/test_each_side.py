""" "Each side accused the other": the pair the story named, each doing it to the
other, as "both sides accused each other" already was (issue 10: every event the story
states). Before, "each side" named no one and "the other" no recipient, so the
sentence was silent.

Stories written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, coded


def _pairs(coder: Coder, text: str, code: str) -> set[tuple[str, str | None]]:
    return {
        (e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, DAY)
        if e.cameo.startswith(code)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out between Armenian and Azerbaijani troops on the border on "
        "Monday. Each side accused the other side of opening fire.",
        "Armenian and Azerbaijani troops exchanged fire on the border on Monday. Each "
        "side blamed the other for the deaths.",
    ],
)
def test_each_side_does_it_to_the_other(coder: Coder, text: str) -> None:
    assert {("ARMMIL", "AZEMIL"), ("AZEMIL", "ARMMIL")} <= _pairs(coder, text, "112")


def test_guard_the_other_of_one_doer_is_no_pair(coder: Coder) -> None:
    # guard: with no "each" before it, "the other" is not the doers' partner
    text = (
        "Armenian and Azerbaijani troops exchanged fire on the border on Monday. "
        "Armenia blamed the other for the deaths."
    )
    assert ("AZEMIL", "ARMMIL") not in _pairs(coder, text, "112")


def test_both_sides_accused_of_a_charge_are_the_pair(coder: Coder) -> None:
    # "accused both sides OF war crimes": the parser hangs the charge on the object;
    # the two are still the story's last pair
    events = coded(
        coder,
        "Ethiopian troops clashed with Tigrayan rebels near Alamata on Sunday. "
        "The United Nations has accused both sides of war crimes.",
    )
    accused = {
        r[:3] for c, s, r in events if c.startswith("112") and s.startswith("IGO") and r
    }
    assert len([c for c, s, _ in events if c.startswith("112")]) == 2 and accused == {
        "ETH"
    }, events
