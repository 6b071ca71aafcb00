"""A noun that stands for an event the story told before ("welcomed the proposal",
"condemned the move") is done to whoever did that event (issue 10: every actor right).
Two faults gave the wrong one: the phrase's own owner was passed over for the story's
last event ("welcomed the U.S. move" went to the last sanctions of anyone), and a doer
was made to answer its own act ("Malawi welcomed the proposal" went to Malawi, whose
joint agreement was the last event told).

Stories written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, coded


def _targets(coder: Coder, text: str, code: str) -> list[str | None]:
    return [
        e.recipient.code if e.recipient else None
        for e in coder.code_text(text, DAY)
        if e.cameo.startswith(code)
    ]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        (
            "Washington imposed sanctions on three Russian banks last month. On "
            "Tuesday, the European Union imposed tariffs on Chinese steel. Kenya's "
            "foreign minister welcomed the U.S. move.",
            "051",
            "USA",
        ),
        (
            "Turkey sent troops to the border last month. On Tuesday, Iraq expelled a "
            "Syrian diplomat. Iran's foreign ministry criticised the Turkish decision "
            "on Friday.",
            "111",
            "TUR",
        ),
    ],
)
def test_the_owner_the_phrase_names_is_the_recipient(
    coder: Coder, text: str, code: str, target: str
) -> None:
    assert _targets(coder, text, code) == [target]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        (
            "Zambia proposed a ceasefire monitoring team on Monday. Zambia and Malawi "
            "agreed on Tuesday to share radar data. Malawi's president welcomed the "
            "proposal on Friday.",
            "051",
            "ZMB",
        ),
        (
            "Bolivia proposed a joint commission to manage the river on Monday. "
            "Bolivia and Paraguay agreed on Tuesday to reopen the Pozo Hondo "
            "crossing. Paraguay rejected the proposal on Wednesday.",
            "12",
            "BOL",
        ),
    ],
)
def test_an_event_of_the_doers_own_country_is_passed_over(
    coder: Coder, text: str, code: str, target: str
) -> None:
    assert _targets(coder, text, code) == [target]


def test_the_last_event_of_another_is_still_the_recipient(coder: Coder) -> None:
    """Guard: the rule as it was, where the story's last event is another's."""
    text = (
        "Gambia proposed a joint border commission on Monday. Senegal welcomed the "
        "proposal on Tuesday."
    )
    assert _targets(coder, text, "051") == ["GMB"]


def test_a_body_of_the_same_country_may_answer_its_state(coder: Coder) -> None:
    """Guard: a union, a party or a court is not the state; it may condemn what its
    own country's police or government did."""
    text = (
        "Police in Kenya's Rift Valley arrested 40 striking teachers on Sunday. "
        "The Kenya National Union of Teachers condemned the arrests on Monday."
    )
    assert [t for t in _targets(coder, text, "111") if t] == ["KENCOP"]


def test_a_government_may_praise_its_own_forces_operation(coder: Coder) -> None:
    """Guard: only a word or an offer of the doer's own is passed over; force its state
    used it may praise."""
    text = (
        "Nigerian troops launched an offensive on Boko Haram camps in the Sambisa "
        "forest on Monday. President Bola Tinubu praised the operation on Tuesday."
    )
    assert [t for t in _targets(coder, text, "051") if t] == ["NGAMIL"]


def test_a_charge_is_the_accusers_not_the_last_coercion(coder: Coder) -> None:
    """ "Rejected the charge" answers the arrest, prosecution or accusation the story
    told, not the last force used on anyone."""
    text = (
        "Niger's government accused opposition leaders of organising riots on Monday. "
        "On Tuesday, police fired tear gas at opposition supporters in Niamey. The "
        "opposition party rejected the charge."
    )
    assert _targets(coder, text, "016") == ["NERGOV"]


def test_the_deportations_are_the_deporters(coder: Coder) -> None:
    """ "condemned the deportations": the story's deportation, by whoever made it."""
    assert _targets(
        coder,
        "Pakistan deported more than 1,200 Afghans through the Torkham crossing on "
        "Monday. The Taliban government condemned the deportations and called them "
        "inhumane.",
        "111",
    ) == ["PAK"]


def test_a_singular_event_noun_is_no_plural_one_told_later(coder: Coder) -> None:
    # "the attack" after "responded with air strikes" is the shelling before them:
    # one attack cannot be several strikes
    events = coded(
        coder,
        "Al-Shabaab fighters shelled a military base near Baidoa on Sunday. Somali "
        "troops responded with air strikes on the militants' positions. The African "
        "Union condemned the attack.",
    )
    condemned = [r for c, s, r in events if c.startswith("11") and s.startswith("IGO")]
    assert condemned and all((r or "")[3:6] in ("REB", "INS") for r in condemned), (
        events
    )
