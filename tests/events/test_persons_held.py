"""A person the text names with no title or role is no doer, but is whom an arrest, a
charge, an expulsion or an abduction is done to (issue 10: every event the story
states). Before, "police detained Mourad Zeghidi" had no recipient and no event.
The person is of the country whose state does it (else of the sentence's country), and
has no sector: the text gives none.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _events(coder: Coder, text: str) -> list[tuple[str, str, str | None]]:
    return [
        (e.cameo, e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, DAY)
    ]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("Tunisian police detained Nizar Belhaj on Saturday.", "173", "TUN"),
        (
            "Ugandan prosecutors charged Robert Kyagulanyi Ssentamu with treason on "
            "Monday.",
            "115",
            "UGA",
        ),
        ("Nigerian gunmen abducted Yusuf Danladi on Friday.", "181", "NGA"),
        ("Kenya's immigration department deported Ahmed Farah Ali.", "174", "KEN"),
    ],
)
def test_a_person_named_with_no_role_is_whom_it_is_done_to(
    coder: Coder, text: str, code: str, target: str
) -> None:
    assert any(c.startswith(code) and t == target for c, _, t in _events(coder, text))


def test_guard_a_person_named_with_no_role_does_nothing(coder: Coder) -> None:
    # guard (passes before and after): as a doer, a bare name is still no actor
    assert (
        _events(coder, "Nizar Belhaj criticised the Tunisian police on Saturday.") == []
    )


def test_guard_no_country_anywhere_gives_no_recipient(coder: Coder) -> None:
    # guard: the person's country is never invented
    assert _events(coder, "Police detained Nizar Belhaj on Saturday.") == []


def test_the_person_is_named_in_full(coder: Coder) -> None:
    # the recipient's words are the whole name, not its last word
    texts = [
        e.recipient.text
        for e in coder.code_text(
            "Tunisian police detained Nizar Belhaj on Saturday.", DAY
        )
        if e.recipient is not None
    ]
    assert "Nizar Belhaj" in texts
