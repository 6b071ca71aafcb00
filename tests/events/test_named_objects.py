"""The object a teller names: "struck WHAT ISLAMABAD CALLED militant hideouts",
"raided what the army described as a command centre". The parser hangs the naming
clause on the verb, with "what" as the naming verb's object; the act is done to the
thing named.

Sentences written for these tests in wire style; each gave the act no recipient (or
no event) before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        (
            "Pakistani jets struck what Islamabad called militant hideouts in "
            "Paktika province on Saturday.",
            "19",
            "AFG",
        ),
        (
            "Israeli troops raided what the army described as a Hamas command "
            "centre in Gaza.",
            "19",
            "PSEREBHAM",
        ),
        (
            "Police arrested what they called a gang of smugglers near the border.",
            "17",
            "---CRM",
        ),
    ],
)
def test_the_act_is_done_to_the_thing_named(
    coder: Coder, text: str, root: str, target: str
) -> None:
    found = coded(coder, text)
    assert any(
        code.startswith(root) and t is not None and t.startswith(target)
        for code, _, t in found
    ), found


def test_the_namer_is_not_the_target(coder: Coder) -> None:
    """Guard: who names the thing is not whom the act is done to."""
    found = coded(
        coder,
        "Pakistani jets struck what Islamabad called militant hideouts in Paktika "
        "province on Saturday.",
    )
    assert all(t is None or not t.startswith("PAK") for _, _, t in found), found


def test_the_naming_itself_is_no_criticism(coder: Coder) -> None:
    """ "handed him a note of protest over WHAT HE CALLED a deliberate attack": the
    teller names what the protest is about; calling it so is no act of its own."""
    found = coded(
        coder,
        "Foreign Minister Margus Tsahkna summoned the Russian charge d'affaires and "
        "handed him a note of protest over what he called a deliberate hybrid attack.",
    )
    assert not any(code == "111" for code, _, _ in found), found


def test_calling_a_thing_a_fraud_is_still_criticism(coder: Coder) -> None:
    """Guard: a naming verb with its own object is the speaker's act."""
    found = coded(coder, "Opposition leader Ousmane Sonko called the vote a fraud.")
    assert any(code == "111" for code, _, _ in found), found
