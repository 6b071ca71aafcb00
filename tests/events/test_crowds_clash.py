"""Unarmed people who clash with the forces of order riot (CAMEO 145), as protesters
do: "students CLASHED with riot police in Dhaka" is no military engagement (190).
Armed groups who clash with soldiers still fight (190).

Sentences written for these tests in wire style; the first was coded 190 before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_students_who_clash_with_police_riot(coder: Coder) -> None:
    events = coded(
        coder,
        "Students clashed with riot police in Dhaka on Sunday after the government "
        "raised fuel prices.",
    )
    by_students = {c for c, s, _ in events if s.endswith("EDU")}
    assert by_students == {"145"}, events


def test_rebels_who_clash_with_soldiers_fight(coder: Coder) -> None:
    events = coded(coder, "M23 rebels clashed with Congolese soldiers near Goma.")
    assert any(c == "190" and s[3:6] == "REB" for c, s, _ in events), events
