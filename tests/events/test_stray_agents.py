"""The doer of an event noun that the parser hung on the active verb whose object the
noun is: "protested the detention of six citizens BY THE TANZANIAN AUTHORITIES" (an
active verb has no agent of its own, so the "by" phrase is the noun's), and joined
event nouns share the phrase after them ("the detention and DEPORTATION of six
citizens"). Not a time, a means or an amount after "by" ("by Friday", "by phone", "by
20 percent").

Sentences written for these tests in wire style; the first was silent before, and the second gave no expulsion.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import check_codes, coded


def test_the_agent_hung_on_the_verb_does_the_noun(coder: Coder) -> None:
    check_codes(
        coder,
        "Kenya protested the detention of six Kenyan citizens by the Tanzanian "
        "authorities.",
        "173",
        "TZAGOV",
        "KEN",
    )


def test_joined_event_nouns_share_their_object(coder: Coder) -> None:
    check_codes(
        coder,
        "Senegal protested the detention and expulsion of 40 Senegalese migrants by "
        "the Mauritanian authorities.",
        "174",
        "MRT",
        "SEN",
    )


def test_a_means_after_by_does_nothing(coder: Coder) -> None:
    events = coded(
        coder,
        "Kenya announced the release of two Ugandan fishermen by phone on Friday.",
    )
    assert not any(source.endswith("phone") for _, source, _ in events), events
    assert all(
        not code.startswith("08") or source.startswith("KEN")
        for code, source, _ in events
    ), events
