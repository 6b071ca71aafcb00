"""An event noun that was called off or undone did not take place (issue 10: every
event it states, and no more). "A planned visit ... was postponed", "the meeting was
cancelled", "talks were called off": a planned act is coded as an intent (036) only
while it is still planned; as "the ceasefire collapsed" is no ceasefire, these are no
meeting. "Suspended the ceasefire", "violated the truce": no truce declared.

Sentences written for these tests in wire style; each gave a 036 or 0871 before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, coded


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


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's president suspended the ceasefire with a dissident rebel faction "
        "on Sunday.",
        "The rebels violated the truce within hours, the army said.",
    ],
)
def test_undone_event_noun_is_not_done(coder: Coder, text: str) -> None:
    # a truce suspended or violated is no truce declared (0871)
    codes = [e.cameo for e in coder.code_text(text, DAY)]
    assert not any(c.startswith("087") for c in codes), codes


def test_broken_up_protest_was_held(coder: Coder) -> None:
    # "broke up" disperses what was held: the police's act, not the sit-in's undoing
    text = "Police broke up a sit-in by opposition supporters in Khartoum on Monday."
    assert [e.cameo for e in coder.code_text(text, DAY)], "no event"


def test_an_act_that_stopped_is_no_new_act(coder: Coder) -> None:
    text = (
        "Indian troops shelled villages in Poonch overnight. Residents said the "
        "shelling stopped around dawn on Sunday."
    )
    events = coder.code_text(text, DAY)
    assert [e.cameo for e in events] == ["194"], [
        (e.cameo, e.evidence.trigger) for e in events
    ]


def test_has_yet_to_is_not_done(coder: Coder) -> None:
    # "has yet to impose": not done (a negation with no "not")
    text = (
        "The interim government has yet to impose a curfew in Bamako, officials said."
    )
    assert [e.cameo for e in coder.code_text(text, DAY)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Police foiled an attempt on the president's life in Niamey on Sunday.",
        "An attack on the army base near Mopti was thwarted by soldiers on Monday.",
    ],
)
def test_a_foiled_act_is_not_done(coder: Coder, text: str) -> None:
    """ "foiled an attempt on the president's life", "the attack was thwarted": the
    act was stopped, and is not the foilers' (helper-64's report)."""
    found = coded(coder, text)
    assert not any(code[:2] in ("18", "19") for code, _, _ in found), found
