"""A protester who speaks, or a rally one speaks at or to, tells who or where the
speaker is, not a protest: "a protester near the bridge, Juana Condori, said ...",
"speaking at the rally, the leader said ...", "told a rally in Lagos". A crowd that
gathers is still a protest.

Sentences written for these tests in wire style; each gave a 141 before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


@pytest.mark.parametrize(
    "text",
    [
        "A protester outside the court in Quito, Rosa Tenesaca, 47, said she had "
        "travelled for two days to be there.",
        "Speaking at the rally, the opposition leader said the count had been rigged.",
        "The opposition leader told a rally in Kumasi on Saturday that the vote had "
        "been stolen.",
    ],
)
def test_who_or_where_one_speaks_is_no_protest(coder: Coder, text: str) -> None:
    found = coded(coder, text)
    assert not any(code.startswith("14") for code, _, _ in found), found


def test_protesters_who_gather_still_protest(coder: Coder) -> None:
    """Guard: the protesters' own act, with no speech, is a protest."""
    found = coded(
        coder,
        "Thousands of demonstrators gathered outside parliament in Accra on Monday.",
    )
    assert any(code.startswith("14") for code, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The government eased pressure on the protesters after the talks on Monday.",
        "The interior minister spoke to the demonstrators outside parliament in "
        "Vilnius.",
    ],
)
def test_protesters_something_is_done_to_tell_no_protest(
    coder: Coder, text: str
) -> None:
    """ "eased pressure ON the protesters", "spoke TO demonstrators": people named by
    their protest, to whom another does something uncoded, are not protesting in the
    sentence (helper-64's report)."""
    found = coded(coder, text)
    assert not any(code.startswith("14") for code, _, _ in found), found


def test_protesters_one_joins_still_protest(coder: Coder) -> None:
    """Guard: joining the protesters is protesting."""
    found = coded(coder, "Hundreds of students joined the protesters in Tbilisi.")
    assert any(code.startswith("14") for code, _, _ in found), found


def test_a_rally_still_ahead_is_no_protest(coder: Coder) -> None:
    """ "deployed ahead of the opposition rally", "on the eve of the march": the
    protest is to come; the sentence tells what was done before it."""
    found = coded(
        coder,
        "Riot police were deployed across Dakar on Friday ahead of the opposition "
        "rally.",
    )
    assert not any(code.startswith("14") for code, _, _ in found), found
