"""Every named doer is an actor (issue 10, item 1): the kinds of doer that real wire
copy names and the coder once left silent, each in a sentence written for this test."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder


@pytest.mark.parametrize(
    ("text", "day", "source"),
    [
        # a civil-liberties union: an NGO, its country from a place in the text
        (
            "A civil liberties union in Kenya accused the police of torturing "
            "detainees.",
            "2019-07-16",
            "KENNGO",
        ),
        # a national police agency, by its name and without one
        (
            "Japan's National Police Agency arrested three men over the cyberattack.",
            "2021-03-02",
            "JPNCOP",
        ),
        (
            "The national police agency said it had arrested two suspects.",
            None,
            "---COP",
        ),
        # a state's wildlife authorities
        (
            "Florida wildlife authorities banned bear hunting after protests by "
            "residents.",
            "2021-03-02",
            "USAGOV",
        ),
        # a reelection campaign
        (
            "President Biden's reelection campaign accused Republicans of lying "
            "about the economy.",
            "2023-10-02",
            "USAPTY",
        ),
        # an upper house
        (
            "The upper house of parliament voted to impeach the president.",
            "2021-03-02",
            "---LEG",
        ),
        # a telecom company and a regulator
        (
            "South African telecom company MTN sued the Nigerian government.",
            "2021-03-02",
            "ZAFBUS",
        ),
        (
            "Nigeria's telecoms regulator fined MTN 5 billion naira.",
            "2021-03-02",
            "NGAGOV",
        ),
        # a prosecutor
        (
            "A prosecutor in Milan charged the former minister with corruption.",
            "2021-03-02",
            "ITAJUD",
        ),
        # a named official with no title in the sentence
        ("Rice urged Congress to lift the embargo.", "2007-03-02", "USAGOV"),
        # an electoral commission and an environmental agency
        (
            "Uganda's electoral commission accused the opposition of inciting "
            "violence.",
            "2021-03-02",
            "UGAGOV",
        ),
        (
            "Brazil's environmental agency fined the mining company.",
            "2021-03-02",
            "BRAGOV",
        ),
    ],
)
def test_a_named_doer_is_the_actor_of_its_event(
    coder: Coder, text: str, day: str | None, source: str
) -> None:
    events = coder.code_text(text, day)
    assert source in {e.actor.code for e in events}, events


@pytest.mark.parametrize(
    "text",
    [
        # a bare name with no sign of office is no actor
        "Smithers accused the neighbours of poisoning his dog.",
        # nor is a common noun that does not say which body it is
        "The same agency accused the ranchers of poisoning wolves.",
    ],
)
def test_a_name_or_noun_without_evidence_is_no_actor(coder: Coder, text: str) -> None:
    assert coder.code_text(text, "2021-03-02") == []
