"""The party or coalition that governs is the government (Phoenix's agents:
RULING_PARTY [~GOV]), also with its name inside ("the ruling Frelimo party"): an
opposition candidate's accusation against it is against the government, not one
party's against another of the same code (which no event codes). Greek bodies named
"Hellenic" are Greece's. Sentences written for these tests in wire style."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

DAY = "2024-05-14"


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "MAPUTO - Presidential candidate Lucas Nhantumbo accused the ruling Frelimo "
            "party of rigging the vote.",
            ("MOZPTY", "MOZGOV"),
        ),
        (
            "A rescue charity accused the Hellenic Coast Guard of pushing back migrants "
            "off Lesbos.",
            (None, "GRCMIL"),
        ),
    ],
)
def test_the_ruling_party_and_hellenic_bodies(
    coder: Coder, text: str, dyad: tuple[str | None, str]
) -> None:
    found = [
        (e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, DAY)
        if e.cameo.startswith("112")
    ]
    assert any((dyad[0] is None or s == dyad[0]) and t == dyad[1] for s, t in found), (
        found
    )
