"""Force coded by who uses it on whom (issue 10: every event it states, with its type
right). Armed men's killings are coded as their force (190) unless they are a beating,
stabbing or lynching to death: "soldiers beat three men to death" is a killing by
physical assault (1823), no military engagement. Police force on people who bear no
arms is violent repression (175), as the dev gold codes riot police with tear gas.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers beat three young men to death at a checkpoint in Puncak Jaya "
        "regency, a rights group said on Friday.",
        "Police officers stabbed a detained protester to death in Jos, his family said.",
    ],
)
def test_beaten_to_death_by_armed_men_is_1823(coder: Coder, text: str) -> None:
    codes = [e.cameo for e in coder.code_text(text, DAY)]
    assert "1823" in codes and "190" not in codes, codes


def test_armed_men_killing_otherwise_is_their_force(coder: Coder) -> None:
    codes = [
        e.cameo
        for e in coder.code_text("Soldiers killed three militants in Puncak Jaya.", DAY)
    ]
    assert codes and codes[0][:2] in ("18", "19"), codes


@pytest.mark.parametrize(
    "text",
    [
        "Police clashed with hundreds of protesters in Lima on Saturday.",
        "Police used pepper spray to push back a crowd of women outside the prison "
        "in Guayaquil.",
    ],
)
def test_police_force_on_crowds_is_repression(coder: Coder, text: str) -> None:
    # force by police on people who bear no arms is 175, not a military engagement
    events = coder.code_text(text, DAY)
    by_police = [e.cameo for e in events if e.actor.code.endswith("COP")]
    assert "175" in by_police and "190" not in by_police, by_police


def test_private_peoples_force_on_nothing_is_no_engagement(coder: Coder) -> None:
    text = (
        '"We attacked for the whole 90 minutes," Swiss coach Murat Yakin told '
        "reporters after the match."
    )
    assert coder.code_text(text, DAY) == []


def test_private_peoples_force_on_someone_is_coded(coder: Coder) -> None:
    text = "Villagers attacked a police post with machetes in Ituri on Sunday."
    assert any(e.cameo[:2] in ("18", "19", "14") for e in coder.code_text(text, DAY))


def test_a_killing_by_a_suicide_bomber_is_a_suicide_bombing(coder: Coder) -> None:
    # the doer noun names the kind of attack (a force pattern's noun)
    events = coder.code_text(
        "A suicide bomber killed nine worshippers at a mosque in Kunduz on Friday, "
        "Afghan police said.",
        "2024-05-14",
    )
    assert [e.cameo for e in events if e.cameo[:2] in ("18", "19")] == ["1831"], [
        e.cameo for e in events
    ]
