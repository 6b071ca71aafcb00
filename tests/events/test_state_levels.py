"""Whose a body is (issue 10: every actor the story names). Bodies of one state at two
levels are two actors: a governor, a chief minister or a provincial government and the
national government have one CAMEO code (USAGOV, INDGOV), and the coder took them for
one actor and dropped their dealings as an actor's act on itself. Pronouns name no
level, so "the state government said it would appeal" is still one actor. A country a
group backs or opposes ("pro-Russian protesters") is not the group's, nor is the
country of a mission abroad ("the Rwandan embassy in Kinshasa") the crowd's outside it.

Sentences written for these tests in wire style; each was silent or wrong before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, check_codes


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        (
            "The governor of Texas sued the federal government over border funding.",
            "115",
            "USAGOV",
            "USAGOV",
        ),
        (
            "Karnataka's chief minister accused the central government of withholding "
            "flood relief.",
            "112",
            "INDGOV",
            "INDGOV",
        ),
    ],
)
def test_local_and_national_bodies_are_two_actors(
    coder: Coder, text: str, code: str, source: str, target: str
) -> None:
    check_codes(coder, text, code, source, target)


def test_a_body_and_its_pronoun_are_one(coder: Coder) -> None:
    text = "The provincial government said it would appeal the ruling of the court."
    events = coder.code_text(text, DAY)
    assert not any(
        e.recipient is not None and e.recipient.text.lower() == "it" for e in events
    ), [
        (e.cameo, e.actor.text, e.recipient.text if e.recipient else None)
        for e in events
    ]


def test_the_country_a_group_backs_is_not_its_own(coder: Coder) -> None:
    # "pro-Russian protesters" in Chisinau are Moldovans
    text = (
        "Pro-Russian protesters stormed the Moldovan parliament in Chisinau on Sunday."
    )
    events = coder.code_text(text, DAY)
    assert events and all(not e.actor.code.startswith("RUS") for e in events), [
        (e.cameo, e.actor.code) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Hundreds of protesters set fire to the Rwandan embassy in Kinshasa on "
            "Monday.",
            "COD",
        ),
        (
            "Protesters gathered outside the French embassy in Niamey to demand the "
            "withdrawal of French troops.",
            "NER",
        ),
    ],
)
def test_a_missions_country_is_not_the_crowds(
    coder: Coder, text: str, source: str
) -> None:
    # an embassy stands in another country than its own: those outside it are the
    # town's people
    protests = [e for e in coder.code_text(text, DAY) if e.cameo.startswith("14")]
    assert protests and all(e.actor.code.startswith(source) for e in protests), [
        (e.cameo, e.actor.code) for e in protests
    ]
