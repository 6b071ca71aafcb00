"""The two sides of a fight told as a noun that breaks out: "fighting erupted on
Sunday between X and Y", with the "between" phrase hung on the verb, not the noun.
Issue 10 names "fighting erupted between X and Y" among the plain wire English the
coder missed on whole articles.

Sentences written for these tests in wire style; each gave no event before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Fighting erupted on Sunday between the Sudanese army and the paramilitary "
            "Rapid Support Forces in the city of Wad Madani.",
            {("SDNMILSAF", "SDNREBRSF"), ("SDNREBRSF", "SDNMILSAF")},
        ),
        (
            "Heavy fighting broke out overnight between Kyrgyz and Tajik border guards "
            "near the disputed village, officials said.",
            {("KGZCOP", "TJKCOP"), ("TJKCOP", "KGZCOP")},
        ),
        # the parser joins the second side to the first side's "of" noun
        (
            "Fighting broke out on Sunday between units of the Ethiopian army and "
            "fighters loyal to the TPLF, residents said.",
            {("ETHMIL", "ETHREB"), ("ETHREB", "ETHMIL")},
        ),
    ],
)
def test_each_side_of_a_fight_that_broke_out_fights_the_other(
    coder: Coder, text: str, sides: set[tuple[str, str]]
) -> None:
    found = {(a, t) for code, a, t in coded(coder, text) if code.startswith("19")}
    assert found == sides, coded(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # one side named alone says not who fought whom
        "Fighting broke out on Sunday between soldiers of the same army unit.",
        # a fight that broke down is no fight that broke out
        "Talks between the army and the rebels broke down on Sunday.",
    ],
)
def test_a_fight_needs_its_two_sides_on_the_verb(coder: Coder, text: str) -> None:
    assert not any(code.startswith("19") for code, _, _ in coded(coder, text)), coded(
        coder, text
    )
